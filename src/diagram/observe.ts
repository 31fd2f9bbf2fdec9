import { DescribeAutoScalingGroupsCommand } from "@aws-sdk/client-auto-scaling";
import { type Filter, paginateDescribeImages, paginateDescribeInstances } from "@aws-sdk/client-ec2";
import {
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { AwsFactory } from "../aws/clients.js";
import { chunks } from "../aws/pagination.js";
import { TAG } from "../aws/tags.js";
import { autoScalingGroupName } from "../config/asg.js";
import { environmentsInOrder, type Project } from "../config/load.js";
import type { DiagramObservation } from "./build.js";

/** Reads what the diagram draws from AWS: toolkit images, and per environment its instances and healthy targets. */
export async function observeForDiagram(aws: AwsFactory, project: Project): Promise<DiagramObservation> {
  const envs = environmentsInOrder(project).map((e) => e.env);
  const observation: DiagramObservation = { images: [], fleets: [] };
  for (const region of [...new Set(envs.map((e) => e.region))].sort()) {
    const filter = { Owners: ["self"], Filters: [{ Name: "tag-key", Values: [TAG.recipe] }] };
    for await (const page of paginateDescribeImages({ client: aws.ec2(region), pageSize: 1000 }, filter)) {
      for (const image of page.Images ?? []) {
        const tag = (key: string) => image.Tags?.find((t) => t.Key === key)?.Value;
        const recipe = tag(TAG.recipe);
        if (!image.ImageId || !recipe) continue;
        const entry: DiagramObservation["images"][number] = { ami: image.ImageId, recipe };
        const arch = tag(TAG.arch) ?? image.Architecture;
        if (arch) entry.arch = arch;
        const builtAt = tag(TAG.builtAt) ?? image.CreationDate;
        if (builtAt) entry.builtAt = builtAt;
        observation.images.push(entry);
      }
    }
  }
  for (const env of envs) {
    const ec2 = aws.ec2(env.region);
    const elb = aws.elbv2(env.region);
    const groups = await elb.send(new DescribeTargetGroupsCommand({ Names: [env.fleet.targetGroup] }));
    const arn = groups.TargetGroups?.[0]?.TargetGroupArn;
    const health = arn ? await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: arn })) : undefined;
    const healthy = (health?.TargetHealthDescriptions ?? []).filter(
      (d) => d.TargetHealth?.State === "healthy",
    ).length;
    // The environment's tagged instances, and the servers in its target group no rollout has
    // adopted yet (built by hand, without amipipe tags).
    const serving = new Map<string, number>();
    const seen = new Set<string>();
    const count = async (Filters: Filter[]) => {
      for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 1000 }, { Filters })) {
        for (const i of (page.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
          if (!i.InstanceId || seen.has(i.InstanceId)) continue;
          seen.add(i.InstanceId);
          if (i.ImageId) serving.set(i.ImageId, (serving.get(i.ImageId) ?? 0) + 1);
        }
      }
    };
    const live = { Name: "instance-state-name", Values: ["pending", "running"] };
    await count([{ Name: `tag:${TAG.environment}`, Values: [env.name] }, live]);
    const targets = (health?.TargetHealthDescriptions ?? []).flatMap((d) =>
      d.Target?.Id && !seen.has(d.Target.Id) ? [d.Target.Id] : [],
    );
    for (const batch of chunks(targets, 200)) await count([{ Name: "instance-id", Values: batch }, live]);
    const fleet: DiagramObservation["fleets"][number] = {
      env: env.name,
      kind: env.fleet.kind,
      desired: env.fleet.count,
      healthy,
      serving: [],
    };
    if (env.fleet.kind === "asg") {
      const name = autoScalingGroupName(env);
      const asg = await aws
        .autoscaling(env.region)
        .send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }));
      fleet.name = name;
      fleet.desired = asg.AutoScalingGroups?.[0]?.DesiredCapacity ?? env.fleet.count;
    }
    fleet.serving = [...serving]
      .map(([ami, instances]) => ({ ami, instances }))
      .sort((a, b) => b.instances - a.instances);
    observation.fleets.push(fleet);
  }
  return observation;
}
