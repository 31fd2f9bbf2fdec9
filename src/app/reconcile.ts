import type { Ports } from "../ports/context.js";
import { loadEnvironment, rolloutOutcome, withEnvironmentLock } from "./converge.js";
import type { RolloutOutcome } from "./outcomes.js";
import { guardPinnedAmi } from "./pin-guard.js";

export interface ReconcileInput {
  env: string;
  /** Take over a lock held by a run known to be dead (a warning names it). */
  breakLock?: boolean;
  /** Why an unexpired lock is broken (--break-lock of a lock that has not expired needs it). */
  reason?: string;
}

/**
 * Converges ENV to the pin its file states now (after a pin change in git, or to resume).
 * A pin the promotion policy does not allow is refused before anything changes.
 */
export async function reconcile(ctx: Ports, input: ReconcileInput): Promise<RolloutOutcome> {
  const { project, loaded, pins } = await loadEnvironment(ctx.root, input.env);
  const pin = await pins.read(loaded.env.name);
  if (pin.ami) await guardPinnedAmi(ctx, loaded, { ...pin, ami: pin.ami }, "reconcile");
  return withEnvironmentLock(
    ctx,
    loaded,
    () =>
      rolloutOutcome(ctx, {
        project,
        loaded,
        pins,
        pinChanges: [],
        reconcile: true,
        headline: `reconcile ${loaded.env.name}`,
      }),
    {
      command: "reconcile",
      ...(input.breakLock ? { breakLock: true } : {}),
      ...(input.reason ? { breakReason: input.reason } : {}),
    },
  );
}
