import {
  CreateLaunchTemplateVersionCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type LaunchTemplateVersion,
} from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../../aws/clients.js";
import { OperationFailed } from "../../errors.js";

/** A launch template version by number — never $Latest/$Default, which rule out instance-refresh rollback. */
export interface TemplateVersion {
  id: string;
  name: string;
  version: string;
}

export const VERSION_DESCRIPTION_PREFIX = "amipipe";

export async function describeTemplate(aws: AwsFactory, region: string, ref: { id?: string; name?: string }) {
  const answer = await aws
    .ec2(region)
    .send(
      new DescribeLaunchTemplatesCommand(
        ref.id
          ? { LaunchTemplateIds: [ref.id] }
          : { Filters: [{ Name: "launch-template-name", Values: [ref.name ?? ""] }] },
      ),
    );
  const lt = answer.LaunchTemplates?.[0];
  if (!lt?.LaunchTemplateId || !lt.LaunchTemplateName)
    throw new OperationFailed(`launch template ${ref.name ?? ref.id} not found in ${region}`, "not-found");
  return {
    id: lt.LaunchTemplateId,
    name: lt.LaunchTemplateName,
    defaultVersion: lt.DefaultVersionNumber ?? 1,
    latestVersion: lt.LatestVersionNumber ?? 1,
  };
}

/** "$Latest" / "$Default" / "7" → 7. */
export function numberedVersion(
  version: string | undefined,
  template: { defaultVersion: number; latestVersion: number },
): number {
  if (version === "$Latest") return template.latestVersion;
  if (version === undefined || version === "$Default") return template.defaultVersion;
  return Number(version);
}

export async function describeVersion(
  aws: AwsFactory,
  region: string,
  id: string,
  version: string,
): Promise<LaunchTemplateVersion | undefined> {
  const answer = await aws
    .ec2(region)
    .send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: [version] }));
  return answer.LaunchTemplateVersions?.[0];
}

/**
 * A numbered version of the template that launches `ami` with IMDSv2 required, derived from
 * `source` (so network, profile and volumes stay as the operator set them). A version this
 * toolkit already created for the same AMI is reused, so a re-run after a crash adds none.
 */
export async function ensureVersionFor(o: {
  aws: AwsFactory;
  region: string;
  template: { id: string; name: string; latestVersion: number };
  source: string;
  ami: string;
  rolloutId: string;
  instanceTags: Record<string, string>;
  userData?: string;
}): Promise<TemplateVersion> {
  const latest = await describeVersion(o.aws, o.region, o.template.id, String(o.template.latestVersion));
  if (
    latest?.LaunchTemplateData?.ImageId === o.ami &&
    latest.VersionDescription?.startsWith(VERSION_DESCRIPTION_PREFIX)
  ) {
    return { id: o.template.id, name: o.template.name, version: String(latest.VersionNumber) };
  }
  const tags = Object.entries(o.instanceTags).map(([Key, Value]) => ({ Key, Value }));
  const root = await rootDeviceOf(o.aws, o.region, o.ami);
  const created = await o.aws.ec2(o.region).send(
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: o.template.id,
      SourceVersion: o.source,
      VersionDescription: `${VERSION_DESCRIPTION_PREFIX} rollout ${o.rolloutId}: ${o.ami}`,
      LaunchTemplateData: {
        ImageId: o.ami,
        MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled", HttpPutResponseHopLimit: 2 },
        // The root volume is encrypted whatever the AMI's snapshot or the account default says.
        BlockDeviceMappings: [
          {
            DeviceName: root.device,
            Ebs: { Encrypted: true, VolumeSize: root.sizeGiB, VolumeType: "gp3", DeleteOnTermination: true },
          },
        ],
        TagSpecifications: [
          { ResourceType: "instance", Tags: tags },
          { ResourceType: "volume", Tags: tags },
        ],
        ...(o.userData ? { UserData: Buffer.from(o.userData).toString("base64") } : {}),
      },
    }),
  );
  const number = created.LaunchTemplateVersion?.VersionNumber;
  if (number === undefined)
    throw new OperationFailed(`CreateLaunchTemplateVersion on ${o.template.name} returned no version`, "aws");
  return { id: o.template.id, name: o.template.name, version: String(number) };
}

async function rootDeviceOf(
  aws: AwsFactory,
  region: string,
  ami: string,
): Promise<{ device: string; sizeGiB: number }> {
  const image = (await aws.ec2(region).send(new DescribeImagesCommand({ ImageIds: [ami] }))).Images?.[0];
  if (!image) throw new OperationFailed(`AMI ${ami} not found in ${region}`, "not-found");
  const device = image.RootDeviceName ?? "/dev/xvda";
  const size = image.BlockDeviceMappings?.find((m) => m.DeviceName === device)?.Ebs?.VolumeSize ?? 8;
  return { device, sizeGiB: size };
}
