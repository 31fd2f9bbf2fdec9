import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { beforeAll, describe, expect, it } from "vitest";
import type { RunFacts } from "../../src/commands/context.js";
import { reconcile } from "../../src/commands/reconcile.js";
import { loadProject } from "../../src/config/load.js";
import { markVerified } from "../../src/fleet/image.js";
import { writePin } from "../../src/gitops/pins.js";
import { Progress } from "../../src/ports/progress.js";
import type { SimState } from "../../src/sim/state.js";
import { expectCapacityHeld, fork, run, statusOf } from "./scenario.js";
import { exampleWorld, REGION, snapshot, type World, webImage, worldFrom } from "./world.js";

/** Longer than the lock's lifetime (rollout timeout 2h + 15m): a dead run's lock has expired. */
const AFTER_LOCK_EXPIRY_MS = 2 * 3_600_000 + 16 * 60_000;

let pinned: World;
let ami: string;
let fullRolloutCalls: number;

beforeAll(async () => {
  const world = await exampleWorld();
  // Short soaks keep the hundreds of runs below quick; the procedure is the same.
  const prod = path.join(world.root, "environments", "prod.yml");
  await writeFile(
    prod,
    (await readFile(prod, "utf8")).replace("soak: 10m", "soak: 1m").replace("soak: 30m", "soak: 2m"),
  );
  ami = await webImage(world);
  // Verified in staging (the promotion policy's ground), then pinned as a merged pull request
  // leaves it; `reconcile prod` is what the pipeline runs next.
  await markVerified(world.ctx.aws, REGION, { ami, environment: "staging", at: world.sim.clock.now() });
  const project = await loadProject(world.root);
  await writePin(world.root, project.environments.get("prod")!, {
    ami,
    at: new Date(world.sim.clock.now()).toISOString(),
  });
  pinned = world;

  const probe = await fork(pinned);
  expect((await run(() => reconcile(probe.ctx, { env: "prod" }))).exitCode).toBe(0);
  fullRolloutCalls = probe.sim.engine.calls.length;
});

async function instancesOf(
  world: World,
): Promise<Array<{ id: string; env?: string; ami: string; state: string }>> {
  const result = await world.ctx.aws.ec2(REGION).send(new DescribeInstancesCommand({}));
  return (result.Reservations ?? []).flatMap((r) =>
    (r.Instances ?? []).map((i) => {
      const env = i.Tags?.find((t) => t.Key === "amipipe:environment")?.Value;
      return { id: i.InstanceId!, ami: i.ImageId!, state: i.State!.Name!, ...(env ? { env } : {}) };
    }),
  );
}

describe("a crash anywhere in a rollout", () => {
  it("is resumed by the next reconcile, for a crash after every single API call of a full rollout", async () => {
    expect(fullRolloutCalls).toBeGreaterThan(20);
    const base = snapshot(pinned);
    // The other stages' hand-built servers carry no amipipe tags until their own first rollout.
    const handBuilt = new Set(Object.keys(base.regions[REGION]!.instances));
    for (let n = 1; n <= fullRolloutCalls; n++) {
      const crashed = worldFrom(pinned.root, structuredClone(base), [`crash-after-calls=${n}`]);
      const started = crashed.sim.clock.now();
      const first = await reconcile(crashed.ctx, { env: "prod" }).then(
        () => "finished",
        (error: Error) => error.name,
      );
      expect(first, `crash after ${n} calls`).toBe(n < fullRolloutCalls ? "SimulatedCrash" : "finished");

      const state: SimState = snapshot(crashed);
      const resumed = worldFrom(pinned.root, state);
      resumed.sim.clock.advance(AFTER_LOCK_EXPIRY_MS);
      const second = await run(() => reconcile(resumed.ctx, { env: "prod" }));
      expect(second.message ?? "", `resume after a crash after ${n} calls`).toBe("");
      expect(second.exitCode).toBe(0);

      expect(await statusOf(resumed, "prod"), `after ${n}`).toMatchObject({
        pinned: ami,
        serving: [ami],
        healthy: 2,
        inSync: true,
      });
      const prod = (await instancesOf(resumed)).filter((i) => i.env === "prod");
      const live = prod.filter((i) => i.state === "running" || i.state === "pending");
      expect(
        live.map((i) => i.ami),
        `nothing orphaned after ${n}`,
      ).toEqual([ami, ami]);
      expect(
        (await instancesOf(resumed)).filter((i) => !i.env && !handBuilt.has(i.id)),
        `untagged instances after ${n}`,
      ).toEqual([]);
      expectCapacityHeld(resumed, "prod", 2, started);
    }
  });
});

