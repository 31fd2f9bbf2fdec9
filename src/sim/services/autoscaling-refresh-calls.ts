import type {
  CancelInstanceRefreshCommandInput,
  CancelInstanceRefreshCommandOutput,
  DescribeInstanceRefreshesCommandInput,
  DescribeInstanceRefreshesCommandOutput,
  InstanceRefresh,
  RollbackInstanceRefreshCommandInput,
  RollbackInstanceRefreshCommandOutput,
  StartInstanceRefreshCommandInput,
  StartInstanceRefreshCommandOutput,
} from "@aws-sdk/client-auto-scaling";
import type { SimCallContext } from "../engine.js";
import { SimError } from "../errors.js";
import { newHex } from "../random.js";
import type { AutoScalingGroupRecord, InstanceRefreshRecord } from "../state.js";
import { findGroup, MAX_RECORDS, templateRef } from "./autoscaling-groups.js";
import { ACTIVE, beginRollback } from "./autoscaling-refresh.js";
import { findLaunchTemplate, resolveVersion } from "./ec2-launch-templates.js";
import { page } from "./filters.js";

/**
 * The instance refresh calls: Start records a refresh with its preferences and the instances
 * to replace; Describe, Cancel and Rollback read or redirect it. How a refresh then advances
 * with the clock is autoscaling-refresh.ts.
 */

type Out<T> = Omit<T, "$metadata">;

/** The version number an instance's template reference resolves to now. */
function versionNumber(ctx: SimCallContext, ref: AutoScalingGroupRecord["launchTemplate"]): string {
  return String(resolveVersion(findLaunchTemplate(ctx.r, { id: ref.id }), ref.version).number);
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

function noActiveRefresh(): SimError {
  return new SimError(
    "ActiveInstanceRefreshNotFound",
    "No in progress or pending Instance Refresh found for this Auto Scaling group.",
  );
}

export function startInstanceRefresh(
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

export function describeInstanceRefreshes(
  input: DescribeInstanceRefreshesCommandInput,
  ctx: SimCallContext,
): Out<DescribeInstanceRefreshesCommandOutput> {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refreshes = asg.refreshes.filter(
    (r) => !input.InstanceRefreshIds?.length || input.InstanceRefreshIds.includes(r.id),
  );
  const { items, nextToken } = page(refreshes, input.MaxRecords, input.NextToken, MAX_RECORDS);
  return {
    InstanceRefreshes: items.map((r) => toRefresh(asg, r)),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

export function cancelInstanceRefresh(
  input: CancelInstanceRefreshCommandInput,
  ctx: SimCallContext,
): Out<CancelInstanceRefreshCommandOutput> {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refresh = activeRefresh(asg);
  if (!refresh) throw noActiveRefresh();
  refresh.status = "Cancelling";
  refresh.phaseAt = ctx.now;
  return { InstanceRefreshId: refresh.id };
}

export function rollbackInstanceRefresh(
  input: RollbackInstanceRefreshCommandInput,
  ctx: SimCallContext,
): Out<RollbackInstanceRefreshCommandOutput> {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refresh = activeRefresh(asg);
  if (!refresh || refresh.status === "RollbackInProgress") {
    throw noActiveRefresh();
  }
  beginRollback(asg, refresh, ctx.now, "Rollback requested");
  return { InstanceRefreshId: refresh.id };
}
