import type { Clock } from "../ports/clock.js";

/** How often the rollout looks again while it waits (one batched describe per round). */
export const POLL_MS = {
  status: 10_000,
  health: 5_000,
  draining: 10_000,
  /** Re-reading an eventually consistent list until what this run created shows. */
  consistency: 2_000,
} as const;

export type PollVerdict<T> = { done: true; value: T } | { done: false; waitingFor: string };

/**
 * Asks `check` every `everyMs` of clock time until it is done or `timeoutMs` passes; a check
 * that finds a failure throws. `onWait` reports what it is waiting for (progress).
 */
export async function pollUntil<T>(o: {
  clock: Clock;
  everyMs: number;
  timeoutMs: number;
  check: () => Promise<PollVerdict<T>>;
  onWait?: (waitingFor: string) => void;
  onTimeout: (waitingFor: string) => Error;
}): Promise<T> {
  const deadline = o.clock.now() + o.timeoutMs;
  let lastReported = "";
  for (;;) {
    const verdict = await o.check();
    if (verdict.done) return verdict.value;
    if (o.clock.now() >= deadline) throw o.onTimeout(verdict.waitingFor);
    if (verdict.waitingFor !== lastReported) {
      o.onWait?.(verdict.waitingFor);
      lastReported = verdict.waitingFor;
    }
    await o.clock.sleep(Math.min(o.everyMs, Math.max(0, deadline - o.clock.now())) || o.everyMs);
  }
}
