import {
  type InstanceNetworkInterfaceSpecification,
  RunInstancesCommand,
  type TagSpecification,
} from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../../aws/clients.js";
import { errorName } from "../../aws/errors.js";
import { TAG, toTagList } from "../../aws/tags.js";
import { rolloutFinding, StepFailed } from "../../rollout/failure.js";
import type { LaunchedVersion } from "../launch-template.js";

/**
 * How many new instances go to each subnet so the fleet stays spread: each one goes to the
 * subnet holding the fewest of the fleet so far (ties in the configured order).
 */
export function spread(
  subnets: readonly string[],
  existing: readonly (string | undefined)[],
  count: number,
): Map<string, number> {
  const load = new Map(subnets.map((s) => [s, 0]));
  for (const s of existing) if (s !== undefined && load.has(s)) load.set(s, (load.get(s) ?? 0) + 1);
  const out = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    let best = subnets[0]!;
    for (const s of subnets) if ((load.get(s) ?? 0) < (load.get(best) ?? 0)) best = s;
    load.set(best, (load.get(best) ?? 0) + 1);
    out.set(best, (out.get(best) ?? 0) + 1);
  }
  return out;
}

export interface LaunchRequest {
  region: string;
  template: LaunchedVersion;
  subnets: readonly string[];
  /** Subnets of the new instances already running, for spreading. */
  existingSubnets: readonly (string | undefined)[];
  count: number;
  tags: Record<string, string>;
  onCapacity?: (subnet: string) => void;
  /** A fresh idempotency token per RunInstances (the SDK reuses it on its own retries). */
  token: () => string;
}

/**
 * Launches `count` instances spread over the subnets, one RunInstances per subnet. A subnet
 * without capacity (InsufficientInstanceCapacity) is left out and its share goes to the others.
 */
export async function launchInstances(aws: AwsFactory, r: LaunchRequest): Promise<string[]> {
  const usable = [...r.subnets];
  const launched: string[] = [];
  const placed = [...r.existingSubnets];
  let remaining = r.count;
  while (remaining > 0) {
    if (usable.length === 0) {
      throw new StepFailed(`no subnet had capacity for ${remaining} more instance(s)`, [
        rolloutFinding({
          name: "capacity",
          level: "environment",
          target: r.subnets.join(","),
          summary: `InsufficientInstanceCapacity in every subnet (${r.subnets.join(", ")})`,
        }),
      ]);
    }
    const shares = spread(usable, placed, remaining);
    for (const [subnet, count] of shares) {
      try {
        const ids = await runIn(aws, r, subnet, count);
        launched.push(...ids);
        placed.push(...ids.map(() => subnet));
        remaining -= ids.length;
      } catch (error) {
        if (errorName(error) !== "InsufficientInstanceCapacity") throw error;
        usable.splice(usable.indexOf(subnet), 1);
        r.onCapacity?.(subnet);
      }
    }
  }
  return launched;
}

/**
 * One RunInstances into `subnet`. A template whose version defines network interfaces rejects
 * a SubnetId in the request, so the primary interface is given instead, carrying the
 * template's security groups and addressing. The instance, its volumes and its network
 * interface carry the rollout's tags (IAM conditions judge each resource RunInstances creates).
 */
async function runIn(aws: AwsFactory, r: LaunchRequest, subnet: string, count: number): Promise<string[]> {
  const Tags = toTagList({ ...r.tags, [TAG.role]: "new" });
  const tagSpecifications: TagSpecification[] = [
    { ResourceType: "instance", Tags },
    { ResourceType: "volume", Tags },
    { ResourceType: "network-interface", Tags },
  ];
  const primary = r.template.primaryInterface;
  const placement: { SubnetId?: string; NetworkInterfaces?: InstanceNetworkInterfaceSpecification[] } =
    primary
      ? { NetworkInterfaces: [{ ...primary, DeviceIndex: 0, SubnetId: subnet }] }
      : { SubnetId: subnet };
  const result = await aws.ec2(r.region).send(
    new RunInstancesCommand({
      LaunchTemplate: { LaunchTemplateId: r.template.id, Version: r.template.version },
      ...placement,
      MinCount: count,
      MaxCount: count,
      // Same token on the SDK's own retries: a retried call never launches twice.
      ClientToken: r.token(),
      TagSpecifications: tagSpecifications,
    }),
  );
  return (result.Instances ?? []).map((i) => i.InstanceId ?? "").filter(Boolean);
}
