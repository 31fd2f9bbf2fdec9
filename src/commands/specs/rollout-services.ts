import type { ServiceName } from "../../aws/clients.js";

/** What converging a fleet calls: instances, target groups, SSM (checks, locks, the published AMI), alarms, Auto Scaling, STS. */
export const ROLLOUT_SERVICES: readonly ServiceName[] = [
  "ec2",
  "elbv2",
  "ssm",
  "cloudwatch",
  "autoscaling",
  "sts",
];
