import type { SimCallContext } from "./engine.js";

/**
 * Eventual consistency: what a call creates or changes reaches describes and lists only after
 * a lag. By default a small, realistic lag; the fault `eventual-consistency=DURATION` sets it.
 *
 * - EC2: "the result of an API command you run that affects your Amazon EC2 resources might
 *   not be immediately visible to all subsequent commands" — a just-launched instance may be
 *   missing (InvalidInstanceID.NotFound by id), a state change or new tags show late:
 *   https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html
 * - Image Builder: "Newly created components can take up to two minutes to appear in the
 *   ListComponents API Results":
 *   https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponents.html
 */
export const DEFAULT_LAG_MS: Record<string, number> = {
  ec2: 5_000,
  imagebuilder: 60_000,
};

/** The lag of `service`'s reads in this session. */
export function lagMs(ctx: Pick<SimCallContext, "engine">, service: string): number {
  return ctx.engine.faults.consistencyLagMs() ?? DEFAULT_LAG_MS[service] ?? 0;
}

/** Whether something created (or changed) at `at` shows in a read at `now`. */
export function visibleAt(at: number, now: number, lag: number): boolean {
  return now >= at + lag;
}
