import {
  CreateAutoScalingGroupCommand,
  DescribeAutoScalingGroupsCommand,
  UpdateAutoScalingGroupCommand,
} from "@aws-sdk/client-auto-scaling";
import { DescribeAlarmsCommand, SetAlarmStateCommand } from "@aws-sdk/client-cloudwatch";
import {
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeInstanceStatusCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  DisableEbsEncryptionByDefaultCommand,
  EnableEbsEncryptionByDefaultCommand,
  GetEbsEncryptionByDefaultCommand,
  ModifyLaunchTemplateCommand,
  RebootInstancesCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import {
  DeregisterTargetsCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  ModifyTargetGroupAttributesCommand,
  ModifyTargetGroupCommand,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  DeleteParameterCommand,
  GetParameterCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  PutParameterCommand,
  SendCommandCommand,
} from "@aws-sdk/client-ssm";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { errorName, isNotFound } from "../../src/aws/errors.js";
import { filters, tagFilter } from "../../src/aws/filters.js";
import { describeInstancesById, describeInstancesWhere } from "../../src/aws/fleet.js";
import { TAG } from "../../src/aws/tags.js";
import { environmentSchema } from "../../src/config/schema.js";
import { observeTargetGroups } from "../../src/fleet/target-group.js";
import { launchTemplateHardening } from "../../src/verify/launch-template.js";
import { AL2_PARAMETER, RECIPE_TAGS, REGION, type Target } from "./targets.js";

/** What a scenario shows: a summary both AWSes must agree on, and raw responses whose shapes are compared. */
export interface Outcome {
  summary: unknown;
  responses: Record<string, unknown>;
}

const MINUTE = 60_000;

export async function launchTemplates(t: Target): Promise<Outcome> {
  const ec2 = t.aws.ec2(REGION);
  const created = await ec2.send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: "conformance-web",
      LaunchTemplateData: {
        ImageId: t.baseAmi,
        InstanceType: "t3.micro",
        MetadataOptions: { HttpTokens: "required" },
      },
      TagSpecifications: [
        { ResourceType: "launch-template", Tags: [{ Key: TAG.environment, Value: "prod" }] },
      ],
    }),
  );
  const v2 = await ec2.send(
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateName: "conformance-web",
      VersionDescription: "next",
      // Complete data: moto ignores SourceVersion (AWS and the simulator inherit from it).
      LaunchTemplateData: {
        ImageId: t.baseAmi,
        InstanceType: "t3.small",
        MetadataOptions: { HttpTokens: "required" },
      },
    }),
  );
  const latest = await ec2.send(
    new DescribeLaunchTemplateVersionsCommand({
      LaunchTemplateName: "conformance-web",
      Versions: ["$Latest"],
    }),
  );
  const modified = await ec2.send(
    new ModifyLaunchTemplateCommand({ LaunchTemplateName: "conformance-web", DefaultVersion: "2" }),
  );
  const listed = await ec2.send(
    new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ["conformance-web"] }),
  );
  let missing = "";
  try {
    await ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ["no-such-template"] }));
  } catch (error) {
    missing = errorName(error);
  }
  return {
    summary: {
      created: created.LaunchTemplate?.LatestVersionNumber,
      v2: v2.LaunchTemplateVersion?.VersionNumber,
      latest: latest.LaunchTemplateVersions?.map((v) => [
        v.VersionNumber,
        v.LaunchTemplateData?.InstanceType,
        v.LaunchTemplateData?.ImageId === t.baseAmi,
      ]),
      defaultVersion: modified.LaunchTemplate?.DefaultVersionNumber,
      listedDefault: listed.LaunchTemplates?.[0]?.DefaultVersionNumber,
      missing,
    },
    responses: {
      CreateLaunchTemplate: created,
      CreateLaunchTemplateVersion: v2,
      DescribeLaunchTemplateVersions: latest,
      ModifyLaunchTemplate: modified,
      DescribeLaunchTemplates: listed,
    },
  };
}

