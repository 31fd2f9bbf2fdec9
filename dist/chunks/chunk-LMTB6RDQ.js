import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/config/fluentd-outputs.ts
var NON_DELIVERING_OUTPUTS = /* @__PURE__ */ new Set(["null", "stdout"]);
var ROUTING_OUTPUTS = /* @__PURE__ */ new Set(["relabel", "rewrite_tag_filter", "route"]);
function parseDirectives(text) {
  const root = { name: "", arg: "", line: 0, children: [] };
  const stack = [root];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "") return;
    const close = /^<\/([A-Za-z_]+)\s*>$/.exec(line);
    if (close) {
      if (stack.length > 1) stack.pop();
      return;
    }
    const open = /^<([A-Za-z_]+)(?:\s+([^>]*))?>$/.exec(line);
    if (open) {
      const d = {
        name: open[1],
        arg: (open[2] ?? "").trim(),
        line: i + 1,
        children: []
      };
      stack.at(-1).children.push(d);
      stack.push(d);
      return;
    }
    const type = /^@?type\s+(\S+)/.exec(line);
    const id = /^@id\s+(\S+)/.exec(line);
    const current = stack.at(-1);
    if (type && current !== root && current.type === void 0) current.type = type[1];
    if (id && current !== root && current.id === void 0) current.id = id[1];
  });
  return root.children;
}
function fluentdOutputs(text) {
  const out = [];
  const visit = (directives) => {
    for (const d of directives) {
      if (d.name === "label") visit(d.children);
      if (d.name !== "match") continue;
      const type = d.type ?? "";
      if (ROUTING_OUTPUTS.has(type)) continue;
      const stores = type === "copy" ? d.children.filter((c) => c.name === "store") : [];
      const at = (x) => ({ pattern: d.arg, line: d.line, ...x.id ? { id: x.id } : {} });
      if (type === "copy") for (const s of stores) out.push({ type: s.type ?? "", ...at(s) });
      else out.push({ type, ...at(d) });
    }
  };
  visit(parseDirectives(text));
  return out;
}
function deliversSomewhere(type) {
  return type !== "" && !NON_DELIVERING_OUTPUTS.has(type);
}
function nonDeliveryProblem(text) {
  const outputs = fluentdOutputs(text);
  if (outputs.some((o) => deliversSomewhere(o.type))) return void 0;
  if (outputs.length === 0)
    return {
      line: 1,
      message: "no <match> routes events to an output: fluentd would ship no logs"
    };
  const types = [...new Set(outputs.map((o) => `@type ${o.type || "(none)"}`))].join(", ");
  return {
    line: outputs[0].line,
    message: `every <match> sends to ${types}, which delivers nowhere: fluentd would ship no logs (route a <match> to a real output such as bigquery_insert, s3 or forward)`
  };
}

export {
  fluentdOutputs,
  deliversSomewhere,
  nonDeliveryProblem
};
