import type { SimCallContext } from "../engine.js";
import type { AutoScalingGroupRecord, InstanceRecord, InstanceRefreshRecord } from "../state.js";
import { alarmStateAt } from "./cloudwatch.js";
import { launchInstances } from "./ec2-launch.js";
import { findLaunchTemplate, resolveVersion } from "./ec2-launch-templates.js";
import { changeState, runningPeriods, TIMINGS } from "./ec2-lifecycle.js";
import { healthyIntervals } from "./elbv2-health.js";

/** A launched batch that is not healthy within this long fails the refresh (or rolls it back). */
export const BATCH_TIMEOUT_MS = 15 * 60_000;

export const ACTIVE: ReadonlyArray<InstanceRefreshRecord["status"]> = [
  "Pending",
  "InProgress",
  "Cancelling",
  "RollbackInProgress",
  "Baking",
];

/** Launches `count` instances for the group from its launch template at time `at`, registered in its target groups. */
export async function launchForGroup(
  ctx: SimCallContext,
  asg: AutoScalingGroupRecord,
  count: number,
  at: number,
  template = asg.launchTemplate,
): Promise<InstanceRecord[]> {
  const lt = findLaunchTemplate(ctx.r, { id: template.id });
  const version = resolveVersion(lt, template.version);
  const out: InstanceRecord[] = [];
  for (let i = 0; i < count; i++) {
    const subnetId = asg.subnets[(asg.instanceIds.length + i) % asg.subnets.length]!;
    const [instance] = await launchInstances(
      { ...ctx, now: at },
      {
        count: 1,
        data: structuredClone(version.data) as never,
        subnetId,
        launchTemplate: { id: lt.id, name: lt.name, version: String(version.number) },
        extraTags: { "aws:autoscaling:groupName": asg.name, ...asg.tags },
        autoScalingGroup: asg.name,
      },
    );
    asg.instanceIds.push(instance!.id);
    for (const arn of asg.targetGroupArns)
      ctx.r.targetGroups[arn]?.targets.push({
        id: instance!.id,
        port: ctx.r.targetGroups[arn]!.port,
        registeredAt: at + TIMINGS.pendingToRunning,
      });
    out.push(instance!);
  }
  return out;
}

/** Takes instances out of the group at `at`: deregistered (draining), then terminated after the longest delay. */
export function retire(ctx: SimCallContext, asg: AutoScalingGroupRecord, ids: string[], at: number): void {
  let delay = 0;
  for (const arn of asg.targetGroupArns) {
    const tg = ctx.r.targetGroups[arn];
    if (!tg) continue;
    delay = Math.max(delay, tg.deregistrationDelaySeconds * 1000);
    for (const e of tg.targets)
      if (ids.includes(e.id) && e.deregisteredAt === undefined) e.deregisteredAt = at;
  }
  for (const id of ids) {
    const i = ctx.r.instances[id];
    if (i)
      changeState(i, at + delay, [
        { after: 0, state: "shutting-down" },
        { after: TIMINGS.shuttingDown, state: "terminated" },
      ]);
  }
  asg.instanceIds = asg.instanceIds.filter((id) => !ids.includes(id));
}

/** When the instance passes the group's health checks (target groups, else EC2), plus warm-up; undefined if never. */
function readyAt(
  ctx: SimCallContext,
  asg: AutoScalingGroupRecord,
  id: string,
  warmupMs: number,
): number | undefined {
  const instance = ctx.r.instances[id];
  if (!instance) return undefined;
  let ready = (runningPeriods(instance)[0]?.from ?? Number.POSITIVE_INFINITY) + TIMINGS.appBoot;
  for (const arn of asg.targetGroupArns) {
    const tg = ctx.r.targetGroups[arn];
    const episode = tg?.targets.find((e) => e.id === id);
    if (!tg || !episode) continue;
    const first = healthyIntervals(tg, episode, ctx.r)[0];
    if (!first) return undefined;
    ready = Math.max(ready, first.from);
  }
  return Number.isFinite(ready) ? ready + warmupMs : undefined;
}

function batchSize(asg: AutoScalingGroupRecord, p: InstanceRefreshRecord["preferences"]): number {
  if (p.maxHealthyPercentage > 100)
    return Math.max(1, Math.floor((asg.desired * (p.maxHealthyPercentage - 100)) / 100));
  return Math.max(1, Math.floor((asg.desired * (100 - p.minHealthyPercentage)) / 100));
}

function alarmFiring(ctx: SimCallContext, refresh: InstanceRefreshRecord, at: number): string | undefined {
  return refresh.preferences.alarms.find((name) => {
    const alarm = ctx.r.alarms[name];
    return alarm !== undefined && alarmStateAt(alarm, at).state === "ALARM";
  });
}

