import { type Filter, type Instance, paginateDescribeInstances } from "@aws-sdk/client-ec2";
import {
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { AwsFactory } from "../aws/clients.js";
import { chunks } from "../aws/pagination.js";
import { TAG } from "../aws/tags.js";
import { OperationFailed } from "../errors.js";
import type { InstanceState, Observed, ObservedInstance, Role, TargetState } from "./model.js";

/** Where one environment's fleet lives in AWS. */
export interface FleetRefs {
  environment: string;
  region: string;
  targetGroupName: string;
  targetGroupArn: string;
  /** Health check interval × healthy threshold, and the deregistration delay (ms). */
  healthyAfterMs: number;
  deregistrationDelayMs: number;
}

/** Looks the target group up once per run (its ARN, health-check timing and draining delay). */
export async function resolveFleet(
  aws: AwsFactory,
  o: { environment: string; region: string; targetGroup: string },
): Promise<FleetRefs> {
  const elbv2 = aws.elbv2(o.region);
  const groups = await elbv2.send(new DescribeTargetGroupsCommand({ Names: [o.targetGroup] }));
  const group = groups.TargetGroups?.[0];
  if (!group?.TargetGroupArn) {
    throw new OperationFailed(`target group ${o.targetGroup} not found in ${o.region}`, "not-found");
  }
  const interval = group.HealthCheckIntervalSeconds ?? 30;
  const threshold = group.HealthyThresholdCount ?? 5;
  return {
    environment: o.environment,
    region: o.region,
    targetGroupName: o.targetGroup,
    targetGroupArn: group.TargetGroupArn,
    healthyAfterMs: interval * threshold * 1000,
    // The delay is a target group attribute; 300 s is the ELB default and the example world's value.
    deregistrationDelayMs: 300_000,
  };
}

const LISTED_STATES = ["pending", "running", "stopping", "stopped", "shutting-down"];

/**
 * One observation round: every instance of the environment (one paginated DescribeInstances
 * by tag) and the target group's health (one DescribeTargetHealth) — the same two calls
 * whatever the fleet size. Instances serving the target group without the environment tag
 * (servers built by hand, before the first rollout adopts them) are described by id in one
 * more call.
 */
export async function observeFleet(aws: AwsFactory, fleet: FleetRefs): Promise<Observed> {
  const [tagged, health] = await Promise.all([describeFleet(aws, fleet), targetHealth(aws, fleet)]);
  const known = new Set(tagged.map((i) => i.InstanceId ?? ""));
  const untagged = await describeUntaggedTargets(
    aws,
    fleet,
    [...health.keys()].filter((id) => !known.has(id)),
  );
  return {
    instances: [...tagged, ...untagged].map((i) =>
      toObserved(i, health.get(i.InstanceId ?? "") ?? "unregistered"),
    ),
  };
}

export async function describeFleet(aws: AwsFactory, fleet: FleetRefs): Promise<Instance[]> {
  return describeAll(aws, fleet.region, [
    { Name: `tag:${TAG.environment}`, Values: [fleet.environment] },
    { Name: "instance-state-name", Values: LISTED_STATES },
  ]);
}

/**
 * Registered targets the environment tag did not find. An instance-id filter (not InstanceIds)
 * so a target whose instance is long gone is simply absent. One tagged for another
 * environment is a misconfiguration the rollout must not paper over.
 */
async function describeUntaggedTargets(
  aws: AwsFactory,
  fleet: FleetRefs,
  ids: readonly string[],
): Promise<Instance[]> {
  if (ids.length === 0) return [];
  const out: Instance[] = [];
  for (const batch of chunks(ids, 200)) {
    out.push(
      ...(await describeAll(aws, fleet.region, [
        { Name: "instance-id", Values: batch },
        { Name: "instance-state-name", Values: LISTED_STATES },
      ])),
    );
  }
  for (const instance of out) {
    const other = instance.Tags?.find((t) => t.Key === TAG.environment)?.Value;
    if (other !== undefined && other !== fleet.environment)
      throw new OperationFailed(
        `instance ${instance.InstanceId} in target group ${fleet.targetGroupName} is tagged ${TAG.environment}=${other}, not ${fleet.environment}`,
        "foreign-instance",
      );
  }
  return out;
}

async function describeAll(aws: AwsFactory, region: string, Filters: Filter[]): Promise<Instance[]> {
  const out: Instance[] = [];
  const pages = paginateDescribeInstances({ client: aws.ec2(region), pageSize: 1000 }, { Filters });
  for await (const page of pages) {
    for (const reservation of page.Reservations ?? []) out.push(...(reservation.Instances ?? []));
  }
  return out;
}

/** Target states by instance id; draining targets included, unknown ones absent. */
export async function targetHealth(aws: AwsFactory, fleet: FleetRefs): Promise<Map<string, TargetState>> {
  const result = await aws
    .elbv2(fleet.region)
    .send(new DescribeTargetHealthCommand({ TargetGroupArn: fleet.targetGroupArn }));
  const states = new Map<string, TargetState>();
  for (const d of result.TargetHealthDescriptions ?? []) {
    const id = d.Target?.Id;
    const state = d.TargetHealth?.State;
    if (id && state) states.set(id, state as TargetState);
  }
  return states;
}

function toObserved(instance: Instance, target: TargetState): ObservedInstance {
  const tags = new Map((instance.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
  const role = tags.get(TAG.role);
  const observed: ObservedInstance = {
    id: instance.InstanceId ?? "",
    state: (instance.State?.Name ?? "pending") as InstanceState,
    ami: instance.ImageId ?? "",
    target,
  };
  if (instance.SubnetId) observed.subnet = instance.SubnetId;
  if (instance.InstanceType) observed.instanceType = instance.InstanceType;
  if (role === "old" || role === "new") observed.role = role as Role;
  const rolloutId = tags.get(TAG.rolloutId);
  if (rolloutId) observed.rolloutId = rolloutId;
  const retainUntil = tags.get(TAG.retainUntil);
  if (retainUntil) observed.retainUntil = retainUntil;
  return observed;
}
