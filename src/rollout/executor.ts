import { messageOf, OperationFailed } from "../errors.js";
import type { PinChange } from "../gitops/pins.js";
import type { Clock } from "../ports/clock.js";
import type { Progress } from "../ports/progress.js";
import type { CheckResult, Finding } from "../ports/verifier.js";
import { type CheckGroup, summarizeChecks } from "./check-summary.js";
import { isCrash } from "./failure.js";
import { formatTypeChanges, instanceTypeChanges } from "./instance-type.js";
import {
  type Desired,
  type FleetIdentity,
  type Observed,
  REGISTERED,
  type RunMemory,
  runs,
  type SoakPhase,
  type Step,
} from "./model.js";
import { plan } from "./plan.js";
import { findingsOf, newReport, type RolloutReport, RolloutRolledBack, stepRecord } from "./report.js";

/**
 * The reconcile loop of one fleet: observe, plan the next step (pure), apply it through the
 * fleet's driver, observe again. The desired state is a value; the executor touches no file
 * and no git — restoring the pin on a failure is the caller's `restorePin`, asked first, so a
 * crash during the clean-up converges to the old AMI on the next run.
 */

/** The planner's memory plus once-per-run facts of the step driver. */
export interface ExecutorMemory extends RunMemory {
  /** One new instance was rebooted and checked again. */
  rebooted: boolean;
  /** Parity with a serving instance was checked. */
  parityChecked: boolean;
}

/** What the next observation must show of some instances before the plan may trust it. */
export interface Expectation {
  ids: readonly string[];
  /**
   * listed: in the fleet (or ended since); running: pending or running; stopped: stopping or
   * stopped; gone: shutting down, terminated or no longer listed; old: tagged as the fleet
   * being replaced.
   */
  shows: "listed" | "running" | "stopped" | "gone" | "old";
}

/** What a step's outcome says the next observation must show. */
export function expectationsOf(step: Step, outcome: StepOutcome): Expectation[] {
  const out: Expectation[] = [];
  if (outcome.launched?.length) out.push({ ids: outcome.launched, shows: "listed" });
  if (outcome.started?.length) out.push({ ids: outcome.started, shows: "running" });
  if (outcome.retained?.length) out.push({ ids: outcome.retained, shows: "stopped" });
  if (outcome.removed?.length) out.push({ ids: outcome.removed, shows: "gone" });
  if (step.kind === "tag-old") out.push({ ids: step.ids, shows: "old" });
  return out;
}

/** What applying one step did, for the memory, the report and the next observation. */
export interface StepOutcome {
  detail: string;
  /** Instances launched or started by the step: the next observation waits until AWS lists them. */
  launched?: string[];
  started?: string[];
  retained?: string[];
  removed?: string[];
  /** Instances whose instance checks passed. */
  checked?: string[];
  rebooted?: boolean;
  parityChecked?: boolean;
  soaked?: SoakPhase;
  /** The step's check results, grouped by what proved them. */
  groups?: CheckGroup[];
}

/** A step failed; what it had checked before it did is kept for the report. */
export class StepOutcomeFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly groups: CheckGroup[],
  ) {
    super(messageOf(cause));
  }
}

/** What a fleet kind does for the executor: observe it, apply one step, undo a rollout. */
export interface StepDriver {
  /**
   * One observation round. AWS's reads are eventually consistent: what the last step did
   * (instances launched, started, stopped, terminated, tagged) is waited for by id until AWS
   * shows it, so the plan never repeats a step that already happened.
   */
  observe(expect: readonly Expectation[]): Promise<Observed>;
  /** Applies one planned step; throws (StepFailed with findings) when a check or AWS says no. */
  apply(step: Step, observed: Observed, memory: ExecutorMemory, desired: Desired): Promise<StepOutcome>;
  /** Removes this rollout's new instances and unmarks the old fleet, which serves on. Returns the ids removed. */
  rollBack(report: RolloutReport): Promise<string[]>;
}

export interface ExecuteOptions {
  desired: Desired;
  driver: StepDriver;
  clock: Clock;
  progress: Progress;
  /** Progress phase, e.g. "rollout prod". */
  phase: string;
  rolloutId: string;
  /** Clock time after which no new step starts. */
  deadline: number;
  /** Findings that stop the rollout before anything launches (SSM parameters missing, …). */
  preflight: () => Promise<Finding[]>;
  /**
   * Records that the pinned AMI passed this environment's full soak (before the old fleet
   * leaves); false when the verification was too weak to record (see RolloutVerifier.weakened).
   */
  onVerified: () => Promise<boolean>;
  /** Puts the pin back to `serving` (the AMI the old fleet runs) after a failure; asked before any clean-up. */
  restorePin: (serving: string | undefined) => Promise<PinChange[]>;
  /** Upper bound on steps, a guard against a plan that never settles. */
  maxSteps?: number;
}

/** Steps after which nothing has left the target group yet. */
const BEFORE_OLD_LEAVE: ReadonlySet<Step["kind"]> = new Set([
  "tag-old",
  "start",
  "launch",
  "prepare",
  "register",
  "wait-healthy",
  "soak",
]);

