import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DeleteParameterCommand } from "@aws-sdk/client-ssm";
import { beforeAll, describe, expect, it } from "vitest";
import { promote } from "../../src/commands/promote.js";
import { envFile, fork, run, stagingVerifiedWorld, statusOf } from "./scenario.js";
import { exampleConfig, exampleWorld, LEGACY_AMI, REGION, type World, webImage } from "./world.js";

/** dev and staging run the new image; prod serves the legacy fleet. */
let stagingVerified: World;

beforeAll(async () => {
  ({ world: stagingVerified } = await stagingVerifiedWorld());
});

describe("preflight before anything launches", () => {
  it("a recipe parameter missing in the region fails the promotion at once, naming it and its recipe field", async () => {
    const world = await fork(stagingVerified);
    await world.ctx.aws.ssm(REGION).send(new DeleteParameterCommand({ Name: "/web/deploy/authorized-keys" }));
    const before = await envFile(world, "prod");
    const calls = world.sim.engine.calls.length;

    const outcome = await promote(world.ctx, { env: "prod" });
    expect(outcome.ok).toBe(false);
    expect(outcome.data.error?.code).toBe("preflight-failed");
    expect(outcome.data.findings.map((f) => f.summary)).toEqual([
      "SSM parameter /web/deploy/authorized-keys (recipe web, users.create[deploy].sshKeys) does not exist in ap-northeast-1",
    ]);
    expect(outcome.text).toContain("/web/deploy/authorized-keys");
    expect(outcome.text).toContain("users.create[deploy].sshKeys");

    const made = world.sim.engine.calls.slice(calls).map((c) => c.operation);
    // Metadata only: the toolkit learns that a secret exists, never its value.
    expect(made).toContain("DescribeParameters");
    expect(made).not.toContain("GetParameters");
    expect(made).not.toContain("RunInstances");
    expect(made).not.toContain("CreateLaunchTemplateVersion");
    expect(made).not.toContain("StartInstances");
    expect(await envFile(world, "prod")).toBe(before);
    expect(await statusOf(world, "prod")).toMatchObject({
      pinned: LEGACY_AMI,
      serving: [LEGACY_AMI],
      healthy: 2,
      inSync: true,
    });
  });

  it("with every parameter in place the same promotion goes ahead", async () => {
    const world = await fork(stagingVerified);
    expect((await run(() => promote(world.ctx, { env: "prod" }))).exitCode).toBe(0);
    expect(world.sim.engine.calls.filter((c) => c.operation === "DescribeParameters")).toHaveLength(1);
  });
});

describe("preflight: a target group no listener uses", () => {
  it("promote dev is refused before anything launches when no listener rule forwards to dev's target group", async () => {
    const root = await exampleConfig();
    const worldFile = path.join(root, "sim", "world.yml");
    await writeFile(
      worldFile,
      (await readFile(worldFile, "utf8")).replace(
        "          - { priority: 10, hostHeader: [dev.web.example.jp], forward: [web-dev] }\n",
        "",
      ),
    );
    const world = await exampleWorld({ root });
    const ami = await webImage(world);
    const outcome = await run(() => promote(world.ctx, { env: "dev", ami }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.code).toBe("preflight-failed");
    expect(outcome.data?.findings.map((f) => f.name)).toEqual(["preflight:listener"]);
    expect(outcome.data?.findings[0]?.summary).toContain(
      "no listener rule of web forwards to target group web-dev",
    );
    expect(world.sim.engine.calls.filter((c) => c.operation === "RunInstances")).toEqual([]);
  });
});
