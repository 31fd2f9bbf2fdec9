import type {
  DescribeInstanceStatusCommandInput,
  DescribeInstanceStatusCommandOutput,
  DescribeInstancesCommandInput,
  DescribeInstancesCommandOutput,
} from "@aws-sdk/client-ec2";
import { lagMs } from "../consistency.js";
import type { SimCallContext } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import type { InstanceRecord, RegionState } from "../state.js";
import { reservationsOf } from "./ec2-instance-description.js";
import { describedStateAt, instanceState, STATE_CODES, statusChecksAt, TIMINGS } from "./ec2-lifecycle.js";
import { matchesFilters, page } from "./filters.js";

/** Finding instances and describing them: DescribeInstances and DescribeInstanceStatus. */

type Out<T> = Omit<T, "$metadata">;

/** MaxResults bounds of DescribeInstances and DescribeInstanceStatus. */
const INSTANCE_PAGES = { min: 5, max: 1000, default: 1000 };

/**
 * The instance `id`, or InvalidInstanceID.NotFound. With a `lag` (describes), an instance
 * launched less than `lag` ago is not found yet, as EC2 answers right after RunInstances:
 * https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html
 */
export function findInstance(r: RegionState, id: string, now: number, lag = 0): InstanceRecord {
  if (!/^i-[0-9a-f]{8,17}$/.test(id))
    throw new SimError("InvalidInstanceID.Malformed", `Invalid id: "${id}"`);
  const instance = r.instances[id];
  if (!instance || !visible(instance, now - lag))
    throw notFound("InvalidInstanceID.NotFound", `The instance ID '${id}' does not exist`);
  return instance;
}

function visible(instance: InstanceRecord, now: number): boolean {
  if (instance.launchedAt > now) return false;
  const terminated = instance.transitions.find((t) => t.state === "terminated");
  return !terminated || now < terminated.at + TIMINGS.terminatedVisible;
}

function instanceFields(
  i: InstanceRecord,
  now: number,
  lag: number,
): Record<string, string | string[] | undefined> {
  const state = describedStateAt(i, now, lag);
  return {
    "instance-id": i.id,
    "image-id": i.imageId,
    "instance-state-name": state,
    "instance-state-code": String(STATE_CODES[state]),
    "instance-type": i.instanceType,
    "subnet-id": i.subnetId,
    "vpc-id": i.vpcId,
    "availability-zone": i.availabilityZone,
    "private-ip-address": i.privateIp,
    "reservation-id": i.reservationId,
    architecture: i.architecture,
    "metadata-options.http-tokens": i.metadataOptions.httpTokens,
    "iam-instance-profile.arn": i.iamInstanceProfile,
    "client-token": i.clientToken,
  };
}

export function describeInstances(
  input: DescribeInstancesCommandInput,
  ctx: SimCallContext,
): Out<DescribeInstancesCommandOutput> {
  const ids = input.InstanceIds ?? [];
  if (ids.length > 0 && input.MaxResults !== undefined) {
    throw new SimError(
      "InvalidParameterCombination",
      "The parameter instancesSet cannot be used with the parameter maxResults",
    );
  }
  const lag = lagMs(ctx, "ec2");
  for (const id of ids) findInstance(ctx.r, id, ctx.now, lag);
  const matching = Object.values(ctx.r.instances).filter(
    (i) =>
      visible(i, ctx.now) &&
      i.launchedAt + lag <= ctx.now &&
      (ids.length === 0 || ids.includes(i.id)) &&
      matchesFilters(input.Filters, i.tags, instanceFields(i, ctx.now, lag)),
  );
  const { items, nextToken } = page(matching, input.MaxResults, input.NextToken, INSTANCE_PAGES);
  return {
    Reservations: reservationsOf(items, ctx, (i) => describedStateAt(i, ctx.now, lag)),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

export function describeInstanceStatus(
  input: DescribeInstanceStatusCommandInput,
  ctx: SimCallContext,
): Out<DescribeInstanceStatusCommandOutput> {
  const ids = input.InstanceIds ?? [];
  const lag = lagMs(ctx, "ec2");
  const described = (i: InstanceRecord) => describedStateAt(i, ctx.now, lag);
  for (const id of ids) findInstance(ctx.r, id, ctx.now, lag);
  const rows = Object.values(ctx.r.instances)
    .filter(
      (i) => visible(i, ctx.now) && i.launchedAt + lag <= ctx.now && (ids.length === 0 || ids.includes(i.id)),
    )
    .filter((i) => input.IncludeAllInstances || described(i) === "running")
    .filter((i) => {
      const status = statusChecksAt(i, ctx.now);
      return matchesFilters(
        input.Filters,
        {},
        {
          "instance-state-name": described(i),
          "instance-state-code": String(STATE_CODES[described(i)]),
          "availability-zone": i.availabilityZone,
          "instance-status.status": status,
          "system-status.status": status,
          "instance-status.reachability": status === "ok" ? "passed" : status,
          "system-status.reachability": status === "ok" ? "passed" : status,
        },
      );
    });
  const { items, nextToken } = page(rows, input.MaxResults, input.NextToken, INSTANCE_PAGES);
  return {
    InstanceStatuses: items.map((i) => {
      const status = statusChecksAt(i, ctx.now);
      const detail = {
        Name: "reachability" as const,
        Status: (status === "ok"
          ? "passed"
          : status === "initializing"
            ? "initializing"
            : "insufficient-data") as "passed",
      };
      const summary = { Status: status, ...(status === "not-applicable" ? {} : { Details: [detail] }) };
      return {
        InstanceId: i.id,
        AvailabilityZone: i.availabilityZone,
        InstanceState: instanceState(described(i)),
        InstanceStatus: summary,
        SystemStatus: summary,
        AttachedEbsStatus: summary,
      };
    }),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}
