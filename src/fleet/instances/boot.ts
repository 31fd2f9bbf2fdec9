import { DescribeInstanceStatusCommand, type InstanceStatus } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../../aws/clients.js";
import type { Clock } from "../../ports/clock.js";
import { rolloutFinding, StepFailed } from "../../rollout/failure.js";
import { POLL_MS, pollUntil } from "../../rollout/poll.js";

const BOOT_TIMEOUT_MS = 15 * 60_000;

/**
 * Waits until every instance runs with both EC2 status checks OK. One paginated
 * DescribeInstanceStatus of the region's running instances per round (not one call per
 * instance; explicit ids would cap a call at 100 instances).
 */
export async function waitStatusOk(o: {
  aws: AwsFactory;
  clock: Clock;
  region: string;
  ids: readonly string[];
  onWait?: (waitingFor: string) => void;
}): Promise<void> {
  await pollUntil({
    clock: o.clock,
    everyMs: POLL_MS.status,
    timeoutMs: BOOT_TIMEOUT_MS,
    onWait: o.onWait,
    onTimeout: (waitingFor) =>
      new StepFailed(`instances did not pass EC2 status checks in time: ${waitingFor}`, [
        rolloutFinding({
          name: "status-checks",
          target: o.ids.join(","),
          summary: `status checks not OK after 15m: ${waitingFor}`,
        }),
      ]),
    check: async () => {
      const statuses = await runningStatuses(o.aws, o.region);
      const waiting: string[] = [];
      for (const id of o.ids) {
        const status = statuses.get(id);
        const instanceCheck = status?.InstanceStatus?.Status;
        const systemCheck = status?.SystemStatus?.Status;
        if (instanceCheck === "impaired" || systemCheck === "impaired") {
          throw new StepFailed(`instance ${id} failed EC2 status checks`, [
            rolloutFinding({
              name: "status-checks",
              target: id,
              summary: `EC2 status checks impaired (instance: ${instanceCheck}, system: ${systemCheck})`,
              evidence: { instanceStatus: instanceCheck, systemStatus: systemCheck },
            }),
          ]);
        }
        if (instanceCheck !== "ok" || systemCheck !== "ok") waiting.push(id);
      }
      return waiting.length === 0
        ? { done: true, value: undefined }
        : { done: false, waitingFor: `status checks of ${waiting.length} instance(s)` };
    },
  });
}

async function runningStatuses(aws: AwsFactory, region: string): Promise<Map<string, InstanceStatus>> {
  const statuses = new Map<string, InstanceStatus>();
  let token: string | undefined;
  do {
    const page = await aws.ec2(region).send(
      new DescribeInstanceStatusCommand({
        Filters: [{ Name: "instance-state-name", Values: ["running"] }],
        MaxResults: 1000,
        ...(token ? { NextToken: token } : {}),
      }),
    );
    for (const s of page.InstanceStatuses ?? []) if (s.InstanceId) statuses.set(s.InstanceId, s);
    token = page.NextToken;
  } while (token);
  return statuses;
}
