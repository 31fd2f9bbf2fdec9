import {
  DeregisterTargetsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  RegisterTargetsCommand,
  type TargetGroup,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { AwsFactory } from "../aws/clients.js";
import { errorName } from "../aws/errors.js";
import { chunks, collectPages } from "../aws/pagination.js";
import { OperationFailed } from "../errors.js";
import type { Clock } from "../ports/clock.js";
import { rolloutFinding, StepFailed } from "../rollout/failure.js";
import { LEAVING, type TargetState as ModelTargetState } from "../rollout/model.js";
import { POLL_MS, pollUntil } from "../rollout/poll.js";

/**
 * The one place outside the simulator that describes target groups and their targets'
 * health, and registers or deregisters targets. Every feature (rollout, soak checks, status,
 * diagram, hardening) asks it, so there is one reading of a target's state.
 */

/** Target states, as the rollout's model names them (one reading of ELBv2's TargetHealthStateEnum). */
export type TargetState = Exclude<ModelTargetState, "unregistered">;

export interface TargetGroupRef {
  name: string;
  arn: string;
  region: string;
  /** Health-check interval × healthy threshold (ms): the soonest a new target can turn healthy. */
  healthyAfterMs: number;
  /** Health-check interval × unhealthy threshold (ms): how long a failing target takes to show it. */
  unhealthyAfterMs: number;
  /** The group's `deregistration_delay.timeout_seconds` attribute (ms), read from AWS. */
  deregistrationDelayMs: number;
  /** Load balancers whose listeners forward to the group (empty: the group serves nothing). */
  loadBalancerArns: string[];
  port?: number;
  protocol?: string;
}

export interface TargetHealth {
  id: string;
  port?: number;
  state: TargetState;
  /** AWS's reason code, e.g. Target.FailedHealthChecks, Target.NotInUse. */
  reason?: string;
  description?: string;
}

/** The target group `name` in `region`, with its health-check timing and draining delay. */
export async function resolveTargetGroup(
  aws: AwsFactory,
  region: string,
  name: string,
): Promise<TargetGroupRef> {
  const { found, missing } = await resolveTargetGroups(aws, region, [name]);
  const ref = found.get(name);
  if (!ref || missing.length > 0)
    throw new OperationFailed(`target group ${name} not found in ${region}`, "not-found", {
      targetGroup: name,
      region,
    });
  return ref;
}

/**
 * Several target groups of one region by name. A missing one is reported in `missing` and
 * never fails the others (DescribeTargetGroups by Names fails the whole call when one name
 * is unknown, so a failed batch is asked again one name at a time).
 */
export async function resolveTargetGroups(
  aws: AwsFactory,
  region: string,
  names: readonly string[],
): Promise<{ found: Map<string, TargetGroupRef>; missing: string[] }> {
  const wanted = [...new Set(names)];
  const groups: TargetGroup[] = [];
  const missing: string[] = [];
  const describe = async (batch: string[]): Promise<TargetGroup[]> =>
    (await aws.elbv2(region).send(new DescribeTargetGroupsCommand({ Names: batch }))).TargetGroups ?? [];
  for (const batch of chunks(wanted, 20)) {
    try {
      groups.push(...(await describe(batch)));
    } catch (error) {
      if (errorName(error) !== "TargetGroupNotFoundException" && errorName(error) !== "TargetGroupNotFound")
        throw error;
      for (const one of batch) {
        try {
          groups.push(...(await describe([one])));
        } catch (inner) {
          if (
            errorName(inner) !== "TargetGroupNotFoundException" &&
            errorName(inner) !== "TargetGroupNotFound"
          )
            throw inner;
          missing.push(one);
        }
      }
    }
  }
  const found = new Map<string, TargetGroupRef>();
  await Promise.all(
    groups.map(async (group) => {
      if (!group.TargetGroupArn || !group.TargetGroupName) return;
      found.set(group.TargetGroupName, await refOf(aws, region, group));
    }),
  );
  for (const name of wanted) if (!found.has(name) && !missing.includes(name)) missing.push(name);
  return { found, missing };
}

/** Health-check settings from the group itself; the draining delay from its attributes. */
async function refOf(aws: AwsFactory, region: string, group: TargetGroup): Promise<TargetGroupRef> {
  const arn = group.TargetGroupArn!;
  const attributes = await aws
    .elbv2(region)
    .send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }));
  const attribute = (key: string) => attributes.Attributes?.find((a) => a.Key === key)?.Value;
  // ELBv2's documented defaults, for attributes a group does not list.
  const delaySeconds = Number(attribute("deregistration_delay.timeout_seconds") ?? 300);
  const interval = group.HealthCheckIntervalSeconds ?? 30;
  const ref: TargetGroupRef = {
    name: group.TargetGroupName!,
    arn,
    region,
    healthyAfterMs: interval * (group.HealthyThresholdCount ?? 5) * 1000,
    unhealthyAfterMs: interval * (group.UnhealthyThresholdCount ?? 2) * 1000,
    deregistrationDelayMs: (Number.isFinite(delaySeconds) ? delaySeconds : 300) * 1000,
    loadBalancerArns: group.LoadBalancerArns ?? [],
  };
  if (group.Port !== undefined) ref.port = group.Port;
  if (group.Protocol) ref.protocol = group.Protocol;
  return ref;
}

