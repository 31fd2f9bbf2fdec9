import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  OperationFailed,
  isProcessDied
} from "./chunk-25FIIMCB.js";

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
  return isProcessDied(error);
}

export {
  StepFailed,
  rolloutFinding,
  isCrash
};
