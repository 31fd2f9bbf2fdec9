import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { beforeAll, describe, expect, it } from "vitest";
import { promote } from "../../src/commands/promote.js";
import { reconcile } from "../../src/commands/reconcile.js";
import { rollback } from "../../src/commands/rollback.js";
import {
  envFile,
  expectCapacityHeld,
  fork,
  promoteOk,
  run,
  stagingVerifiedWorld,
  statusOf,
} from "./scenario.js";
import { LEGACY_AMI, REGION, snapshot, type World, worldFrom } from "./world.js";

/** dev and staging verified the new image; prod does not run it yet. */
let stagingVerified: World;
/** prod was promoted to the new image and then rolled back to the legacy AMI (the new one retained). */
let rolledBack: World;
let ami: string;

beforeAll(async () => {
  ({ world: stagingVerified, ami } = await stagingVerifiedWorld());
  rolledBack = await fork(stagingVerified);
  await promoteOk(rolledBack, "prod");
  expect((await run(() => rollback(rolledBack.ctx, { env: "prod" }))).exitCode).toBe(0);
});

function soakPhases(data: { steps: Array<{ kind: string; phase?: string }> } | undefined): string[] {
  return (data?.steps ?? []).filter((s) => s.kind === "soak").map((s) => s.phase ?? "");
}

async function instanceTags(world: World, env: string) {
  const result = await world.ctx.aws
    .ec2(REGION)
    .send(new DescribeInstancesCommand({ Filters: [{ Name: "tag:amipipe:environment", Values: [env] }] }));
  return (result.Reservations ?? []).flatMap((r) =>
    (r.Instances ?? []).map((i) => ({
      id: i.InstanceId!,
      ami: i.ImageId!,
      state: i.State!.Name!,
      tags: Object.fromEntries((i.Tags ?? []).map((t) => [t.Key!, t.Value!])),
    })),
  );
}

