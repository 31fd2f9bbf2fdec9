import { OperationFailed, UsageError } from "../errors.js";
import { describeImage } from "../fleet/image.js";
import { decidePromotion, promotionReason } from "../gitops/policy.js";
import type { Ports } from "../ports/context.js";
import { imageForFleet } from "./architecture.js";
import { findEnvironment, loadEnvironment, withEnvironmentLock } from "./converge.js";
import { recordForce, trustedOwners } from "./evidence.js";
import type { RolloutOutcome } from "./outcomes.js";
import { guardPinnedAmi } from "./pin-guard.js";
import { repinAndConverge } from "./repin.js";

export interface PromoteInput {
  env: string;
  ami?: string;
  from?: string;
  force?: boolean;
  reason?: string;
  reconcile?: boolean;
  /** Take over a lock held by a run known to be dead (a warning names it). */
  breakLock?: boolean;
}

/**
 * Pins ENV to an AMI (given, or the pin of the stage it promotes from) when the promotion
 * policy allows it, then converges the fleet. A refused promotion changes nothing.
 */
export async function promote(ctx: Ports, input: PromoteInput): Promise<RolloutOutcome> {
  if (input.force && !input.reason?.trim())
    throw new UsageError("--force needs --reason TEXT (it is recorded with the pin)");
  const { project, loaded, pins } = await loadEnvironment(ctx.root, input.env);
  const env = loaded.env;

  const source = input.ami ? undefined : (input.from ?? env.promotion.from);
  let ami = input.ami;
  if (!ami) {
    if (!source)
      throw new UsageError(`${env.name} is the first stage: say which AMI with --ami (or --from ENV)`);
    ami = (await pins.read(findEnvironment(project, source).env.name)).ami ?? undefined;
    if (!ami) throw new UsageError(`${source} has no pin to promote`);
  }

  const described = await describeImage(ctx.aws, env.region, ami);
  if (described.state !== "available")
    throw new OperationFailed(`AMI ${ami} is ${described.state}, not available`, "not-available");
  // The environment's instance type decides which image of a multi-architecture bake it takes.
  const image = await imageForFleet(ctx, env, described, { command: "promote", swap: true });
  ami = image.id;
  // Already pinned here (by an earlier promotion, or by hand in git): the pin as it stands must
  // pass the policy, unless this promotion forces it (the reason is then recorded on the pin).
  const current = await pins.read(loaded.env.name);
  const alreadyPinned = current.ami === ami;
  const decision =
    alreadyPinned && !input.force
      ? {
          allowed: true as const,
          forced: false,
          note: (await guardPinnedAmi(ctx, loaded, { ...current, ami }, "promote")).note,
        }
      : decidePromotion({
          env,
          image,
          owners: await trustedOwners(ctx, env),
          force: Boolean(input.force),
          ...(input.reason ? { reason: input.reason } : {}),
        });
  if (!decision.allowed) {
    throw new OperationFailed(
      `promotion of ${ami} to ${env.name} refused: ${decision.why}`,
      "promotion-refused",
      {
        environment: env.name,
        ami,
        why: decision.why,
      },
    );
  }
  if (decision.forced) ctx.progress.warn(`promote ${env.name}`, `policy overridden: ${input.reason}`);

  return withEnvironmentLock(
    ctx,
    loaded,
    async () => {
      // The override is recorded in AWS, where a later reconcile of this pin can trust it.
      if (decision.forced && input.force && input.reason) await recordForce(ctx, env, image.id, input.reason);
      return repinAndConverge(ctx, {
        project,
        loaded,
        pins,
        ami,
        reason: decision.forced
          ? promotionReason(ami, decision.note)
          : source
            ? promotionReason(ami, `from ${source} (${decision.note})`)
            : promotionReason(ami),
        reconcile: input.reconcile !== false,
        command: "promote",
        // A promotion is verified in full, even onto retained instances of an AMI that served here.
        returning: false,
        restate: alreadyPinned && decision.forced,
      });
    },
    {
      command: "promote",
      rollout: input.reconcile !== false,
      ...(input.breakLock ? { breakLock: true } : {}),
      ...(input.reason ? { breakReason: input.reason } : {}),
    },
  );
}