/** Every target of the group with its state (draining ones included, long-gone ones absent). */
export async function describeTargetHealth(aws: AwsFactory, group: TargetGroupRef): Promise<TargetHealth[]> {
  const answer = await aws
    .elbv2(group.region)
    .send(new DescribeTargetHealthCommand({ TargetGroupArn: group.arn }));
  return (answer.TargetHealthDescriptions ?? []).flatMap((d) => {
    const id = d.Target?.Id;
    if (!id) return [];
    const health: TargetHealth = { id, state: (d.TargetHealth?.State ?? "unavailable") as TargetState };
    if (d.Target?.Port !== undefined) health.port = d.Target.Port;
    if (d.TargetHealth?.Reason) health.reason = d.TargetHealth.Reason;
    if (d.TargetHealth?.Description) health.description = d.TargetHealth.Description;
    return [health];
  });
}

/** Target states by instance id. */
export async function targetStates(
  aws: AwsFactory,
  group: TargetGroupRef,
): Promise<Map<string, TargetState>> {
  return new Map((await describeTargetHealth(aws, group)).map((t) => [t.id, t.state]));
}

/** RegisterTargets/DeregisterTargets take many targets per call; 500 keeps requests small. */
const TARGETS_PER_CALL = 500;

export async function registerTargets(
  aws: AwsFactory,
  group: TargetGroupRef,
  ids: readonly string[],
): Promise<void> {
  for (const batch of chunks(ids, TARGETS_PER_CALL))
    await aws
      .elbv2(group.region)
      .send(new RegisterTargetsCommand({ TargetGroupArn: group.arn, Targets: batch.map((Id) => ({ Id })) }));
}

export async function deregisterTargets(
  aws: AwsFactory,
  group: TargetGroupRef,
  ids: readonly string[],
): Promise<void> {
  for (const batch of chunks(ids, TARGETS_PER_CALL))
    await aws
      .elbv2(group.region)
      .send(
        new DeregisterTargetsCommand({ TargetGroupArn: group.arn, Targets: batch.map((Id) => ({ Id })) }),
      );
}

/** The targets of one group a wait is about, and whom to tell what it waits for. */
export interface TargetWait {
  aws: AwsFactory;
  clock: Clock;
  group: TargetGroupRef;
  ids: readonly string[];
  onWait?: (waitingFor: string) => void;
}

/**
 * Waits until every target is healthy; a target the load balancer finds unhealthy fails at
 * once (its health checks already failed the unhealthy threshold). The wait is sized from
 * the group's own health-check settings.
 */
