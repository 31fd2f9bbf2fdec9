import { randomBytes } from "node:crypto";
import { verifiedInTag } from "../aws/tags.js";
import type { CommandContext } from "../commands/context.js";
import type { LoadedEnvironment, Project } from "../config/load.js";
import { messageOf, OperationFailed, UsageError } from "../errors.js";
import { readPinFromSource } from "../gitops/pin-document.js";
import { type PinChange, readPin, restorePinFile, revertPin } from "../gitops/pins.js";
import { parseDuration } from "../ports/clock.js";
import type { CheckResult, Finding, RolloutVerifier } from "../verify/types.js";
import { applyStep, newMemory, type StepContext } from "./apply.js";
import { rolloutAsgFleet } from "./asg/rollout.js";
import { isCrash, rolloutFinding, StepFailed } from "./failure.js";
import { describeImage, markVerified, type PinnedImage } from "./image.js";
import { terminate } from "./instances.js";
import { type Desired, type Observed, REGISTERED, type Step } from "./model.js";
import { type FleetRefs, observeFleet, resolveFleet } from "./observe.js";
import { plan } from "./plan.js";
import { deregisterTargets } from "./targets.js";

export interface StepRecord {
  /** A planned step, or "instance-refresh" for Auto Scaling fleets. */
  kind: Step["kind"] | "instance-refresh";
  /** ISO times of the step's start and end (virtual in the simulator). */
  startedAt: string;
  finishedAt: string;
  detail: string;
  ids?: string[];
  count?: number;
  phase?: "canary" | "full";
}

export type RolloutOutcome = "converged" | "rolled-back";

export interface RolloutReport {
  environment: string;
  ami: string;
  rolloutId: string;
  outcome: RolloutOutcome;
  steps: StepRecord[];
  checks: CheckResult[];
  findings: Finding[];
  pinChanges: PinChange[];
  launched: string[];
  started: string[];
  retained: string[];
  removed: string[];
  /** The AMI was tagged amipipe:verified-in:<environment> by this run. */
  verified: boolean;
}

/** The rollout failed before the old fleet left: the new instances are gone and the pin is restored. */
export class RolloutRolledBack extends OperationFailed {
  constructor(
    message: string,
    readonly report: RolloutReport,
  ) {
    super(message, "rolled-back", report);
  }
}

export interface ReconcileOptions {
  ctx: CommandContext;
  project: Project;
  loaded: LoadedEnvironment;
  /** Rendered user data for new instances (recipe templates with the environment's vars). */
  userData: string;
  verifier: (fleet: FleetRefs, image: PinnedImage) => RolloutVerifier | Promise<RolloutVerifier>;
  /** The environment file's text before this run changed its pin: a failed rollout puts it back verbatim. */
  pinFileBefore?: string;
  /** Upper bound on steps, a guard against a plan that never settles. */
  maxSteps?: number;
}

/**
 * Converges one environment's fleet to its pin (re-read from disk): observe, plan the next
 * step, apply it, observe again. A failure before the old fleet leaves the target group
 * removes the new instances, restores the pin and leaves the old fleet serving.
 */
