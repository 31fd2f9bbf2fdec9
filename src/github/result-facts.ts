import { type CommandFacts, type PinChange, uniqueChecks } from "../commands/facts.js";
import type { Outcome } from "../commands/run.js";
import type { CheckResult } from "../verify/types.js";

export type { AmiRecord, CommandFacts, PinChange, TimedStep } from "../commands/facts.js";

/**
 * What the action reports (AMIs, pin changes, checks), from the typed facts each command's
 * spec reads out of its result (src/commands/specs/). Only a thrown error's evidence is
 * untyped: checks are looked for there.
 */
export function factsOf(outcome: Outcome): CommandFacts {
  return outcome.facts ?? {};
}

/** One net pin change per environment: from the first previous to the last AMI (a rolled-back change nets to nothing). */
export function netPinChanges(
  changes: readonly PinChange[],
): Array<PinChange & { attempted: string | null }> {
  const byEnv = new Map<string, PinChange & { attempted: string | null }>();
  for (const c of changes) {
    const seen = byEnv.get(c.environment);
    if (!seen) byEnv.set(c.environment, { ...c, attempted: c.ami });
    else byEnv.set(c.environment, { ...seen, ami: c.ami, file: c.file });
  }
  return [...byEnv.values()];
}

/** What a person reads when the command did not succeed (a thrown error, or a result's own error). */
export function failureMessage(outcome: Outcome): string | undefined {
  if (outcome.errorMessage) return outcome.errorMessage;
  const error = factsOf(outcome).error;
  if (error) return error.message;
  return outcome.exitCode === 0 ? undefined : `failed (exit ${outcome.exitCode})`;
}

function isCheck(value: unknown): value is CheckResult {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === "string" && typeof v.passed === "boolean" && typeof v.summary === "string";
}

/** Checks in a thrown error's evidence (a rollout report, a build failure), which has no type of its own. */
function collectChecks(value: unknown, into: CheckResult[], depth = 0): void {
  if (depth > 4 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isCheck(item)) into.push(item);
      else collectChecks(item, into, depth + 1);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of ["checks", "findings", "results", "verification", "instanceChecks", "soak", "parity"]) {
    if (key in record) collectChecks(record[key], into, depth + 1);
  }
}

/** Every check result of the command and in a failure's evidence, without duplicates. */
export function checksOf(outcome: Outcome): CheckResult[] {
  const found: CheckResult[] = [...(factsOf(outcome).checks ?? [])];
  const evidence =
    outcome.error && "evidence" in outcome.error
      ? (outcome.error as { evidence?: unknown }).evidence
      : undefined;
  collectChecks(evidence, found);
  return uniqueChecks(found);
}

export function findingsOf(outcome: Outcome): CheckResult[] {
  return checksOf(outcome).filter((check) => !check.passed);
}
