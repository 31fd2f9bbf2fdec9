import type { CheckResult } from "../verify/types.js";

/**
 * What the GitHub side reads from a command's result, typed: each spec's `facts(data)` says
 * where its result keeps them, so src/github/ never digs through result data. The --json
 * document stays the command's own data, unchanged.
 */
export interface CommandFacts {
  /** The recipe a bake or rebake built. */
  recipe?: string;
  recipeHash?: string;
  /** bake: an image for this recipe hash and base already existed. */
  skipped?: boolean;
  /** AMIs the command produced (bake --all also names each one's recipe). */
  amis?: AmiRecord[];
  /** Image builds the command followed, with the states they went through. */
  builds?: BuildProgress[];
  /** Environment files whose pin the command changed, in the order it changed them. */
  pinChanges?: PinChange[];
  /** Every check the command ran (passed and failed). */
  checks?: CheckResult[];
  /** A rollout's timed steps. */
  steps?: TimedStep[];
  /** changed-pins: the environments whose pin changed between two commits. */
  changedEnvironments?: string[];
  /** The result's own error, when it failed without throwing (a rolled-back rollout). */
  error?: { code: string; message: string };
}

export interface AmiRecord {
  region: string;
  arch: string;
  ami: string;
  recipe?: string;
}

export interface PinChange {
  environment: string;
  /** The environment file, as the command wrote it (absolute or relative to the config root). */
  file: string;
  ami: string | null;
  previous: string | null;
}

/** A timed step of a rollout, for the timeline (epoch milliseconds). */
export interface TimedStep {
  kind: string;
  startedAt: number;
  finishedAt: number;
  detail?: string;
}

/** One image build a bake followed: the states it went through, with virtual-clock times. */
export interface BuildProgress {
  arch: string;
  startedAt?: number;
  endedAt?: number;
  states: Array<{ status: string; at: number }>;
}

/** A build as bake reports it (`architectures[]`): only those with states were followed. */
interface ReportedBuild {
  arch: string;
  startedAt?: number;
  endedAt?: number;
  states?: Array<{ status: string; at: number }>;
}

export function buildsFrom(architectures: readonly ReportedBuild[]): BuildProgress[] {
  return architectures.flatMap((a) => {
    if (!a.states || a.states.length === 0) return [];
    const build: BuildProgress = { arch: a.arch, states: a.states };
    if (a.startedAt !== undefined) build.startedAt = a.startedAt;
    if (a.endedAt !== undefined) build.endedAt = a.endedAt;
    return [build];
  });
}

/** What every rollout command (promote, rollback, reconcile) reports. */
interface RolloutData {
  pinChanges: readonly PinChange[];
  steps: ReadonlyArray<{ kind: string; startedAt: string; finishedAt: string; detail?: string }>;
  checks: readonly CheckResult[];
  findings: readonly CheckResult[];
  error?: { code: string; message: string };
}

export function rolloutFacts(data: RolloutData): CommandFacts {
  const facts: CommandFacts = {
    pinChanges: [...data.pinChanges],
    // Findings are failed checks; a rollout lists most of them under checks too.
    checks: uniqueChecks([...data.checks, ...data.findings]),
    steps: data.steps.flatMap((s) => {
      const startedAt = Date.parse(s.startedAt);
      if (Number.isNaN(startedAt)) return [];
      const finishedAt = Date.parse(s.finishedAt);
      const step: TimedStep = {
        kind: s.kind,
        startedAt,
        finishedAt: Number.isNaN(finishedAt) ? startedAt : finishedAt,
      };
      if (s.detail !== undefined) step.detail = s.detail;
      return [step];
    }),
  };
  if (data.error) facts.error = data.error;
  return facts;
}

/** Checks without repeats (the same check, target, verdict and summary reported twice). */
export function uniqueChecks(checks: readonly CheckResult[]): CheckResult[] {
  const seen = new Set<string>();
  return checks.filter((check) => {
    const key = `${check.name}\u0000${check.target}\u0000${check.passed}\u0000${check.summary}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
