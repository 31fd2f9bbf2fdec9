import type {
  AutoScalingGroup,
  CancelInstanceRefreshCommandInput,
  CancelInstanceRefreshCommandOutput,
  CreateAutoScalingGroupCommandInput,
  DescribeAutoScalingGroupsCommandInput,
  DescribeAutoScalingGroupsCommandOutput,
  DescribeInstanceRefreshesCommandInput,
  DescribeInstanceRefreshesCommandOutput,
  InstanceRefresh,
  RollbackInstanceRefreshCommandInput,
  RollbackInstanceRefreshCommandOutput,
  StartInstanceRefreshCommandInput,
  StartInstanceRefreshCommandOutput,
  UpdateAutoScalingGroupCommandInput,
} from "@aws-sdk/client-auto-scaling";
import type { SimCallContext, SimEngine } from "../engine.js";
import { SimError } from "../errors.js";
import { newHex } from "../random.js";
import type { AutoScalingGroupRecord, InstanceRefreshRecord } from "../state.js";
import { ACTIVE, advanceRefresh, beginRollback, launchForGroup, retire } from "./autoscaling-refresh.js";
import { findLaunchTemplate, resolveVersion } from "./ec2-launch-templates.js";
import { stateAt } from "./ec2-lifecycle.js";
import { healthAt } from "./elbv2-health.js";
import { page } from "./filters.js";

type Out<T> = Omit<T, "$metadata">;

function findGroup(ctx: SimCallContext, name: string | undefined): AutoScalingGroupRecord {
  const asg = name ? ctx.r.autoScalingGroups[name] : undefined;
  if (!asg)
    throw new SimError(
      "ValidationError",
      `AutoScalingGroup name not found - AutoScalingGroup '${name}' not found`,
    );
  return asg;
}

function templateRef(
  ctx: SimCallContext,
  spec:
    | {
        LaunchTemplateId?: string | undefined;
        LaunchTemplateName?: string | undefined;
        Version?: string | undefined;
      }
    | undefined,
): AutoScalingGroupRecord["launchTemplate"] {
  if (!spec) throw new SimError("ValidationError", "A launch template must be given");
  const lt = findLaunchTemplate(ctx.r, { id: spec.LaunchTemplateId, name: spec.LaunchTemplateName });
  resolveVersion(lt, spec.Version);
  return { id: lt.id, name: lt.name, version: spec.Version ?? "$Default" };
}

/** The version number an instance's template reference resolves to now. */
function versionNumber(ctx: SimCallContext, ref: AutoScalingGroupRecord["launchTemplate"]): string {
  return String(resolveVersion(findLaunchTemplate(ctx.r, { id: ref.id }), ref.version).number);
}

async function scaleTo(ctx: SimCallContext, asg: AutoScalingGroupRecord): Promise<void> {
  const live = asg.instanceIds.filter(
    (id) =>
      ctx.r.instances[id] &&
      !["shutting-down", "terminated"].includes(stateAt(ctx.r.instances[id]!, ctx.now)),
  );
  asg.instanceIds = live;
  if (live.length < asg.desired) await launchForGroup(ctx, asg, asg.desired - live.length, ctx.now);
  if (live.length > asg.desired) retire(ctx, asg, live.slice(0, live.length - asg.desired), ctx.now);
}

