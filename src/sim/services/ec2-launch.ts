import type { RunInstancesCommandInput, RunInstancesCommandOutput } from "@aws-sdk/client-ec2";
import type { SimCallContext } from "../engine.js";
import { SimError } from "../errors.js";
import { factsForImage } from "../facts.js";
import { newId } from "../random.js";
import type { InstanceRecord, RegionState, Tags } from "../state.js";
import { findImage, imageState } from "./ec2-images.js";
import { reservationsOf } from "./ec2-instance-description.js";
import { findLaunchTemplate, resolveVersion } from "./ec2-launch-templates.js";
import { TIMINGS } from "./ec2-lifecycle.js";
import { defaultSecurityGroup, findSubnet, nextPrivateIp } from "./ec2-network.js";
import { tagsFor } from "./filters.js";

/**
 * Launching instances: RunInstances (with or without a launch template) and Auto Scaling both
 * come through launchInstances, which checks the AMI, architecture, subnet and capacity, and
 * gives each instance the facts its image's manifest describes.
 */

type Out<T> = Omit<T, "$metadata">;
type LaunchData = Record<string, unknown> & {
  ImageId?: string;
  InstanceType?: string;
  KeyName?: string;
  UserData?: string;
  SecurityGroupIds?: string[];
  NetworkInterfaces?: Array<{ SubnetId?: string; DeviceIndex?: number; Groups?: string[] }>;
  TagSpecifications?: Array<{ ResourceType?: string; Tags?: Array<{ Key?: string; Value?: string }> }>;
  MetadataOptions?: { HttpTokens?: string; HttpEndpoint?: string; HttpPutResponseHopLimit?: number };
  BlockDeviceMappings?: Array<{
    DeviceName?: string;
    Ebs?: { VolumeSize?: number; VolumeType?: string; DeleteOnTermination?: boolean };
  }>;
  IamInstanceProfile?: { Arn?: string; Name?: string };
};

/** Graviton instance families (…g, …gd, …gn) run arm64 AMIs only. */
export function instanceTypeArchitecture(type: string): "arm64" | "x86_64" {
  return /^[a-z]+\d+g[a-z]*\./.test(type) ? "arm64" : "x86_64";
}

/** Whether `imageId` is the account's most recently created AMI in the region. */
function isNewestImage(r: RegionState, imageId: string, account: string, now: number): boolean {
  let newest: { id: string; at: number } | undefined;
  for (const image of Object.values(r.images)) {
    if (image.ownerId !== account || imageState(image, now) === "deregistered") continue;
    if (!newest || image.createdAt >= newest.at) newest = { id: image.id, at: image.createdAt };
  }
  return newest?.id === imageId;
}

export interface LaunchRequest {
  count: number;
  data: LaunchData;
  subnetId?: string;
  launchTemplate?: { id: string; name: string; version: string };
  clientToken?: string;
  extraTags?: Tags;
  autoScalingGroup?: string;
}

