import type { LoadedEnvironment, Project } from "../config/load.js";
import { messageOf, OperationFailed, UsageError } from "../errors.js";
import { readPin } from "../gitops/pins.js";
import { returnsToEarlierPin } from "../gitops/policy.js";
import { parseDuration } from "../ports/clock.js";
import type { Ports } from "../ports/context.js";
import type { RolloutVerifier } from "../verify/types.js";
import { applyStep, type ExecutorMemory, newMemory, type StepContext } from "./apply.js";
import { summarizeChecks } from "./check-summary.js";
import { isCrash } from "./failure.js";
import { describeImage, markVerified, type PinnedImage } from "./image.js";
import { formatTypeChanges, instanceTypeChanges } from "./instance-type.js";
import { type Desired, type Observed, REGISTERED, type Step } from "./model.js";
import { type FleetRefs, observeFleet, resolveFleet } from "./observe.js";
import { plan } from "./plan.js";
import { missingParameters, recipeParameters } from "./preflight.js";
import { reconcileAutoScaling } from "./reconcile-asg.js";
import {
  findingsOf,
  newReport,
  newRolloutId,
  type RolloutReport,
  RolloutRolledBack,
  stepRecord,
} from "./report.js";
import { rollBack } from "./rollback.js";
import { settleDefaultVersion } from "./template-default.js";

export {
  type RolloutOutcome,
  type RolloutReport,
  RolloutRolledBack,
  type StepRecord,
} from "./report.js";

export interface ReconcileOptions {
  ctx: Ports;
  project: Project;
  loaded: LoadedEnvironment;
  /** Rendered user data for new instances (recipe templates with the environment's vars). */
  userData: string;
  verifier: (fleet: FleetRefs, image: PinnedImage) => RolloutVerifier | Promise<RolloutVerifier>;
  /** The environment file's text before this run changed its pin: a failed rollout puts it back verbatim. */
  pinFileBefore?: string;
  /**
   * The pin returns to a known-good AMI (rollback): no canary and no soak, the fleet being left
   * is the suspect one. Default: the pin is an earlier entry of the environment's pin history
   * (re-pinned by hand in git). A promotion is never a return, retained instances or not.
   */
  returning?: boolean;
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
  const returning = o.returning ?? returnsToEarlierPin(pin);
  const canary = env.rollout.canary.count < env.fleet.count ? env.rollout.canary.count : 0;
  const desired: Desired = { environment: env.name, ami, count: env.fleet.count, canary, soak: !returning };
  const memory = newMemory();
  const report: RolloutReport = {
    ...newReport({
      environment: env.name,
      ami,
      rolloutId: rolloutIdOf(observed, ami) ?? newRolloutId(ctx.clock.now(), ctx.ids),
    }),
    checks: memory.checks,
    launched: memory.launched,
    started: memory.started,
    retained: memory.retained,
    removed: memory.removed,
  };
  const step: StepContext = {
    aws: ctx.aws,
    clock: ctx.clock,
    ids: ctx.ids,
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
    `converging ${env.name} to ${ami} (${env.fleet.count} instance(s), rollout ${report.rolloutId}${returning ? ", a return to a known-good pin: no canary, no soak" : ""})`,
  );

  if (plan(desired, observed, memory).kind !== "done") {
    await preflight(o, { fleet, observed, report, phase });
  }

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
      summarize(report, memory);
      if (BEFORE_OLD_LEAVE.has(next.kind) && oldFleetServes(observed, ami)) {
        await rollBack(o, { fleet, observed, report, phase });
        throw new RolloutRolledBack(
          `rollout of ${ami} to ${env.name} failed and was rolled back (${report.findings.length} finding(s))`,
          report,
        );
      }
      if (error instanceof OperationFailed) throw new OperationFailed(error.message, error.code, report);
      throw error;
    }
    observed = await observeFleet(ctx.aws, fleet);
    noteTypeChanges(step, report, observed);
  }
  summarize(report, memory);
  const template = await settleDefaultVersion(ctx.aws, {
    region: env.region,
    launchTemplate: env.fleet.launchTemplate,
    ami,
    rootDeviceName: image.rootDeviceName,
    ...(env.fleet.instanceType ? { instanceType: env.fleet.instanceType } : {}),
    userData: o.userData,
    ...(memory.template ? { launched: memory.template } : {}),
  });
  report.launchTemplateDefault = template.version;
  if (template.changed)
    ctx.progress.info(
      phase,
      `launch template ${env.fleet.launchTemplate}: default version is now ${template.version} (${ami})`,
    );
  ctx.progress.info(phase, `${env.name} serves ${ami} with ${env.fleet.count} healthy instance(s)`);
  return report;
}

/**
 * Before anything launches: every SSM parameter the recipe's instances read at boot exists in
 * the environment's region. A missing one fails the rollout at once, with nothing launched and
 * the pin restored (an instance without its license or SSH keys would only fail later, worse).
 */
async function preflight(
  o: ReconcileOptions,
  r: { fleet: FleetRefs; observed: Observed; report: RolloutReport; phase: string },
): Promise<void> {
  const env = o.loaded.env;
  const recipe = o.project.recipes.get(env.recipe)?.recipe;
  if (!recipe) return;
  const findings = await missingParameters(o.ctx.aws, {
    region: env.region,
    recipe: recipe.name,
    environment: env.name,
    refs: recipeParameters(recipe),
  });
  if (findings.length === 0) return;
  r.report.findings.push(...findings);
  await rollBack(o, r);
  throw new RolloutRolledBack(
    `preflight of ${r.report.ami} for ${env.name} failed: ${findings.length} missing SSM parameter(s); nothing was launched`,
    r.report,
    "preflight-failed",
  );
}

/** Reports each instance type change once, in progress and in the report. */
function noteTypeChanges(c: StepContext, report: RolloutReport, observed: Observed): void {
  for (const change of instanceTypeChanges(observed, { ami: c.ami, rolloutId: c.rolloutId })) {
    if (report.instanceTypeChanges.some((k) => k.from === change.from && k.to === change.to)) continue;
    report.instanceTypeChanges.push(change);
    c.progress.warn(c.phase, formatTypeChanges([change]));
  }
}

function summarize(report: RolloutReport, memory: ExecutorMemory): void {
  const summary = summarizeChecks(memory.groups);
  if (summary) report.checkSummary = summary;
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

/**
 * The id of a rollout a crashed run left in progress: on live new instances of the pinned AMI,
 * or on the serving fleet it marked old. A rolled-back attempt leaves neither (its new
 * instances are terminated, the old fleet's marks removed), so the next attempt gets a new id.
 */
function rolloutIdOf(observed: Observed, ami: string): string | undefined {
  const live = (i: Observed["instances"][number]) => i.state === "pending" || i.state === "running";
  return (
    observed.instances.find((i) => i.ami === ami && i.role === "new" && i.rolloutId && live(i))?.rolloutId ??
    observed.instances.find(
      (i) => i.ami !== ami && i.role === "old" && i.rolloutId && live(i) && REGISTERED.has(i.target),
    )?.rolloutId
  );
}