async function createAutoScalingGroup(
  input: CreateAutoScalingGroupCommandInput,
  ctx: SimCallContext,
): Promise<Record<string, never>> {
  const name = input.AutoScalingGroupName ?? "";
  if (ctx.r.autoScalingGroups[name])
    throw new SimError(
      "AlreadyExists",
      `AutoScalingGroup by this name already exists - A group with the name ${name} already exists`,
    );
  const min = input.MinSize ?? 0;
  const max = input.MaxSize ?? 0;
  const desired = input.DesiredCapacity ?? min;
  if (desired < min || desired > max)
    throw new SimError(
      "ValidationError",
      `Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`,
    );
  const subnets = (input.VPCZoneIdentifier ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (subnets.length === 0)
    throw new SimError("ValidationError", "At least one Availability Zone or VPC Subnet is required.");
  const asg: AutoScalingGroupRecord = {
    name,
    arn: `arn:aws:autoscaling:${ctx.region}:${ctx.account}:autoScalingGroup:${newHex(ctx.state, "asg", 8)}-${newHex(ctx.state, "asg", 4)}:autoScalingGroupName/${name}`,
    launchTemplate: templateRef(ctx, input.LaunchTemplate),
    min,
    max,
    desired,
    subnets,
    targetGroupArns: input.TargetGroupARNs ?? [],
    healthCheckType: input.HealthCheckType ?? "EC2",
    healthCheckGracePeriod: input.HealthCheckGracePeriod ?? 300,
    createdAt: ctx.now,
    tags: Object.fromEntries(
      (input.Tags ?? []).filter((t) => t.PropagateAtLaunch).map((t) => [t.Key!, t.Value ?? ""]),
    ),
    instanceIds: [],
    refreshes: [],
  };
  ctx.r.autoScalingGroups[name] = asg;
  await scaleTo(ctx, asg);
  return {};
}

async function updateAutoScalingGroup(
  input: UpdateAutoScalingGroupCommandInput,
  ctx: SimCallContext,
): Promise<Record<string, never>> {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  if (input.LaunchTemplate) asg.launchTemplate = templateRef(ctx, input.LaunchTemplate);
  const min = input.MinSize ?? asg.min;
  const max = input.MaxSize ?? asg.max;
  const desired = input.DesiredCapacity ?? Math.min(Math.max(asg.desired, min), max);
  if (desired < min || desired > max)
    throw new SimError(
      "ValidationError",
      `Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`,
    );
  Object.assign(asg, { min, max, desired });
  if (input.HealthCheckType) asg.healthCheckType = input.HealthCheckType;
  if (input.HealthCheckGracePeriod !== undefined) asg.healthCheckGracePeriod = input.HealthCheckGracePeriod;
  await scaleTo(ctx, asg);
  return {};
}

function lifecycle(
  ctx: SimCallContext,
  asg: AutoScalingGroupRecord,
  id: string,
): "Pending" | "InService" | "Terminating" {
  const instance = ctx.r.instances[id]!;
  const state = stateAt(instance, ctx.now);
  if (state === "pending") return "Pending";
  if (state !== "running") return "Terminating";
  for (const arn of asg.targetGroupArns) {
    const tg = ctx.r.targetGroups[arn];
    const episode = tg?.targets.filter((e) => e.id === id).at(-1);
    if (tg && episode && healthAt(tg, episode, ctx.r, ctx.now)?.state === "initial") return "Pending";
  }
  return "InService";
}

function toGroup(ctx: SimCallContext, asg: AutoScalingGroupRecord): AutoScalingGroup {
  return {
    AutoScalingGroupName: asg.name,
    AutoScalingGroupARN: asg.arn,
    LaunchTemplate: {
      LaunchTemplateId: asg.launchTemplate.id,
      LaunchTemplateName: asg.launchTemplate.name,
      Version: asg.launchTemplate.version,
    },
    MinSize: asg.min,
    MaxSize: asg.max,
    DesiredCapacity: asg.desired,
    DefaultCooldown: 300,
    AvailabilityZones: [
      ...new Set(asg.subnets.map((s) => ctx.r.subnets.find((x) => x.id === s)?.availabilityZone ?? "")),
    ],
    LoadBalancerNames: [],
    TargetGroupARNs: [...asg.targetGroupArns],
    HealthCheckType: asg.healthCheckType,
    HealthCheckGracePeriod: asg.healthCheckGracePeriod,
    CreatedTime: new Date(asg.createdAt),
    VPCZoneIdentifier: asg.subnets.join(","),
    TerminationPolicies: ["Default"],
    NewInstancesProtectedFromScaleIn: false,
    CapacityRebalance: false,
    EnabledMetrics: [],
    SuspendedProcesses: [],
    ServiceLinkedRoleARN: `arn:aws:iam::${ctx.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
    Tags: Object.entries(asg.tags).map(([Key, Value]) => ({
      ResourceId: asg.name,
      ResourceType: "auto-scaling-group",
      Key,
      Value,
      PropagateAtLaunch: true,
    })),
    Instances: asg.instanceIds
      .filter((id) => ctx.r.instances[id] && ctx.r.instances[id]!.launchedAt <= ctx.now)
      .map((id) => {
        const i = ctx.r.instances[id]!;
        return {
          InstanceId: id,
          InstanceType: i.instanceType,
          AvailabilityZone: i.availabilityZone,
          LifecycleState: lifecycle(ctx, asg, id),
          HealthStatus: "Healthy",
          ProtectedFromScaleIn: false,
          LaunchTemplate: {
            LaunchTemplateId: i.launchTemplate?.id,
            LaunchTemplateName: i.launchTemplate?.name,
            Version: i.launchTemplate?.version,
          },
        };
      }),
  };
}

function describeAutoScalingGroups(
  input: DescribeAutoScalingGroupsCommandInput,
  ctx: SimCallContext,
): Out<DescribeAutoScalingGroupsCommandOutput> {
  const names = input.AutoScalingGroupNames ?? [];
  const groups = Object.values(ctx.r.autoScalingGroups).filter(
    (g) => names.length === 0 || names.includes(g.name),
  );
  const { items, nextToken } = page(groups, input.MaxRecords, input.NextToken, {
    min: 1,
    max: 100,
    default: 50,
  });
  return {
    AutoScalingGroups: items.map((g) => toGroup(ctx, g)),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

function toRefresh(asg: AutoScalingGroupRecord, r: InstanceRefreshRecord): InstanceRefresh {
  return {
    InstanceRefreshId: r.id,
    AutoScalingGroupName: asg.name,
    Status: r.status,
    StartTime: new Date(r.startedAt),
    PercentageComplete: r.percentageComplete,
    InstancesToUpdate: r.toReplace.length,
    Preferences: {
      MinHealthyPercentage: r.preferences.minHealthyPercentage,
      MaxHealthyPercentage: r.preferences.maxHealthyPercentage,
      InstanceWarmup: r.preferences.instanceWarmup,
      CheckpointPercentages: r.preferences.checkpointPercentages,
      CheckpointDelay: r.preferences.checkpointDelay,
      AutoRollback: r.preferences.autoRollback,
      SkipMatching: r.preferences.skipMatching,
      ...(r.preferences.alarms.length > 0 ? { AlarmSpecification: { Alarms: r.preferences.alarms } } : {}),
    },
    ...(r.statusReason ? { StatusReason: r.statusReason } : {}),
    ...(r.endedAt !== undefined ? { EndTime: new Date(r.endedAt) } : {}),
  };
}

function activeRefresh(asg: AutoScalingGroupRecord): InstanceRefreshRecord | undefined {
  return asg.refreshes.find((r) => ACTIVE.includes(r.status));
}

function startInstanceRefresh(
  input: StartInstanceRefreshCommandInput,
  ctx: SimCallContext,
): Out<StartInstanceRefreshCommandOutput> {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  if (activeRefresh(asg))
    throw new SimError(
      "InstanceRefreshInProgress",
      "An Instance Refresh is already in progress and blocks the execution of this Instance Refresh.",
    );
  const p = input.Preferences ?? {};
  const preferences: InstanceRefreshRecord["preferences"] = {
    minHealthyPercentage: p.MinHealthyPercentage ?? 90,
    maxHealthyPercentage: p.MaxHealthyPercentage ?? 100,
    instanceWarmup: p.InstanceWarmup ?? asg.healthCheckGracePeriod,
    checkpointPercentages: p.CheckpointPercentages ?? [],
    checkpointDelay: p.CheckpointDelay ?? 3600,
    autoRollback: p.AutoRollback ?? false,
    alarms: p.AlarmSpecification?.Alarms ?? [],
    skipMatching: p.SkipMatching ?? false,
  };
  if (
    preferences.maxHealthyPercentage < 100 ||
    preferences.maxHealthyPercentage > 200 ||
    preferences.maxHealthyPercentage - preferences.minHealthyPercentage > 100
  ) {
    throw new SimError(
      "ValidationError",
      "MaxHealthyPercentage must be between 100 and 200, and at most 100 above MinHealthyPercentage",
    );
  }
  if (preferences.autoRollback && !input.DesiredConfiguration?.LaunchTemplate) {
    throw new SimError("ValidationError", "AutoRollback needs a DesiredConfiguration");
  }
  const previous = { ...asg.launchTemplate };
  const desired = input.DesiredConfiguration?.LaunchTemplate
    ? templateRef(ctx, input.DesiredConfiguration.LaunchTemplate)
    : previous;
  asg.launchTemplate = { ...desired };
  const wanted = versionNumber(ctx, desired);
  const toReplace = asg.instanceIds.filter(
    (id) => !preferences.skipMatching || ctx.r.instances[id]?.launchTemplate?.version !== wanted,
  );
  const refresh: InstanceRefreshRecord = {
    id: `${newHex(ctx.state, "refresh", 8)}-${newHex(ctx.state, "refresh", 4)}-4${newHex(ctx.state, "refresh", 3)}-8${newHex(ctx.state, "refresh", 3)}-${newHex(ctx.state, "refresh", 12)}`,
    status: "Pending",
    startedAt: ctx.now,
    preferences,
    desired,
    previous,
    toReplace,
    launched: [],
    total: toReplace.length,
    phase: "launch",
    phaseAt: ctx.now,
    batch: [],
    victims: [],
    percentageComplete: 0,
  };
  asg.refreshes.unshift(refresh);
  return { InstanceRefreshId: refresh.id };
}

function describeInstanceRefreshes(
  input: DescribeInstanceRefreshesCommandInput,
  ctx: SimCallContext,
): Out<DescribeInstanceRefreshesCommandOutput> {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refreshes = asg.refreshes.filter(
    (r) => !input.InstanceRefreshIds?.length || input.InstanceRefreshIds.includes(r.id),
  );
  const { items, nextToken } = page(refreshes, input.MaxRecords, input.NextToken, {
    min: 1,
    max: 100,
    default: 50,
  });
  return {
    InstanceRefreshes: items.map((r) => toRefresh(asg, r)),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

function cancelInstanceRefresh(
  input: CancelInstanceRefreshCommandInput,
  ctx: SimCallContext,
): Out<CancelInstanceRefreshCommandOutput> {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refresh = activeRefresh(asg);
  if (!refresh)
    throw new SimError(
      "ActiveInstanceRefreshNotFound",
      "No in progress or pending Instance Refresh found for this Auto Scaling group.",
    );
  refresh.status = "Cancelling";
  refresh.phaseAt = ctx.now;
  return { InstanceRefreshId: refresh.id };
}

function rollbackInstanceRefresh(
  input: RollbackInstanceRefreshCommandInput,
  ctx: SimCallContext,
): Out<RollbackInstanceRefreshCommandOutput> {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refresh = activeRefresh(asg);
  if (!refresh || refresh.status === "RollbackInProgress") {
    throw new SimError(
      "ActiveInstanceRefreshNotFound",
      "No in progress or pending Instance Refresh found for this Auto Scaling group.",
    );
  }
  beginRollback(asg, refresh, ctx.now, "Rollback requested");
  return { InstanceRefreshId: refresh.id };
}

/** Auto Scaling: groups that launch from a launch template into target groups, and instance refresh. */
export function register(engine: SimEngine): void {
  engine.onCall(async (ctx) => {
    for (const asg of Object.values(ctx.r.autoScalingGroups)) {
      for (const refresh of asg.refreshes)
        if (ACTIVE.includes(refresh.status)) await advanceRefresh(ctx, asg, refresh);
    }
  });
  engine.register("autoscaling", {
    CreateAutoScalingGroup: createAutoScalingGroup,
    UpdateAutoScalingGroup: updateAutoScalingGroup,
    DescribeAutoScalingGroups: describeAutoScalingGroups,
    StartInstanceRefresh: startInstanceRefresh,
    DescribeInstanceRefreshes: describeInstanceRefreshes,
    CancelInstanceRefresh: cancelInstanceRefresh,
    RollbackInstanceRefresh: rollbackInstanceRefresh,
  });
}
