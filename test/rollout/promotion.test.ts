import { beforeAll, describe, expect, it } from "vitest";
import { acquireLock, readLock } from "../../src/app/lock.js";
import { promote } from "../../src/commands/promote.js";
import { reconcile } from "../../src/commands/reconcile.js";
import { status } from "../../src/commands/status.js";
import { envFile, expectCapacityHeld, fleetOf, fork, promoteOk, run, statusOf } from "./scenario.js";
import { contextFor, exampleWorld, LEGACY_AMI, REGION, type World, webImage } from "./world.js";

/** dev and staging already run the new image (verified there); prod still serves the legacy fleet. */
let stagingVerified: World;
let ami: string;

beforeAll(async () => {
  stagingVerified = await exampleWorld();
  ami = await webImage(stagingVerified);
  await promoteOk(stagingVerified, "dev", ami);
  await promoteOk(stagingVerified, "staging");
});

describe("promotion through the stages", () => {
  it("rolls the new image dev → staging → prod with every environment in sync and prod never below two healthy", async () => {
    const world = await fork(stagingVerified);
    const started = world.sim.clock.now();
    const outcome = await run(() => promote(world.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.data).toMatchObject({ environment: "prod", ami, outcome: "converged", verified: true });
    expect(outcome.data?.pinChanges).toEqual([
      { environment: "prod", file: "environments/prod.yml", ami, previous: LEGACY_AMI },
    ]);

    const all = await status(world.ctx, {});
    expect(all.data.environments).toEqual(
      ["dev", "staging", "prod"].map((name) => ({
        name,
        pinned: ami,
        serving: [ami],
        healthy: name === "dev" ? 1 : 2,
        desired: name === "dev" ? 1 : 2,
        inSync: true,
      })),
    );
    expectCapacityHeld(world, "prod", 2, started);
    expectCapacityHeld(stagingVerified, "staging", 2, 0);
    // The legacy servers are stopped, not terminated: kept for a fast rollback.
    const legacy = (await fleetOf(world, "prod")).filter((i) => i.ami === LEGACY_AMI);
    for (const i of legacy) expect(["stopping", "stopped"]).toContain(i.state);
  });

  it("refuses to pin prod to an image never verified in staging, and changes nothing", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-1.0.1-x86_64");
    const before = await envFile(world, "prod");
    const calls = world.sim.engine.calls.length;
    const outcome = await run(() => promote(world.ctx, { env: "prod", ami: unverified }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.message).toContain("never verified in staging");
    expect(await envFile(world, "prod")).toBe(before);
    const mutations = world.sim.engine.calls
      .slice(calls)
      .filter((c) => !/^(Describe|Get|List)/.test(c.operation));
    expect(mutations).toEqual([]);
  });

  it("a forced promotion records its reason in the pin", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-1.0.1-x86_64");
    const outcome = await run(() =>
      promote(world.ctx, {
        env: "prod",
        ami: unverified,
        force: true,
        reason: "hotfix INC-42",
        reconcile: false,
      }),
    );
    expect(outcome.exitCode).toBe(0);
    expect(await envFile(world, "prod")).toMatch(/reason: .*hotfix INC-42/);
  });

  it("an unhealthy release in prod leaves the old fleet serving at full capacity and the pin restored", async () => {
    const world = await fork(stagingVerified, ["new-instances-unhealthy"]);
    const before = await envFile(world, "prod");
    const started = world.sim.clock.now();
    const outcome = await run(() => promote(world.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.data?.outcome).toBe("rolled-back");
    expect(outcome.data?.findings.map((f) => f.name)).toContain("target-health");
    expect(await envFile(world, "prod")).toBe(before);
    expect(await statusOf(world, "prod")).toMatchObject({
      pinned: LEGACY_AMI,
      serving: [LEGACY_AMI],
      healthy: 2,
      inSync: true,
    });
    const running = (await fleetOf(world, "prod")).filter(
      (i) => i.ami === ami && i.state !== "terminated" && i.state !== "shutting-down",
    );
    expect(running).toEqual([]);
    expectCapacityHeld(world, "prod", 2, started);
  });

  it("a second run on the same environment is refused while the first holds the lock, naming the holder", async () => {
    const world = await fork(stagingVerified);
    const held = await acquireLock({
      aws: world.ctx.aws,
      clock: world.ctx.clock,
      ids: world.ctx.ids,
      region: REGION,
      environment: "prod",
      actor: "alice",
      runUrl: "https://github.com/example/web/actions/runs/1",
      ttlMs: 3_600_000,
    });
    const bob = { ...world, ctx: contextFor(world.sim, world.root, "bob") };
    const outcome = await run(() => reconcile(bob.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.message).toContain("locked by alice (https://github.com/example/web/actions/runs/1)");
    await held.release();
    expect((await run(() => reconcile(bob.ctx, { env: "prod" }))).exitCode).toBe(0);
  });

  it("a lock left by a run that died expires and is taken over", async () => {
    const world = await fork(stagingVerified);
    await acquireLock({
      aws: world.ctx.aws,
      clock: world.ctx.clock,
      ids: world.ctx.ids,
      region: REGION,
      environment: "staging",
      actor: "ghost",
      ttlMs: 60_000,
    });
    world.sim.clock.advance(61_000);
    expect((await run(() => reconcile(world.ctx, { env: "staging" }))).exitCode).toBe(0);
  });
});

describe("faults on the way", () => {
  it.each([["throttle=0.3"], ["capacity=subnet-0a1b2c3d4e5f60001"]])(
    "with %s the prod rollout still succeeds",
    async (fault) => {
      const world = await fork(stagingVerified, [fault]);
      const started = world.sim.clock.now();
      const outcome = await run(() => promote(world.ctx, { env: "prod" }));
      expect(outcome.message ?? "").toBe("");
      expect(outcome.exitCode).toBe(0);
      expect(await statusOf(world, "prod")).toMatchObject({ pinned: ami, serving: [ami], inSync: true });
      expectCapacityHeld(world, "prod", 2, started);
      const outcomes = new Set(world.sim.engine.calls.map((c) => c.outcome));
      if (fault.startsWith("throttle"))
        expect([...outcomes].some((o) => /Throttl|RequestLimitExceeded/.test(o))).toBe(true);
      else expect(outcomes.has("InsufficientInstanceCapacity")).toBe(true);
    },
  );
});

describe("the lock under a race", () => {
  it("two runs taking over the same expired lock at once: exactly one holds it, whatever the interleaving", async () => {
    const world = await fork(stagingVerified);
    const base = { clock: world.ctx.clock, ids: world.ctx.ids, region: REGION, environment: "prod" };
    await acquireLock({ ...base, aws: world.ctx.aws, actor: "dead", ttlMs: 60_000 });
    world.sim.clock.advance(120_000);
    // Bob's run is slow: each of his writes after his first read goes out only once Alice holds the lock.
    let aliceHolds!: () => void;
    const aliceDone = new Promise<void>((resolve) => {
      aliceHolds = resolve;
    });
    let bobRead = false;
    const slowSsm = (region: string) => {
      const client = world.ctx.aws.ssm(region);
      return new Proxy(client, {
        get(target, key, receiver) {
          if (key !== "send") return Reflect.get(target, key, receiver);
          return async (command: { constructor: { name: string } }) => {
            const name = command.constructor.name;
            if (name === "GetParameterCommand") bobRead = true;
            else if (bobRead && (name === "PutParameterCommand" || name === "DeleteParameterCommand"))
              await aliceDone;
            return target.send(command as never);
          };
        },
      });
    };
    const bobAws = { ...world.ctx.aws, ssm: slowSsm };
    const bob = acquireLock({ ...base, aws: bobAws, actor: "bob", ttlMs: 3_600_000 });
    // Let Bob read the expired lock before Alice starts.
    while (!bobRead) await new Promise((resolve) => setImmediate(resolve));
    const alice = await acquireLock({ ...base, aws: world.ctx.aws, actor: "alice", ttlMs: 3_600_000 });
    aliceHolds();
    const bobOutcome = await bob.then(
      (lock) => `bob holds ${lock.holder.token}`,
      (error: Error) => error.message,
    );
    expect(bobOutcome).toMatch(/locked|taking over the lock/);
    expect((await readLock(world.ctx.aws, REGION, "prod"))?.token).toBe(alice.holder.token);
    await alice.release();
    expect(await readLock(world.ctx.aws, REGION, "prod")).toBeUndefined();
  });
});

describe("status and the lock", () => {
  it("shows a held lock with its holder and age", async () => {
    const world = await fork(stagingVerified);
    await acquireLock({
      aws: world.ctx.aws,
      clock: world.ctx.clock,
      ids: world.ctx.ids,
      region: REGION,
      environment: "prod",
      actor: "alice",
      runUrl: "https://github.com/example/web/actions/runs/9",
      ttlMs: 3_600_000,
    });
    world.sim.clock.advance(12 * 60_000);
    const result = await status(world.ctx, {});
    const prod = result.data.environments.find((e) => e.name === "prod")!;
    expect(prod.lock).toMatchObject({ actor: "alice", ageMs: 12 * 60_000, expired: false });
    expect(result.text).toContain(
      "prod: locked by alice (https://github.com/example/web/actions/runs/9) for 12m00s, until ",
    );
    expect(result.data.environments.find((e) => e.name === "dev")!.lock).toBeUndefined();
  });
});
