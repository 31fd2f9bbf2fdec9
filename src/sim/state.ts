import type { ImageManifest } from "../recipe/manifest.js";

/**
 * The simulator's whole world as plain JSON: what `--sim FILE` keeps between CLI calls.
 * Records store timestamps (virtual ms) instead of current states; states are derived from
 * the clock when described, so nothing ticks in the background and huge worlds stay cheap.
 */
export interface SimState {
  version: 1;
  account: string;
  /** Virtual time (ms since the epoch) the world was saved at. */
  now: number;
  /** Seed and draw counter of the deterministic pseudo-random source (throttling, ids). */
  seed: number;
  draws: number;
  /** Faults persisted in the state file (applied to every session, besides per-call ones). */
  faults: string[];
  /** Counters per id prefix. */
  ids: Record<string, number>;
  regions: Record<string, RegionState>;
  /** The most recent API calls (bounded) and the total number ever made. */
  calls: CallRecord[];
  callCount: number;
}

export interface CallRecord {
  service: string;
  operation: string;
  region: string;
  /** Virtual time of the call. */
  at: number;
  /** "ok" or the error name the call answered. */
  outcome: "ok" | string;
  /**
   * EC2 instances, images and snapshots a write names, with their tags at the time of the call
   * (what IAM judges `aws:ResourceTag/…` conditions on).
   */
  resources?: Array<{ id: string; tags: Record<string, string> }>;
  /** Tags a write sets (`aws:RequestTag/…`), and the keys it sets or removes (`aws:TagKeys`). */
  requestTags?: Record<string, string>;
  tagKeys?: string[];
  /**
   * The request as the SDK sent it (secrets redacted). Kept in memory for this process's calls
   * only (`SimEngine.calls`): the state file keeps the light record.
   */
  input?: Record<string, unknown>;
}

export interface RegionState {
  vpcs: VpcRecord[];
  subnets: SubnetRecord[];
  instances: Record<string, InstanceRecord>;
  images: Record<string, ImageRecord>;
  snapshots: Record<string, SnapshotRecord>;
  launchTemplates: Record<string, LaunchTemplateRecord>;
  loadBalancers: LoadBalancerRecord[];
  listeners: ListenerRecord[];
  targetGroups: Record<string, TargetGroupRecord>;
  parameters: Record<string, ParameterRecord>;
  commands: Record<string, CommandRecord>;
  alarms: Record<string, AlarmRecord>;
  autoScalingGroups: Record<string, AutoScalingGroupRecord>;
  /** The account's "encrypt new EBS volumes by default" setting in this region (absent: off). */
  ebsEncryptionByDefault?: boolean;
  /** Owned by the Image Builder model (src/sim/services/imagebuilder-state.ts); plain JSON. */
  imagebuilder: Record<string, unknown>;
}

export type Tags = Record<string, string>;

export interface VpcRecord {
  id: string;
  cidr: string;
  tags: Tags;
}

export interface SubnetRecord {
  id: string;
  vpcId: string;
  availabilityZone: string;
  cidr: string;
  tags: Tags;
  /** Next host number handed out for private IPs. */
  nextHost: number;
}

export type InstanceStateName =
  | "pending"
  | "running"
  | "stopping"
  | "stopped"
  | "shutting-down"
  | "terminated";

export interface StateTransition {
  at: number;
  state: InstanceStateName;
}

export interface InstanceRecord {
  id: string;
  reservationId: string;
  imageId: string;
  instanceType: string;
  architecture: string;
  subnetId: string;
  vpcId: string;
  availabilityZone: string;
  privateIp: string;
  launchedAt: number;
  /** Every state change, some dated in the future (pending → running); the state at t is the last one at or before t. */
  transitions: StateTransition[];
  /** Times the OS was rebooted (RebootInstances). */
  reboots: number[];
  /** The last state change and the state before it: describes show the old state for a while. */
  lastChange?: { at: number; previous: InstanceStateName };
  tags: Tags;
  launchTemplate?: { id: string; name: string; version: string };
  metadataOptions: { httpTokens: string; httpEndpoint: string; httpPutResponseHopLimit: number };
  blockDevices: Array<{
    deviceName: string;
    volumeId: string;
    volumeSize: number;
    volumeType: string;
    deleteOnTermination: boolean;
  }>;
  securityGroupIds: string[];
  iamInstanceProfile?: string;
  keyName?: string;
  userData?: string;
  clientToken?: string;
  /** Instance facts the probes answer from (InstanceFacts from src/sim/host/instance.ts), or null when unknown. */
  facts: unknown;
  /** Launched from the newest AMI while `new-instances-unhealthy` was active: fails ALB health checks. */
  failsHealthChecks?: boolean;
  /** Auto Scaling group that launched it. */
  autoScalingGroup?: string;
}

