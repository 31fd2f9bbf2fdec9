import { DescribeInstancesCommand, RunInstancesCommand, StopInstancesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { exampleWorld, LEGACY_AMI, REGION, SECOND, SUBNETS } from "./world.js";

const launch = {
  MinCount: 1,
  MaxCount: 1,
  ImageId: LEGACY_AMI,
  InstanceType: "t3.medium" as const,
  SubnetId: SUBNETS[0],
};

describe("EC2's eventual consistency", () => {
  it("a just-launched instance is not found by the next DescribeInstances, and shows after the lag", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    const id = (await ec2.send(new RunInstancesCommand(launch))).Instances![0]!.InstanceId!;
    await expect(ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).rejects.toMatchObject({
      name: "InvalidInstanceID.NotFound",
    });
    const listed = await ec2.send(
      new DescribeInstancesCommand({ Filters: [{ Name: "subnet-id", Values: [SUBNETS[0]] }] }),
    );
    const ids = listed.Reservations!.flatMap((r) => r.Instances!.map((i) => i.InstanceId));
    expect(ids).not.toContain(id);
    await sim.clock.sleep(5 * SECOND);
    const found = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(found.Reservations![0]!.Instances![0]!.InstanceId).toBe(id);
  });

  it("a stop shows as the old state for the lag; eventual-consistency=DURATION sets the lag", async () => {
    const sim = await exampleWorld(["eventual-consistency=30s"]);
    const ec2 = sim.aws.ec2(REGION);
    const id = (await ec2.send(new RunInstancesCommand(launch))).Instances![0]!.InstanceId!;
    await sim.clock.sleep(60 * SECOND);
    const state = async () =>
      (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations![0]!.Instances![0]!
        .State!.Name;
    expect(await state()).toBe("running");
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    await sim.clock.sleep(20 * SECOND);
    expect(await state()).toBe("running");
    await sim.clock.sleep(10 * SECOND);
    expect(await state()).toBe("stopped");
  });
});
