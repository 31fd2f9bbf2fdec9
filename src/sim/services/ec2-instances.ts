import type {
  CreateTagsCommandInput,
  DeleteTagsCommandInput,
  DescribeInstanceStatusCommandInput,
  DescribeInstanceStatusCommandOutput,
  DescribeInstancesCommandInput,
  DescribeInstancesCommandOutput,
  Instance,
  InstanceStateChange,
  RebootInstancesCommandInput,
  Reservation,
  RunInstancesCommandInput,
  RunInstancesCommandOutput,
  StartInstancesCommandInput,
  StartInstancesCommandOutput,
  StopInstancesCommandInput,
  StopInstancesCommandOutput,
  TerminateInstancesCommandInput,
  TerminateInstancesCommandOutput,
} from "@aws-sdk/client-ec2";
import type { SimCallContext } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import { factsAfterBoot, factsForImage } from "../facts.js";
import { newId } from "../random.js";
import type { InstanceRecord, InstanceStateName, RegionState, Tags } from "../state.js";
import { findImage, imageState } from "./ec2-images.js";
import { findLaunchTemplate, resolveVersion } from "./ec2-launch-templates.js";
import { changeState, STATE_CODES, stateAt, statusChecksAt, TIMINGS } from "./ec2-lifecycle.js";
import { findSubnet, nextPrivateIp } from "./ec2-network.js";
import { matchesFilters, page, tagList, tagsFor, tagsFrom } from "./filters.js";

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

/** Every VPC has a default security group; instances launched without groups join it. */
export function defaultSecurityGroup(vpcId: string): string {
  return `sg-${vpcId.slice(4)}`;
}

/** Graviton instance families (…g, …gd, …gn) run arm64 AMIs only. */
export function instanceTypeArchitecture(type: string): "arm64" | "x86_64" {
  return /^[a-z]+\d+g[a-z]*\./.test(type) ? "arm64" : "x86_64";
}

export function findInstance(r: RegionState, id: string, now: number): InstanceRecord {
  if (!/^i-[0-9a-f]{8,17}$/.test(id))
    throw new SimError("InvalidInstanceID.Malformed", `Invalid id: "${id}"`);
  const instance = r.instances[id];
  if (!instance || !visible(instance, now))
    throw notFound("InvalidInstanceID.NotFound", `The instance ID '${id}' does not exist`);
  return instance;
}