export async function reconcileEnvironment(o: ReconcileOptions): Promise<RolloutReport> {
  const { ctx, loaded } = o;
  const env = loaded.env;
  const pin = await readPin(loaded);
  if (!pin.ami)
    throw new UsageError(`environment ${env.name} has no pin (${loaded.file}); promote an AMI first`);
  const ami = pin.ami;
  const phase = `rollout ${env.name}`;
  const fleet = await resolveFleet(ctx.aws, {
    environment: env.name,
    region: env.region,
    targetGroup: env.fleet.targetGroup,
  });
  const image = await describeImage(ctx.aws, env.region, ami);
  if (image.state !== "available")
    throw new OperationFailed(`AMI ${ami} is ${image.state}, not available`, "not-available");

  if (env.fleet.kind === "asg") return reconcileAutoScaling(o, { fleet, image, pin: pin.history[0]?.ami });

  let observed = await observeFleet(ctx.aws, fleet);
  const returning = servedHereBefore(observed, image, env.name);
  const canary = env.rollout.canary.count < env.fleet.count ? env.rollout.canary.count : 0;
  const desired: Desired = { environment: env.name, ami, count: env.fleet.count, canary, soak: !returning };
  const memory = newMemory();
  const report: RolloutReport = {
    environment: env.name,
    ami,
    rolloutId: "",
    outcome: "converged",
    steps: [],
    checks: memory.checks,
    findings: [],
    pinChanges: [],
    launched: memory.launched,
    started: memory.started,
    retained: memory.retained,
    removed: memory.removed,
    verified: false,
  };

  report.rolloutId = rolloutIdOf(observed, ami) ?? newRolloutId(ctx.clock.now());
  const step: StepContext = {
    aws: ctx.aws,
    clock: ctx.clock,
    progress: ctx.progress,
    phase,
    env,
    fleet,
    ami,
    rootDeviceName: image.rootDeviceName,
    userData: o.userData,
    rolloutId: report.rolloutId,
    verifier: await o.verifier(fleet, image),
    firstStage: !env.promotion.from,
    memory,
  };
  const deadline = ctx.clock.now() + (parseDuration(env.rollout.timeout) ?? 7_200_000);
  const maxSteps = o.maxSteps ?? 200;
  ctx.progress.info(
    phase,
    `converging ${env.name} to ${ami} (${env.fleet.count} instance(s), rollout ${report.rolloutId})`,
  );

  for (let n = 0; ; n++) {
    const next = plan(desired, observed, memory);
    if (next.kind === "done") break;
    if (n >= maxSteps || ctx.clock.now() > deadline) {
      throw new OperationFailed(
        `environment ${env.name} did not converge (last step planned: ${next.kind})`,
        "not-converged",
        report,
      );
    }
    const startedAt = ctx.clock.now();
    try {
      const detail = await applyStep(step, next, observed);
      report.steps.push(stepRecord(next, startedAt, ctx.clock.now(), detail));
      ctx.progress.info(phase, detail);
      if (next.kind === "soak" && next.phase === "full") {
        await markVerified(ctx.aws, env.region, { ami, environment: env.name, at: ctx.clock.now() });
        report.verified = true;
      }
    } catch (error) {
      if (isCrash(error)) throw error;
      report.steps.push(stepRecord(next, startedAt, ctx.clock.now(), `failed: ${messageOf(error)}`));
      report.findings.push(...findingsOf(error, env.name));
      if (BEFORE_OLD_LEAVE.has(next.kind) && oldFleetServes(observed, ami)) {
        await rollBack(o, { fleet, observed, report, phase });
        throw new RolloutRolledBack(
          `rollout of ${ami} to ${env.name} failed and was rolled back; ${report.findings.map((f) => `${f.target}: ${f.summary}`).join("; ")}`,
          report,
        );
      }
      if (error instanceof OperationFailed) throw new OperationFailed(error.message, error.code, report);
      throw error;
    }
    observed = await observeFleet(ctx.aws, fleet);
  }
  ctx.progress.info(phase, `${env.name} serves ${ami} with ${env.fleet.count} healthy instance(s)`);
  return report;
}

/**
 * Undo before the old fleet leaves: the pin goes back first (a crash after it converges to the
 * old AMI), then the new instances are deregistered and terminated while the old ones serve on.
 */
async function rollBack(
  o: ReconcileOptions,
  r: { fleet: FleetRefs; observed: Observed; report: RolloutReport; phase: string },
): Promise<void> {
  const { ctx, loaded } = o;
  const previous = servingAmi(r.observed, r.report.ami);
  ctx.progress.error(
    r.phase,
    `rolling back: ${r.report.ami} leaves, ${previous ?? "the old fleet"} keeps serving`,
  );
  const restored =
    o.pinFileBefore !== undefined &&
    previous !== undefined &&
    readPinFromSource(o.pinFileBefore).ami === previous
      ? await restorePinFile(ctx.root, loaded, o.pinFileBefore, r.report.ami)
      : undefined;
  if (restored) r.report.pinChanges.push(restored);
  else if (previous) {
    const current = await readPin(loaded);
    if (current.ami === r.report.ami) {
      const change = await revertPin(ctx.root, loaded, previous, {
        ami: previous,
        at: new Date(ctx.clock.now()).toISOString(),
        by: ctx.env.actor ?? "amipipe",
        reason: `restored: the rollout of ${r.report.ami} failed`,
      });
      if (change) r.report.pinChanges.push(change);
    }
  }
  const fresh = await observeFleet(ctx.aws, r.fleet);
  const newOnes = fresh.instances.filter(
    (i) =>
      i.ami === r.report.ami &&
      i.role === "new" &&
      ["pending", "running", "stopping", "stopped"].includes(i.state),
  );
  const registered = newOnes.filter((i) => REGISTERED.has(i.target)).map((i) => i.id);
  if (registered.length > 0) await deregisterTargets(ctx.aws, r.fleet, registered);
  if (newOnes.length > 0)
    await terminate(
      ctx.aws,
      r.fleet.region,
      newOnes.map((i) => i.id),
    );
  r.report.removed.push(...newOnes.map((i) => i.id));
  r.report.outcome = "rolled-back";
  ctx.progress.error(
    r.phase,
    `rolled back: terminated ${newOnes.length} new instance(s); pin ${previous ?? "unchanged"}`,
  );
}