/** Converges the fleet to `desired`; a failure before the old fleet leaves is rolled back. */
export async function executeRollout(o: ExecuteOptions): Promise<RolloutReport> {
  const { desired, driver, clock, progress, phase } = o;
  const memory = {
    checked: new Set<string>(),
    canarySoaked: false,
    soaked: new Set<string>(),
    rolloutId: o.rolloutId,
    rebooted: false,
    parityChecked: false,
  };
  const groups: CheckGroup[] = [];
  const report = newReport({ environment: desired.environment, ami: desired.ami, rolloutId: o.rolloutId });
  let observed = await driver.observe([]);
  const fail = async (message: string, code?: string): Promise<never> => {
    const summary = summarizeChecks(groups);
    if (summary) report.checkSummary = summary;
    progress.error(
      phase,
      `rolling back: ${desired.ami} leaves, ${servingIdentity(observed, desired)?.ami ?? "the old fleet"} keeps serving`,
    );
    report.pinChanges.push(...(await o.restorePin(servingIdentity(observed, desired)?.ami)));
    report.removed.push(...(await driver.rollBack(report)));
    report.outcome = "rolled-back";
    progress.error(phase, `rolled back: ${report.removed.length} new instance(s) removed`);
    throw new RolloutRolledBack(message, report, code);
  };

  if (plan(desired, observed, memory).kind !== "done") {
    const findings = await o.preflight();
    if (findings.length > 0) {
      report.findings.push(...findings);
      await fail(
        `preflight of ${desired.ami} for ${desired.environment} failed: ${findings.map((f) => f.summary).join("; ")}; nothing was launched`,
        "preflight-failed",
      );
    }
  }

  const maxSteps = o.maxSteps ?? 200;
  /** Applies planned steps towards `target` until done; a failed step is returned, not thrown. */
  const converge = async (target: Desired): Promise<{ failed?: { step: Step; error: unknown } }> => {
    for (let n = 0; ; n++) {
      const next = plan(target, observed, memory);
      if (next.kind === "done") return {};
      if (n >= maxSteps || clock.now() > o.deadline)
        throw new OperationFailed(
          `environment ${target.environment} did not converge (last step planned: ${next.kind})`,
          "not-converged",
          report,
        );
      const startedAt = clock.now();
      let outcome: StepOutcome;
      try {
        outcome = await driver.apply(next, observed, memory, target);
      } catch (thrown) {
        const error = thrown instanceof StepOutcomeFailed ? thrown.cause : thrown;
        // A process that died does nothing more: no clean-up, no pin restore (the next run resumes).
        if (isCrash(error)) throw error;
        if (thrown instanceof StepOutcomeFailed) record(report, groups, thrown.groups);
        report.steps.push(stepRecord(next, startedAt, clock.now(), `failed: ${messageOf(error)}`));
        report.findings.push(...findingsOf(error, target.environment));
        return { failed: { step: next, error } };
      }
      report.steps.push(stepRecord(next, startedAt, clock.now(), outcome.detail));
      progress.info(phase, outcome.detail);
      remember(memory, next, outcome);
      record(report, groups, outcome.groups ?? []);
      report.launched.push(...(outcome.launched ?? []));
      report.started.push(...(outcome.started ?? []));
      report.retained.push(...(outcome.retained ?? []));
      report.removed.push(...(outcome.removed ?? []));

      if (outcome.soaked === "full" && target === desired) {
        report.verified = await o.onVerified();
      }
      observed = await driver.observe(expectationsOf(next, outcome));
      noteTypeChanges(report, observed, progress, phase);
    }
  };

  const forward = await converge(desired);
  if (forward.failed) {
    const { step, error } = forward.failed;
    const reached = progressOf(observed, desired, memory);
    if (reached) report.reached = reached;
    if (BEFORE_OLD_LEAVE.has(step.kind) && oldFleetServes(observed, desired)) {
      if (leftOld(observed, o.rolloutId) === 0)
        await fail(
          `rollout of ${desired.ami} to ${desired.environment} failed and was rolled back (${report.findings.length} finding(s))`,
        );
      await returnToServing(error);
    }
    summarize();
    if (error instanceof OperationFailed) throw new OperationFailed(error.message, error.code, report);
    throw error;
  }
  summarize();
  return report;

  function summarize(): void {
    const summary = summarizeChecks(groups);
    if (summary) report.checkSummary = summary;
    else delete report.checkSummary;
  }

  /**
   * A later batch failed after old instances had already left: the pin goes back first, then
   * the same loop converges the fleet back to the AMI the old fleet serves — its retained
   * instances started again, the new ones drained and removed — with capacity held.
   */
  async function returnToServing(error: unknown): Promise<never> {
    const identity = servingIdentity(observed, desired);
    if (!identity) throw error;
    const serving = identity.ami;
    progress.error(
      phase,
      `rolling back ${report.reached ?? "the rollout"}: ${serving} returns in full, ${desired.ami} leaves`,
    );
    report.pinChanges.push(...(await o.restorePin(serving)));
    const back: Desired = {
      ...desired,
      ...identity,
      canary: 0,
      soak: false,
      discard: { ami: desired.ami, ...(desired.config ? { config: desired.config } : {}) },
    };
    if (identity.config === undefined) delete back.config;
    const returned = await converge(back);
    report.outcome = "rolled-back";
    summarize();
    if (returned.failed)
      throw new OperationFailed(
        `rollout of ${desired.ami} to ${desired.environment} failed (${messageOf(error)}) and the return to ${serving} failed too: ${messageOf(returned.failed.error)}`,
        "rollback-failed",
        report,
      );
    progress.error(phase, `rolled back: ${desired.environment} serves ${serving} again`);
    throw new RolloutRolledBack(
      `rollout of ${desired.ami} to ${desired.environment} failed after ${report.reached ?? "some batches"} and was rolled back to ${serving} (${report.findings.length} finding(s))`,
      report,
    );
  }
}

