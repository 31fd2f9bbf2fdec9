import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-FXIBIJX2.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/gitops/pin-document.ts
var import_yaml = __toESM(require_dist(), 1);
var PIN_HISTORY_LIMIT = 10;
function readPinFromSource(source) {
  const pin = (0, import_yaml.parseDocument)(source).toJS()?.pin;
  const view = { ami: pin?.ami ?? null, history: Array.isArray(pin?.history) ? pin.history : [] };
  if (pin?.at) view.at = pin.at;
  if (pin?.by) view.by = pin.by;
  if (pin?.reason) view.reason = pin.reason;
  if (pin?.instanceType) view.instanceType = pin.instanceType;
  return view;
}
function pushPinInSource(source, next, limit = PIN_HISTORY_LIMIT) {
  const doc = (0, import_yaml.parseDocument)(source);
  const current = readPinFromSource(source);
  const pin = pinMap(doc);
  const history = historySeq(doc, pin);
  if (current.ami) {
    const entry = { ami: current.ami, at: current.at ?? next.at };
    if (current.by) entry.by = current.by;
    if (current.reason) entry.reason = current.reason;
    if (current.instanceType) entry.instanceType = current.instanceType;
    history.items.unshift(doc.createNode(entry));
  }
  history.items.splice(limit);
  writeRecord(doc, pin, next);
  return splicePin(source, doc);
}
function restatePinInSource(source, record) {
  const doc = (0, import_yaml.parseDocument)(source);
  writeRecord(doc, pinMap(doc), record);
  return splicePin(source, doc);
}
function revertPinInSource(source, previous, fallback) {
  const doc = (0, import_yaml.parseDocument)(source);
  const current = readPinFromSource(source);
  const pin = pinMap(doc);
  const history = historySeq(doc, pin);
  const head = current.history[0];
  if (head && head.ami === previous) {
    history.items.shift();
    writeRecord(doc, pin, head);
  } else {
    writeRecord(doc, pin, { ...fallback, ami: previous });
  }
  return splicePin(source, doc);
}
function splicePin(source, edited) {
  const rendered = edited.toString();
  const before = pinRange((0, import_yaml.parseDocument)(source));
  const after = pinRange((0, import_yaml.parseDocument)(rendered));
  if (!after) return rendered;
  const block = rendered.slice(after.start, after.end);
  if (!before) return `${source.replace(/\n*$/, "\n")}${block}`;
  return source.slice(0, before.start) + block + source.slice(before.end);
}
function pinRange(doc) {
  if (!(0, import_yaml.isMap)(doc.contents)) return void 0;
  const pair = doc.contents.items.find((p) => keyOf(p.key) === "pin");
  const key = pair?.key;
  const value = pair?.value;
  if (!key?.range || !value?.range) return void 0;
  return { start: key.range[0], end: value.range[1] };
}
function pinMap(doc) {
  let pin = doc.get("pin", true);
  if (!(0, import_yaml.isMap)(pin)) {
    doc.set("pin", doc.createNode({ ami: null, history: [] }));
    pin = doc.get("pin", true);
  }
  const map = pin;
  map.flow = false;
  return map;
}
function historySeq(doc, pin) {
  let history = pin.get("history", true);
  if (!(0, import_yaml.isSeq)(history)) {
    pin.set("history", doc.createNode([]));
    history = pin.get("history", true);
  }
  const seq = history;
  seq.flow = false;
  return seq;
}
function writeRecord(doc, pin, record) {
  const fields = [
    ["ami", record.ami],
    ["at", record.at],
    ["by", record.by],
    ["reason", record.reason],
    ["instanceType", record.instanceType]
  ];
  let insertAt = 0;
  for (const [key, value] of fields) {
    const index = pin.items.findIndex((pair) => keyOf(pair.key) === key);
    if (value === void 0) {
      if (index >= 0) pin.items.splice(index, 1);
      continue;
    }
    if (index >= 0) {
      pin.set(key, value);
      insertAt = index + 1;
    } else {
      pin.items.splice(insertAt, 0, doc.createPair(key, value));
      insertAt += 1;
    }
  }
}
function keyOf(node) {
  return typeof node === "object" && node !== null && "value" in node ? node.value : node;
}

export {
  readPinFromSource,
  pushPinInSource,
  restatePinInSource,
  revertPinInSource
};
