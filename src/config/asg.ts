import type { Environment } from "./schema.js";

/** The Auto Scaling group an asg fleet refreshes: `fleet.autoScalingGroup`, else the launch template's name. */
export function autoScalingGroupName(env: Environment): string {
  return env.fleet.autoScalingGroup ?? env.fleet.launchTemplate;
}