function visible(instance: InstanceRecord, now: number): boolean {
  if (instance.launchedAt > now) return false;
  const terminated = instance.transitions.find((t) => t.state === "terminated");
  return !terminated || now < terminated.at + TIMINGS.terminatedVisible;
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
  const capacity = ctx.engine.faults.args("capacity");
  if (capacity.includes(subnet.id) || capacity.includes(subnet.availabilityZone)) {
    throw new SimError(
      "InsufficientInstanceCapacity",
      `We currently do not have sufficient ${instanceType} capacity in the Availability Zone you requested (${subnet.availabilityZone}). Our system will be working on provisioning additional capacity. You can currently get ${instanceType} capacity by not specifying an Availability Zone in your request or choosing ${r.subnets
        .filter((s) => s.availabilityZone !== subnet.availabilityZone)
        .map((s) => s.availabilityZone)
        .join(", ")}.`,
      500,
    );
  }
  const tags: Tags = { ...tagsFor(data.TagSpecifications, "instance"), ...(req.extraTags ?? {}) };
  if (req.launchTemplate) {
    tags["aws:ec2launchtemplate:id"] = req.launchTemplate.id;
    tags["aws:ec2launchtemplate:version"] = req.launchTemplate.version;
  }
  const failsHealthChecks =
    ctx.engine.faults.has("new-instances-unhealthy") && isNewestImage(r, image.id, ctx.account, now);
  const newest = isNewestImage(r, image.id, ctx.account, now);
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

function stateOf(name: InstanceStateName) {
  return { Code: STATE_CODES[name], Name: name };
}

function toInstance(i: InstanceRecord, ctx: SimCallContext): Instance {
  const state = stateAt(i, ctx.now);
  const profileArn = i.iamInstanceProfile?.startsWith("arn:")
    ? i.iamInstanceProfile
    : `arn:aws:iam::${ctx.account}:instance-profile/${i.iamInstanceProfile}`;
  const out: Instance = {
    InstanceId: i.id,
    ImageId: i.imageId,
    InstanceType: i.instanceType as Instance["InstanceType"],
    Architecture: i.architecture as Instance["Architecture"],
    State: stateOf(state),
    LaunchTime: new Date(i.launchedAt),
    Placement: { AvailabilityZone: i.availabilityZone, Tenancy: "default", GroupName: "" },
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    PrivateIpAddress: i.privateIp,
    PrivateDnsName: `ip-${i.privateIp.replaceAll(".", "-")}.${ctx.region}.compute.internal`,
    RootDeviceName: "/dev/xvda",
    RootDeviceType: "ebs",
    VirtualizationType: "hvm",
    Hypervisor: "xen",
    EnaSupport: true,
    AmiLaunchIndex: 0,
    PlatformDetails: "Linux/UNIX",
    UsageOperation: "RunInstances",
    StateTransitionReason: state === "stopped" || state === "stopping" ? "User initiated" : "",
    Monitoring: { State: "disabled" },
    EbsOptimized: false,
    SourceDestCheck: true,
    SriovNetSupport: "simple",
    HibernationOptions: { Configured: false },
    ProductCodes: [],
    ClientToken: i.clientToken ?? "",
    NetworkInterfaces: state === "terminated" ? [] : [primaryInterface(i, ctx.account)],
    MetadataOptions: {
      State: "applied",
      HttpTokens: i.metadataOptions.httpTokens as "required",
      HttpEndpoint: i.metadataOptions.httpEndpoint as "enabled",
      HttpPutResponseHopLimit: i.metadataOptions.httpPutResponseHopLimit,
      HttpProtocolIpv6: "disabled",
      InstanceMetadataTags: "disabled",
    },
    BlockDeviceMappings:
      state === "terminated"
        ? []
        : i.blockDevices.map((b) => ({
            DeviceName: b.deviceName,
            Ebs: {
              VolumeId: b.volumeId,
              Status: "attached",
              AttachTime: new Date(i.launchedAt),
              DeleteOnTermination: b.deleteOnTermination,
            },
          })),
    SecurityGroups: i.securityGroupIds.map((g) => ({
      GroupId: g,
      GroupName: g === defaultSecurityGroup(i.vpcId) ? "default" : g,
    })),
    ...(Object.keys(i.tags).length > 0 ? { Tags: tagList(i.tags) } : {}),
  };
  if (i.iamInstanceProfile) out.IamInstanceProfile = { Arn: profileArn, Id: "AIPAAMIPIPE" };
  if (i.keyName) out.KeyName = i.keyName;
  const reason = STATE_REASONS[state];
  if (reason) out.StateReason = reason;
  return out;
}

const STATE_REASONS: Partial<Record<InstanceStateName, { Code: string; Message: string }>> = {
  pending: { Code: "pending", Message: "pending" },
  stopping: {
    Code: "Client.UserInitiatedShutdown",
    Message: "Client.UserInitiatedShutdown: User initiated shutdown",
  },
  stopped: {
    Code: "Client.UserInitiatedShutdown",
    Message: "Client.UserInitiatedShutdown: User initiated shutdown",
  },
  "shutting-down": {
    Code: "Client.UserInitiatedShutdown",
    Message: "Client.UserInitiatedShutdown: User initiated shutdown",
  },
  terminated: {
    Code: "Client.UserInitiatedShutdown",
    Message: "Client.UserInitiatedShutdown: User initiated shutdown",
  },
};

/** The instance's primary network interface (one ENI per instance, as the toolkit launches them). */
function primaryInterface(
  i: InstanceRecord,
  account: string,
): NonNullable<Instance["NetworkInterfaces"]>[number] {
  const eni = `eni-${i.id.slice(2)}`;
  const mac = `0e:${i.id.slice(-10).match(/../g)!.join(":")}`;
  return {
    NetworkInterfaceId: eni,
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    Description: "",
    OwnerId: account,
    Status: "in-use",
    MacAddress: mac,
    PrivateIpAddress: i.privateIp,
    SourceDestCheck: true,
    InterfaceType: "interface",
    Groups: i.securityGroupIds.map((g) => ({
      GroupId: g,
      GroupName: g === defaultSecurityGroup(i.vpcId) ? "default" : g,
    })),
    Ipv6Addresses: [],
    PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: i.privateIp }],
    Association: { IpOwnerId: "amazon", PublicDnsName: "", PublicIp: "" },
    Attachment: {
      AttachmentId: `eni-attach-${i.id.slice(2)}`,
      AttachTime: new Date(i.launchedAt),
      DeleteOnTermination: true,
      DeviceIndex: 0,
      NetworkCardIndex: 0,
      Status: "attached",
    },
  };
}