export interface ImageRecord {
  id: string;
  name: string;
  description?: string;
  architecture: string;
  ownerId: string;
  /** Owned by Amazon (a public base image). */
  public: boolean;
  createdAt: number;
  /** pending until then, available after (lazy). */
  availableAt: number;
  deregisteredAt?: number;
  failed?: boolean;
  rootDeviceName: string;
  blockDevices: Array<{ deviceName: string; snapshotId: string; volumeSize: number; volumeType: string }>;
  tags: Tags;
  /** From the CreateFile step for /etc/amipipe/manifest.json in the build's components. */
  manifest?: ImageManifest;
  /** Legacy images from the world file: the inventory their instances report. */
  inventory?: unknown;
  /** The packages the build installed (Image Builder's list): what its instances have at launch. */
  packages?: Array<{ name: string; version: string }>;
  deprecationTime?: number;
  platformDetails: string;
}

export interface SnapshotRecord {
  id: string;
  volumeSize: number;
  ownerId: string;
  startedAt: number;
  description?: string;
  tags: Tags;
}

export interface LaunchTemplateRecord {
  id: string;
  name: string;
  createdAt: number;
  defaultVersion: number;
  tags: Tags;
  versions: Array<{ number: number; description?: string; createdAt: number; data: Record<string, unknown> }>;
}

export interface LoadBalancerRecord {
  arn: string;
  name: string;
  dnsName: string;
  vpcId: string;
  subnets: string[];
  scheme: string;
  createdAt: number;
  securityGroups: string[];
}

export interface ListenerRecord {
  arn: string;
  loadBalancerArn: string;
  port: number;
  protocol: string;
  /** The default action's forward target groups (weighted forward when several); empty when it redirects. */
  forward: Array<{ targetGroupArn: string; weight: number }>;
  /** The default action, when it redirects instead of forwarding. */
  redirect?: RedirectRecord;
  /** Rules evaluated by priority before the default action (absent: none). */
  rules?: ListenerRuleRecord[];
  /** The default rule's ARN, as DescribeRules lists it (set when the listener has rules). */
  defaultRuleArn?: string;
}

/** A redirect action; unset parts keep the request's (#{protocol}, #{host}, #{port}, #{path}, #{query}). */
export interface RedirectRecord {
  protocol?: string;
  port?: string;
  host?: string;
  path?: string;
  query?: string;
  statusCode: "HTTP_301" | "HTTP_302";
}

/** A listener rule: every condition given must match; its action forwards or redirects. */
export interface ListenerRuleRecord {
  arn: string;
  priority: number;
  hostHeader?: string[];
  pathPattern?: string[];
  forward: Array<{ targetGroupArn: string; weight: number }>;
  redirect?: RedirectRecord;
}

export interface HealthCheckSettings {
  path: string;
  port: string;
  protocol: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  matcher: string;
}

export interface TargetGroupRecord {
  arn: string;
  name: string;
  vpcId: string;
  protocol: string;
  port: number;
  healthCheck: HealthCheckSettings;
  deregistrationDelaySeconds: number;
  loadBalancerArns: string[];
  /** Every registration episode, kept (bounded) so the healthy-count history can be derived. */
  targets: TargetEpisode[];
  tags: Tags;
}

export interface TargetEpisode {
  id: string;
  port: number;
  registeredAt: number;
  deregisteredAt?: number;
}

export interface ParameterRecord {
  name: string;
  type: "String" | "StringList" | "SecureString";
  value: string;
  version: number;
  modifiedAt: number;
  description?: string;
  dataType?: string;
  tags: Tags;
}

export interface CommandRecord {
  id: string;
  documentName: string;
  instanceIds: string[];
  /** The shell script (AWS-RunShellScript `commands`, joined by newlines). */
  script: string;
  comment?: string;
  requestedAt: number;
  timeoutSeconds: number;
  /** Per instance: when it finishes and (once computed) its answer. */
  invocations: Record<string, InvocationRecord>;
}

