import { OperationFailed, UsageError } from "../errors.js";
import { describeImage } from "../fleet/image.js";
import { decidePromotion } from "../gitops/policy.js";
import type { Ports } from "../ports/context.js";
import { imageForFleet } from "./architecture.js";
import { loadEnvironment, withEnvironmentLock } from "./converge.js";
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
  const target = input.to ?? pin.history.find((h) => h.ami !== pin.ami)?.ami;
  if (!target)
    throw new UsageError(`${env.name} has no earlier pin to roll back to; say which AMI with --to`);
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
  // Only an AMI this environment was pinned to before is known-good here.
  const knownGood = target === pin.ami || pin.history.some((h) => h.ami === target);
  let reason = `rollback from ${pin.ami ?? "none"}`;
  if (!knownGood) {
    if (env.promotion.from) {
      const decision = decidePromotion({
        env,
        ami: target,
        amiTags: image.tags,
        force: Boolean(input.force),
        ...(input.reason ? { reason: input.reason } : {}),
      });
      if (!decision.allowed) {
        const why = `${target} was never pinned to ${env.name}; ${decision.why}`;
        throw new OperationFailed(
          `rollback of ${env.name} to ${target} refused: ${why} (override with --force --reason TEXT)`,
          "promotion-refused",
          { environment: env.name, ami: target, why },
        );
      }
      reason = `rollback from ${pin.ami ?? "none"} to ${target} ${decision.forced ? decision.note : `(${decision.note})`}`;
      if (decision.forced) ctx.progress.warn(phase, `policy overridden: ${input.reason}`);
    }
    ctx.progress.warn(
      phase,
      `${target} was never pinned to ${env.name}: it gets the canary and the soaks of a promotion`,
    );
  }

  return withEnvironmentLock(
    ctx,
    loaded,
    () =>
      repinAndConverge(ctx, {
        project,
        loaded,
        pins,
        ami: target,
        reason,
        reconcile: input.reconcile !== false,
        command: "rollback",
        // Back to a known-good pin: no canary, no soak (the fleet being left is the suspect one).
        returning: knownGood,
      }),
    {
      command: "rollback",
      rollout: input.reconcile !== false,
      ...(input.breakLock ? { breakLock: true } : {}),
      ...(input.reason ? { breakReason: input.reason } : {}),
    },
  );
}
