import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { ImagebuilderClient } from "@aws-sdk/client-imagebuilder";
import { SSMClient } from "@aws-sdk/client-ssm";
import { STSClient } from "@aws-sdk/client-sts";
import { registerAwsClients } from "./clients.js";

/**
 * Every client class, loaded eagerly. For the embedded simulator, which answers all seven
 * services and builds its factory synchronously; commands load only what they declare
 * (clients.ts `loadAwsClients`).
 */
registerAwsClients({
  ec2: EC2Client,
  elbv2: ElasticLoadBalancingV2Client,
  imagebuilder: ImagebuilderClient,
  ssm: SSMClient,
  cloudwatch: CloudWatchClient,
  autoscaling: AutoScalingClient,
  sts: STSClient,
});
