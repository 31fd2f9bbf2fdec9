import type { AwsFactory } from "../aws/clients.js";
import { type TargetGroupRef, targetStates } from "../fleet/target-group.js";
import type { CheckResult, RolloutVerifier } from "../ports/verifier.js";
import { alarmChecks } from "./alarms.js";

/**
 * The checks the rollout can make from AWS's own APIs alone: the target group's health and the
 * environment's alarms during soak. Used for images the full
 * verifier has no recipe expectations for (legacy or foreign AMIs, e.g. a rollback to them).
 */
export function targetHealthVerifier(
  aws: AwsFactory,
  fleet: TargetGroupRef & { environment: string },
  alarms: readonly string[],
): RolloutVerifier {
  return {
    weakened: true,
    // Without a recipe there are no instance-level promises to hold the image to (a legacy
    // AMI predates IMDSv2-only launches, for one): its fitness is the load balancer's verdict.
    async instanceChecks() {
      return [];
    },
    async parity() {
      return [];
    },
    async soakSample(sampleIndex) {
      const states = await targetStates(aws, fleet);
      const registered = [...states].filter(([, s]) => s !== "draining");
      const unhealthy = registered.filter(([, s]) => s !== "healthy" && s !== "initial");
      const health: CheckResult = {
        name: "target-health",
        level: "environment",
        target: fleet.environment,
        passed: unhealthy.length === 0,
        summary:
          unhealthy.length === 0
            ? `${registered.length} target(s) serving in ${fleet.name}`
            : `${unhealthy.length} target(s) not healthy in ${fleet.name}: ${unhealthy.map(([id, s]) => `${id} ${s}`).join(", ")}`,
        evidence: { sample: sampleIndex, targets: Object.fromEntries(states) },
      };
      return [health, ...(await alarmChecks(aws, fleet.region, alarms, fleet.environment))];
    },
  };
}
