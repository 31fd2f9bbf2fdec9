import { readPin } from "../gitops/pins.js";
import {
  loadEnvironment,
  type RolloutCommandData,
  rolloutResult,
  withEnvironmentLock,
} from "../rollout/converge.js";
import { guardPinnedAmi } from "../rollout/pin-guard.js";
import type { CommandResult, Ports } from "./context.js";

export interface ReconcileInput {
  env: string;
  /** Take over a lock held by a run known to be dead (a warning names it). */
  breakLock?: boolean;
}

/**
 * Converges ENV to the pin its file states now (after a pin change in git, or to resume).
 * A pin the promotion policy does not allow is refused before anything changes.
 */
export async function reconcile(
  ctx: Ports,
  input: ReconcileInput,
): Promise<CommandResult<RolloutCommandData>> {
  const { project, loaded } = await loadEnvironment(ctx.root, input.env);
  const pin = await readPin(loaded);
  if (pin.ami) await guardPinnedAmi(ctx, loaded, { ...pin, ami: pin.ami }, "reconcile");
  return withEnvironmentLock(
    ctx,
    loaded,
    () =>
      rolloutResult(ctx, {
        project,
        loaded,
        pinChanges: [],
        reconcile: true,
        headline: `reconcile ${loaded.env.name}`,
      }),
    { command: "reconcile", ...(input.breakLock ? { breakLock: true } : {}) },
  );
}
