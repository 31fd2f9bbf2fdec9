import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import type { CheckResult, RolloutVerifier } from "../verify/types.js";
import { alarmChecks } from "./alarms.js";
import { type FleetRefs, targetHealth } from "./observe.js";

/**
 * The checks the rollout can make from AWS's own APIs alone: IMDSv2 on new instances and the
 * target group's health and the environment's alarms during soak. Used for images the full
 * verifier has no recipe expectations for (legacy or foreign AMIs, e.g. a rollback to them).
 */
export function targetHealthVerifier(aws: AwsFactory, fleet: FleetRefs, alarms: readonly string[]): RolloutVerifier {
  return {
    async instanceChecks(instanceIds) {
      const result = await aws.ec2(fleet.region).send(new DescribeInstancesCommand({ InstanceIds: [...instanceIds] }));
      const instances = (result.Reservations ?? []).flatMap((r) => r.Instances ?? []);
      return instances.map((i): CheckResult => {
        const tokens = i.MetadataOptions?.HttpTokens;
        return {
          name: "imdsv2",
          level: "instance",
          target: i.InstanceId ?? "",
          passed: tokens === "required",
          summary: tokens === "required" ? "IMDSv2 required" : `IMDSv1 still allowed (HttpTokens: ${tokens ?? "unset"})`,
          evidence: { httpTokens: tokens, hopLimit: i.MetadataOptions?.HttpPutResponseHopLimit },
        };
      });
    },
    async parity() {
      return [];
    },
    async soakSample(sampleIndex) {
      const states = await targetHealth(aws, fleet);
      const registered = [...states].filter(([, s]) => s !== "draining");
      const unhealthy = registered.filter(([, s]) => s !== "healthy" && s !== "initial");
      const health: CheckResult = {
          name: "target-health",
          level: "environment",
          target: fleet.environment,
          passed: unhealthy.length === 0,
          summary:
            unhealthy.length === 0
              ? `${registered.length} target(s) serving in ${fleet.targetGroupName}`
              : `${unhealthy.length} target(s) not healthy in ${fleet.targetGroupName}: ${unhealthy.map(([id, s]) => `${id} ${s}`).join(", ")}`,
          evidence: { sample: sampleIndex, targets: Object.fromEntries(states) },
      };
      return [health, ...(await alarmChecks(aws, fleet.region, alarms, fleet.environment))];
    },
  };
}
