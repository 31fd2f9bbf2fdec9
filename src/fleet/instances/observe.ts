import { type Filter, type Instance, paginateDescribeInstances } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../../aws/clients.js";
import { chunks } from "../../aws/pagination.js";
import { TAG } from "../../aws/tags.js";
import { OperationFailed } from "../../errors.js";
import type { Clock } from "../../ports/clock.js";
import type { Expectation } from "../../rollout/executor.js";
import type { InstanceState, Observed, ObservedInstance, Role, TargetState } from "../../rollout/model.js";
import { POLL_MS, pollUntil } from "../../rollout/poll.js";
import { type TargetGroupRef, targetStates } from "../target-group.js";

/** The instances of an environment's standalone fleet, and the target group they serve in. */
export interface InstanceFleetRef {
  environment: string;
  group: TargetGroupRef;
}

const LISTED_STATES = ["pending", "running", "stopping", "stopped", "shutting-down"];

/**
 * How long an instance this run launched or started may stay missing (or still stopped) in
 * DescribeInstances before the observation gives up: EC2's reads are eventually consistent.
 * https://docs.aws.amazon.com/ec2/latest/devguide/eventual-consistency.html
 */
const CONSISTENCY_TIMEOUT_MS = 5 * 60_000;

/**
 * One observation round: every instance of the environment (one paginated DescribeInstances
 * by tag) and the target group's health (one DescribeTargetHealth) — the same two calls
 * whatever the fleet size. Instances serving the group without the environment tag (servers
 * built by hand, before the first rollout adopts them) are described by id in one more call.
 *
 * Instances this run launched (`expect.launched`) or started (`expect.started`) are waited for
 * until EC2 lists them (started ones as pending or running): planning from a stale read would
 * launch again or start again.
 */
export async function observeFleet(
  aws: AwsFactory,
  clock: Clock,
  fleet: InstanceFleetRef,
  expect: readonly Expectation[] = [],
): Promise<Observed> {
  return pollUntil({
    clock,
    everyMs: POLL_MS.consistency,
    timeoutMs: CONSISTENCY_TIMEOUT_MS,
    onTimeout: (waitingFor) =>
      new OperationFailed(
        `EC2 still does not show ${waitingFor} after ${CONSISTENCY_TIMEOUT_MS / 60_000} minutes`,
        "eventual-consistency",
      ),
    check: async () => {
      const observed = await observeOnce(aws, fleet);
      const waiting = await unmet(aws, fleet, observed, expect);
      return waiting.length === 0
        ? { done: true, value: observed }
        : { done: false, waitingFor: waiting.join(" and ") };
    },
  });
}

/** The expectations the observation does not meet yet, as "2 instance(s) as stopped (i-…, i-…)". */
async function unmet(
  aws: AwsFactory,
  fleet: InstanceFleetRef,
  observed: Observed,
  expect: readonly Expectation[],
): Promise<string[]> {
  const byId = new Map(observed.instances.map((i) => [i.id, i]));
  const out: string[] = [];
  for (const e of expect) {
    let ids = e.ids.filter((id) => !meets(byId.get(id), e.shows));
    if (e.shows === "listed" && ids.length > 0) {
      // Launched instances that ended again (terminated by a rollback, or by hand) are absent
      // from the fleet because they ended, not because the read lags: asked for by id in any state.
      const ended = new Set(
        (await describeAll(aws, fleet.group.region, [{ Name: "instance-id", Values: [...ids] }])).map(
          (i) => i.InstanceId ?? "",
        ),
      );
      ids = ids.filter((id) => !ended.has(id));
    }
    if (ids.length > 0) out.push(`${ids.length} instance(s) as ${e.shows} (${ids.join(", ")})`);
  }
  return out;
}

function meets(i: ObservedInstance | undefined, shows: Expectation["shows"]): boolean {
  switch (shows) {
    case "listed":
      return i !== undefined;
    case "running":
      return i?.state === "pending" || i?.state === "running";
    case "stopped":
      return i?.state === "stopping" || i?.state === "stopped";
    case "gone":
      return i === undefined || i.state === "shutting-down" || i.state === "terminated";
    case "old":
      return i?.role === "old";
  }
}

async function observeOnce(aws: AwsFactory, fleet: InstanceFleetRef): Promise<Observed> {
  const region = fleet.group.region;
  const [tagged, health] = await Promise.all([
    describeAll(aws, region, [
      { Name: `tag:${TAG.environment}`, Values: [fleet.environment] },
      { Name: "instance-state-name", Values: LISTED_STATES },
    ]),
    targetStates(aws, fleet.group),
  ]);
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

/**
 * Registered targets the environment tag did not find. An instance-id filter (not InstanceIds)
 * so a target whose instance is long gone is simply absent. One tagged for another
 * environment is a misconfiguration the rollout must not paper over.
 */
async function describeUntaggedTargets(
  aws: AwsFactory,
  fleet: InstanceFleetRef,
  ids: readonly string[],
): Promise<Instance[]> {
  if (ids.length === 0) return [];
  const out: Instance[] = [];
  for (const batch of chunks(ids, 200)) {
    out.push(
      ...(await describeAll(aws, fleet.group.region, [
        { Name: "instance-id", Values: batch },
        { Name: "instance-state-name", Values: LISTED_STATES },
      ])),
    );
  }
  for (const instance of out) {
    const other = instance.Tags?.find((t) => t.Key === TAG.environment)?.Value;
    if (other !== undefined && other !== fleet.environment)
      throw new OperationFailed(
        `instance ${instance.InstanceId} in target group ${fleet.group.name} is tagged ${TAG.environment}=${other}, not ${fleet.environment}`,
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
  const mode = tags.get(TAG.rolloutMode);
  if (mode === "full" || mode === "return") observed.mode = mode;
  const config = tags.get(TAG.config);
  if (config) observed.config = config;
  const retainUntil = tags.get(TAG.retainUntil);
  if (retainUntil) observed.retainUntil = retainUntil;
  return observed;
}
