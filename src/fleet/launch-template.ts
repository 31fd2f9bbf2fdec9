import { createHash } from "node:crypto";
import {
  type _InstanceType,
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type LaunchTemplateBlockDeviceMapping,
  type LaunchTemplateBlockDeviceMappingRequest,
  type LaunchTemplateInstanceMetadataOptionsRequest,
  type LaunchTemplateTagSpecificationRequest,
  type LaunchTemplateVersion,
  ModifyLaunchTemplateCommand,
  paginateDescribeLaunchTemplateVersions,
  type RequestLaunchTemplateData,
  type ResponseLaunchTemplateData,
} from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { errorName } from "../aws/errors.js";
import { OperationFailed } from "../errors.js";
import type { PinnedImage } from "./image.js";

/**
 * The one place that reads launch templates and makes their versions. Every version the
 * toolkit creates is hardened the same way (IMDSv2 required, encrypted EBS) and carries the
 * source version's settings the operator made, because CreateLaunchTemplateVersion's
 * parameters *replace* the source version's: a given BlockDeviceMappings list replaces the
 * whole list, a given MetadataOptions the whole structure.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateLaunchTemplateVersion.html
 */

/** A launch template version by number: never $Latest/$Default, so what launched stays reproducible. */
export interface TemplateVersion {
  id: string;
  name: string;
  version: string;
}

/**
 * A version new instances launch from. When its data defines network interfaces, RunInstances
 * must name the subnet through the primary interface (a SubnetId beside them is rejected):
 * `primaryInterface` carries the template's settings for it.
 */
export interface LaunchedVersion extends TemplateVersion {
  primaryInterface?: {
    Groups?: string[];
    AssociatePublicIpAddress?: boolean;
    DeleteOnTermination?: boolean;
  };
}

/** The primary interface's settings of a version that defines network interfaces. */
export function primaryInterfaceOf(data: ResponseLaunchTemplateData): LaunchedVersion["primaryInterface"] {
  const interfaces = data.NetworkInterfaces ?? [];
  if (interfaces.length === 0) return undefined;
  const primary = interfaces.find((n) => (n.DeviceIndex ?? 0) === 0) ?? interfaces[0]!;
  const out: NonNullable<LaunchedVersion["primaryInterface"]> = {};
  if (primary.Groups) out.Groups = primary.Groups;
  if (primary.AssociatePublicIpAddress !== undefined)
    out.AssociatePublicIpAddress = primary.AssociatePublicIpAddress;
  if (primary.DeleteOnTermination !== undefined) out.DeleteOnTermination = primary.DeleteOnTermination;
  return out;
}

export interface LaunchTemplateRef {
  id: string;
  name: string;
  defaultVersion: number;
  latestVersion: number;
}

/** The prefix of every version description this toolkit writes. */
export const VERSION_DESCRIPTION_PREFIX = "amipipe";

/**
 * IMDS hop limit when the operator's version sets none: 1, so a container on the instance
 * cannot reach the instance's credentials (AWS's default for launch templates). An operator
 * who runs containers that need IMDS sets 2 in the template; that choice is kept.
 */
export const DEFAULT_HOP_LIMIT = 1;

export async function describeLaunchTemplate(
  aws: AwsFactory,
  region: string,
  ref: { id?: string; name?: string },
): Promise<LaunchTemplateRef> {
  const label = ref.name ?? ref.id ?? "?";
  const answer = await aws
    .ec2(region)
    .send(
      new DescribeLaunchTemplatesCommand(
        ref.id ? { LaunchTemplateIds: [ref.id] } : { LaunchTemplateNames: [ref.name ?? ""] },
      ),
    )
    .catch((error: unknown) => {
      if (/^InvalidLaunchTemplate(Name|Id)\./.test(errorName(error)))
        throw new OperationFailed(`launch template ${label} not found in ${region}`, "not-found", {
          launchTemplate: label,
          region,
        });
      throw error;
    });
  const lt = answer.LaunchTemplates?.[0];
  if (!lt?.LaunchTemplateId || !lt.LaunchTemplateName)
    throw new OperationFailed(`launch template ${label} not found in ${region}`, "not-found", {
      launchTemplate: label,
      region,
    });
  return {
    id: lt.LaunchTemplateId,
    name: lt.LaunchTemplateName,
    defaultVersion: lt.DefaultVersionNumber ?? 1,
    latestVersion: lt.LatestVersionNumber ?? 1,
  };
}

/** "$Latest" / "$Default" / "7" → 7. */
export function numberedVersion(version: string | undefined, template: LaunchTemplateRef): number {
  if (version === "$Latest") return template.latestVersion;
  if (version === undefined || version === "$Default") return template.defaultVersion;
  return Number(version);
}

/** One version of a template ($Latest, $Default or a number). */
export async function describeVersion(
  aws: AwsFactory,
  region: string,
  template: { id: string } | { name: string },
  version: string,
): Promise<LaunchTemplateVersion | undefined> {
  const answer = await aws.ec2(region).send(
    new DescribeLaunchTemplateVersionsCommand({
      ...("id" in template ? { LaunchTemplateId: template.id } : { LaunchTemplateName: template.name }),
      Versions: [version],
    }),
  );
  return answer.LaunchTemplateVersions?.[0];
}

