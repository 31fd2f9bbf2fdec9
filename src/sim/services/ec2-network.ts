import type {
  DescribeSubnetsCommandInput,
  DescribeSubnetsCommandOutput,
  DescribeVpcsCommandInput,
  DescribeVpcsCommandOutput,
} from "@aws-sdk/client-ec2";
import type { SimCallContext } from "../engine.js";
import { notFound } from "../errors.js";
import type { RegionState, SubnetRecord } from "../state.js";
import { matchesFilters, tagList } from "./filters.js";

type Out<T> = Omit<T, "$metadata">;

/** Every VPC has a default security group; instances launched without groups join it. */
export function defaultSecurityGroup(vpcId: string): string {
  return `sg-${vpcId.slice(4)}`;
}

export function findSubnet(r: RegionState, id: string): SubnetRecord {
  const subnet = r.subnets.find((s) => s.id === id);
  if (!subnet) throw notFound("InvalidSubnetID.NotFound", `The subnet ID '${id}' does not exist`);
  return subnet;
}

/** The next private IP in the subnet's CIDR (a /24 or larger; hosts from .4 as AWS reserves .0–.3). */
export function nextPrivateIp(subnet: SubnetRecord): string {
  const [base] = subnet.cidr.split("/");
  const parts = (base ?? "10.0.0.0").split(".").map(Number);
  const host = subnet.nextHost++;
  const value = ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) + host;
  return [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join(".");
}

export function describeVpcs(
  input: DescribeVpcsCommandInput,
  { r, account }: SimCallContext,
): Out<DescribeVpcsCommandOutput> {
  for (const id of input.VpcIds ?? [])
    if (!r.vpcs.some((v) => v.id === id))
      throw notFound("InvalidVpcID.NotFound", `The vpc ID '${id}' does not exist`);
  const vpcs = r.vpcs.filter(
    (v) =>
      (!input.VpcIds?.length || input.VpcIds.includes(v.id)) &&
      matchesFilters(input.Filters, v.tags, {
        "vpc-id": v.id,
        "cidr-block": v.cidr,
        state: "available",
        "is-default": "false",
      }),
  );
  return {
    Vpcs: vpcs.map((v) => ({
      VpcId: v.id,
      CidrBlock: v.cidr,
      State: "available",
      OwnerId: account,
      IsDefault: false,
      InstanceTenancy: "default",
      Tags: tagList(v.tags),
    })),
  };
}

export function describeSubnets(
  input: DescribeSubnetsCommandInput,
  { r, account, region }: SimCallContext,
): Out<DescribeSubnetsCommandOutput> {
  for (const id of input.SubnetIds ?? []) findSubnet(r, id);
  const subnets = r.subnets.filter(
    (s) =>
      (!input.SubnetIds?.length || input.SubnetIds.includes(s.id)) &&
      matchesFilters(input.Filters, s.tags, {
        "subnet-id": s.id,
        "vpc-id": s.vpcId,
        "availability-zone": s.availabilityZone,
        "cidr-block": s.cidr,
        state: "available",
      }),
  );
  return {
    Subnets: subnets.map((s) => ({
      SubnetId: s.id,
      SubnetArn: `arn:aws:ec2:${region}:${account}:subnet/${s.id}`,
      VpcId: s.vpcId,
      AvailabilityZone: s.availabilityZone,
      CidrBlock: s.cidr,
      State: "available",
      OwnerId: account,
      AvailableIpAddressCount: 251 - s.nextHost + 4,
      DefaultForAz: false,
      MapPublicIpOnLaunch: false,
      Tags: tagList(s.tags),
    })),
  };
}