export async function instances(t: Target): Promise<Outcome> {
  const ec2 = t.aws.ec2(REGION);
  const run = await ec2.send(
    new RunInstancesCommand({
      MinCount: 2,
      MaxCount: 2,
      ImageId: t.baseAmi,
      InstanceType: "t3.micro",
      SubnetId: t.subnets[1],
      MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled" },
      TagSpecifications: [
        {
          ResourceType: "instance",
          Tags: [
            { Key: TAG.environment, Value: "conformance" },
            { Key: TAG.role, Value: "new" },
          ],
        },
      ],
    }),
  );
  const ids = run.Instances!.map((i) => i.InstanceId!);
  await t.settle(3 * MINUTE);
  const running = await describeInstancesWhere(
    t.aws,
    REGION,
    filters({ [`tag:${TAG.environment}`]: "conformance", "instance-state-name": ["running"] }),
  );
  const byImage = await describeInstancesWhere(t.aws, REGION, [
    tagFilter(TAG.role, "new"),
    { Name: "image-id", Values: [t.baseAmi] },
  ]);
  const stop = await ec2.send(new StopInstancesCommand({ InstanceIds: [ids[0]!] }));
  await t.settle(MINUTE);
  const stopped = await describeInstancesWhere(
    t.aws,
    REGION,
    filters({ [`tag:${TAG.environment}`]: "conformance", "instance-state-name": "stopped" }),
  );
  const start = await ec2.send(new StartInstancesCommand({ InstanceIds: [ids[0]!] }));
  await t.settle(MINUTE);
  await ec2.send(
    new CreateTagsCommand({
      Resources: [ids[1]!],
      Tags: [{ Key: TAG.retainUntil, Value: "2026-05-02T00:00:00Z" }],
    }),
  );
  const term = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [ids[1]!] }));
  await t.settle(MINUTE);
  const after = await describeInstancesById(t.aws, REGION, ids);
  const described = await ec2.send(new DescribeInstancesCommand({ InstanceIds: ids }));
  let notFound = false;
  try {
    await ec2.send(new DescribeInstancesCommand({ InstanceIds: ["i-0123456789abcdef0"] }));
  } catch (error) {
    notFound = isNotFound(error);
  }
  return {
    summary: {
      launched: ids.length,
      running: running.length,
      byImage: byImage.length,
      stopped: stopped.map((i) => i.InstanceId === ids[0]),
      stopFrom: stop.StoppingInstances?.[0]?.PreviousState?.Name,
      startFrom: start.StartingInstances?.[0]?.PreviousState?.Name,
      terminateFrom: term.TerminatingInstances?.[0]?.PreviousState?.Name,
      final: ids.map((id) => after.get(id)?.State?.Name),
      tokens: after.get(ids[0]!)?.MetadataOptions?.HttpTokens,
      notFound,
    },
    responses: {
      RunInstances: run,
      DescribeInstances: described,
      StopInstances: stop,
      StartInstances: start,
      TerminateInstances: term,
    },
  };
}

export async function imagesAndSnapshots(t: Target): Promise<Outcome> {
  const ec2 = t.aws.ec2(REGION);
  const { imageId, snapshotId } = await t.makeImage("web-x86_64-conformance", RECIPE_TAGS);
  await t.settle(MINUTE);
  const own = await ec2.send(
    new DescribeImagesCommand({ Owners: ["self"], Filters: [tagFilter(TAG.recipe, "web")] }),
  );
  const snaps = await ec2.send(
    new DescribeSnapshotsCommand({ OwnerIds: ["self"], SnapshotIds: [snapshotId] }),
  );
  const dereg = await ec2.send(new DeregisterImageCommand({ ImageId: imageId }));
  // AWS holds the snapshot InUse until the deregistration has propagated (moto frees it at once).
  await t.settle(MINUTE);
  await ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }));
  const ownAfter = await ec2.send(
    new DescribeImagesCommand({ Owners: ["self"], Filters: [tagFilter(TAG.recipe, "web")] }),
  );
  let snapshotGone = "";
  try {
    await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] }));
  } catch (error) {
    snapshotGone = errorName(error);
  }
  return {
    summary: {
      own: own.Images?.map((i) => [
        i.ImageId === imageId,
        i.State,
        i.Tags?.find((x) => x.Key === TAG.recipeHash)?.Value,
      ]),
      snapshot: snaps.Snapshots?.map((s) => [s.SnapshotId === snapshotId, s.State]),
      deregistered: dereg.Return ?? true,
      ownAfter: ownAfter.Images?.length,
      snapshotGone,
    },
    responses: { DescribeImages: own, DescribeSnapshots: snaps },
  };
}

export async function targetHealth(t: Target): Promise<Outcome> {
  const ec2 = t.aws.ec2(REGION);
  const run = await ec2.send(
    new RunInstancesCommand({
      MinCount: 1,
      MaxCount: 1,
      ImageId: t.baseAmi,
      InstanceType: "t3.micro",
      SubnetId: t.subnets[0],
    }),
  );
  const id = run.Instances![0]!.InstanceId!;
  await t.settle(MINUTE);
  const before = await observeTargetGroups(t.aws, REGION, [t.targetGroup]);
  const arn = before.get(t.targetGroup)!.arn;
  await t.aws
    .elbv2(REGION)
    .send(new RegisterTargetsCommand({ TargetGroupArn: arn, Targets: [{ Id: id, Port: 80 }] }));
  await t.settle(10 * MINUTE);
  const registered = await observeTargetGroups(t.aws, REGION, [t.targetGroup]);
  await t.aws
    .elbv2(REGION)
    .send(new DeregisterTargetsCommand({ TargetGroupArn: arn, Targets: [{ Id: id, Port: 80 }] }));
  await t.settle(10 * MINUTE);
  const after = await observeTargetGroups(t.aws, REGION, [t.targetGroup]);
  return {
    summary: {
      registered: registered.get(t.targetGroup)!.targets.find((x) => x.instanceId === id)?.state,
      deregistered: after.get(t.targetGroup)!.targets.some((x) => x.instanceId === id),
    },
    responses: {},
  };
}

