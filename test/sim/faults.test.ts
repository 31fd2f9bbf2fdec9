import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DescribeInstancesCommand, DescribeSubnetsCommand, RunInstancesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { SimulatedCrash } from "../../src/sim/errors.js";
import { Faults } from "../../src/sim/faults.js";
import { exampleWorld, LEGACY_AMI, REGION, SUBNETS } from "./world.js";

describe("simulator faults", () => {
  it("an unknown fault or a malformed argument is a usage error (exit 2)", () => {
    expect(() => new Faults(["disk-full"])).toThrow(UsageError);
    expect(() => new Faults(["throttle=lots"])).toThrow(/between 0 and 1/);
    expect(() => new Faults(["capacity"])).toThrow(/needs an argument/);
    const faults = new Faults([
      "agent-missing=fluentd",
      "agent-missing=newrelic-infra",
      "image-build-fails",
      "service-not-enabled=crond",
    ]);
    expect(faults.args("agent-missing")).toEqual(["fluentd", "newrelic-infra"]);
    expect(faults.has("image-build-fails")).toBe(true);
    expect(faults.arg("image-build-fails")).toBeUndefined();
    expect(faults.arg("service-not-enabled")).toBe("crond");
  });

  it("throttled calls answer RequestLimitExceeded and the SDK retries them until they succeed", async () => {
    const sim = await exampleWorld(["throttle=0.5"]);
    const ec2 = sim.aws.ec2(REGION);
    for (let i = 0; i < 20; i++) {
      const out = await ec2.send(new DescribeSubnetsCommand({}));
      expect(out.Subnets).toHaveLength(3);
    }
    const outcomes = sim.engine.calls.map((c) => c.outcome);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(20);
    expect(outcomes.filter((o) => o === "RequestLimitExceeded").length).toBeGreaterThan(5);
  });

  it("capacity=SUBNET makes RunInstances in that subnet answer InsufficientInstanceCapacity; other subnets launch", async () => {
    const sim = await exampleWorld([`capacity=${SUBNETS[0]}`]);
    const ec2 = sim.aws.ec2(REGION);
    const run = (SubnetId: string) =>
      ec2.send(
        new RunInstancesCommand({
          MinCount: 1,
          MaxCount: 1,
          ImageId: LEGACY_AMI,
          InstanceType: "t3.medium",
          SubnetId,
        }),
      );
    await expect(run(SUBNETS[0])).rejects.toMatchObject({
      name: "InsufficientInstanceCapacity",
      $fault: "server",
    });
    const ok = await run(SUBNETS[1]);
    expect(ok.Instances![0]!.SubnetId).toBe(SUBNETS[1]);
  });

  it("crash-after-calls=N lets N calls through and then crashes the caller", async () => {
    const sim = await exampleWorld(["crash-after-calls=3"]);
    const ec2 = sim.aws.ec2(REGION);
    for (let i = 0; i < 3; i++) await ec2.send(new DescribeInstancesCommand({}));
    await expect(ec2.send(new DescribeInstancesCommand({}))).rejects.toBeInstanceOf(SimulatedCrash);
    expect(sim.engine.calls).toHaveLength(3);
  });

  it("the call log records service, operation, region, virtual time and outcome, and is saved with the world", async () => {
    const sim = await exampleWorld();
    await sim.clock.sleep(90_000);
    await sim.aws.ec2(REGION).send(new DescribeSubnetsCommand({}));
    const file = path.join(await mkdtemp(path.join(tmpdir(), "amipipe-sim-")), "world.json");
    await sim.save(file);
    const saved = JSON.parse(await readFile(file, "utf8"));
    expect(saved.calls.at(-1)).toEqual({
      service: "ec2",
      operation: "DescribeSubnets",
      region: REGION,
      at: Date.parse("2026-05-01T00:01:30Z"),
      outcome: "ok",
    });
    expect(saved.now).toBe(Date.parse("2026-05-01T00:01:30Z"));
  });
});
