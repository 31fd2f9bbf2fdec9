import type { Clock } from "../ports/clock.js";
import { type CheckResult, findingsOf, type RolloutVerifier } from "../ports/verifier.js";
import { StepFailed } from "./failure.js";

/** One sample a minute, and never fewer than two per soak (a flat counter needs two readings). */
const SAMPLE_EVERY_MS = 60_000;

export function soakSamples(durationMs: number): { count: number; everyMs: number } {
  const count = Math.max(2, Math.ceil(durationMs / SAMPLE_EVERY_MS));
  return { count, everyMs: durationMs / count };
}

/**
 * Old and new instances serve together for `durationMs`; the verifier's environment checks
 * (target health, alarms, log delivery) are sampled across it. The first finding ends the soak (the caller rolls back).
 */
export async function soak(o: {
  clock: Clock;
  verifier: RolloutVerifier;
  durationMs: number;
  onSample?: (index: number, of: number) => void;
  /** Every sample's results as they come, the failing one included. */
  onResults?: (sample: CheckResult[]) => void;
}): Promise<CheckResult[]> {
  const { count, everyMs } = soakSamples(o.durationMs);
  const results: CheckResult[] = [];
  const startedAt = o.clock.now();
  for (let index = 1; index <= count; index++) {
    o.onSample?.(index, count);
    // Samples are due at fixed offsets: the time a sample takes does not stretch the soak.
    await o.clock.sleep(Math.max(0, startedAt + index * everyMs - o.clock.now()));
    const sample = await o.verifier.soakSample(index);
    results.push(...sample);
    o.onResults?.(sample);
    const findings = findingsOf(sample);
    if (findings.length > 0) {
      throw new StepFailed(
        `soak sample ${index}/${count}: ${findings.map((f) => f.summary).join("; ")}`,
        findings,
      );
    }
  }
  return results;
}
