import {
  DescribeInstancesCommand,
  type DescribeInstancesCommandOutput,
  type Instance,
} from "@aws-sdk/client-ec2";
import type { AwsFactory } from "./clients.js";
import { chunks, collectPages } from "./pagination.js";

/** EC2 instances described in bulk: by id, or by filters (target groups live in src/fleet/target-group.ts). */

/** Instances by id (batched by 200 per call, paged), e.g. to learn which AMI each target runs. */
export async function describeInstancesById(
  aws: AwsFactory,
  region: string,
  ids: readonly string[],
): Promise<Map<string, Instance>> {
  const ec2 = aws.ec2(region);
  const out = new Map<string, Instance>();
  for (const batch of chunks([...new Set(ids)], 200)) {
    const reservations = await collectPages(async (token) => {
      const page: DescribeInstancesCommandOutput = await ec2.send(
        new DescribeInstancesCommand({ InstanceIds: batch, NextToken: token }),
      );
      return { items: page.Reservations, next: page.NextToken };
    });
    for (const r of reservations)
      for (const i of r.Instances ?? []) if (i.InstanceId) out.set(i.InstanceId, i);
  }
  return out;
}

/** Instances matching EC2 filters, every page. */
export async function describeInstancesWhere(
  aws: AwsFactory,
  region: string,
  filters: Array<{ Name: string; Values: string[] }>,
): Promise<Instance[]> {
  const ec2 = aws.ec2(region);
  const reservations = await collectPages(async (token) => {
    const page: DescribeInstancesCommandOutput = await ec2.send(
      new DescribeInstancesCommand({ Filters: filters, NextToken: token, MaxResults: 1000 }),
    );
    return { items: page.Reservations, next: page.NextToken };
  });
  return reservations.flatMap((r) => r.Instances ?? []);
}
