import { newId } from "../random.js";
import { type ImageRecord, regionOf, type SimState } from "../state.js";
import { type CreateImageOptions, createImageRecord } from "./ec2-images.js";
import type { BuildRecord } from "./imagebuilder-state.js";

/**
 * What an image build leaves in EC2: the output AMI with its root snapshot in each
 * distribution region (carrying the image manifest, so instances launched from it get
 * facts), and — when terminate-on-failure is off — the instance a failed build ran on.
 */

/** The parent AMI as EC2 knows it in `region` (undefined when it does not exist there). */
export function parentImageOf(state: SimState, region: string, ami: string): ImageRecord | undefined {
  const image = regionOf(state, region).images[ami];
  return image && image.deregisteredAt === undefined ? image : undefined;
}

/** Registers the output AMI and its root snapshot in `region` (EC2's own helper); returns the AMI id. */
export function createOutputAmi(
  state: SimState,
  o: {
    region: string;
    name: string;
    description: string;
    build: BuildRecord;
    at: number;
    tags: Record<string, string>;
  },
): string {
  const parent = parentImageOf(state, o.build.region, o.build.parentAmi);
  const rootDeviceName = parent?.rootDeviceName ?? "/dev/xvda";
  const mapped = o.build.image.imageRecipe?.blockDeviceMappings?.find(
    (m) => m.deviceName === rootDeviceName,
  )?.ebs;
  const parentRoot = parent?.blockDevices.find((d) => d.deviceName === rootDeviceName);
  const options: CreateImageOptions = {
    region: o.region,
    name: o.name,
    description: o.description,
    architecture: parent?.architecture ?? o.build.manifest?.arch ?? "x86_64",
    at: o.at,
    tags: o.tags,
    volumeSizeGiB: mapped?.volumeSize ?? parentRoot?.volumeSize ?? 8,
  };
  if (o.build.manifest) options.manifest = o.build.manifest;
  if (o.build.packages.length > 0)
    options.packages = o.build.packages.map((p) => ({
      name: p.packageName ?? "",
      version: p.packageVersion ?? "",
    }));
  return createImageRecord(state, options).imageId;
}

/**
 * The build (or test) instance of a failed build, left running because the infrastructure
 * configuration turned terminate-on-failure off; tagged as Image Builder tags it.
 */
export function keepBuildInstance(
  state: SimState,
  o: { region: string; build: BuildRecord; at: number },
): string | undefined {
  const r = regionOf(state, o.region);
  const infra = o.build.image.infrastructureConfiguration;
  const subnet = r.subnets.find((s) => s.id === infra?.subnetId) ?? r.subnets[0];
  if (!subnet) return undefined;
  const [base] = subnet.cidr.split("/");
  const octets = (base ?? "10.0.0.0").split(".").map(Number);
  const host = subnet.nextHost++;
  const privateIp = [octets[0], octets[1], octets[2], (octets[3] ?? 0) + host].join(".");
  const id = newId(state, "i");
  const phase = o.build.failure?.phase === "test" ? "Test" : "Build";
  const launchedAt =
    o.build.phases.find((p) => p.status === (phase === "Test" ? "TESTING" : "BUILDING"))?.startsAt ?? o.at;
  const parent = parentImageOf(state, o.build.region, o.build.parentAmi);
  r.instances[id] = {
    id,
    reservationId: newId(state, "r"),
    imageId: o.build.parentAmi,
    instanceType: infra?.instanceTypes?.[0] ?? "m5.large",
    architecture: parent?.architecture ?? "x86_64",
    subnetId: subnet.id,
    vpcId: subnet.vpcId,
    availabilityZone: subnet.availabilityZone,
    privateIp,
    launchedAt,
    transitions: [
      { at: launchedAt, state: "pending" },
      { at: launchedAt + 20_000, state: "running" },
    ],
    reboots: [],
    tags: {
      Name: `${phase} instance for ${o.build.image.name}`,
      CreatedBy: "EC2 Image Builder",
      Ec2ImageBuilderArn: o.build.image.arn ?? "",
    },
    metadataOptions: {
      httpTokens: infra?.instanceMetadataOptions?.httpTokens ?? "required",
      httpEndpoint: "enabled",
      httpPutResponseHopLimit: infra?.instanceMetadataOptions?.httpPutResponseHopLimit ?? 2,
    },
    blockDevices: [],
    securityGroupIds: infra?.securityGroupIds ?? [],
    ...(infra?.instanceProfileName ? { iamInstanceProfile: infra.instanceProfileName } : {}),
    facts: null,
  };
  return id;
}

/**
 * A distribution's launch-template update: a new version of each template, copied from its
 * default version with the new AMI, made the default when asked.
 */
export function updateLaunchTemplates(
  state: SimState,
  o: {
    region: string;
    ami: string;
    at: number;
    imageArn: string;
    configurations: ReadonlyArray<{ launchTemplateId?: string; setDefaultVersion?: boolean }>;
  },
): void {
  const r = regionOf(state, o.region);
  for (const c of o.configurations) {
    const lt = c.launchTemplateId ? r.launchTemplates[c.launchTemplateId] : undefined;
    if (!lt) continue;
    const source = lt.versions.find((v) => v.number === lt.defaultVersion) ?? lt.versions.at(-1);
    const number = Math.max(0, ...lt.versions.map((v) => v.number)) + 1;
    lt.versions.push({
      number,
      createdAt: o.at,
      description: `EC2 Image Builder: ${o.imageArn}`,
      data: { ...structuredClone(source?.data ?? {}), ImageId: o.ami },
    });
    if (c.setDefaultVersion) lt.defaultVersion = number;
  }
}

/** Launch templates a distribution names that do not exist in their region. */
export function missingLaunchTemplates(state: SimState, region: string, ids: readonly string[]): string[] {
  const r = regionOf(state, region);
  return ids.filter((id) => !r.launchTemplates[id]);
}