export async function parametersAndCommands(t: Target): Promise<Outcome> {
  const ssm = t.aws.ssm(REGION);
  const publicParam = await ssm.send(new GetParameterCommand({ Name: AL2_PARAMETER }));
  const lock = {
    Name: "/amipipe/locks/conformance",
    Value: "run-1",
    Type: "String" as const,
    Overwrite: false,
  };
  const put = await ssm.send(new PutParameterCommand(lock));
  let again = "";
  try {
    await ssm.send(new PutParameterCommand(lock));
  } catch (error) {
    again = errorName(error);
  }
  const got = await ssm.send(new GetParameterCommand({ Name: lock.Name }));
  await ssm.send(new DeleteParameterCommand({ Name: lock.Name }));
  let gone = "";
  try {
    await ssm.send(new GetParameterCommand({ Name: lock.Name }));
  } catch (error) {
    gone = errorName(error);
  }
  const running = await describeInstancesWhere(t.aws, REGION, filters({ "instance-state-name": "running" }));
  const sent = await ssm.send(
    new SendCommandCommand({
      DocumentName: "AWS-RunShellScript",
      InstanceIds: [running[0]!.InstanceId!],
      Parameters: { commands: ["true"] },
    }),
  );
  return {
    summary: {
      publicAmi: /^ami-[0-9a-f]+$/.test(publicParam.Parameter?.Value ?? ""),
      version: put.Version,
      again,
      value: got.Parameter?.Value,
      gone,
      // moto echoes every instance of the account in Command.InstanceIds; only the document is compared.
      sent: sent.Command?.DocumentName,
    },
    responses: { GetParameter: got, PutParameter: put, SendCommand: sent },
  };
}

export async function autoScaling(t: Target): Promise<Outcome> {
  const asg = t.aws.autoscaling(REGION);
  await t.aws.ec2(REGION).send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: "conformance-asg",
      LaunchTemplateData: { ImageId: t.baseAmi, InstanceType: "t3.micro" },
    }),
  );
  await asg.send(
    new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: "conformance",
      LaunchTemplate: { LaunchTemplateName: "conformance-asg", Version: "$Latest" },
      MinSize: 1,
      MaxSize: 3,
      DesiredCapacity: 2,
      VPCZoneIdentifier: t.subnets.join(","),
    }),
  );
  await t.settle(5 * MINUTE);
  await asg.send(
    new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: "conformance", DesiredCapacity: 3 }),
  );
  await t.settle(5 * MINUTE);
  const described = await asg.send(
    new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ["conformance"] }),
  );
  const group = described.AutoScalingGroups![0]!;
  return {
    summary: {
      desired: group.DesiredCapacity,
      instances: group.Instances?.length,
      inService: group.Instances?.filter((i) => i.LifecycleState === "InService").length,
      template: group.LaunchTemplate?.LaunchTemplateName,
    },
    responses: { DescribeAutoScalingGroups: described },
  };
}

export async function alarms(t: Target): Promise<Outcome> {
  const cw = t.aws.cloudwatch(REGION);
  const before = await cw.send(new DescribeAlarmsCommand({ AlarmNames: [t.alarm] }));
  await cw.send(
    new SetAlarmStateCommand({ AlarmName: t.alarm, StateValue: "ALARM", StateReason: "conformance" }),
  );
  const firing = await cw.send(new DescribeAlarmsCommand({ StateValue: "ALARM" }));
  const who = await t.aws.sts(REGION).send(new GetCallerIdentityCommand({}));
  return {
    summary: {
      before: before.MetricAlarms?.map((a) => a.StateValue),
      firing: firing.MetricAlarms?.map((a) => [a.AlarmName, a.StateReason]),
      account: who.Account,
    },
    responses: { DescribeAlarms: firing, GetCallerIdentity: who },
  };
}

/**
 * EBS encryption by default, read by the launch-template hardening check: off at first, on
 * after EnableEbsEncryptionByDefault (the check then passes a template without an encrypted
 * root mapping), off again. The setting is left as found for the scenarios after this one.
 */