describe("the lock a crashed run leaves behind", () => {
  const RUN = "https://github.com/example/web/actions/runs/7";

  /** A world where a reconcile by `env` crashed halfway through the rollout, its lock still held. */
  async function crashedHalfway(env: RunFacts): Promise<World> {
    const base = snapshot(pinned);
    const crashed = worldFrom(pinned.root, structuredClone(base), [
      `crash-after-calls=${Math.floor(fullRolloutCalls / 2)}`,
    ]);
    const died = await reconcile(as(crashed, env).ctx, { env: "prod" }).then(
      () => "finished",
      (error: Error) => error.name,
    );
    expect(died).toBe("SimulatedCrash");
    return worldFrom(pinned.root, snapshot(crashed));
  }

  function as(world: World, env: RunFacts): World {
    return { ...world, ctx: { ...world.ctx, run: env, progress: new Progress(world.sim.clock) } };
  }

  async function expectConverged(world: World): Promise<void> {
    expect(await statusOf(world, "prod")).toMatchObject({ pinned: ami, serving: [ami], inSync: true });
    const live = (await instancesOf(world)).filter(
      (i) => i.env === "prod" && (i.state === "running" || i.state === "pending"),
    );
    expect(live.map((i) => i.ami)).toEqual([ami, ami]);
  }

  it("blocks the next reconcile with a message naming the holder and how to break the lock", async () => {
    const resumed = await crashedHalfway({ ci: true, actor: "alice", runUrl: RUN });
    const outcome = await run(() => reconcile(as(resumed, { ci: false, actor: "bob" }).ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.code).toBe("locked");
    expect(outcome.message).toContain(`locked by alice (${RUN}) since `);
    expect(outcome.message).toContain("amipipe reconcile prod --break-lock");
  });

  it("--break-lock of a lock that has not expired needs a reason: its run may still be live", async () => {
    const resumed = await crashedHalfway({ ci: true, actor: "alice", runUrl: RUN });
    const calls = resumed.sim.engine.calls.length;
    const bob = as(resumed, { ci: false, actor: "bob" });
    const outcome = await run(() => reconcile(bob.ctx, { env: "prod", breakLock: true }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toContain("has not expired: its run may still be live");
    expect(outcome.message).toContain("--break-lock needs --reason TEXT");
    // The conditional PutParameter that found the lock taken is the only write asked for; it changed nothing.
    const writes = resumed.sim.engine.calls
      .slice(calls)
      .filter((c) => /^(Put|Delete|Run|Create)/.test(c.operation) && c.outcome === "ok");
    expect(writes.map((c) => c.operation)).toEqual([]);
  });

  it("reconcile --break-lock --reason takes it over with a warning naming the dead holder and the reason, resumes and converges", async () => {
    const resumed = await crashedHalfway({ ci: true, actor: "alice", runUrl: RUN });
    const started = resumed.sim.clock.now();
    const bob = as(resumed, { ci: false, actor: "bob" });
    const outcome = await run(() =>
      reconcile(bob.ctx, { env: "prod", breakLock: true, reason: "runner lost, run 7 cancelled" }),
    );
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    const warning = bob.ctx.progress.events.find((e) => e.level === "warn" && e.phase === "lock prod");
    expect(warning?.message).toMatch(
      new RegExp(
        `took over the lock held by alice \\(${RUN}\\), taken at \\d{4}-.*--break-lock: runner lost, run 7 cancelled`,
      ),
    );
    await expectConverged(resumed);
    expectCapacityHeld(resumed, "prod", 2, started);
  });

  it("a re-run of the same GitHub run takes its own lock over without the flag", async () => {
    const resumed = await crashedHalfway({ ci: true, actor: "alice", runUrl: RUN });
    const rerun = as(resumed, { ci: true, actor: "alice", runUrl: `${RUN}/attempts/2` });
    const outcome = await run(() => reconcile(rerun.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    await expectConverged(resumed);
  });

  it("another run of the same workflow does not", async () => {
    const resumed = await crashedHalfway({ ci: true, actor: "alice", runUrl: RUN });
    const other = as(resumed, {
      ci: true,
      actor: "alice",
      runUrl: "https://github.com/example/web/actions/runs/8",
    });
    const outcome = await run(() => reconcile(other.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.code).toBe("locked");
  });
});
