import type { PinChange } from "../gitops/pins.js";
import type { RolloutReport } from "../rollout/report.js";

/**
 * What the use cases return: typed values the commands format (text, --json) and the GitHub
 * layer reads (pin commits, summaries, evidence) without digging through untyped data.
 */

/** One environment's line of `status` (DESIGN §4). */
export interface EnvironmentStatus {
  name: string;
  /** The AMI git pins the environment to (null before the first pin). */
  pinned: string | null;
  /** AMIs of the instances registered and healthy (or still in initial checks) in the target group. */
  serving: string[];
  healthy: number;
  desired: number;
  /** Serving exactly the pin with at least the desired count healthy. */
  inSync: boolean;
  /** Why the environment is not in sync, in a person's words (absent when it is). */
  reason?: string;
  /** A run holds the environment's lock (a rollout in progress, or a dead run's lock not yet expired). */
  lock?: {
    actor: string;
    runUrl?: string;
    acquiredAt: string;
    expiresAt: string;
    ageMs: number;
    expired: boolean;
  };
  /** The environment could not be observed (a missing target group, a denied call): what failed. */
  error?: { code: string; message: string };
}

export interface StatusData {
  environments: EnvironmentStatus[];
}

/** The --json document of promote, rollback and reconcile. */
export interface RolloutData {
  environment: string;
  ami: string | null;
  outcome: RolloutReport["outcome"] | "pinned" | "unchanged";
  rolloutId?: string;
  pinChanges: PinChange[];
  steps: RolloutReport["steps"];
  findings: RolloutReport["findings"];
  checks: RolloutReport["checks"];
  /** One line of what was verified, e.g. "checks: 14 passed on 2 instance(s) — timezone, …". */
  checkSummary?: string;
  instanceTypeChanges: RolloutReport["instanceTypeChanges"];
  /** The launch template's default version once the fleet serves the pin. */
  launchTemplateDefault?: string;
  verified: boolean;
  /** How far a failed rollout got before it was rolled back. */
  reached?: string;
  /** The SSM parameter the environment's AMI was published to. */
  published?: { parameter: string; ami: string };
  status: EnvironmentStatus;
  error?: { code: string; message: string };
}

/** A rollout command's outcome: whether it succeeded, its headline, its data. */
export interface RolloutOutcome {
  ok: boolean;
  /** "promote prod → ami-…", "reconcile dev": the first line of the text output. */
  headline: string;
  data: RolloutData;
}