export interface InvocationRecord {
  instanceId: string;
  startsAt: number;
  endsAt: number;
  /** Fixed when first observed after endsAt; stable from then on. */
  result?: { exitCode: number; stdout: string; stderr: string };
  /** Undeliverable: the instance stopped or has no agent. */
  undeliverable?: boolean;
}

export type AlarmStateValue = "OK" | "ALARM" | "INSUFFICIENT_DATA";

export interface AlarmRecord {
  name: string;
  arn: string;
  description?: string;
  /**
   * Set for a composite alarm: its AlarmRule (`ALARM(a) OR ALARM(b)` …), evaluated over the
   * other alarms' states; its metric fields are then empty and its history unused.
   */
  rule?: string;
  metricName: string;
  namespace: string;
  statistic: string;
  period: number;
  evaluationPeriods: number;
  threshold: number;
  comparisonOperator: string;
  dimensions: Array<{ name: string; value: string }>;
  /** State changes in time order (the state at t is the last at or before t). */
  history: Array<{ at: number; state: AlarmStateValue; reason: string }>;
}

export interface AutoScalingGroupRecord {
  name: string;
  arn: string;
  launchTemplate: { id: string; name: string; version: string };
  min: number;
  max: number;
  desired: number;
  subnets: string[];
  targetGroupArns: string[];
  healthCheckType: string;
  healthCheckGracePeriod: number;
  createdAt: number;
  tags: Tags;
  /** Instances the group currently holds. */
  instanceIds: string[];
  refreshes: InstanceRefreshRecord[];
}

export interface InstanceRefreshRecord {
  id: string;
  status:
    | "Pending"
    | "InProgress"
    | "Successful"
    | "Failed"
    | "Cancelling"
    | "Cancelled"
    | "RollbackInProgress"
    | "RollbackSuccessful"
    | "Baking";
  statusReason?: string;
  startedAt: number;
  endedAt?: number;
  preferences: {
    minHealthyPercentage: number;
    maxHealthyPercentage: number;
    instanceWarmup: number;
    checkpointPercentages: number[];
    checkpointDelay: number;
    autoRollback: boolean;
    alarms: string[];
    skipMatching: boolean;
  };
  /** What the refresh moves to and what it came from (for rollback). */
  desired: { id: string; name: string; version: string };
  previous: { id: string; name: string; version: string };
  /** Instances still to replace, and those launched by the refresh. */
  toReplace: string[];
  launched: string[];
  /** Instances to replace when the refresh started (for the percentage). */
  total: number;
  /** What the refresh is doing and until when (virtual ms); advanced lazily from the clock. */
  phase: "launch" | "wait" | "checkpoint" | "done";
  phaseAt: number;
  /** The batch being launched and the old instances it replaces. */
  batch: string[];
  victims: string[];
  percentageComplete: number;
}

export const REGION_KEYS = [
  "vpcs",
  "subnets",
  "instances",
  "images",
  "snapshots",
  "launchTemplates",
  "loadBalancers",
  "listeners",
  "targetGroups",
  "parameters",
  "commands",
  "alarms",
  "autoScalingGroups",
  "imagebuilder",
] as const;

export function emptyRegion(): RegionState {
  return {
    vpcs: [],
    subnets: [],
    instances: {},
    images: {},
    snapshots: {},
    launchTemplates: {},
    loadBalancers: [],
    listeners: [],
    targetGroups: {},
    parameters: {},
    commands: {},
    alarms: {},
    autoScalingGroups: {},
    imagebuilder: {},
  };
}

export function emptyState(o: { account: string; now: number; seed?: number }): SimState {
  return {
    version: 1,
    account: o.account,
    now: o.now,
    seed: o.seed ?? 1,
    draws: 0,
    faults: [],
    ids: {},
    regions: {},
    calls: [],
    callCount: 0,
  };
}

/** The region's state, created empty on first use (every region exists on AWS). */
export function regionOf(state: SimState, region: string): RegionState {
  let r = state.regions[region];
  if (!r) {
    r = emptyRegion();
    state.regions[region] = r;
  }
  return r;
}

/** Account id that owns Amazon's public Amazon Linux images. */
export const AMAZON_OWNER_ID = "137112412989";
