import { servedInTag } from "../aws/tags.js";
import { OperationFailed, UsageError } from "../errors.js";
import { describeImage } from "../fleet/image.js";
import { decidePromotion, ownershipProblem, servedBefore } from "../gitops/policy.js";
import type { Ports } from "../ports/context.js";
import { imageForFleet } from "./architecture.js";
import { loadEnvironment, withEnvironmentLock } from "./converge.js";
import { recordForce, trustedOwners, unmarkServed } from "./evidence.js";
import type { RolloutOutcome } from "./outcomes.js";
import { repinAndConverge } from "./repin.js";

export interface RollbackInput {
  env: string;
  to?: string;
  /** Override the promotion policy for a --to AMI it refuses (needs reason; recorded). */
  force?: boolean;
  reason?: string;
  reconcile?: boolean;
  /** Take over a lock held by a run known to be dead (a warning names it). */
  breakLock?: boolean;
}

/**
 * Re-pins ENV to an earlier AMI (default: the previous pin in its history) and converges;
 * retained (stopped) instances of that AMI are started instead of launching new ones.
 * `--to` an AMI the environment was never pinned to is a promotion: it must have been verified
 * in the stage ENV promotes from (then it gets the full procedure) or be forced with a reason.
 */
export async function rollback(ctx: Ports, input: RollbackInput): Promise<RolloutOutcome> {
  if (input.force && !input.reason?.trim())
    throw new UsageError("--force needs --reason TEXT (it is recorded with the pin)");
  const { project, loaded, pins } = await loadEnvironment(ctx.root, input.env);
  const env = loaded.env;
  const phase = `rollback ${env.name}`;

  const pin = await pins.read(loaded.env.name);
  const owners = await trustedOwners(ctx, env);
  // The default target is the newest earlier pin that AWS says served here: a history entry
  // written into the file by hand is not evidence of anything.
  let target = input.to;
  if (!target) {
    for (const entry of pin.history.filter((h) => h.ami !== pin.ami)) {
      const candidate = await describeImage(ctx.aws, env.region, entry.ami).catch(() => undefined);
      if (candidate && servedBefore(env, candidate) && !ownershipProblem(candidate, owners)) {
        target = entry.ami;
        break;
      }
      ctx.progress.warn(
        phase,
        `skipping ${entry.ami} from the pin history: AWS has no record of it serving ${env.name}`,
      );
    }
  }
  if (!target)
    throw new UsageError(
      `${env.name} has no earlier pin that AWS records as having served it; say which AMI with --to`,
    );
  const image = await describeImage(ctx.aws, env.region, target);
  const recorded = [
    ...(pin.ami === target && pin.instanceType ? [pin.instanceType] : []),
    ...pin.history.filter((h) => h.ami === target).flatMap((h) => (h.instanceType ? [h.instanceType] : [])),
  ][0];
  await imageForFleet(ctx, env, image, {
    command: "rollback",
    swap: false,
    ...(recorded
      ? {
          hint: `${target} last ran here on ${recorded} (recorded with that pin): set fleet.instanceType: ${recorded} in environments/${env.name}.yml, then roll back.`,
        }
      : {}),
  });
  // Known-good here only by AWS's record that it served this environment.
  const decision = decidePromotion({
    env,
    image,
    owners,
    force: Boolean(input.force),
    ...(input.reason ? { reason: input.reason } : {}),
  });
  if (!decision.allowed) {
    const why = `${target} never served ${env.name} (no ${servedInTag(env.name)} tag); ${decision.why}`;
    throw new OperationFailed(
      `rollback of ${env.name} to ${target} refused: ${why} (override with --force --reason TEXT)`,
      "promotion-refused",
      { environment: env.name, ami: target, why },
    );
  }
  const knownGood = decision.basis === "served";
  let reason = `rollback from ${pin.ami ?? "none"}`;
  if (!knownGood) {
    reason = `rollback from ${pin.ami ?? "none"} to ${target} ${decision.forced ? decision.note : `(${decision.note})`}`;
    if (decision.forced) ctx.progress.warn(phase, `policy overridden: ${input.reason}`);
    ctx.progress.warn(
      phase,
      `${target} never served ${env.name}: it gets the canary and the soaks of a promotion`,
    );
  }

  return withEnvironmentLock(
    ctx,
    loaded,
    async () => {
      if (decision.forced && input.force && input.reason) await recordForce(ctx, env, target, input.reason);
      // The image rolled back from is the suspect one: no longer a known-good return here.
      if (pin.ami && pin.ami !== target) await unmarkServed(ctx, env, pin.ami).catch(() => undefined);
      return repinAndConverge(ctx, {
        project,
        loaded,
        pins,
        ami: target,
        reason,
        reconcile: input.reconcile !== false,
        command: "rollback",
        // Back to a known-good pin: no canary, no soak (the fleet being left is the suspect one).
        returning: knownGood,
      });
    },
    {
      command: "rollback",
      rollout: input.reconcile !== false,
      ...(input.breakLock ? { breakLock: true } : {}),
      ...(input.reason ? { breakReason: input.reason } : {}),
    },
  );
}
