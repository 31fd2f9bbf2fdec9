import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-WPO6EQZK.js";

// src/sim/faults.ts
var FAULTS = {
  "image-build-fails": "optional",
  "new-instances-unhealthy": "none",
  "cron-stale-timezone": "none",
  "service-not-enabled": "required",
  "log-delivery-stalled": "required",
  "agent-missing": "required",
  throttle: "required",
  capacity: "required",
  "crash-after-calls": "required"
};
function isFaultName(name) {
  return Object.hasOwn(FAULTS, name);
}
function parseOne(text) {
  const eq = text.indexOf("=");
  const name = (eq < 0 ? text : text.slice(0, eq)).trim();
  const arg = eq < 0 ? void 0 : text.slice(eq + 1).trim();
  if (!isFaultName(name)) {
    throw new UsageError(`unknown fault '${name}' (known: ${Object.keys(FAULTS).join(", ")})`);
  }
  const kind = FAULTS[name];
  if (kind === "none" && arg !== void 0)
    throw new UsageError(`fault '${name}' takes no argument (got: '${text}')`);
  if (kind === "required" && !arg) throw new UsageError(`fault '${name}' needs an argument: ${name}=\u2026`);
  if (name === "throttle") {
    const rate = Number(arg);
    if (!Number.isFinite(rate) || rate < 0 || rate > 1)
      throw new UsageError(`throttle needs a rate between 0 and 1 (got: '${arg}')`);
  }
  if (name === "crash-after-calls" && !/^\d+$/.test(arg ?? "")) {
    throw new UsageError(`crash-after-calls needs a whole number of calls (got: '${arg}')`);
  }
  if (name === "image-build-fails" && arg !== void 0 && !["build", "test"].includes(arg)) {
    throw new UsageError(`image-build-fails takes the phase 'build' or 'test' (got: '${arg}')`);
  }
  return arg === void 0 ? { name } : { name, arg };
}
var Faults = class {
  list;
  constructor(specs = []) {
    this.list = specs.map(parseOne);
  }
  has(name) {
    return this.list.some((f) => f.name === name);
  }
  /** The argument of the first NAME=ARG given (undefined when absent or given bare). */
  arg(name) {
    return this.list.find((f) => f.name === name && f.arg !== void 0)?.arg;
  }
  /** Every argument given for NAME (e.g. agent-missing=fluentd and agent-missing=newrelic-infra). */
  args(name) {
    return this.list.filter((f) => f.name === name && f.arg !== void 0).map((f) => f.arg);
  }
  /** The specs as NAME[=ARG] strings. */
  toStrings() {
    return this.list.map((f) => f.arg === void 0 ? f.name : `${f.name}=${f.arg}`);
  }
};

export {
  FAULTS,
  Faults
};
