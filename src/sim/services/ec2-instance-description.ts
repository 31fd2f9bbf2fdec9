import type { Instance, Reservation } from "@aws-sdk/client-ec2";
import type { SimCallContext } from "../engine.js";
import type { InstanceRecord, InstanceStateName } from "../state.js";
import { instanceState, stateAt } from "./ec2-lifecycle.js";
import { defaultSecurityGroup } from "./ec2-network.js";
import { tagList } from "./filters.js";

/** An instance record as DescribeInstances and RunInstances print it, grouped by reservation. */

export function reservationsOf(
  instances: InstanceRecord[],
  ctx: SimCallContext,
  /** The state a describe reports (default: the actual one, as RunInstances answers it). */
  stateOf: (i: InstanceRecord) => InstanceStateName = (i) => stateAt(i, ctx.now),
): Reservation[] {
  const byReservation = new Map<string, Reservation>();
  for (const i of instances) {
    let reservation = byReservation.get(i.reservationId);
    if (!reservation) {
      reservation = { ReservationId: i.reservationId, OwnerId: ctx.account, Groups: [], Instances: [] };
      byReservation.set(i.reservationId, reservation);
    }
    reservation.Instances!.push(toInstance(i, ctx, stateOf(i)));
  }
  return [...byReservation.values()];
}

function toInstance(i: InstanceRecord, ctx: SimCallContext, state: InstanceStateName): Instance {
  const profileArn = i.iamInstanceProfile?.startsWith("arn:")
    ? i.iamInstanceProfile
    : `arn:aws:iam::${ctx.account}:instance-profile/${i.iamInstanceProfile}`;
  const out: Instance = {
    InstanceId: i.id,
    ImageId: i.imageId,
    InstanceType: i.instanceType as Instance["InstanceType"],
    Architecture: i.architecture as Instance["Architecture"],
    State: instanceState(state),
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

const USER_SHUTDOWN = {
  Code: "Client.UserInitiatedShutdown",
  Message: "Client.UserInitiatedShutdown: User initiated shutdown",
};

const STATE_REASONS: Partial<Record<InstanceStateName, { Code: string; Message: string }>> = {
  pending: { Code: "pending", Message: "pending" },
  stopping: USER_SHUTDOWN,
  stopped: USER_SHUTDOWN,
  "shutting-down": USER_SHUTDOWN,
  terminated: USER_SHUTDOWN,
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
