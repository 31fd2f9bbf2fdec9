import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  REGISTERED
} from "./chunk-GMJUDOBJ.js";

// src/rollout/instance-type.ts
function instanceTypeChanges(observed, o) {
  const from = /* @__PURE__ */ new Set();
  const to = /* @__PURE__ */ new Set();
  for (const i of observed.instances) {
    if (!i.instanceType) continue;
    if (i.ami === o.ami) {
      if (i.role === "new" && (i.state === "pending" || i.state === "running")) to.add(i.instanceType);
    } else if (i.state === "running" && REGISTERED.has(i.target) || i.role === "old" && i.rolloutId === o.rolloutId) {
      from.add(i.instanceType);
    }
  }
  const changes = [];
  for (const f of [...from].sort())
    for (const t of [...to].sort()) if (f !== t) changes.push({ from: f, to: t });
  return changes;
}
function formatTypeChanges(changes) {
  return `instance type changes: ${changes.map((c) => `${c.from} \u2192 ${c.to}`).join(", ")}`;
}

export {
  instanceTypeChanges,
  formatTypeChanges
};
