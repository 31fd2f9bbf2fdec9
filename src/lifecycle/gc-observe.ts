import { type AutoScalingGroup, paginateDescribeAutoScalingGroups } from "@aws-sdk/client-auto-scaling";
import {
  DescribeLaunchTemplateVersionsCommand,
  type LaunchTemplate,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeLaunchTemplates,
  paginateDescribeSnapshots,
  type Tag,
} from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { fromTagList } from "../aws/tags.js";
import type {
  LaunchTemplateUse,
  ObservedImage,
  ObservedInstance,
  ObservedSnapshot,
  RegionObservation,
} from "./gc-observed.js";

/** Largest page DescribeImages, DescribeSnapshots and DescribeInstances accept. */
const PAGE = 1000;

const tagsOf = (tags: Tag[] | undefined): Record<string, string> => fromTagList(tags);

/** Everything gc needs to know about one region, read with paginated describes. */
export async function observeRegion(aws: AwsFactory, region: string): Promise<RegionObservation> {
  const [images, snapshots, instances, launchTemplateUses] = await Promise.all([
    observeImages(aws, region),
    observeSnapshots(aws, region),
    observeInstances(aws, region),
    observeLaunchTemplateUses(aws, region),
  ]);
  return { region, images, snapshots, instances, launchTemplateUses };
}

async function observeImages(aws: AwsFactory, region: string): Promise<ObservedImage[]> {
  const images: ObservedImage[] = [];
  for await (const page of paginateDescribeImages(
    { client: aws.ec2(region), pageSize: PAGE },
    { Owners: ["self"] },
  )) {
    for (const image of page.Images ?? []) {
      if (!image.ImageId) continue;
      const observed: ObservedImage = {
        ami: image.ImageId,
        region,
        createdAt: image.CreationDate ? Date.parse(image.CreationDate) : 0,
        state: image.State ?? "unknown",
        architecture: image.Architecture ?? "unknown",
        tags: tagsOf(image.Tags),
        snapshots: (image.BlockDeviceMappings ?? []).flatMap((m) =>
          m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : [],
        ),
      };
      if (image.Name) observed.name = image.Name;
      images.push(observed);
    }
  }
  return images;
}

async function observeSnapshots(aws: AwsFactory, region: string): Promise<ObservedSnapshot[]> {
  const snapshots: ObservedSnapshot[] = [];
  for await (const page of paginateDescribeSnapshots(
    { client: aws.ec2(region), pageSize: PAGE },
    { OwnerIds: ["self"] },
  )) {
    for (const s of page.Snapshots ?? [])
      if (s.SnapshotId)
        snapshots.push({
          id: s.SnapshotId,
          region,
          sizeGiB: s.VolumeSize ?? 0,
          tags: Object.fromEntries((s.Tags ?? []).flatMap((t) => (t.Key ? [[t.Key, t.Value ?? ""]] : []))),
        });
  }
  return snapshots;
}

async function observeInstances(aws: AwsFactory, region: string): Promise<ObservedInstance[]> {
  const instances: ObservedInstance[] = [];
  const filter = {
    Filters: [{ Name: "instance-state-name", Values: ["pending", "running", "stopping", "stopped"] }],
  };
  for await (const page of paginateDescribeInstances({ client: aws.ec2(region), pageSize: PAGE }, filter)) {
    for (const reservation of page.Reservations ?? []) {
      for (const i of reservation.Instances ?? []) {
        if (!i.InstanceId || !i.ImageId) continue;
        instances.push({
          id: i.InstanceId,
          region,
          ami: i.ImageId,
          state: i.State?.Name ?? "unknown",
          tags: tagsOf(i.Tags),
        });
      }
    }
  }
  return instances;
}

/** The default and latest version of every launch template, and each version an Auto Scaling group launches from. */
async function observeLaunchTemplateUses(aws: AwsFactory, region: string): Promise<LaunchTemplateUse[]> {
  const templates: LaunchTemplate[] = [];
  for await (const page of paginateDescribeLaunchTemplates({ client: aws.ec2(region), pageSize: 200 }, {})) {
    templates.push(...(page.LaunchTemplates ?? []));
  }
  if (templates.length === 0) return [];
  const groups: AutoScalingGroup[] = [];
  for await (const page of paginateDescribeAutoScalingGroups(
    { client: aws.autoscaling(region), pageSize: 100 },
    {},
  )) {
    groups.push(...(page.AutoScalingGroups ?? []));
  }
  const uses: LaunchTemplateUse[] = [];
  for (const lt of templates) {
    if (!lt.LaunchTemplateId || !lt.LaunchTemplateName) continue;
    const wanted = new Map<string, string[]>();
    const want = (version: number | undefined, why: string) => {
      if (version === undefined) return;
      wanted.set(String(version), [...(wanted.get(String(version)) ?? []), why]);
    };
    want(lt.DefaultVersionNumber, "default version");
    want(lt.LatestVersionNumber, "latest version");
    for (const group of groups) {
      const spec =
        group.LaunchTemplate ?? group.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification;
      if (
        !spec ||
        (spec.LaunchTemplateId !== lt.LaunchTemplateId && spec.LaunchTemplateName !== lt.LaunchTemplateName)
      )
        continue;
      const version = spec.Version ?? "$Default";
      const number =
        version === "$Latest"
          ? lt.LatestVersionNumber
          : version === "$Default"
            ? lt.DefaultVersionNumber
            : Number(version);
      want(number, `Auto Scaling group ${group.AutoScalingGroupName}`);
    }
    const answer = await aws.ec2(region).send(
      new DescribeLaunchTemplateVersionsCommand({
        LaunchTemplateId: lt.LaunchTemplateId,
        Versions: [...wanted.keys()],
      }),
    );
    for (const v of answer.LaunchTemplateVersions ?? []) {
      const ami = v.LaunchTemplateData?.ImageId;
      if (!ami?.startsWith("ami-") || v.VersionNumber === undefined) continue;
      for (const why of wanted.get(String(v.VersionNumber)) ?? []) {
        uses.push({
          region,
          launchTemplate: lt.LaunchTemplateName,
          version: String(v.VersionNumber),
          usedBy: why,
          ami,
        });
      }
    }
  }
  return uses;
}
