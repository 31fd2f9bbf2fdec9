import type { ProgressEvent } from "./progress.js";

/** Plain-line mode repeats an unchanged wait at most this often (a 31-minute bake: a handful of lines). */
export const REPEAT_WAIT_EVERY_MS = 5 * 60_000;

/**
 * Decides which events a plain-line log (CI, a pipe, a file) prints. Every event that is not a
 * wait is printed; a wait is printed when it starts or changes (a new state, something else
 * waited for) and then at most once per `everyMs` of clock time per phase. A terminal shows
 * every wait on its live line instead.
 */
export function waitThrottle(everyMs = REPEAT_WAIT_EVERY_MS): (event: ProgressEvent) => boolean {
  const lastWait = new Map<string, { waitingFor: string; at: number }>();
  return (event) => {
    if (event.waitingFor === undefined) {
      lastWait.delete(event.phase);
      return true;
    }
    const last = lastWait.get(event.phase);
    if (last && last.waitingFor === event.waitingFor && event.at - last.at < everyMs) return false;
    lastWait.set(event.phase, { waitingFor: event.waitingFor, at: event.at });
    return true;
  };
}
