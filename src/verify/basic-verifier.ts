import type { AwsFactory } from "../aws/clients.js";
import type { TargetGroupRef } from "../fleet/target-group.js";
import { environmentScope, soakSampler } from "./sampler.js";
import type { RolloutVerifier } from "./types.js";

/**
 * The checks the rollout can make from AWS's own APIs alone: the catalogue's environment checks
 * that fit any image (target health, alarms) during soak. Used for images the full verifier
 * has no recipe expectations for (legacy or foreign AMIs, e.g. a rollback to them).
 */
export function targetHealthVerifier(
  aws: AwsFactory,
  group: TargetGroupRef & { environment: string },
  alarms: readonly string[],
): RolloutVerifier {
  const soakSample = soakSampler(
    environmentScope({
      aws,
      environment: group.environment,
      region: group.region,
      targetGroup: group.name,
      // Every environment wants at least one instance (fleet.count ≥ 1): none serving fails.
      wants: 1,
      alarms,
      group,
    }),
  );
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
    soakSample,
  };
}