function instanceFields(i: InstanceRecord, now: number): Record<string, string | string[] | undefined> {
  const state = stateAt(i, now);
  return {
    "instance-id": i.id,
    "image-id": i.imageId,
    "instance-state-name": state,
    "instance-state-code": String(STATE_CODES[state]),
    "instance-type": i.instanceType,
    "subnet-id": i.subnetId,
    "vpc-id": i.vpcId,
    "availability-zone": i.availabilityZone,
    "private-ip-address": i.privateIp,
    "reservation-id": i.reservationId,
    architecture: i.architecture,
    "metadata-options.http-tokens": i.metadataOptions.httpTokens,
    "iam-instance-profile.arn": i.iamInstanceProfile,
    "client-token": i.clientToken,
  };
}

function reservationsOf(instances: InstanceRecord[], ctx: SimCallContext): Reservation[] {
  const byReservation = new Map<string, Reservation>();
  for (const i of instances) {
    let reservation = byReservation.get(i.reservationId);
    if (!reservation) {
      reservation = { ReservationId: i.reservationId, OwnerId: ctx.account, Groups: [], Instances: [] };
      byReservation.set(i.reservationId, reservation);
    }
    reservation.Instances!.push(toInstance(i, ctx));
  }
  return [...byReservation.values()];
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

export function describeInstances(
  input: DescribeInstancesCommandInput,
  ctx: SimCallContext,
): Out<DescribeInstancesCommandOutput> {
  const ids = input.InstanceIds ?? [];
  if (ids.length > 0 && input.MaxResults !== undefined) {
    throw new SimError(
      "InvalidParameterCombination",
      "The parameter instancesSet cannot be used with the parameter maxResults",
    );
  }
  for (const id of ids) findInstance(ctx.r, id, ctx.now);
  const matching = Object.values(ctx.r.instances).filter(
    (i) =>
      visible(i, ctx.now) &&
      (ids.length === 0 || ids.includes(i.id)) &&
      matchesFilters(input.Filters, i.tags, instanceFields(i, ctx.now)),
  );
  const { items, nextToken } = page(matching, input.MaxResults, input.NextToken, {
    min: 5,
    max: 1000,
    default: 1000,
  });
  return { Reservations: reservationsOf(items, ctx), ...(nextToken ? { NextToken: nextToken } : {}) };
}

export function describeInstanceStatus(
  input: DescribeInstanceStatusCommandInput,
  ctx: SimCallContext,
): Out<DescribeInstanceStatusCommandOutput> {
  const ids = input.InstanceIds ?? [];
  for (const id of ids) findInstance(ctx.r, id, ctx.now);
  const rows = Object.values(ctx.r.instances)
    .filter((i) => visible(i, ctx.now) && (ids.length === 0 || ids.includes(i.id)))
    .filter((i) => input.IncludeAllInstances || stateAt(i, ctx.now) === "running")
    .filter((i) => {
      const status = statusChecksAt(i, ctx.now);
      return matchesFilters(
        input.Filters,
        {},
        {
          "instance-state-name": stateAt(i, ctx.now),
          "instance-state-code": String(STATE_CODES[stateAt(i, ctx.now)]),
          "availability-zone": i.availabilityZone,
          "instance-status.status": status,
          "system-status.status": status,
          "instance-status.reachability": status === "ok" ? "passed" : status,
          "system-status.reachability": status === "ok" ? "passed" : status,
        },
      );
    });
  const { items, nextToken } = page(rows, input.MaxResults, input.NextToken, {
    min: 5,
    max: 1000,
    default: 1000,
  });
  return {
    InstanceStatuses: items.map((i) => {
      const status = statusChecksAt(i, ctx.now);
      const detail = {
        Name: "reachability" as const,
        Status: (status === "ok"
          ? "passed"
          : status === "initializing"
            ? "initializing"
            : "insufficient-data") as "passed",
      };
      const summary = { Status: status, ...(status === "not-applicable" ? {} : { Details: [detail] }) };
      return {
        InstanceId: i.id,
        AvailabilityZone: i.availabilityZone,
        InstanceState: stateOf(stateAt(i, ctx.now)),
        InstanceStatus: summary,
        SystemStatus: summary,
        AttachedEbsStatus: summary,
      };
    }),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

function stateChanges(
  ids: string[] | undefined,
  ctx: SimCallContext,
  change: (i: InstanceRecord, current: InstanceStateName) => void,
): InstanceStateChange[] {
  const instances = (ids ?? []).map((id) => findInstance(ctx.r, id, ctx.now));
  return instances.map((i) => {
    const previous = stateAt(i, ctx.now);
    change(i, previous);
    return { InstanceId: i.id, PreviousState: stateOf(previous), CurrentState: stateOf(stateAt(i, ctx.now)) };
  });
}

function incorrectState(i: InstanceRecord, current: InstanceStateName, action: string): SimError {
  return new SimError(
    "IncorrectInstanceState",
    `The instance '${i.id}' is not in a state from which it can be ${action}. (current state: ${current})`,
  );
}

export function stopInstances(
  input: StopInstancesCommandInput,
  ctx: SimCallContext,
): Out<StopInstancesCommandOutput> {
  return {
    StoppingInstances: stateChanges(input.InstanceIds, ctx, (i, current) => {
      if (current === "stopped" || current === "stopping") return;
      if (current === "terminated" || current === "shutting-down")
        throw incorrectState(i, current, "stopped");
      changeState(i, ctx.now, [
        { after: 0, state: "stopping" },
        { after: TIMINGS.stopping, state: "stopped" },
      ]);
    }),
  };
}

export async function startInstances(
  input: StartInstancesCommandInput,
  ctx: SimCallContext,
): Promise<Out<StartInstancesCommandOutput>> {
  const started: InstanceRecord[] = [];
  const out = stateChanges(input.InstanceIds, ctx, (i, current) => {
    if (current === "running" || current === "pending") return;
    if (current !== "stopped") throw incorrectState(i, current, "started");
    changeState(i, ctx.now, [
      { after: 0, state: "pending" },
      { after: TIMINGS.pendingToRunning, state: "running" },
    ]);
    started.push(i);
  });
  for (const i of started) i.facts = await factsAfterBoot(i.facts, ctx.now + TIMINGS.pendingToRunning);
  return { StartingInstances: out };
}

export function terminateInstances(
  input: TerminateInstancesCommandInput,
  ctx: SimCallContext,
): Out<TerminateInstancesCommandOutput> {
  return {
    TerminatingInstances: stateChanges(input.InstanceIds, ctx, (i, current) => {
      if (current === "terminated" || current === "shutting-down") return;
      changeState(i, ctx.now, [
        { after: 0, state: "shutting-down" },
        { after: TIMINGS.shuttingDown, state: "terminated" },
      ]);
      // Terminated instances leave their target groups (draining) and their Auto Scaling group.
      for (const tg of Object.values(ctx.r.targetGroups)) {
        for (const e of tg.targets)
          if (e.id === i.id && e.deregisteredAt === undefined) e.deregisteredAt = ctx.now;
      }
      if (i.autoScalingGroup) {
        const asg = ctx.r.autoScalingGroups[i.autoScalingGroup];
        if (asg) asg.instanceIds = asg.instanceIds.filter((id) => id !== i.id);
      }
    }),
  };
}

export async function rebootInstances(
  input: RebootInstancesCommandInput,
  ctx: SimCallContext,
): Promise<Record<string, never>> {
  const instances = (input.InstanceIds ?? []).map((id) => findInstance(ctx.r, id, ctx.now));
  for (const i of instances) {
    const current = stateAt(i, ctx.now);
    if (current === "terminated" || current === "shutting-down") throw incorrectState(i, current, "rebooted");
  }
  for (const i of instances) {
    if (stateAt(i, ctx.now) !== "running") continue;
    i.reboots.push(ctx.now);
    i.facts = await factsAfterBoot(i.facts, ctx.now);
  }
  return {};
}

/** Finds any taggable resource by id in the region. */
function taggable(ctx: SimCallContext, id: string): { tags: Tags } {
  const r = ctx.r;
  const found = id.startsWith("i-")
    ? r.instances[id]
    : id.startsWith("ami-")
      ? r.images[id]
      : id.startsWith("snap-")
        ? r.snapshots[id]
        : id.startsWith("lt-")
          ? r.launchTemplates[id]
          : id.startsWith("subnet-")
            ? r.subnets.find((s) => s.id === id)
            : id.startsWith("vpc-")
              ? r.vpcs.find((v) => v.id === id)
              : undefined;
  if (found) return found;
  const codes: Record<string, string> = {
    i: "InvalidInstanceID.NotFound",
    ami: "InvalidAMIID.NotFound",
    snap: "InvalidSnapshot.NotFound",
    lt: "InvalidLaunchTemplateId.NotFound",
    subnet: "InvalidSubnetID.NotFound",
    vpc: "InvalidVpcID.NotFound",
  };
  const code = codes[id.split("-")[0] ?? ""];
  if (code) throw notFound(code, `The ID '${id}' does not exist`);
  throw new SimError("InvalidID", `The ID '${id}' is not valid`);
}

export function createTags(input: CreateTagsCommandInput, ctx: SimCallContext): Record<string, never> {
  const tags = tagsFrom(input.Tags);
  for (const key of Object.keys(tags)) {
    if (key.toLowerCase().startsWith("aws:"))
      throw new SimError(
        "InvalidParameterValue",
        `Tag keys starting with 'aws:' are reserved for internal use`,
      );
    if (key.length > 128 || (tags[key] ?? "").length > 256)
      throw new SimError("InvalidParameterValue", `Tag key or value too long: ${key}`);
  }
  const resources = (input.Resources ?? []).map((id) => taggable(ctx, id));
  for (const resource of resources) {
    const merged = { ...resource.tags, ...tags };
    if (Object.keys(merged).length > 50)
      throw new SimError(
        "TagLimitExceeded",
        "The maximum number of tags (50) for a resource has been reached.",
      );
    resource.tags = merged;
  }
  return {};
}

export function deleteTags(input: DeleteTagsCommandInput, ctx: SimCallContext): Record<string, never> {
  const resources = (input.Resources ?? []).map((id) => taggable(ctx, id));
  for (const resource of resources) {
    for (const t of input.Tags ?? []) {
      if (t.Key === undefined) continue;
      if (t.Value === undefined || resource.tags[t.Key] === t.Value) delete resource.tags[t.Key];
    }
  }
  return {};
}
