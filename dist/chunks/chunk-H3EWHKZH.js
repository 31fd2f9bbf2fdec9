import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  OperationFailed
} from "./chunk-WPO6EQZK.js";

// src/rollout/failure.ts
var StepFailed = class extends OperationFailed {
  constructor(message, findings) {
    super(message, "step-failed", { findings });
    this.findings = findings;
  }
  findings;
};
function rolloutFinding(o) {
  return {
    name: o.name,
    level: o.level ?? "instance",
    target: o.target,
    passed: false,
    summary: o.summary,
    evidence: o.evidence ?? {}
  };
}
function isCrash(error) {
  return typeof error === "object" && error !== null && "name" in error && error.name === "SimulatedCrash";
}

export {
  StepFailed,
  rolloutFinding,
  isCrash
};
