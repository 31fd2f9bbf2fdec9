import type { Role } from "../aws/tags.js";

/**
 * Desired and observed state of one environment's fleet, and the steps that move one
 * towards the other. Plain data: the planner is a pure function of these types.
 */

export type InstanceState = "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated";

/**
 * A target's state as ELBv2 reports it (TargetHealthStateEnum), or "unregistered" when the
 * instance is not in the group. `unhealthy.draining` failed its health checks and is being
 * drained (the group's `target_health_state.unhealthy.draining_interval_seconds`).
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html
 */
export type TargetState =
  | "unregistered"
  | "initial"
  | "healthy"
  | "unhealthy"
  | "unhealthy.draining"
  | "draining"
  | "unused"
  | "unavailable";

export type { Role };

export interface ObservedInstance {
  id: string;
  state: InstanceState;
  ami: string;
  subnet?: string;
  instanceType?: string;
  /** `amipipe:role`: new = launched or started by a rollout towards its AMI; old = the fleet a rollout replaces. */
  role?: Role;
  rolloutId?: string;
  /** `amipipe:rollout-mode` on the fleet a rollout replaces: how that rollout began (full procedure or a return). */
  mode?: "full" | "return";
  /** `amipipe:config`: the digest of what the instance was launched with besides its AMI (src/fleet/config.ts). */
  config?: string;
  /** `amipipe:retain-until` (ISO time) on stopped instances kept for fast rollback. */
  retainUntil?: string;
  target: TargetState;
}

export interface Observed {
  instances: ObservedInstance[];
}

export interface Desired {
  environment: string;
  /** The pinned AMI. */
  ami: string;
  /**
   * The digest of everything else that decides what an instance runs (user data from the
   * environment's vars, instance type). An instance of the AMI with another digest is drift
   * and is replaced like an instance of another AMI; one without a digest (a server built by
   * hand, adopted) counts as matching. Unset: only the AMI counts.
   */
  config?: string;
  /** The subnets of `fleet.subnets`: an instance elsewhere is drift. Unset: any subnet. */
  subnets?: readonly string[];
  count: number;
  /** New instances that take traffic and soak before the rest launch (0: no canary). */
  canary: number;
  /**
   * How many instances beyond `count` may run at once during a rollout (≥ 1): new instances
   * join in batches within this budget, and as many old ones leave after each batch soaked.
   * `count` or more: the whole fleet surges after the canary.
   */
  maxSurge: number;
  /**
   * Soak before the serving fleet leaves. Off for a return to an AMI that already served this
   * environment (a rollback onto retained instances): the fleet being left is the suspect one.
   */
  soak: boolean;
  /**
   * Instances removed rather than retained when they leave: those of the release a failed
   * rollout is returning from (retaining a release that failed its checks helps nobody).
   */
  discard?: FleetIdentity;
}

/** What an instance runs: its AMI and, when known, its config digest. */
export interface FleetIdentity {
  ami: string;
  config?: string;
  /** The subnets the fleet lives in: an instance in another one is drift. */
  subnets?: readonly string[];
}

/** Whether an instance runs `identity` (an instance without a digest matches any digest). */
export function runs(
  instance: Pick<ObservedInstance, "ami" | "config" | "subnet">,
  identity: FleetIdentity,
): boolean {
  return (
    instance.ami === identity.ami &&
    (identity.config === undefined || instance.config === undefined || instance.config === identity.config) &&
    (identity.subnets === undefined ||
      instance.subnet === undefined ||
      identity.subnets.includes(instance.subnet))
  );
}

/** What this run has established and AWS cannot tell (a crash forgets it; the step is then repeated). */
export interface RunMemory {
  /** New instances whose instance checks passed in this run. */
  checked: ReadonlySet<string>;
  canarySoaked: boolean;
  /** New instances that passed a soak (canary, batch or full) in this run. */
  soaked: ReadonlySet<string>;
  /** This rollout's id: old instances it marked and that left since prove earlier batches soaked. */
  rolloutId?: string;
}

export type Step =
  /** Mark the serving fleet as the one being replaced (role old, this rollout's id). */
  | { kind: "tag-old"; ids: string[] }
  /** Start retained (stopped) instances of the pinned AMI instead of launching new ones. */
  | { kind: "start"; ids: string[] }
  /** Launch new instances from a new numbered launch template version of the pinned AMI. */
  | { kind: "launch"; count: number }
  /** Wait for status checks, then run instance checks (reboot and parity where the stage asks). */
  | { kind: "prepare"; ids: string[] }
  | { kind: "register"; ids: string[] }
  | { kind: "wait-healthy"; ids: string[] }
  /** Old and new serve together while checks are sampled: the canary, a batch, or the full fleet. */
  | { kind: "soak"; phase: SoakPhase; ids: string[] }
  /** Deregister instances that leave the target group and wait until they have drained. */
  | { kind: "drain"; ids: string[] }
  /** Stop drained old instances and keep them for the retention period. */
  | { kind: "retain"; ids: string[] }
  /** Deregister and terminate instances that never served or are surplus. */
  | { kind: "remove"; ids: string[] }
  | { kind: "done" };

export type StepKind = Step["kind"];

/** The canary alone; a batch within the surge budget; the last batch, with the whole new fleet serving. */
export type SoakPhase = "canary" | "batch" | "full";

/** Registered and taking part in the group's health checks (not leaving, not unused). */
export const REGISTERED: ReadonlySet<TargetState> = new Set([
  "initial",
  "healthy",
  "unhealthy",
  "unavailable",
]);

/** Leaving the group: deregistration, or an unhealthy target's draining, in progress. */
export const LEAVING: ReadonlySet<TargetState> = new Set(["draining", "unhealthy.draining"]);
export const LIVE: ReadonlySet<InstanceState> = new Set(["pending", "running", "stopping", "stopped"]);