export async function ebsEncryptionByDefault(t: Target): Promise<Outcome> {
  const ec2 = t.aws.ec2(REGION);
  await ec2.send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: "conformance-hardening",
      LaunchTemplateData: {
        ImageId: t.baseAmi,
        InstanceType: "t3.micro",
        MetadataOptions: { HttpTokens: "required" },
      },
    }),
  );
  const env = environmentSchema.parse({
    name: "conformance",
    recipe: "web",
    region: REGION,
    fleet: {
      count: 1,
      launchTemplate: "conformance-hardening",
      targetGroup: t.targetGroup,
      subnets: t.subnets,
    },
  });
  const verdicts = async () =>
    (await launchTemplateHardening(t.aws, env)).map((c) => [
      c.name,
      c.passed,
      c.evidence.encryptionByDefault ?? null,
    ]);
  const before = await ec2.send(new GetEbsEncryptionByDefaultCommand({}));
  const checkedOff = await verdicts();
  const enabled = await ec2.send(new EnableEbsEncryptionByDefaultCommand({}));
  const after = await ec2.send(new GetEbsEncryptionByDefaultCommand({}));
  const checkedOn = await verdicts();
  const disabled = await ec2.send(new DisableEbsEncryptionByDefaultCommand({}));
  return {
    summary: {
      before: before.EbsEncryptionByDefault,
      enabled: enabled.EbsEncryptionByDefault,
      after: after.EbsEncryptionByDefault,
      disabled: disabled.EbsEncryptionByDefault,
      checkedOff,
      checkedOn,
    },
    responses: {
      GetEbsEncryptionByDefault: after,
      EnableEbsEncryptionByDefault: enabled,
      DisableEbsEncryptionByDefault: disabled,
    },
  };
}

/**
 * The reads and settings the toolkit uses that the other scenarios do not reach: network,
 * load balancer and listener reads, target group attributes and settings, parameters by
 * name and path, instance status and reboots.
 */
export async function networkAndLoadBalancer(t: Target): Promise<Outcome> {
  const ec2 = t.aws.ec2(REGION);
  const elb = t.aws.elbv2(REGION);
  const vpcs = await ec2.send(new DescribeVpcsCommand({ VpcIds: [t.vpcId] }));
  const subnets = await ec2.send(new DescribeSubnetsCommand({ SubnetIds: t.subnets }));
  const lbs = await elb.send(new DescribeLoadBalancersCommand({ Names: ["web"] }));
  const lbArn = lbs.LoadBalancers![0]!.LoadBalancerArn!;
  const listeners = await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lbArn }));
  const tg = (await elb.send(new DescribeTargetGroupsCommand({ Names: [t.targetGroup] }))).TargetGroups![0]!;
  await elb.send(
    new ModifyTargetGroupAttributesCommand({
      TargetGroupArn: tg.TargetGroupArn!,
      Attributes: [{ Key: "deregistration_delay.timeout_seconds", Value: "900" }],
    }),
  );
  const attributes = await elb.send(
    new DescribeTargetGroupAttributesCommand({ TargetGroupArn: tg.TargetGroupArn! }),
  );
  const modified = await elb.send(
    new ModifyTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn!, HealthCheckIntervalSeconds: 15 }),
  );
  const tags = await elb.send(new DescribeTagsCommand({ ResourceArns: [tg.TargetGroupArn!] }));
  const ssm = t.aws.ssm(REGION);
  await ssm.send(new PutParameterCommand({ Name: "/amipipe/conformance/a", Value: "1", Type: "String" }));
  const byName = await ssm.send(new GetParametersCommand({ Names: ["/amipipe/conformance/a", "/nope"] }));
  const byPath = await ssm.send(new GetParametersByPathCommand({ Path: "/amipipe/conformance" }));
  const run = await ec2.send(
    new RunInstancesCommand({
      MinCount: 1,
      MaxCount: 1,
      ImageId: t.baseAmi,
      InstanceType: "t3.micro",
      SubnetId: t.subnets[0],
    }),
  );
  const id = run.Instances![0]!.InstanceId!;
  await t.settle(5 * MINUTE);
  await ec2.send(new RebootInstancesCommand({ InstanceIds: [id] }));
  const status = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id] }));
  return {
    summary: {
      vpc: vpcs.Vpcs?.map((v) => v.VpcId === t.vpcId),
      subnets: subnets.Subnets?.map((s) => t.subnets.includes(s.SubnetId!)),
      listensOn80: listeners.Listeners?.some((l) => l.Port === 80),
      delay: attributes.Attributes?.find((a) => a.Key === "deregistration_delay.timeout_seconds")?.Value,
      interval: modified.TargetGroups?.[0]?.HealthCheckIntervalSeconds,
      tagged: tags.TagDescriptions?.map((d) => d.ResourceArn === tg.TargetGroupArn),
      byName: [byName.Parameters?.map((p) => p.Name), byName.InvalidParameters],
      byPath: byPath.Parameters?.map((p) => p.Name),
      status: status.InstanceStatuses?.map((s) => [s.InstanceId === id, s.InstanceState?.Name]),
    },
    responses: {},
  };
}