describe("going back into prod after a rollback", () => {
  it("promoting the image prod was just rolled back from runs the canary and both soaks, reusing its retained instances", async () => {
    const world = await fork(rolledBack);
    const started = world.sim.clock.now();
    const outcome = await run(() => promote(world.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    const kinds = outcome.data!.steps.map((s) => s.kind);
    expect(kinds).toContain("start");
    expect(kinds).not.toContain("launch");
    expect(soakPhases(outcome.data)).toEqual(["canary", "full"]);
    expect(outcome.data!.verified).toBe(true);
    expect(await statusOf(world, "prod")).toMatchObject({ pinned: ami, serving: [ami], inSync: true });
    expectCapacityHeld(world, "prod", 2, started);
  });

  it("a promotion written to git and reconciled later is verified in full as well", async () => {
    const world = await fork(rolledBack);
    expect((await run(() => promote(world.ctx, { env: "prod", reconcile: false }))).exitCode).toBe(0);
    expect(await envFile(world, "prod")).toContain(`reason: promoted ${ami} from staging`);
    const outcome = await run(() => reconcile(world.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(0);
    expect(soakPhases(outcome.data)).toEqual(["canary", "full"]);
  });

  it("rollback itself returns without canary or soak", async () => {
    const world = await fork(rolledBack);
    await promoteOk(world, "prod");
    const outcome = await run(() => rollback(world.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(0);
    expect(soakPhases(outcome.data)).toEqual([]);
    expect(await statusOf(world, "prod")).toMatchObject({ pinned: LEGACY_AMI, serving: [LEGACY_AMI] });
  });

  it("rollback --to an AMI the environment was never pinned to is verified like a promotion", async () => {
    const world = await fork(stagingVerified);
    const outcome = await run(() => rollback(world.ctx, { env: "prod", to: ami }));
    expect(outcome.exitCode).toBe(0);
    expect(soakPhases(outcome.data)).toEqual(["canary", "full"]);
  });
});

describe("rollout ids", () => {
  it("each attempt after a rolled-back one gets its own id, and the rollback unmarks the fleet it meant to replace", async () => {
    const world = await fork(stagingVerified, ["new-instances-unhealthy"]);
    const first = await run(() => promote(world.ctx, { env: "prod" }));
    const second = await run(() => promote(world.ctx, { env: "prod" }));
    expect([first.exitCode, second.exitCode]).toEqual([1, 1]);
    expect(first.data?.rolloutId).toBeDefined();
    expect(second.data?.rolloutId).toBeDefined();
    expect(second.data?.rolloutId).not.toBe(first.data?.rolloutId);
    const legacy = (await instanceTags(world, "prod")).filter((i) => i.ami === LEGACY_AMI);
    expect(legacy).toHaveLength(2);
    for (const i of legacy) {
      expect(i.state).toBe("running");
      expect(i.tags["amipipe:role"]).toBeUndefined();
      expect(i.tags["amipipe:rollout-id"]).toBeUndefined();
    }
  });

  it("a reconcile resuming a crashed rollout keeps the id found on its instances", async () => {
    const pinned = await fork(stagingVerified);
    expect((await run(() => promote(pinned.ctx, { env: "prod", reconcile: false }))).exitCode).toBe(0);
    const base = snapshot(pinned);
    const probe = worldFrom(pinned.root, structuredClone(base));
    expect((await run(() => reconcile(probe.ctx, { env: "prod" }))).exitCode).toBe(0);
    const launchAt = probe.sim.engine.calls.findIndex((c) => c.operation === "RunInstances");
    expect(launchAt).toBeGreaterThan(0);

    const crashed = worldFrom(pinned.root, structuredClone(base), [`crash-after-calls=${launchAt + 2}`]);
    const died = await reconcile(crashed.ctx, { env: "prod" }).then(
      () => "finished",
      (error: Error) => error.name,
    );
    expect(died).toBe("SimulatedCrash");
    const resumed = worldFrom(pinned.root, snapshot(crashed));
    // Past the dead run's lock (and EC2's read lag): what it launched shows.
    resumed.sim.clock.advance(2 * 3_600_000 + 16 * 60_000);
    const launched = (await instanceTags(resumed, "prod")).filter(
      (i) => i.ami === ami && (i.state === "pending" || i.state === "running"),
    );
    expect(launched.length).toBeGreaterThan(0);
    const id = launched[0]!.tags["amipipe:rollout-id"];
    expect(id).toMatch(/^r-/);

    const outcome = await run(() => reconcile(resumed.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.data?.rolloutId).toBe(id);
  });
});

describe("what a person reads", () => {
  it("a successful promotion summarises its checks, names the instance type change and shows no findings", async () => {
    const world = await fork(stagingVerified);
    const file = path.join(world.root, "environments", "prod.yml");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace("\n  subnets:\n", "\n  instanceType: t3.medium\n  subnets:\n"),
    );
    const outcome = await promote(world.ctx, { env: "prod" });
    expect(outcome.ok).toBe(true);
    const text = outcome.text;
    expect(text).toMatch(
      /checks: \d+ passed on 2 instance\(s\) — timezone, cron-timezone, services, ports, processes, agents, users, ssh, imds/,
    );
    expect(text).toMatch(/soak: canary \d+ sample\(s\), full \d+ sample\(s\)/);
    expect(text).toContain("instance type changes: t3.large → t3.medium");
    expect(text).toMatch(/soak \(canary\)/);
    expect(text).not.toContain("FINDING");
  });

  it("a rolled-back rollout prints each finding exactly once", async () => {
    const world = await fork(stagingVerified, ["new-instances-unhealthy"]);
    const outcome = await promote(world.ctx, { env: "prod" });
    expect(outcome.ok).toBe(false);
    const findings = outcome.data.findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const times = outcome.text.split(f.summary).length - 1;
      expect(times, `${f.summary} in:\n${outcome.text}`).toBe(1);
    }
    expect(outcome.text).toMatch(/failed and was rolled back \(\d+ finding\(s\)\)/);
  });
});
