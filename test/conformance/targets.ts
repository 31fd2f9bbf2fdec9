import { PutMetricAlarmCommand } from "@aws-sdk/client-cloudwatch";
import {
  CreateImageCommand,
  CreateSubnetCommand,
  CreateTagsCommand,
  CreateVpcCommand,
  DescribeImagesCommand,
  RunInstancesCommand,
} from "@aws-sdk/client-ec2";
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { GetParameterCommand } from "@aws-sdk/client-ssm";
import { type AwsFactory, createAwsFactory } from "../../src/aws/clients.js";
import { TAG } from "../../src/aws/tags.js";
import { createImageRecord } from "../../src/sim/services/ec2.js";
import { simulatorFromWorld } from "../../src/sim/session.js";

export const REGION = "ap-northeast-1";
export const AL2_PARAMETER = "/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2";

/** One AWS the same scenario runs against: moto_server or the simulator. */
export interface Target {
  name: "moto" | "simulator";
  aws: AwsFactory;
  vpcId: string;
  subnets: string[];
  targetGroup: string;
  alarm: string;
  /** An available AMI to launch from. */
  baseAmi: string;
  /** Lets time pass (virtual in the simulator; moto's world does not move). */
  settle(ms: number): Promise<void>;
  /** Registers an own AMI with one snapshot, tagged (moto: CreateImage from an instance; simulator: what Image Builder would leave). */
  makeImage(name: string, tags: Record<string, string>): Promise<{ imageId: string; snapshotId: string }>;
}

export async function motoTarget(endpoint: string): Promise<Target> {
  const aws = createAwsFactory({
    endpoint,
    credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
    clientConfig: { maxAttempts: 2 },
  });
  const ec2 = aws.ec2(REGION);
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }));
  const vpcId = vpc.Vpc!.VpcId!;
  const subnets: string[] = [];
  for (const [i, az] of ["ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"].entries()) {
    const s = await ec2.send(
      new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `10.0.${i + 1}.0/24`, AvailabilityZone: az }),
    );
    subnets.push(s.Subnet!.SubnetId!);
  }
  const elb = aws.elbv2(REGION);
  const lb = await elb.send(
    new CreateLoadBalancerCommand({
      Name: "web",
      Subnets: subnets,
      Type: "application",
      Scheme: "internet-facing",
    }),
  );
  const tg = await elb.send(
    new CreateTargetGroupCommand({
      Name: "web-prod",
      Protocol: "HTTP",
      Port: 80,
      VpcId: vpcId,
      HealthCheckPath: "/health",
      HealthCheckIntervalSeconds: 30,
      HealthyThresholdCount: 5,
      UnhealthyThresholdCount: 2,
      TargetType: "instance",
    }),
  );
  await elb.send(
    new CreateListenerCommand({
      LoadBalancerArn: lb.LoadBalancers![0]!.LoadBalancerArn!,
      Port: 80,
      Protocol: "HTTP",
      DefaultActions: [{ Type: "forward", TargetGroupArn: tg.TargetGroups![0]!.TargetGroupArn! }],
    }),
  );
  await aws.cloudwatch(REGION).send(
    new PutMetricAlarmCommand({
      AlarmName: "web-prod-5xx",
      MetricName: "HTTPCode_Target_5XX_Count",
      Namespace: "AWS/ApplicationELB",
      Statistic: "Sum",
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 10,
      ComparisonOperator: "GreaterThanThreshold",
    }),
  );
  const param = await aws.ssm(REGION).send(new GetParameterCommand({ Name: AL2_PARAMETER }));
  const known = await ec2.send(
    new DescribeImagesCommand({
      Owners: ["amazon"],
      Filters: [{ Name: "architecture", Values: ["x86_64"] }],
    }),
  );
  const baseAmi = known.Images!.some((i) => i.ImageId === param.Parameter!.Value)
    ? param.Parameter!.Value!
    : known.Images![0]!.ImageId!;
  return {
    name: "moto",
    aws,
    vpcId,
    subnets,
    targetGroup: "web-prod",
    alarm: "web-prod-5xx",
    baseAmi,
    settle: async () => {},
    makeImage: async (name, tags) => {
      const run = await ec2.send(
        new RunInstancesCommand({
          MinCount: 1,
          MaxCount: 1,
          ImageId: baseAmi,
          InstanceType: "t3.micro",
          SubnetId: subnets[0],
        }),
      );
      const image = await ec2.send(
        new CreateImageCommand({
          InstanceId: run.Instances![0]!.InstanceId!,
          Name: name,
          // moto does not take snapshot tags here (NotImplementedError); they are added below.
          TagSpecifications: [
            { ResourceType: "image", Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) },
          ],
        }),
      );
      const described = await ec2.send(new DescribeImagesCommand({ ImageIds: [image.ImageId!] }));
      const snapshotId = described.Images![0]!.BlockDeviceMappings![0]!.Ebs!.SnapshotId!;
      await ec2.send(
        new CreateTagsCommand({
          Resources: [snapshotId],
          Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
      return { imageId: image.ImageId!, snapshotId };
    },
  };
}

export async function simulatorTarget(root: string): Promise<Target> {
  const sim = await simulatorFromWorld(root);
  const r = sim.engine.state.regions[REGION]!;
  const param = await sim.aws.ssm(REGION).send(new GetParameterCommand({ Name: AL2_PARAMETER }));
  return {
    name: "simulator",
    aws: sim.aws,
    vpcId: r.vpcs[0]!.id,
    subnets: r.subnets.map((s) => s.id),
    targetGroup: "web-prod",
    alarm: "web-prod-5xx",
    baseAmi: param.Parameter!.Value!,
    settle: (ms) => sim.clock.sleep(ms),
    makeImage: async (name, tags) => {
      const out = createImageRecord(sim.engine.state, {
        region: REGION,
        name,
        architecture: "x86_64",
        at: sim.clock.now(),
        tags,
        snapshotTags: tags,
      });
      return { imageId: out.imageId, snapshotId: out.snapshotIds[0]! };
    },
  };
}

export const RECIPE_TAGS = { [TAG.recipe]: "web", [TAG.recipeHash]: "abc123" };
