import {
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeregisterImageCommand,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import pLimit from "p-limit";
import type { AwsFactory } from "../aws/clients.js";
import { messageOf } from "../errors.js";
import type { Clock } from "../ports/clock.js";
import type { Progress } from "../ports/progress.js";
import { type GcPlan, TAG_PINNED, TAG_SNAPSHOT_OF } from "./gc-plan.js";

/**
 * DeleteSnapshot right after DeregisterImage may answer InvalidSnapshot.InUse until the
 * deregistration has propagated; gc waits and tries again this many times (backoff doubling
 * from 5 s), and a later run collects whatever is still left (tagged TAG_SNAPSHOT_OF).
 */
const IN_USE_TRIES = 5;
const IN_USE_FIRST_WAIT_MS = 5_000;

const isInUse = (error: unknown) => (error as { name?: string })?.name === "InvalidSnapshot.InUse";

export interface GcFailure {
  target: string;
  action: string;
  message: string;
}

/** EC2 accepts up to 1000 resource ids per CreateTags / DeleteTags / TerminateInstances call. */
const BATCH = 1000;
const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};
const chunks = <T>(items: T[], size = BATCH): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Applies a gc plan. Snapshots are deleted only after their image is deregistered (AWS refuses
 * otherwise), and a snapshot whose image could not be deregistered is left alone. Failures are
 * collected, not thrown, so one stuck image does not leave the rest in place.
 */
export async function applyGc(
  aws: AwsFactory,
  plan: GcPlan,
  progress: Progress,
  clock?: Clock,
): Promise<GcFailure[]> {
  const failures: GcFailure[] = [];
  const attempt = async (target: string, action: string, f: () => Promise<unknown>) => {
    try {
      await f();
      return true;
    } catch (error) {
      failures.push({ target, action, message: messageOf(error) });
      progress.warn("gc", `${action} ${target} failed: ${messageOf(error)}`);
      return false;
    }
  };

  const deleteSnapshot = async (region: string, snapshot: string) => {
    const send = () => aws.ec2(region).send(new DeleteSnapshotCommand({ SnapshotId: snapshot }));
    await attempt(snapshot, "delete snapshot", async () => {
      for (let i = 1; ; i++) {
        try {
          return await send();
        } catch (error) {
          if (!isInUse(error) || !clock || i >= IN_USE_TRIES) throw error;
          await clock.sleep(IN_USE_FIRST_WAIT_MS * 2 ** (i - 1));
        }
      }
    });
  };

  await syncPinnedTags(aws, plan, attempt);

  const byRegion = groupBy(plan.terminate, (t) => t.region);
  for (const [region, terminations] of byRegion) {
    for (const batch of chunks(terminations.map((t) => t.instanceId))) {
      progress.info("gc", `terminating ${batch.length} retained instance(s) in ${region}`);
      await attempt(batch.join(","), "terminate", () =>
        aws.ec2(region).send(new TerminateInstancesCommand({ InstanceIds: batch })),
      );
    }
  }

  const limit = pLimit(4);
  let done = 0;
  await Promise.all(
    plan.deregister.map((d) =>
      limit(async () => {
        const ec2 = aws.ec2(d.region);
        // Marked first, so a snapshot AWS still holds after the deregistration is found later.
        if (
          d.snapshots.length > 0 &&
          !(await attempt(d.snapshots.join(","), "tag snapshots", () =>
            ec2.send(
              new CreateTagsCommand({
                Resources: d.snapshots,
                Tags: [{ Key: TAG_SNAPSHOT_OF, Value: d.ami }],
              }),
            ),
          ))
        )
          return;
        if (
          !(await attempt(d.ami, "deregister", () =>
            ec2.send(new DeregisterImageCommand({ ImageId: d.ami })),
          ))
        )
          return;
        for (const snapshot of d.snapshots) await deleteSnapshot(d.region, snapshot);
        done += 1;
        if (done % 50 === 0 || done === plan.deregister.length) {
          progress.info("gc", `deregistered ${done}/${plan.deregister.length} image(s)`);
        }
      }),
    ),
  );
  for (const orphan of plan.orphanSnapshots) await deleteSnapshot(orphan.region, orphan.snapshot);
  return failures;
}

async function syncPinnedTags(
  aws: AwsFactory,
  plan: GcPlan,
  attempt: (target: string, action: string, f: () => Promise<unknown>) => Promise<boolean>,
): Promise<void> {
  const groups = groupBy(plan.pinnedTags, (c) => `${c.region}\u0000${c.value ?? ""}`);
  for (const changes of groups.values()) {
    const { region, value } = changes[0]!;
    for (const batch of chunks(changes.map((c) => c.ami))) {
      if (value === null) {
        await attempt(batch.join(","), `remove ${TAG_PINNED}`, () =>
          aws.ec2(region).send(new DeleteTagsCommand({ Resources: batch, Tags: [{ Key: TAG_PINNED }] })),
        );
      } else {
        await attempt(batch.join(","), `tag ${TAG_PINNED}=${value}`, () =>
          aws
            .ec2(region)
            .send(new CreateTagsCommand({ Resources: batch, Tags: [{ Key: TAG_PINNED, Value: value }] })),
        );
      }
    }
  }
}