/** What a hardened version launches; everything else comes from the source version. */
export interface VersionContent {
  ami: string;
  /** The pinned image (root device name and size, for the root volume's mapping). */
  image: Pick<PinnedImage, "rootDeviceName" | "rootVolumeSizeGiB">;
  /** Unset: the source version's instance type stays. */
  instanceType?: string;
  /** Plain-text user data (encoded here). Unset: the source version's stays. */
  userData?: string;
  /** Tags for the instances and volumes launched from the version (Auto Scaling fleets, which tag nothing themselves). */
  tags?: Record<string, string>;
}

/**
 * The data of a hardened version derived from `source`: the source's settings, with the
 * pinned AMI, IMDSv2 required (hop limit kept, or DEFAULT_HOP_LIMIT), every EBS volume
 * encrypted (the root volume gp3 unless the operator chose a type, at least the image's size),
 * the operator's data volumes, KMS keys and metadata options kept, tags merged. Pure.
 */
export function hardenedData(
  source: ResponseLaunchTemplateData,
  content: VersionContent,
): RequestLaunchTemplateData {
  const metadata = source.MetadataOptions ?? {};
  const metadataOptions: LaunchTemplateInstanceMetadataOptionsRequest = {
    ...(metadata.InstanceMetadataTags ? { InstanceMetadataTags: metadata.InstanceMetadataTags } : {}),
    ...(metadata.HttpProtocolIpv6 ? { HttpProtocolIpv6: metadata.HttpProtocolIpv6 } : {}),
    HttpTokens: "required",
    HttpEndpoint: "enabled",
    HttpPutResponseHopLimit: metadata.HttpPutResponseHopLimit ?? DEFAULT_HOP_LIMIT,
  };
  const data: RequestLaunchTemplateData = {
    ImageId: content.ami,
    MetadataOptions: metadataOptions,
    BlockDeviceMappings: hardenedMappings(source.BlockDeviceMappings ?? [], content.image),
  };
  if (content.instanceType) data.InstanceType = content.instanceType as _InstanceType;
  if (content.userData !== undefined)
    data.UserData = Buffer.from(content.userData, "utf8").toString("base64");
  if (content.tags && Object.keys(content.tags).length > 0)
    data.TagSpecifications = mergedTagSpecifications(source.TagSpecifications ?? [], content.tags);
  return data;
}

function hardenedMappings(
  source: readonly LaunchTemplateBlockDeviceMapping[],
  image: VersionContent["image"],
): LaunchTemplateBlockDeviceMappingRequest[] {
  const out: LaunchTemplateBlockDeviceMappingRequest[] = source.map((m) => {
    const mapping: LaunchTemplateBlockDeviceMappingRequest = {};
    if (m.DeviceName) mapping.DeviceName = m.DeviceName;
    if (m.VirtualName) mapping.VirtualName = m.VirtualName;
    if (m.NoDevice !== undefined) mapping.NoDevice = m.NoDevice;
    if (m.Ebs) {
      const { Encrypted: _encrypted, ...ebs } = m.Ebs;
      mapping.Ebs = { ...ebs, Encrypted: true } as LaunchTemplateBlockDeviceMappingRequest["Ebs"];
    }
    return mapping;
  });
  const root = out.find((m) => m.DeviceName === image.rootDeviceName);
  if (root) {
    root.Ebs = {
      VolumeType: "gp3",
      DeleteOnTermination: true,
      ...root.Ebs,
      Encrypted: true,
      ...(root.Ebs?.VolumeSize === undefined || root.Ebs.VolumeSize < image.rootVolumeSizeGiB
        ? { VolumeSize: image.rootVolumeSizeGiB }
        : {}),
    };
  } else {
    out.unshift({
      DeviceName: image.rootDeviceName,
      Ebs: {
        VolumeType: "gp3",
        Encrypted: true,
        DeleteOnTermination: true,
        VolumeSize: image.rootVolumeSizeGiB,
      },
    });
  }
  return out;
}

function mergedTagSpecifications(
  source: ReadonlyArray<{
    ResourceType?: string | undefined;
    Tags?: Array<{ Key?: string; Value?: string }>;
  }>,
  tags: Record<string, string>,
): LaunchTemplateTagSpecificationRequest[] {
  const types = ["instance", "volume"] as const;
  const out: LaunchTemplateTagSpecificationRequest[] = [];
  for (const spec of source) {
    if (!spec.ResourceType || (types as readonly string[]).includes(spec.ResourceType)) continue;
    out.push({
      ResourceType: spec.ResourceType as LaunchTemplateTagSpecificationRequest["ResourceType"],
      Tags: (spec.Tags ?? []).map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" })),
    });
  }
  for (const type of types) {
    const theirs = source.find((s) => s.ResourceType === type)?.Tags ?? [];
    const merged = new Map(theirs.map((t) => [t.Key ?? "", t.Value ?? ""]));
    for (const [k, v] of Object.entries(tags)) merged.set(k, v);
    out.push({ ResourceType: type, Tags: [...merged].map(([Key, Value]) => ({ Key, Value })) });
  }
  return out;
}

