import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { simulatedHttp } from "../../src/sim/http.js";
import { LEGACY_AMI, REGION, type World } from "../rollout/world.js";

/** The world with HTTP to the simulated load balancer, as `--sim` gives every command. */
export function withHttp(world: World): World {
  return { ...world, ctx: { ...world.ctx, http: simulatedHttp(() => world.sim.engine) } };
}

/** The running legacy servers of ENV: built by hand, found by their AMI and Name tag (they may carry no amipipe tags). */
export async function legacyServers(world: World, env: string): Promise<string[]> {
  const described = await world.ctx.aws.ec2(REGION).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: "image-id", Values: [LEGACY_AMI] },
        { Name: "instance-state-name", Values: ["running"] },
      ],
    }),
  );
  return (described.Reservations ?? [])
    .flatMap((r) => r.Instances ?? [])
    .filter((i) => i.Tags?.some((t) => t.Key === "Name" && t.Value?.startsWith(`web-${env}-`)))
    .flatMap((i) => (i.InstanceId ? [i.InstanceId] : []));
}
