import { DescribeAutoScalingGroupsCommand } from "@aws-sdk/client-auto-scaling";
import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  GetEbsEncryptionByDefaultCommand,
  type Image,
  type ResponseLaunchTemplateData,
} from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { TAG } from "../aws/tags.js";
import { autoScalingGroupName } from "../config/asg.js";
import type { Environment } from "../config/schema.js";
import type { CheckResult } from "./types.js";

/** What decides whether a launch template version is hardened. */
export interface LaunchTemplateFacts {
  launchTemplate: string;
  version: string;
  data: ResponseLaunchTemplateData;
  /** The AMI the version launches, when it could be described (its root snapshot may be encrypted). */
  image?: Image;
  /** EC2's account-level "encrypt new EBS volumes by default" in the region. */
  encryptionByDefault: boolean;
}

/**
 * Environment-level hardening of the launch template version in use: IMDSv2 required
 * (HttpTokens "required", so SSRF cannot read instance credentials) and an encrypted root volume
 * (set on the version, inherited from an encrypted AMI snapshot, or by the account default).
 */
export function hardeningChecks(env: string, facts: LaunchTemplateFacts): CheckResult[] {
  const target = `${env}: ${facts.launchTemplate} v${facts.version}`;
  const tokens = facts.data.MetadataOptions?.HttpTokens ?? "optional (unset)";
  const imds: CheckResult = {
    name: "hardening:imdsv2",
    level: "environment",
    target,
    passed: tokens === "required",
    summary:
      tokens === "required"
        ? "IMDSv2 is required"
        : `IMDSv2 is not required (HttpTokens ${tokens}): IMDSv1 answers unauthenticated requests`,
    evidence: {
      httpTokens: tokens,
      httpEndpoint: facts.data.MetadataOptions?.HttpEndpoint ?? "enabled (unset)",
    },
  };
  const rootDevice = facts.image?.RootDeviceName ?? "/dev/xvda";
  const mapping = facts.data.BlockDeviceMappings?.find((m) => m.DeviceName === rootDevice);
  const amiRoot = facts.image?.BlockDeviceMappings?.find((m) => m.DeviceName === rootDevice);
  const by =
    mapping?.Ebs?.Encrypted === true
      ? "the launch template's root volume mapping"
      : amiRoot?.Ebs?.Encrypted === true
        ? "the AMI's encrypted root snapshot"
        : facts.encryptionByDefault
          ? "EBS encryption by default in the region"
          : undefined;
  const encryption: CheckResult = {
    name: "hardening:root-volume-encrypted",
    level: "environment",
    target,
    passed: by !== undefined,
    summary: by
      ? `root volume ${rootDevice} is encrypted by ${by}`
      : `root volume ${rootDevice} is not encrypted: set Encrypted on its mapping or turn on EBS encryption by default`,
    evidence: {
      rootDevice,
      launchTemplateEncrypted: mapping?.Ebs?.Encrypted ?? null,
      amiSnapshotEncrypted: amiRoot?.Ebs?.Encrypted ?? null,
      encryptionByDefault: facts.encryptionByDefault,
      kmsKeyId: mapping?.Ebs?.KmsKeyId ?? null,
    },
  };
  return [imds, encryption];
}

/**
 * Reads the launch template version an environment uses — the Auto Scaling group's, else the
 * one its newest instances were launched from (EC2's aws:ec2launchtemplate:version tag), else
 * the template's latest — and checks it.
 */
export async function launchTemplateHardening(aws: AwsFactory, env: Environment): Promise<CheckResult[]> {
  const ec2 = aws.ec2(env.region);
  const templates = await ec2.send(
    new DescribeLaunchTemplatesCommand({
      Filters: [{ Name: "launch-template-name", Values: [env.fleet.launchTemplate] }],
    }),
  );
  const lt = templates.LaunchTemplates?.[0];
  if (!lt?.LaunchTemplateId) {
    return [
      {
        name: "hardening:launch-template",
        level: "environment",
        target: env.name,
        passed: false,
        summary: `launch template ${env.fleet.launchTemplate} not found in ${env.region}`,
        evidence: {},
      },
    ];
  }
  const version = await versionInUse(aws, env, lt.LaunchTemplateId);
  const versions = await ec2.send(
    new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: lt.LaunchTemplateId, Versions: [version] }),
  );
  const v = versions.LaunchTemplateVersions?.[0];
  const data = v?.LaunchTemplateData ?? {};
  const ami = data.ImageId?.startsWith("ami-") ? data.ImageId : undefined;
  const images = ami ? await ec2.send(new DescribeImagesCommand({ ImageIds: [ami] })) : undefined;
  const facts: LaunchTemplateFacts = {
    launchTemplate: env.fleet.launchTemplate,
    version: String(v?.VersionNumber ?? version),
    data,
    encryptionByDefault: await encryptionByDefault(aws, env.region),
  };
  const image = images?.Images?.[0];
  if (image) facts.image = image;
  return hardeningChecks(env.name, facts);
}

/** The account default; unreadable (no permission) counts as off, so the check asks for explicit encryption. */
async function encryptionByDefault(aws: AwsFactory, region: string): Promise<boolean> {
  try {
    return (
      (await aws.ec2(region).send(new GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault === true
    );
  } catch {
    return false;
  }
}

async function versionInUse(aws: AwsFactory, env: Environment, launchTemplateId: string): Promise<string> {
  if (env.fleet.kind === "asg") {
    const name = autoScalingGroupName(env);
    const groups = await aws
      .autoscaling(env.region)
      .send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }));
    const version = groups.AutoScalingGroups?.[0]?.LaunchTemplate?.Version;
    if (version) return version;
  }
  const answer = await aws.ec2(env.region).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: `tag:${TAG.environment}`, Values: [env.name] },
        { Name: "tag:aws:ec2launchtemplate:id", Values: [launchTemplateId] },
        { Name: "instance-state-name", Values: ["pending", "running"] },
      ],
    }),
  );
  const newest = (answer.Reservations ?? [])
    .flatMap((r) => r.Instances ?? [])
    .sort((a, b) => (b.LaunchTime?.getTime() ?? 0) - (a.LaunchTime?.getTime() ?? 0))[0];
  return newest?.Tags?.find((t) => t.Key === "aws:ec2launchtemplate:version")?.Value ?? "$Latest";
}
