import { isProcessDied, OperationFailed } from "../errors.js";
import type { CheckResult, Finding } from "../ports/verifier.js";

/** A rollout step found a problem (failed checks, unhealthy targets, no capacity): the findings say what. */
export class StepFailed extends OperationFailed {
  constructor(
    message: string,
    readonly findings: Finding[],
  ) {
    super(message, "step-failed", { findings });
  }
}

/** A finding produced by the rollout itself (not by a verifier check). */
export function rolloutFinding(o: {
  name: string;
  target: string;
  summary: string;
  evidence?: Record<string, unknown>;
  level?: CheckResult["level"];
}): Finding {
  return {
    name: o.name,
    level: o.level ?? "instance",
    target: o.target,
    passed: false,
    summary: o.summary,
    evidence: o.evidence ?? {},
  };
}

/** The process's abrupt death (ProcessDied): nothing may run after it (no clean-up, no lock release). */
export function isCrash(error: unknown): boolean {
  return isProcessDied(error);
}
