import type {
  AutoScalingGroup,
  CreateAutoScalingGroupCommandInput,
  DescribeAutoScalingGroupsCommandInput,
  DescribeAutoScalingGroupsCommandOutput,
  UpdateAutoScalingGroupCommandInput,
} from "@aws-sdk/client-auto-scaling";
import type { SimCallContext } from "../engine.js";
import { SimError } from "../errors.js";
import { newHex } from "../random.js";
import type { AutoScalingGroupRecord } from "../state.js";
import { launchForGroup, retire } from "./autoscaling-refresh.js";
import { findLaunchTemplate, resolveVersion } from "./ec2-launch-templates.js";
import { stateAt } from "./ec2-lifecycle.js";
import { healthAt } from "./elbv2-health.js";
import { page } from "./filters.js";

/**
 * Auto Scaling groups: created and resized from a launch template across subnets, kept at
 * their desired capacity, and described with each instance's lifecycle state.
 */

type Out<T> = Omit<T, "$metadata">;

/** MaxRecords bounds of the Describe* calls. */
export const MAX_RECORDS = { min: 1, max: 100, default: 50 };

export function findGroup(ctx: SimCallContext, name: string | undefined): AutoScalingGroupRecord {
  const asg = name ? ctx.r.autoScalingGroups[name] : undefined;
  if (!asg)
    throw new SimError(
      "ValidationError",
      `AutoScalingGroup name not found - AutoScalingGroup '${name}' not found`,
    );
  return asg;
}

export function templateRef(
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

function checkCapacity({ min, max, desired }: { min: number; max: number; desired: number }): void {
  if (desired < min || desired > max)
    throw new SimError(
      "ValidationError",
      `Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`,
    );
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

export async function createAutoScalingGroup(
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
  checkCapacity({ min, max, desired });
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

export async function updateAutoScalingGroup(
  input: UpdateAutoScalingGroupCommandInput,
  ctx: SimCallContext,
): Promise<Record<string, never>> {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  if (input.LaunchTemplate) asg.launchTemplate = templateRef(ctx, input.LaunchTemplate);
  const min = input.MinSize ?? asg.min;
  const max = input.MaxSize ?? asg.max;
  const desired = input.DesiredCapacity ?? Math.min(Math.max(asg.desired, min), max);
  checkCapacity({ min, max, desired });
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

export function describeAutoScalingGroups(
  input: DescribeAutoScalingGroupsCommandInput,
  ctx: SimCallContext,
): Out<DescribeAutoScalingGroupsCommandOutput> {
  const names = input.AutoScalingGroupNames ?? [];
  const groups = Object.values(ctx.r.autoScalingGroups).filter(
    (g) => names.length === 0 || names.includes(g.name),
  );
  const { items, nextToken } = page(groups, input.MaxRecords, input.NextToken, MAX_RECORDS);
  return {
    AutoScalingGroups: items.map((g) => toGroup(ctx, g)),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}
