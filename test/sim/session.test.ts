import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DescribeInstancesCommand, RunInstancesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { openSimSession, replaceSessionWorld } from "../../src/sim/session.js";
import { loadWorld } from "../../src/sim/world.js";
import { LEGACY_AMI, REGION, ROOT, SUBNETS } from "./world.js";

async function tempFile(): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), "amipipe-sim-")), "state.json");
}

describe("simulator sessions (--sim FILE)", () => {
  it("without a state file the first AWS call asks for `amipipe sim init`", async () => {
    const file = await tempFile();
    const session = await openSimSession({ file, faults: [], root: ROOT });
    await expect(session.aws.ec2(REGION).send(new DescribeInstancesCommand({}))).rejects.toThrow(
      /run amipipe sim init/,
    );
    await expect(session.aws.ec2(REGION).send(new DescribeInstancesCommand({}))).rejects.toBeInstanceOf(
      UsageError,
    );
  });

  it("successive sessions over one file see one world, and time carries over", async () => {
    const file = await tempFile();
    const first = await openSimSession({ file, faults: [], root: ROOT });
    replaceSessionWorld(first, await loadWorld(ROOT));
    const run = await first.aws.ec2(REGION).send(
      new RunInstancesCommand({
        MinCount: 1,
        MaxCount: 1,
        ImageId: LEGACY_AMI,
        InstanceType: "t3.small",
        SubnetId: SUBNETS[2],
      }),
    );
    const id = run.Instances![0]!.InstanceId!;
    await first.clock.sleep(60_000);
    await first.save();

    const second = await openSimSession({ file, faults: [], root: ROOT });
    expect(second.clock.now()).toBe(first.clock.now());
    const seen = await second.aws.ec2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(seen.Reservations![0]!.Instances![0]!.State?.Name).toBe("running");
  });

  it("an unknown --fault is a usage error before anything runs", async () => {
    await expect(
      openSimSession({ file: await tempFile(), faults: ["gremlins"], root: ROOT }),
    ).rejects.toBeInstanceOf(UsageError);
  });
});
