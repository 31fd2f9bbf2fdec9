import type { Outcome } from "../commands/run.js";
import type { CheckResult } from "../verify/types.js";
import type { BuildProgress } from "./progress-summary.js";

/**
 * Reads the facts the action reports (AMIs, pin changes, checks) out of a command's --json data
 * or a failure's evidence. Commands own their data shapes; these readers accept the documented
 * fields (DESIGN §4 and the pinChanges contract) and ignore anything else.
 */

export interface AmiRecord {
  region: string;
  arch: string;
  ami: string;
}

export interface PinChange {
  environment: string;
  /** The environment file, as the command wrote it (absolute or relative to the config root). */
  file: string;
  ami: string | null;
  previous: string | null;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function dataOf(outcome: Outcome): Json {
  return isObject(outcome.result?.data) ? outcome.result.data : {};
}

export function amisOf(data: Json): AmiRecord[] {
  // bake reports `amis`; rebake nests its bake's result under `bake`.
  const nested = isObject(data.bake) ? data.bake.amis : undefined;
  const amis = Array.isArray(data.amis) ? data.amis : Array.isArray(nested) ? nested : [];
  return amis.filter(
    (a): a is AmiRecord =>
      isObject(a) && typeof a.ami === "string" && typeof a.region === "string" && typeof a.arch === "string",
  );
}

export function pinChangesOf(data: Json): PinChange[] {
  // Rollout commands report `pinChanges`; rebake reports the one stage it pinned as `pinned`.
  const changes = Array.isArray(data.pinChanges)
    ? data.pinChanges
    : isObject(data.pinned)
      ? [data.pinned]
      : [];
  return changes
    .filter((c): c is Json => isObject(c) && typeof c.environment === "string" && typeof c.file === "string")
    .map((c) => ({
      environment: c.environment as string,
      file: c.file as string,
      ami: typeof c.ami === "string" ? c.ami : null,
      previous: typeof c.previous === "string" ? c.previous : null,
    }));
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

/** A timed step of a rollout (data.steps), for the timeline. */
export interface TimedStep {
  kind: string;
  startedAt: number;
  finishedAt: number;
  detail?: string;
}

export function stepsOf(data: Json): TimedStep[] {
  const steps = Array.isArray(data.steps) ? data.steps : [];
  const out: TimedStep[] = [];
  for (const s of steps) {
    if (!isObject(s) || typeof s.kind !== "string") continue;
    const startedAt = typeof s.startedAt === "string" ? Date.parse(s.startedAt) : Number.NaN;
    const finishedAt = typeof s.finishedAt === "string" ? Date.parse(s.finishedAt) : startedAt;
    if (Number.isNaN(startedAt)) continue;
    out.push({
      kind: s.kind,
      startedAt,
      finishedAt: Number.isNaN(finishedAt) ? startedAt : finishedAt,
      ...(typeof s.detail === "string" ? { detail: s.detail } : {}),
    });
  }
  return out;
}

/** What a person reads when the command did not succeed (a thrown error, or a result's own error). */
export function failureMessage(outcome: Outcome): string | undefined {
  if (outcome.errorMessage) return outcome.errorMessage;
  const error = dataOf(outcome).error;
  if (isObject(error) && typeof error.message === "string") return error.message;
  return outcome.exitCode === 0 ? undefined : `failed (exit ${outcome.exitCode})`;
}

function isCheck(value: unknown): value is CheckResult {
  return (
    isObject(value) &&
    typeof value.name === "string" &&
    typeof value.passed === "boolean" &&
    typeof value.summary === "string"
  );
}

function collectChecks(value: unknown, into: CheckResult[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isCheck(item)) into.push(item);
      else collectChecks(item, into, depth + 1);
    }
    return;
  }
  if (!isObject(value)) return;
  for (const key of ["checks", "findings", "results", "verification", "instanceChecks", "soak", "parity"]) {
    if (key in value) collectChecks(value[key], into, depth + 1);
  }
}

/** Every check result in the data and in a failure's evidence, without duplicates. */
export function checksOf(outcome: Outcome): CheckResult[] {
  const found: CheckResult[] = [];
  collectChecks(outcome.result?.data, found);
  const evidence =
    outcome.error && "evidence" in outcome.error
      ? (outcome.error as { evidence?: unknown }).evidence
      : undefined;
  collectChecks(evidence, found);
  const seen = new Set<string>();
  return found.filter((check) => {
    const key = `${check.name}\u0000${check.target}\u0000${check.passed}\u0000${check.summary}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function findingsOf(outcome: Outcome): CheckResult[] {
  return checksOf(outcome).filter((check) => !check.passed);
}

/** The image builds a bake followed (data.architectures[].states), for the summary's build table. */
export function buildsOf(data: Json): BuildProgress[] {
  const nested = isObject(data.bake) ? data.bake.architectures : undefined;
  const archs = Array.isArray(data.architectures) ? data.architectures : Array.isArray(nested) ? nested : [];
  const builds: BuildProgress[] = [];
  for (const a of archs) {
    if (!isObject(a) || typeof a.arch !== "string" || !Array.isArray(a.states)) continue;
    const states = a.states.filter(
      (s): s is { status: string; at: number } =>
        isObject(s) && typeof s.status === "string" && typeof s.at === "number",
    );
    if (states.length === 0) continue;
    const build: BuildProgress = { arch: a.arch, states };
    if (typeof a.startedAt === "number") build.startedAt = a.startedAt;
    if (typeof a.endedAt === "number") build.endedAt = a.endedAt;
    builds.push(build);
  }
  return builds;
}
