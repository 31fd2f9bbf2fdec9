import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { fleetOf, promoteOk } from "./scenario.js";
import { exampleWorld, LEGACY_AMI, REGION, webImage } from "./world.js";

describe("the first rollout of a stage on an account of hand-built servers", () => {
  it("finds the untagged servers through the target group and adopts them before anything else", async () => {
    const world = await exampleWorld();
    const legacy = await world.ctx.aws
      .ec2(REGION)
      .send(new DescribeInstancesCommand({ Filters: [{ Name: "tag:Name", Values: ["web-staging-*"] }] }));
    const servers = legacy.Reservations!.flatMap((r) => r.Instances!);
    expect(servers.map((i) => i.Tags!.filter((t) => t.Key!.startsWith("amipipe:")))).toEqual([[], []]);
    const ids = servers.map((i) => i.InstanceId!).sort();

    const ami = await webImage(world);
    const before = world.sim.engine.calls.length;
    await promoteOk(world, "dev", ami);
    await promoteOk(world, "staging", ami);

    // The first write naming them tags exactly the serving hand-built servers into staging.
    const firstWrite = world.sim.engine.calls
      .slice(before)
      .find((c) => c.resources?.some((r) => ids.includes(r.id)));
    expect(firstWrite?.operation).toBe("CreateTags");
    expect(firstWrite?.resources?.map((r) => r.id).sort()).toEqual(ids);
    expect(firstWrite?.requestTags).toMatchObject({
      "amipipe:environment": "staging",
      "amipipe:role": "old",
    });

    // Adopted, they are the old fleet: drained, stopped and kept for a rollback like any other.
    world.sim.clock.advance(5 * 60_000);
    const fleet = await fleetOf(world, "staging");
    const old = fleet.filter((i) => ids.includes(i.id));
    expect(old.map((i) => ({ ami: i.ami, role: i.role, state: i.state }))).toEqual([
      { ami: LEGACY_AMI, role: "old", state: "stopped" },
      { ami: LEGACY_AMI, role: "old", state: "stopped" },
    ]);
    expect(fleet.filter((i) => i.ami === ami && i.state === "running")).toHaveLength(2);
  });
});
