import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import type { PinRecord, PinView } from "../ports/pin-store.js";

/**
 * Edits of an environment file's `pin` through the yaml Document API, so comments, key order
 * and the layout of everything else survive a pin change (the file is reviewed in git).
 */

export const PIN_HISTORY_LIMIT = 10;

export type { PinRecord, PinView } from "../ports/pin-store.js";

/** The pin as the file states it (after any hand edit). */
export function readPinFromSource(source: string): PinView {
  const pin = parseDocument(source).toJS()?.pin as Partial<PinView> | undefined;
  const view: PinView = { ami: pin?.ami ?? null, history: Array.isArray(pin?.history) ? pin.history : [] };
  if (pin?.at) view.at = pin.at;
  if (pin?.by) view.by = pin.by;
  if (pin?.reason) view.reason = pin.reason;
  if (pin?.instanceType) view.instanceType = pin.instanceType;
  return view;
}

/** Pins `next`; the current pin (with its own time, author and reason) moves to the head of the history. */
export function pushPinInSource(source: string, next: PinRecord, limit = PIN_HISTORY_LIMIT): string {
  const doc = parseDocument(source);
  const current = readPinFromSource(source);
  const pin = pinMap(doc);
  const history = historySeq(doc, pin);
  if (current.ami) {
    const entry: Record<string, string> = { ami: current.ami, at: current.at ?? next.at };
    if (current.by) entry.by = current.by;
    if (current.reason) entry.reason = current.reason;
    if (current.instanceType) entry.instanceType = current.instanceType;
    history.items.unshift(doc.createNode(entry));
  }
  history.items.splice(limit);
  writeRecord(doc, pin, next);
  return splicePin(source, doc);
}

/** Restates the pin's own record (same AMI, new time, author and reason); the history is untouched. */
export function restatePinInSource(source: string, record: PinRecord): string {
  const doc = parseDocument(source);
  writeRecord(doc, pinMap(doc), record);
  return splicePin(source, doc);
}

/**
 * Undoes a pin that failed: when the history's head is `previous`, it becomes the pin again
 * and leaves the history (the file reads as before the change); otherwise the pin is set to
 * `previous` without recording the failed AMI as an earlier pin (a rollback must not go to it).
 */
export function revertPinInSource(source: string, previous: string, fallback: PinRecord): string {
  const doc = parseDocument(source);
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

/**
 * The edited document's `pin` block spliced into the original text in place of the old one:
 * the rest of the file stays byte for byte as written (flow collections, spacing, comments).
 */
function splicePin(source: string, edited: Document): string {
  const rendered = edited.toString();
  const before = pinRange(parseDocument(source));
  const after = pinRange(parseDocument(rendered));
  if (!after) return rendered;
  const block = rendered.slice(after.start, after.end);
  if (!before) return `${source.replace(/\n*$/, "\n")}${block}`;
  return source.slice(0, before.start) + block + source.slice(before.end);
}

function pinRange(doc: Document): { start: number; end: number } | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => keyOf(p.key) === "pin");
  const key = pair?.key as { range?: [number, number, number] } | undefined;
  const value = pair?.value as { range?: [number, number, number] } | undefined;
  if (!key?.range || !value?.range) return undefined;
  return { start: key.range[0], end: value.range[1] };
}

function pinMap(doc: Document): YAMLMap {
  let pin = doc.get("pin", true);
  if (!isMap(pin)) {
    doc.set("pin", doc.createNode({ ami: null, history: [] }));
    pin = doc.get("pin", true);
  }
  const map = pin as YAMLMap;
  map.flow = false;
  return map;
}

function historySeq(doc: Document, pin: YAMLMap): YAMLSeq {
  let history = pin.get("history", true);
  if (!isSeq(history)) {
    pin.set("history", doc.createNode([]));
    history = pin.get("history", true);
  }
  const seq = history as unknown as YAMLSeq;
  seq.flow = false;
  return seq;
}

/** Sets ami/at/by/reason in that order right at the top of the pin map; absent fields are removed. */
function writeRecord(doc: Document, pin: YAMLMap, record: PinRecord): void {
  const fields: Array<[string, string | undefined]> = [
    ["ami", record.ami],
    ["at", record.at],
    ["by", record.by],
    ["reason", record.reason],
    ["instanceType", record.instanceType],
  ];
  let insertAt = 0;
  for (const [key, value] of fields) {
    const index = pin.items.findIndex((pair) => keyOf(pair.key) === key);
    if (value === undefined) {
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

function keyOf(node: unknown): unknown {
  return typeof node === "object" && node !== null && "value" in node
    ? (node as { value: unknown }).value
    : node;
}
