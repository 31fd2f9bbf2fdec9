import { UsageError } from "../errors.js";
import { readPin } from "../gitops/pins.js";
import { loadEnvironment, type RolloutCommandData, withEnvironmentLock } from "../rollout/converge.js";
import { describeImage } from "../rollout/image.js";
import { repinAndConverge } from "../rollout/repin.js";
import type { CommandContext, CommandResult } from "./context.js";

export interface RollbackInput {
  env: string;
  to?: string;
  reconcile?: boolean;
}

/**
 * Re-pins ENV to an earlier AMI (default: the previous pin in its history) and converges;
 * retained (stopped) instances of that AMI are started instead of launching new ones.
 */
export async function rollback(
  ctx: CommandContext,
  input: RollbackInput,
): Promise<CommandResult<RolloutCommandData>> {
  const { project, loaded } = await loadEnvironment(ctx.root, input.env);
  const env = loaded.env;

  return withEnvironmentLock(ctx, loaded, async () => {
    const pin = await readPin(loaded);
    const target = input.to ?? pin.history.find((h) => h.ami !== pin.ami)?.ami;
    if (!target)
      throw new UsageError(`${env.name} has no earlier pin to roll back to; say which AMI with --to`);
    await describeImage(ctx.aws, env.region, target);
    // Only an AMI this environment was pinned to before is known-good here.
    const knownGood = target === pin.ami || pin.history.some((h) => h.ami === target);
    if (!knownGood)
      ctx.progress.warn(
        `rollback ${env.name}`,
        `${target} was never pinned to ${env.name}: it gets the canary and the soaks of a promotion`,
      );
    return repinAndConverge(ctx, {
      project,
      loaded,
      ami: target,
      reason: `rollback from ${pin.ami ?? "none"}`,
      reconcile: input.reconcile !== false,
      command: "rollback",
      // Back to a known-good pin: no canary, no soak (the fleet being left is the suspect one).
      returning: knownGood,
    });
  });
}