/** How far a rollout got: new instances soaked and serving, old ones that left. */
function progressOf(
  observed: Observed,
  desired: Desired,
  memory: { soaked: ReadonlySet<string> },
): string | undefined {
  const serving = observed.instances.filter(
    (i) => runs(i, desired) && i.role === "new" && i.state === "running" && REGISTERED.has(i.target),
  );
  const soaked = serving.filter((i) => memory.soaked.has(i.id)).length;
  if (serving.length === 0) return undefined;
  return `${soaked} of ${desired.count} new instance(s) soaked and serving (${serving.length} registered)`;
}

/** Old instances this rollout marked that have left the target group. */
function leftOld(observed: Observed, rolloutId: string): number {
  return observed.instances.filter(
    (i) =>
      i.role === "old" && i.rolloutId === rolloutId && !REGISTERED.has(i.target) && i.target !== "draining",
  ).length;
}

function remember(
  memory: {
    checked: Set<string>;
    canarySoaked: boolean;
    soaked: Set<string>;
    rebooted: boolean;
    parityChecked: boolean;
  },
  step: Step,
  outcome: StepOutcome,
): void {
  for (const id of outcome.checked ?? []) memory.checked.add(id);
  if (outcome.rebooted) memory.rebooted = true;
  if (outcome.parityChecked) memory.parityChecked = true;
  if (outcome.soaked && step.kind === "soak") {
    for (const id of step.ids) memory.soaked.add(id);
    if (outcome.soaked === "canary") memory.canarySoaked = true;
  }
}

function record(report: RolloutReport, into: CheckGroup[], groups: readonly CheckGroup[]): void {
  for (const group of groups) {
    into.push(group);
    report.checks.push(...(group.results as CheckResult[]));
  }
}

/** Reports each instance type change once, in progress and in the report. */
function noteTypeChanges(report: RolloutReport, observed: Observed, progress: Progress, phase: string): void {
  for (const change of instanceTypeChanges(observed, { ami: report.ami, rolloutId: report.rolloutId })) {
    if (report.instanceTypeChanges.some((k) => k.from === change.from && k.to === change.to)) continue;
    report.instanceTypeChanges.push(change);
    progress.warn(phase, formatTypeChanges([change]));
  }
}

/** Old instances are still registered and not draining: nothing irreversible has happened yet. */
function oldFleetServes(observed: Observed, desired: Desired): boolean {
  return observed.instances.some(
    (i) => !runs(i, desired) && i.state === "running" && REGISTERED.has(i.target),
  );
}

/** What most of the serving old fleet runs (its AMI and config digest). */
export function servingIdentity(observed: Observed, desired: Desired): FleetIdentity | undefined {
  const counts = new Map<string, { identity: FleetIdentity; n: number }>();
  for (const i of observed.instances) {
    if (runs(i, desired) || i.state !== "running" || !REGISTERED.has(i.target)) continue;
    const key = `${i.ami} ${i.config ?? ""}`;
    const seen = counts.get(key) ?? {
      identity: { ami: i.ami, ...(i.config ? { config: i.config } : {}) },
      n: 0,
    };
    seen.n += 1;
    counts.set(key, seen);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.identity;
}

/**
 * The id of a rollout a crashed run left in progress: on live new instances of the pinned AMI,
 * or on the serving fleet it marked old. A rolled-back attempt leaves neither (its new
 * instances are terminated, the old fleet's marks removed), so the next attempt gets a new id.
 */
export function rolloutIdOf(observed: Observed, desired: Desired): string | undefined {
  const live = (i: Observed["instances"][number]) => i.state === "pending" || i.state === "running";
  return (
    observed.instances.find((i) => runs(i, desired) && i.role === "new" && i.rolloutId && live(i))
      ?.rolloutId ??
    observed.instances.find(
      (i) => !runs(i, desired) && i.role === "old" && i.rolloutId && live(i) && REGISTERED.has(i.target),
    )?.rolloutId
  );
}
