import {
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../../aws/clients.js";
import { chunks } from "../../aws/pagination.js";
import { TAG } from "../../aws/tags.js";
import type { Clock } from "../../ports/clock.js";
import { POLL_MS, pollUntil } from "../../rollout/poll.js";

/** EC2 accepts up to 1000 resources per CreateTags/Start/Stop/Terminate call. */
const BATCH = 1000;

/**
 * Marks the serving fleet as the one this rollout replaces, adopting it into the environment:
 * servers built by hand carry no amipipe tags until this first step of their first rollout.
 */
export async function tagOld(
  aws: AwsFactory,
  region: string,
  ids: readonly string[],
  o: { environment: string; rolloutId: string; mode: "full" | "return" },
): Promise<void> {
  await tag(aws, region, ids, {
    [TAG.environment]: o.environment,
    [TAG.role]: "old",
    [TAG.rolloutId]: o.rolloutId,
    [TAG.rolloutMode]: o.mode,
  });
}

/** Brings retained instances of the pinned AMI back as this rollout's new instances. */
export async function startRetained(
  aws: AwsFactory,
  region: string,
  ids: readonly string[],
  rolloutId: string,
): Promise<void> {
  await tag(aws, region, ids, { [TAG.role]: "new", [TAG.rolloutId]: rolloutId });
  for (const batch of chunks(ids, BATCH)) {
    await aws.ec2(region).send(new DeleteTagsCommand({ Resources: batch, Tags: [{ Key: TAG.retainUntil }] }));
    await aws.ec2(region).send(new StartInstancesCommand({ InstanceIds: batch }));
  }
}

/** Stops instances that left the target group and keeps them until `until` for a fast rollback. */
export async function retain(
  aws: AwsFactory,
  region: string,
  ids: readonly string[],
  until: string,
): Promise<void> {
  await tag(aws, region, ids, { [TAG.retainUntil]: until });
  for (const batch of chunks(ids, BATCH)) {
    await aws.ec2(region).send(new StopInstancesCommand({ InstanceIds: batch }));
  }
}

export async function terminate(aws: AwsFactory, region: string, ids: readonly string[]): Promise<void> {
  for (const batch of chunks(ids, BATCH)) {
    await aws.ec2(region).send(new TerminateInstancesCommand({ InstanceIds: batch }));
  }
}

async function tag(
  aws: AwsFactory,
  region: string,
  ids: readonly string[],
  tags: Record<string, string>,
): Promise<void> {
  const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  for (const batch of chunks(ids, BATCH)) {
    await aws.ec2(region).send(new CreateTagsCommand({ Resources: batch, Tags }));
  }
}

/** Waits until the instances are stopped (a just-retained instance takes a moment to stop). */
export async function waitStopped(
  aws: AwsFactory,
  clock: Clock,
  region: string,
  ids: readonly string[],
): Promise<void> {
  await pollUntil({
    clock,
    everyMs: POLL_MS.health,
    timeoutMs: 10 * 60_000,
    onTimeout: (waitingFor) => new Error(`instances did not stop in time: ${waitingFor}`),
    check: async () => {
      const result = await aws.ec2(region).send(new DescribeInstancesCommand({ InstanceIds: [...ids] }));
      const states = (result.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.State?.Name);
      const moving = states.filter((s) => s !== "stopped").length;
      return moving === 0
        ? { done: true, value: undefined }
        : { done: false, waitingFor: `${moving} instance(s) to stop` };
    },
  });
}

/**
 * Undoes the old-fleet marks of a rolled-back rollout: the fleet serves on as it did before the
 * attempt, and the next attempt starts under its own rollout id.
 */
export async function unmarkOld(aws: AwsFactory, region: string, ids: readonly string[]): Promise<void> {
  for (const batch of chunks(ids, BATCH)) {
    await aws
      .ec2(region)
      .send(new DeleteTagsCommand({ Resources: batch, Tags: [{ Key: TAG.role }, { Key: TAG.rolloutId }] }));
  }
}