/** Launches instances (RunInstances and Auto Scaling both come here). */
export async function launchInstances(ctx: SimCallContext, req: LaunchRequest): Promise<InstanceRecord[]> {
  const { r, now } = ctx;
  const data = req.data;
  if (!data.ImageId) throw new SimError("MissingParameter", "The request must contain the parameter ImageId");
  const image = findImage(ctx, data.ImageId);
  const state = imageState(image, now);
  if (state !== "available")
    throw new SimError(
      "InvalidAMIID.Unavailable",
      `The image id '[${image.id}]' is not available (state: ${state})`,
    );
  const instanceType = data.InstanceType ?? "m1.small";
  const arch = instanceTypeArchitecture(instanceType);
  if (arch !== image.architecture) {
    throw new SimError(
      "InvalidParameterValue",
      `The architecture '${arch}' of the specified instance type does not match the architecture '${image.architecture}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again.`,
    );
  }
  const subnetId = req.subnetId ?? data.NetworkInterfaces?.[0]?.SubnetId;
  if (!subnetId)
    throw new SimError(
      "VPCIdNotSpecified",
      "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC.",
    );
  const subnet = findSubnet(r, subnetId);
  const refused = ctx.engine.faults.refuseLaunch({
    subnetId: subnet.id,
    availabilityZone: subnet.availabilityZone,
    instanceType,
    otherZones: [
      ...new Set(
        r.subnets
          .filter((s) => s.availabilityZone !== subnet.availabilityZone)
          .map((s) => s.availabilityZone),
      ),
    ],
  });
  if (refused) throw refused;
  const tags: Tags = { ...tagsFor(data.TagSpecifications, "instance"), ...(req.extraTags ?? {}) };
  if (req.launchTemplate) {
    tags["aws:ec2launchtemplate:id"] = req.launchTemplate.id;
    tags["aws:ec2launchtemplate:version"] = req.launchTemplate.version;
  }
  const newest = isNewestImage(r, image.id, ctx.account, now);
  const failsHealthChecks = ctx.engine.faults.failsHealthChecks() && newest;
  const reservationId = newId(ctx.state, "r");
  const launched: InstanceRecord[] = [];
  for (let i = 0; i < req.count; i++) {
    const id = newId(ctx.state, "i");
    const overrides = new Map((data.BlockDeviceMappings ?? []).map((b) => [b.DeviceName ?? "", b.Ebs ?? {}]));
    const instance: InstanceRecord = {
      id,
      reservationId,
      imageId: image.id,
      instanceType,
      architecture: image.architecture,
      subnetId: subnet.id,
      vpcId: subnet.vpcId,
      availabilityZone: subnet.availabilityZone,
      privateIp: nextPrivateIp(subnet),
      launchedAt: now,
      transitions: [
        { at: now, state: "pending" },
        { at: now + TIMINGS.pendingToRunning, state: "running" },
      ],
      reboots: [],
      tags: { ...tags },
      metadataOptions: {
        httpTokens: data.MetadataOptions?.HttpTokens ?? "optional",
        httpEndpoint: data.MetadataOptions?.HttpEndpoint ?? "enabled",
        httpPutResponseHopLimit: data.MetadataOptions?.HttpPutResponseHopLimit ?? 1,
      },
      blockDevices: image.blockDevices.map((b) => {
        const o = overrides.get(b.deviceName) ?? {};
        return {
          deviceName: b.deviceName,
          volumeId: newId(ctx.state, "vol"),
          volumeSize: o.VolumeSize ?? b.volumeSize,
          volumeType: o.VolumeType ?? b.volumeType,
          deleteOnTermination: o.DeleteOnTermination ?? true,
        };
      }),
      securityGroupIds: data.SecurityGroupIds ??
        data.NetworkInterfaces?.[0]?.Groups ?? [defaultSecurityGroup(subnet.vpcId)],
      facts: await factsForImage(image, {
        launchedAt: now,
        faults: ctx.engine.faults,
        isNewestImage: newest,
        ...(data.UserData ? { userData: data.UserData } : {}),
      }),
    };
    if (failsHealthChecks) instance.failsHealthChecks = true;
    const profile = data.IamInstanceProfile?.Arn ?? data.IamInstanceProfile?.Name;
    if (profile) instance.iamInstanceProfile = profile;
    if (data.KeyName) instance.keyName = data.KeyName;
    if (data.UserData) instance.userData = data.UserData;
    if (req.clientToken) instance.clientToken = req.clientToken;
    if (req.launchTemplate) instance.launchTemplate = req.launchTemplate;
    if (req.autoScalingGroup) instance.autoScalingGroup = req.autoScalingGroup;
    r.instances[id] = instance;
    launched.push(instance);
  }
  return launched;
}

export async function runInstances(
  input: RunInstancesCommandInput,
  ctx: SimCallContext,
): Promise<Out<RunInstancesCommandOutput>> {
  if (input.ClientToken) {
    const earlier = Object.values(ctx.r.instances).filter((i) => i.clientToken === input.ClientToken);
    if (earlier.length > 0) return reservationsOf(earlier, ctx)[0]!;
  }
  const min = input.MinCount ?? 1;
  const max = input.MaxCount ?? 1;
  if (min < 1 || max < min)
    throw new SimError("InvalidParameterValue", `Invalid value for MinCount/MaxCount: ${min}/${max}`);
  let data: LaunchData = {};
  let launchTemplate: LaunchRequest["launchTemplate"];
  if (input.LaunchTemplate) {
    const lt = findLaunchTemplate(ctx.r, {
      id: input.LaunchTemplate.LaunchTemplateId,
      name: input.LaunchTemplate.LaunchTemplateName,
    });
    const version = resolveVersion(lt, input.LaunchTemplate.Version);
    data = structuredClone(version.data) as LaunchData;
    launchTemplate = { id: lt.id, name: lt.name, version: String(version.number) };
  }
  // "Network interfaces and an instance-level subnet ID may not be specified on the same
  // request" — also when the interfaces come from the launch template:
  // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html (SubnetId)
  if (
    input.SubnetId &&
    ((data.NetworkInterfaces?.length ?? 0) > 0 || (input.NetworkInterfaces?.length ?? 0) > 0)
  )
    throw new SimError(
      "InvalidParameterCombination",
      "Network interfaces and an instance-level subnet ID may not be specified on the same request",
    );
  const given = input as unknown as LaunchData;
  for (const key of [
    "ImageId",
    "InstanceType",
    "KeyName",
    "UserData",
    "SecurityGroupIds",
    "NetworkInterfaces",
    "MetadataOptions",
    "BlockDeviceMappings",
    "IamInstanceProfile",
  ] as const) {
    if (given[key] !== undefined) (data as Record<string, unknown>)[key] = given[key];
  }
  // Tags given with the request add to the template's tags.
  data.TagSpecifications = [
    ...(data.TagSpecifications ?? []),
    ...((input.TagSpecifications ?? []) as LaunchData["TagSpecifications"] & object),
  ];
  const req: LaunchRequest = { count: max, data };
  if (input.SubnetId) req.subnetId = input.SubnetId;
  if (launchTemplate) req.launchTemplate = launchTemplate;
  if (input.ClientToken) req.clientToken = input.ClientToken;
  const launched = await launchInstances(ctx, req);
  return reservationsOf(launched, ctx)[0]!;
}
