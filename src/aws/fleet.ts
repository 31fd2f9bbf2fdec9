import {
  DescribeInstancesCommand,
  type DescribeInstancesCommandOutput,
  type Instance,
} from "@aws-sdk/client-ec2";
import {
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  type TargetGroup,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { AwsFactory } from "./clients.js";
import { chunks, collectPages } from "./pagination.js";

export type TargetState = "initial" | "healthy" | "unhealthy" | "unused" | "draining" | "unavailable";

export interface ObservedTarget {
  instanceId: string;
  port: number;
  state: TargetState;
  reason?: string;
}

export interface ObservedTargetGroup {
  name: string;
  arn: string;
  targets: ObservedTarget[];
}

/** Target groups by name, with the health of every target: one DescribeTargetGroups, one DescribeTargetHealth each. */
export async function observeTargetGroups(
  aws: AwsFactory,
  region: string,
  names: readonly string[],
): Promise<Map<string, ObservedTargetGroup>> {
  const elb = aws.elbv2(region);
  const out = new Map<string, ObservedTargetGroup>();
  if (names.length === 0) return out;
  const groups: TargetGroup[] = [];
  for (const batch of chunks([...new Set(names)], 20)) {
    const page = await elb.send(new DescribeTargetGroupsCommand({ Names: batch }));
    groups.push(...(page.TargetGroups ?? []));
  }
  await Promise.all(
    groups.map(async (tg) => {
      const health = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn! }));
      out.set(tg.TargetGroupName!, {
        name: tg.TargetGroupName!,
        arn: tg.TargetGroupArn!,
        targets: (health.TargetHealthDescriptions ?? []).map((d) => {
          const t: ObservedTarget = {
            instanceId: d.Target?.Id ?? "",
            port: d.Target?.Port ?? 0,
            state: (d.TargetHealth?.State ?? "unavailable") as TargetState,
          };
          if (d.TargetHealth?.Reason) t.reason = d.TargetHealth.Reason;
          return t;
        }),
      });
    }),
  );
  return out;
}

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