function finish(
  refresh: InstanceRefreshRecord,
  status: InstanceRefreshRecord["status"],
  at: number,
  reason?: string,
): void {
  refresh.status = status;
  refresh.endedAt = at;
  refresh.phase = "done";
  if (reason) refresh.statusReason = reason;
}

/** Starts rolling back: new instances are replaced by the previous configuration. */
export function beginRollback(
  asg: AutoScalingGroupRecord,
  refresh: InstanceRefreshRecord,
  at: number,
  reason: string,
): void {
  refresh.status = "RollbackInProgress";
  refresh.statusReason = reason;
  const back = refresh.previous;
  refresh.previous = refresh.desired;
  refresh.desired = back;
  asg.launchTemplate = { ...back };
  refresh.toReplace = asg.instanceIds.filter(
    (id) => refresh.launched.includes(id) || refresh.batch.includes(id),
  );
  refresh.total = refresh.toReplace.length;
  refresh.launched = [];
  refresh.batch = [];
  refresh.victims = [];
  refresh.phase = "launch";
  refresh.phaseAt = at;
}

/**
 * Catches a refresh up to `now`, one event at a time: launch a batch (surge within
 * MaxHealthyPercentage), wait until it is healthy and warm, retire as many old instances,
 * pause at checkpoints; alarms with AutoRollback turn it into a rollback.
 */
export async function advanceRefresh(
  ctx: SimCallContext,
  asg: AutoScalingGroupRecord,
  refresh: InstanceRefreshRecord,
): Promise<void> {
  const p = refresh.preferences;
  for (
    let guard = 0;
    guard < 10_000 && ACTIVE.includes(refresh.status) && refresh.phaseAt <= ctx.now;
    guard++
  ) {
    const at = refresh.phaseAt;
    const rollingBack = refresh.status === "RollbackInProgress";
    if (refresh.status === "Cancelling") {
      finish(refresh, "Cancelled", at, "Instance refresh was cancelled");
      return;
    }
    if (!rollingBack) {
      const alarm = alarmFiring(ctx, refresh, at);
      if (alarm) {
        if (p.autoRollback) beginRollback(asg, refresh, at, `Alarm ${alarm} is in ALARM state; rolling back`);
        else finish(refresh, "Failed", at, `Alarm ${alarm} is in ALARM state`);
        continue;
      }
    }
    if (refresh.phase === "launch" || refresh.phase === "checkpoint") {
      refresh.status = rollingBack ? "RollbackInProgress" : "InProgress";
      if (refresh.toReplace.length === 0) {
        finish(refresh, rollingBack ? "RollbackSuccessful" : "Successful", at);
        refresh.percentageComplete = 100;
        return;
      }
      const victims = refresh.toReplace.slice(0, batchSize(asg, p));
      const launched = await launchForGroup(ctx, asg, victims.length, at, refresh.desired);
      refresh.victims = victims;
      refresh.batch = launched.map((i) => i.id);
      refresh.phase = "wait";
      const ready = refresh.batch.map((id) => readyAt(ctx, asg, id, p.instanceWarmup * 1000));
      const allReady = ready.every((r) => r !== undefined) ? Math.max(...(ready as number[])) : undefined;
      refresh.phaseAt =
        allReady !== undefined && allReady <= at + BATCH_TIMEOUT_MS ? allReady : at + BATCH_TIMEOUT_MS + 1;
      continue;
    }
    if (refresh.phase === "wait") {
      const ready = refresh.batch.map((id) => readyAt(ctx, asg, id, p.instanceWarmup * 1000));
      if (ready.some((r) => r === undefined || r > at)) {
        const reason = "Instances failed to pass health checks within the instance warmup";
        if (!rollingBack && p.autoRollback) beginRollback(asg, refresh, at, reason);
        else finish(refresh, rollingBack ? "Failed" : "Failed", at, reason);
        continue;
      }
      retire(ctx, asg, refresh.victims, at);
      refresh.toReplace = refresh.toReplace.filter((id) => !refresh.victims.includes(id));
      refresh.launched.push(...refresh.batch);
      const before = refresh.percentageComplete;
      refresh.percentageComplete =
        refresh.total === 0
          ? 100
          : Math.floor(((refresh.total - refresh.toReplace.length) / refresh.total) * 100);
      refresh.batch = [];
      refresh.victims = [];
      const checkpoint = rollingBack
        ? undefined
        : p.checkpointPercentages.find((c) => before < c && refresh.percentageComplete >= c && c < 100);
      refresh.phase = checkpoint !== undefined ? "checkpoint" : "launch";
      refresh.phaseAt = checkpoint !== undefined ? at + p.checkpointDelay * 1000 : at;
    }
  }
}