/**
 * The pinned AMI served this environment before: retained (stopped) instances of it are kept
 * here, or it passed verification here. Returning to it skips the canary and the soaks.
 */
function servedHereBefore(observed: Observed, image: PinnedImage, environment: string): boolean {
  if (image.tags[verifiedInTag(environment)]) return true;
  return observed.instances.some(
    (i) => i.ami === image.id && (i.state === "stopped" || i.state === "stopping"),
  );
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

/** Old instances are still registered and not draining: nothing irreversible has happened yet. */
function oldFleetServes(observed: Observed, ami: string): boolean {
  return observed.instances.some((i) => i.ami !== ami && i.state === "running" && REGISTERED.has(i.target));
}

/** The AMI most of the serving old fleet runs. */
function servingAmi(observed: Observed, ami: string): string | undefined {
  const counts = new Map<string, number>();
  for (const i of observed.instances) {
    if (i.ami !== ami && i.state === "running" && REGISTERED.has(i.target))
      counts.set(i.ami, (counts.get(i.ami) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function rolloutIdOf(observed: Observed, ami: string): string | undefined {
  return observed.instances.find(
    (i) => i.ami === ami && i.role === "new" && i.rolloutId && i.state !== "stopped",
  )?.rolloutId;
}

function newRolloutId(now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return `r-${stamp}-${randomBytes(2).toString("hex")}`;
}

function findingsOf(error: unknown, environment: string): Finding[] {
  if (error instanceof StepFailed) return error.findings;
  return [
    rolloutFinding({ name: "rollout", level: "environment", target: environment, summary: messageOf(error) }),
  ];
}

function stepRecord(step: Step, startedAt: number, finishedAt: number, detail: string): StepRecord {
  const record: StepRecord = {
    kind: step.kind,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    detail,
  };
  if ("ids" in step) record.ids = step.ids;
  if (step.kind === "launch") record.count = step.count;
  if (step.kind === "soak") record.phase = step.phase;
  return record;
}

/**
 * Auto Scaling fleets roll through an instance refresh (src/rollout/asg); a refresh rolled back
 * restores the pin as a standalone fleet's failed rollout does.
 */
async function reconcileAutoScaling(
  o: ReconcileOptions,
  r: { fleet: FleetRefs; image: PinnedImage; pin: string | undefined },
): Promise<RolloutReport> {
  const { ctx, loaded } = o;
  const env = loaded.env;
  const ami = r.image.id;
  const startedAt = ctx.clock.now();
  const rolloutId = newRolloutId(startedAt);
  const result = await rolloutAsgFleet({
    aws: ctx.aws,
    clock: ctx.clock,
    progress: ctx.progress,
    env,
    ami,
    rolloutId,
    verifier: await o.verifier(r.fleet, r.image),
    userData: o.userData,
  });
  const report: RolloutReport = {
    environment: env.name,
    ami,
    rolloutId,
    outcome: "converged",
    steps: [
      {
        kind: "instance-refresh",
        startedAt: new Date(startedAt).toISOString(),
        finishedAt: new Date(ctx.clock.now()).toISOString(),
        detail: result.summary,
      },
    ],
    checks: result.checks,
    findings: result.checks.filter((c): c is Finding => !c.passed),
    pinChanges: [],
    launched: [],
    started: [],
    retained: [],
    removed: [],
    verified: false,
  };
  if (result.outcome === "rolled-back") {
    report.outcome = "rolled-back";
    if (r.pin) {
      const change = await revertPin(ctx.root, loaded, r.pin, {
        ami: r.pin,
        at: new Date(ctx.clock.now()).toISOString(),
        by: ctx.env.actor ?? "amipipe",
        reason: `restored: the rollout of ${ami} failed`,
      });
      if (change) report.pinChanges.push(change);
    }
    throw new RolloutRolledBack(
      `rollout of ${ami} to ${env.name} failed and was rolled back; ${result.summary}`,
      report,
    );
  }
  if (!result.ok) throw new OperationFailed(result.summary, "failed", report);
  if (result.outcome === "refreshed") {
    await markVerified(ctx.aws, env.region, { ami, environment: env.name, at: ctx.clock.now() });
    report.verified = true;
  }
  return report;
}
