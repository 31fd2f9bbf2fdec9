import {
  type AutoScalingGroup,
  DescribeAutoScalingGroupsCommand,
  DescribeInstanceRefreshesCommand,
  type InstanceRefresh,
  RollbackInstanceRefreshCommand,
  StartInstanceRefreshCommand,
} from "@aws-sdk/client-auto-scaling";
import type { AwsFactory } from "../../aws/clients.js";
import { OperationFailed } from "../../errors.js";
import type { TemplateVersion } from "../launch-template.js";

/** States in which an instance refresh still moves (and can still be rolled back, except during rollback). */
export const ACTIVE_REFRESH = new Set([
  "Pending",
  "InProgress",
  "Baking",
  "Cancelling",
  "RollbackInProgress",
]);

export interface RefreshSettings {
  /** Percentage of the group replaced before the first pause (the canary). */
  canaryPercent: number;
  /** Pause at each checkpoint, seconds. */
  checkpointDelaySeconds: number;
  /** Wait after the last replacement before the refresh counts as done (the soak), seconds. */
  bakeSeconds: number;
  instanceWarmupSeconds: number;
  alarms: string[];
  /**
   * The surge budget: how far above the desired capacity the group may run while it replaces
   * instances (100–200; `rollout.maxSurge` as a percentage of the fleet).
   */
  maxHealthyPercentage: number;
}

/**
 * Starts a rolling refresh towards a numbered launch template version: capacity never drops
 * (MinHealthyPercentage 100, surge up to MaxHealthyPercentage), it pauses at the canary checkpoint, bakes at the
 * end, and AWS rolls it back by itself when it fails or an alarm fires.
 * https://docs.aws.amazon.com/autoscaling/ec2/userguide/instance-refresh-rollback.html
 */
export async function startRefresh(
  aws: AwsFactory,
  region: string,
  group: string,
  to: TemplateVersion,
  s: RefreshSettings,
): Promise<string> {
  const checkpoints = s.canaryPercent > 0 && s.canaryPercent < 100 ? [s.canaryPercent, 100] : [100];
  const answer = await aws.autoscaling(region).send(
    new StartInstanceRefreshCommand({
      AutoScalingGroupName: group,
      Strategy: "Rolling",
      DesiredConfiguration: { LaunchTemplate: { LaunchTemplateId: to.id, Version: to.version } },
      Preferences: {
        MinHealthyPercentage: 100,
        MaxHealthyPercentage: s.maxHealthyPercentage,
        InstanceWarmup: s.instanceWarmupSeconds,
        CheckpointPercentages: checkpoints,
        CheckpointDelay: s.checkpointDelaySeconds,
        BakeTime: s.bakeSeconds,
        SkipMatching: true,
        AutoRollback: true,
        ...(s.alarms.length > 0 ? { AlarmSpecification: { Alarms: s.alarms } } : {}),
      },
    }),
  );
  if (!answer.InstanceRefreshId)
    throw new OperationFailed(`StartInstanceRefresh on ${group} returned no id`, "aws");
  return answer.InstanceRefreshId;
}

export async function describeRefresh(
  aws: AwsFactory,
  region: string,
  group: string,
  id?: string,
): Promise<InstanceRefresh | undefined> {
  const answer = await aws.autoscaling(region).send(
    new DescribeInstanceRefreshesCommand({
      AutoScalingGroupName: group,
      ...(id ? { InstanceRefreshIds: [id] } : { MaxRecords: 1 }),
    }),
  );
  return answer.InstanceRefreshes?.[0];
}

export async function rollbackRefresh(aws: AwsFactory, region: string, group: string): Promise<void> {
  await aws.autoscaling(region).send(new RollbackInstanceRefreshCommand({ AutoScalingGroupName: group }));
}

export async function describeGroup(
  aws: AwsFactory,
  region: string,
  group: string,
): Promise<AutoScalingGroup> {
  const answer = await aws
    .autoscaling(region)
    .send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [group] }));
  const found = answer.AutoScalingGroups?.[0];
  if (!found) throw new OperationFailed(`Auto Scaling group ${group} not found in ${region}`, "not-found");
  return found;
}

/** In-service instances of the group launched from `version` of the template. */
export function instancesOnVersion(group: AutoScalingGroup, version: TemplateVersion): string[] {
  return (group.Instances ?? [])
    .filter(
      (i) =>
        i.LifecycleState === "InService" &&
        i.LaunchTemplate?.LaunchTemplateId === version.id &&
        i.LaunchTemplate.Version === version.version,
    )
    .flatMap((i) => (i.InstanceId ? [i.InstanceId] : []));
}