/**
 * The description that marks a version made by this toolkit for exactly this effective data:
 * the source's settings overlaid with the hardened ones, as AWS builds the version. A change
 * the operator makes to the source (a security group, a profile) is a different version.
 */
export function versionDescription(
  ami: string,
  source: ResponseLaunchTemplateData,
  data: RequestLaunchTemplateData,
): string {
  const effective = { ...source, ...data };
  const digest = createHash("sha256").update(canonical(effective)).digest("hex").slice(0, 16);
  return `${VERSION_DESCRIPTION_PREFIX} ${ami} ${digest}`;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/**
 * A numbered, hardened version of `template` derived from `source` ("$Default" or a number)
 * that launches `content`. A version this toolkit already made for the same data — the
 * newest or the default — is reused, so a re-run after a crash adds none.
 */
export async function ensureHardenedVersion(
  aws: AwsFactory,
  o: { region: string; template: LaunchTemplateRef; source: string; content: VersionContent },
): Promise<LaunchedVersion & { created: boolean }> {
  const source = await describeVersion(aws, o.region, { id: o.template.id }, o.source);
  if (!source?.LaunchTemplateData)
    throw new OperationFailed(
      `launch template ${o.template.name} has no version ${o.source} in ${o.region}`,
      "not-found",
    );
  const data = hardenedData(source.LaunchTemplateData, o.content);
  const description = versionDescription(o.content.ami, source.LaunchTemplateData, data);
  const candidates = [source, await describeVersion(aws, o.region, { id: o.template.id }, "$Latest")];
  const primary = primaryInterfaceOf(source.LaunchTemplateData);
  const base = {
    id: o.template.id,
    name: o.template.name,
    ...(primary ? { primaryInterface: primary } : {}),
  };
  const reusable = candidates.find(
    (v) => v?.VersionDescription === description && v.VersionNumber !== undefined,
  );
  if (reusable) return { ...base, version: String(reusable.VersionNumber), created: false };
  const created = await aws.ec2(o.region).send(
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: o.template.id,
      SourceVersion: String(source.VersionNumber),
      VersionDescription: description,
      LaunchTemplateData: data,
    }),
  );
  const number = created.LaunchTemplateVersion?.VersionNumber;
  if (number === undefined)
    throw new OperationFailed(`CreateLaunchTemplateVersion on ${o.template.name} returned no version`, "aws");
  return { ...base, version: String(number), created: true };
}

/** The template's versions whose AMI is `ami`, newest first. */
export async function versionsLaunching(
  aws: AwsFactory,
  region: string,
  template: LaunchTemplateRef,
  ami: string,
): Promise<LaunchTemplateVersion[]> {
  const out: LaunchTemplateVersion[] = [];
  const pages = paginateDescribeLaunchTemplateVersions(
    { client: aws.ec2(region) },
    { LaunchTemplateId: template.id, Filters: [{ Name: "image-id", Values: [ami] }] },
  );
  for await (const page of pages) out.push(...(page.LaunchTemplateVersions ?? []));
  return out.sort((a, b) => (b.VersionNumber ?? 0) - (a.VersionNumber ?? 0));
}

/**
 * Makes the template's default version one that launches the pinned AMI, once the fleet
 * serves it: a launch from the console or from the template's default then gets the pin, and
 * nothing keeps an AMI the environment left in use through a stale default. The version is
 * the one this run launched from, else this toolkit's version for the same content, else the
 * default if it already launches the AMI, else the newest version that does (the hand-built
 * template's own for a return to the legacy AMI), else a new hardened one.
 */
export async function settleDefaultVersion(
  aws: AwsFactory,
  o: {
    region: string;
    template: LaunchTemplateRef;
    content: VersionContent;
    launched?: TemplateVersion;
  },
): Promise<{ version: string; changed: boolean }> {
  const versions = await versionsLaunching(aws, o.region, o.template, o.content.ami);
  const def = await describeVersion(aws, o.region, { id: o.template.id }, "$Default");
  const description = def?.LaunchTemplateData
    ? versionDescription(
        o.content.ami,
        def.LaunchTemplateData,
        hardenedData(def.LaunchTemplateData, o.content),
      )
    : undefined;
  const known =
    versions.find((v) => String(v.VersionNumber) === o.launched?.version) ??
    versions.find((v) => description !== undefined && v.VersionDescription === description) ??
    versions.find((v) => v.DefaultVersion) ??
    versions[0];
  if (known?.DefaultVersion) return { version: String(known.VersionNumber), changed: false };
  const version = known
    ? String(known.VersionNumber)
    : (o.launched?.version ?? (await ensureHardenedVersion(aws, { ...o, source: "$Default" })).version);
  await aws
    .ec2(o.region)
    .send(new ModifyLaunchTemplateCommand({ LaunchTemplateId: o.template.id, DefaultVersion: version }));
  return { version, changed: true };
}
