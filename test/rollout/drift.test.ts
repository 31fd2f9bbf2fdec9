import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../src/commands/reconcile.js";
import { status } from "../../src/commands/status.js";
import { fork, run, stagingVerifiedWorld, statusOf } from "./scenario.js";
import { REGION, type World } from "./world.js";

/** dev and staging on the new image, and prod rolled to it too: everything in sync. */
let synced: World;
let ami: string;

beforeAll(async () => {
  ({ world: synced, ami } = await stagingVerifiedWorld());
  const outcome = await run(() => reconcile(synced.ctx, { env: "staging" }));
  expect(outcome.exitCode).toBe(0);
});

async function edit(world: World, env: string, from: string | RegExp, to: string): Promise<void> {
  const file = path.join(world.root, "environments", `${env}.yml`);
  const text = await readFile(file, "utf8");
  const next = text.replace(from, to);
  expect(next, `${env}.yml: nothing matched ${String(from)}`).not.toBe(text);
  await writeFile(file, next);
}

async function instancesOf(world: World, env: string) {
  const answer = await world.ctx.aws.ec2(REGION).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: "tag:amipipe:environment", Values: [env] },
        { Name: "instance-state-name", Values: ["running"] },
      ],
    }),
  );
  return (answer.Reservations ?? []).flatMap((r) =>
    (r.Instances ?? []).map((i) => ({
      id: i.InstanceId!,
      type: i.InstanceType!,
      config: i.Tags?.find((t) => t.Key === "amipipe:config")?.Value,
      version: i.Tags?.find((t) => t.Key === "aws:ec2launchtemplate:version")?.Value,
    })),
  );
}

describe("drift beyond the pin", () => {
  it("a changed var is drift status names, and reconcile rolls it with the full procedure", async () => {
    const world = await fork(synced);
    expect(await statusOf(world, "staging")).toMatchObject({ inSync: true });
    const before = await instancesOf(world, "staging");
    await edit(world, "staging", /passenger_max_pool_size: \d+/, "passenger_max_pool_size: 12");

    const line = await statusOf(world, "staging");
    expect(line.inSync).toBe(false);
    expect(line.reason).toMatch(/vars changed: passenger_max_pool_size \d+ → 12/);
    expect((await status(world.ctx, {})).text).toMatch(/staging .* no/);

    const outcome = await run(() => reconcile(world.ctx, { env: "staging" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    const kinds = outcome.data!.steps.map((s) => (s.kind === "soak" ? `soak:${s.phase}` : s.kind));
    expect(kinds).toContain("soak:canary");
    expect(kinds).toContain("soak:full");
    expect(kinds).toContain("drain");
    const after = await instancesOf(world, "staging");
    expect(after).toHaveLength(2);
    expect(new Set(after.map((i) => i.config)).size).toBe(1);
    expect(after.map((i) => i.id).filter((id) => before.some((b) => b.id === id))).toEqual([]);
    expect(await statusOf(world, "staging")).toMatchObject({ inSync: true, serving: [ami] });
  });

  it("a changed fleet.instanceType is drift, rolled onto the new type", async () => {
    const world = await fork(synced);
    await edit(
      world,
      "staging",
      "  launchTemplate: web-staging\n",
      "  launchTemplate: web-staging\n  instanceType: t3.xlarge\n",
    );
    const line = await statusOf(world, "staging");
    expect(line.inSync).toBe(false);
    expect(line.reason).toContain("instance type t3.medium → t3.xlarge");
    const outcome = await run(() => reconcile(world.ctx, { env: "staging" }));
    expect(outcome.exitCode).toBe(0);
    expect((await instancesOf(world, "staging")).map((i) => i.type)).toEqual(["t3.xlarge", "t3.xlarge"]);
    expect(await statusOf(world, "staging")).toMatchObject({ inSync: true });
  });

  it("a scale-out after a vars change never leaves a mixed fleet", async () => {
    const world = await fork(synced);
    await edit(world, "staging", /passenger_max_pool_size: \d+/, "passenger_max_pool_size: 16");
    await edit(world, "staging", /count: 2/, "count: 3");
    const outcome = await run(() => reconcile(world.ctx, { env: "staging" }));
    expect(outcome.exitCode).toBe(0);
    const after = await instancesOf(world, "staging");
    expect(after).toHaveLength(3);
    // All three run the same launch template version: the one rendered from the new vars.
    expect(new Set(after.map((i) => i.version)).size).toBe(1);
    expect(new Set(after.map((i) => i.config)).size).toBe(1);
    expect(await statusOf(world, "staging")).toMatchObject({ inSync: true, healthy: 3 });
  });
});

describe("one broken environment", () => {
  it("a misspelt target group is that environment's error: status reports the others, promote of another works", async () => {
    const world = await fork(synced);
    await edit(world, "dev", "targetGroup: web-dev", "targetGroup: web-dve");
    const result = await status(world.ctx, {});
    expect(result.ok).toBe(false);
    const byName = new Map(result.data.environments.map((e) => [e.name, e]));
    expect(byName.get("dev")!.error?.message).toBe("dev: target group web-dve not found in ap-northeast-1");
    expect(byName.get("staging")).toMatchObject({ inSync: true, serving: [ami] });
    expect(byName.get("prod")!.error).toBeUndefined();
    expect(result.text).toMatch(/dev .*no: dev: target group web-dve not found/);

    const outcome = await run(() => reconcile(world.ctx, { env: "staging" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
  });
});