export async function waitHealthy(o: TargetWait): Promise<void> {
  const group = o.group.name;
  await waitForTargets(o, {
    everyMs: POLL_MS.health,
    timeoutMs: 3 * o.group.healthyAfterMs + 60_000,
    timeout: {
      message: `targets did not become healthy in ${group}`,
      finding: "target-health",
      summary: (waitingFor) => `not healthy in target group ${group} in time (${waitingFor})`,
    },
    pending: (states) => {
      const failing = o.ids.filter((id) => {
        const state = states.get(id);
        return state === "unhealthy" || state === "unhealthy.draining";
      });
      if (failing.length > 0) {
        throw new StepFailed(`${failing.length} new instance(s) failed ALB health checks`, [
          ...failing.map((id) =>
            rolloutFinding({
              name: "target-health",
              level: "environment",
              target: id,
              summary: `unhealthy in target group ${group}: the load balancer's health checks fail`,
              evidence: { targetGroup: group, state: states.get(id) },
            }),
          ),
        ]);
      }
      const unused = o.ids.filter((id) => states.get(id) === "unused");
      if (unused.length > 0) {
        throw new StepFailed(`target group ${group} is used by no listener`, [
          rolloutFinding({
            name: "target-health",
            level: "environment",
            target: group,
            summary: `the targets of ${group} are 'unused': no load balancer listener forwards to it, so nothing would serve`,
            evidence: { targetGroup: group, state: "unused" },
          }),
        ]);
      }
      return o.ids.filter((id) => states.get(id) !== "healthy");
    },
    waitingFor: (count) => `${count} target(s) to pass health checks in ${group}`,
  });
}

/** Waits until none of the targets is listed as leaving any more (the group's deregistration delay). */
export async function waitDrained(o: TargetWait): Promise<void> {
  const group = o.group.name;
  await waitForTargets(o, {
    everyMs: POLL_MS.draining,
    timeoutMs: 2 * o.group.deregistrationDelayMs + 120_000,
    timeout: {
      message: `targets did not finish draining in ${group}`,
      finding: "draining",
      summary: (waitingFor) => waitingFor,
    },
    pending: (states) => o.ids.filter((id) => LEAVING.has(states.get(id) ?? "unavailable")),
    waitingFor: (count) => `${count} target(s) to drain from ${group}`,
  });
}

/** Polls the group's health until `pending` finds no target left; on timeout one finding about all. */
async function waitForTargets(
  o: TargetWait,
  w: {
    everyMs: number;
    timeoutMs: number;
    timeout: { message: string; finding: string; summary: (waitingFor: string) => string };
    /** The targets still waited for (throws StepFailed when a state is already a failure). */
    pending: (states: Map<string, TargetState>) => string[];
    waitingFor: (count: number) => string;
  },
): Promise<void> {
  await pollUntil({
    clock: o.clock,
    everyMs: w.everyMs,
    timeoutMs: w.timeoutMs,
    onWait: o.onWait,
    onTimeout: (waitingFor) =>
      new StepFailed(w.timeout.message, [
        rolloutFinding({
          name: w.timeout.finding,
          level: "environment",
          target: o.ids.join(","),
          summary: w.timeout.summary(waitingFor),
        }),
      ]),
    check: async () => {
      const waiting = w.pending(await targetStates(o.aws, o.group));
      return waiting.length === 0
        ? { done: true, value: undefined }
        : { done: false, waitingFor: w.waitingFor(waiting.length) };
    },
  });
}

/** Every target group of the region (paged), for views over the whole account (diagram, IAM facts). */
export async function listTargetGroups(aws: AwsFactory, region: string): Promise<TargetGroup[]> {
  return collectPages(async (token) => {
    const page = await aws
      .elbv2(region)
      .send(new DescribeTargetGroupsCommand({ PageSize: 400, ...(token ? { Marker: token } : {}) }));
    return { items: page.TargetGroups, next: page.NextMarker };
  });
}

/** A group and every target's health, for views over several environments (status, verify, evidence). */
export interface ObservedTargetGroup {
  name: string;
  arn: string;
  targets: Array<{ instanceId: string; port: number; state: TargetState; reason?: string }>;
}

/**
 * Target groups of one region by name with the health of every target; a missing group is
 * absent from the map (and named in `missing`), never a failure of the others.
 */
export async function observeTargetGroups(
  aws: AwsFactory,
  region: string,
  names: readonly string[],
): Promise<Map<string, ObservedTargetGroup> & { missing?: string[] }> {
  const out: Map<string, ObservedTargetGroup> & { missing?: string[] } = new Map();
  if (names.length === 0) return out;
  const { found, missing } = await resolveTargetGroups(aws, region, names);
  if (missing.length > 0) out.missing = missing;
  await Promise.all(
    [...found.values()].map(async (group) => {
      const health = await describeTargetHealth(aws, group);
      out.set(group.name, {
        name: group.name,
        arn: group.arn,
        targets: health.map((t) => ({
          instanceId: t.id,
          port: t.port ?? 0,
          state: t.state,
          ...(t.reason ? { reason: t.reason } : {}),
        })),
      });
    }),
  );
  return out;
}
