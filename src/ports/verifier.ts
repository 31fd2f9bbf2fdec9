/** Verification as the rollout receives it: the results checks return, and the verifier port. */

export type CheckLevel = "image" | "instance" | "environment";

export interface CheckResult {
  /** Stable check name, e.g. "timezone", "cron-timezone", "log-delivery:fluentd", "parity". */
  name: string;
  level: CheckLevel;
  /** What was checked: an instance id, an environment name, an AMI id. */
  target: string;
  passed: boolean;
  /** One line a person reads; for a failure, what is wrong ("crond started before the zone change: jobs run in UTC"). */
  summary: string;
  /** The facts behind the verdict (sampled counters, timestamps, missing processes …). */
  evidence: Record<string, unknown>;
}

/** A failed check is a finding. */
export type Finding = CheckResult & { passed: false };

export function findingsOf(results: readonly CheckResult[]): Finding[] {
  return results.filter((r): r is Finding => !r.passed);
}

/**
 * What the rollout asks of verification. The rollout owns when; verification owns how.
 * Every method returns results instead of throwing for a failed check.
 */
export interface RolloutVerifier {
  /** Instance-level checks on new instances before they take traffic (phase "reboot" after a reboot). */
  instanceChecks(instanceIds: readonly string[], phase: "boot" | "reboot"): Promise<CheckResult[]>;
  /** Parity of a serving (old) instance against a new one; empty when parity is off for the stage. */
  parity(servingInstanceId: string, newInstanceId: string): Promise<CheckResult[]>;
  /** One sample of environment checks during soak (called at least twice per soak). */
  soakSample(sampleIndex: number): Promise<CheckResult[]>;
  /**
   * Boot times and settling units of instances (absent for verifiers that do not probe
   * instances: the rollout then only waits for status checks after a reboot).
   */
  bootStates?: BootReader["bootStates"];
  /**
   * Set when the verifier cannot hold the image to a recipe's promises (target health and
   * alarms only): the image passes or fails the rollout, but is never tagged verified.
   */
  weakened?: boolean;
}

/** An instance's boot as a probe sees it: when it booted (epoch seconds) and the units still settling. */
export type BootState = { bootedAt: number; settling: string[] } | { error: string };

/** Verifiers that can read boot times prove a reboot instead of assuming it (see RolloutVerifier). */
export interface BootReader {
  bootStates(instanceIds: readonly string[]): Promise<Map<string, BootState>>;
}
