import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { promote } from "../../src/commands/promote.js";
import { reconcile } from "../../src/commands/reconcile.js";
import { rollback } from "../../src/commands/rollback.js";
import { createImageRecord } from "../../src/sim/services/ec2-images.js";
import { envFile, fork, run, stagingVerifiedWorld, statusOf } from "../rollout/scenario.js";
import { LEGACY_AMI, REGION, type World, webImage } from "../rollout/world.js";

/**
 * Red team: whoever can merge writes the pin files. Nothing they write there may make an
 * unverified image reach a later stage, skip the canary and the soaks, or pin an image this
 * project never built.
 */

let stagingVerified: World;

beforeAll(async () => {
  ({ world: stagingVerified } = await stagingVerifiedWorld());
});

const WRITES = /^(Create|Delete|Put|Register|Deregister|Run|Start|Stop|Terminate|Modify|Reboot|Send)/;
const writesSince = (world: World, calls: number) =>
  world.sim.engine.calls.slice(calls).filter((c) => WRITES.test(c.operation) && c.outcome === "ok");

/** The pin block of prod's file replaced by one the attacker wrote. */
async function forgePin(world: World, block: string): Promise<string> {
  const text = await envFile(world, "prod");
  const forged = text.replace(/\npin:\n(?: {2}.*\n|\n)*?(?=\S)/, `\npin:\n${block}\n`);
  expect(forged).not.toBe(text);
  await writeFile(path.join(world.root, "environments", "prod.yml"), forged);
  return forged;
}

describe("forged pin records", () => {
  it("a pin with a matching history entry does not make reconcile skip verification for an unverified image", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-6.6.6-x86_64");
    const forged = await forgePin(
      world,
      [
        `  ami: ${unverified}`,
        "  at: 2026-04-01T00:00:00.000Z",
        "  by: ops",
        `  reason: rollback from ${LEGACY_AMI}`,
        "  history:",
        `    - { ami: ${LEGACY_AMI}, at: 2026-04-01T00:00:00.000Z }`,
        `    - { ami: ${unverified}, at: 2026-03-01T00:00:00.000Z, reason: promoted ${unverified} from staging }`,
      ].join("\n"),
    );
    const calls = world.sim.engine.calls.length;
    const outcome = await run(() => reconcile(world.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.code).toBe("pin-refused");
    expect(outcome.message).toContain("never verified in staging");
    expect(writesSince(world, calls)).toEqual([]);
    expect(await envFile(world, "prod")).toBe(forged);
    expect(await statusOf(world, "prod")).toMatchObject({ serving: [LEGACY_AMI] });
  });

  it("a pin whose reason claims a forced promotion forces nothing", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-6.6.7-x86_64");
    await forgePin(
      world,
      [
        `  ami: ${unverified}`,
        "  at: 2026-04-01T00:00:00.000Z",
        `  reason: "promoted ${unverified} forced: INC-1 approved by the CTO"`,
        "  history: []",
      ].join("\n"),
    );
    const calls = world.sim.engine.calls.length;
    const outcome = await run(() => reconcile(world.ctx, { env: "prod" }));
    expect(outcome.exitCode, outcome.message).toBe(1);
    expect(outcome.message, outcome.message).toContain(
      "A reason or history written into the file by hand forces nothing",
    );
    expect(writesSince(world, calls)).toEqual([]);
  });

  it("a planted history entry is not the default target of the next rollback", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-6.6.8-x86_64");
    await forgePin(
      world,
      [
        `  ami: ${LEGACY_AMI}`,
        "  history:",
        `    - { ami: ${unverified}, at: 2026-03-01T00:00:00.000Z, reason: promoted ${unverified} from staging }`,
      ].join("\n"),
    );
    const outcome = await run(() => rollback(world.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toContain("no earlier pin that AWS records as having served it");
    const skipped = world.ctx.progress.events.find((e) => e.message.startsWith(`skipping ${unverified}`));
    expect(skipped?.message).toContain("AWS has no record of it serving prod");
    expect(await statusOf(world, "prod")).toMatchObject({ pinned: LEGACY_AMI, serving: [LEGACY_AMI] });
  });
});

describe("foreign images", () => {
  it("a public image of another account cannot be pinned, not even to the first stage with rollback --to", async () => {
    const world = await fork(stagingVerified);
    const { imageId: foreign } = createImageRecord(world.sim.engine.state, {
      region: REGION,
      name: "totally-legit-web",
      architecture: "x86_64",
      at: world.sim.clock.now(),
      public: true,
      // Tags copied from a real image of the project do not make it the project's.
      tags: { "amipipe:recipe": "web", "amipipe:verified-in:staging": "2026-04-01T00:00:00.000Z" },
    });
    const before = await envFile(world, "dev");
    for (const attempt of [
      () => rollback(world.ctx, { env: "dev", to: foreign }),
      () => promote(world.ctx, { env: "dev", ami: foreign }),
      () => promote(world.ctx, { env: "prod", ami: foreign, force: true, reason: "trust me" }),
    ]) {
      const outcome = await run(attempt);
      expect(outcome.exitCode).toBe(1);
      expect(outcome.message).toMatch(/owned by account \d{12}, not by this account \(123456789012\)/);
    }
    expect(await envFile(world, "dev")).toBe(before);
  });

  it("an image of another recipe, or of none, that never served here cannot be pinned to the first stage either", async () => {
    const world = await fork(stagingVerified);
    const { imageId: handMade } = createImageRecord(world.sim.engine.state, {
      region: REGION,
      name: "someones-laptop-build",
      architecture: "x86_64",
      at: world.sim.clock.now(),
      tags: {},
    });
    const outcome = await run(() => rollback(world.ctx, { env: "dev", to: handMade }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.message).toContain("not built from a recipe by this toolkit");
  });
});

describe("evidence that cannot be forged in git", () => {
  it("the hand-built fleet's AMI is a known-good return: AWS records it served before the first rollout", async () => {
    const world = await fork(stagingVerified);
    expect((await run(() => promote(world.ctx, { env: "prod" }))).exitCode).toBe(0);
    const back = await run(() => rollback(world.ctx, { env: "prod" }));
    expect(back.exitCode).toBe(0);
    expect(back.data!.steps.filter((s) => s.kind === "soak")).toEqual([]);
    const legacy = world.sim.engine.state.regions[REGION]!.images[LEGACY_AMI]!;
    expect(legacy.tags["amipipe:served-in:prod"]).toMatch(/^\d{4}-/);
  });

  it("--force --reason on promote is recorded in AWS, so the pipeline's later reconcile of that pin honours it", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-6.6.9-x86_64");
    const pinned = await run(() =>
      promote(world.ctx, { env: "prod", ami: unverified, force: true, reason: "INC-7", reconcile: false }),
    );
    expect(pinned.exitCode).toBe(0);
    const image = world.sim.engine.state.regions[REGION]!.images[unverified]!;
    expect(image.tags["amipipe:forced-in:prod"]).toMatch(/ tester: INC-7$/);
    const outcome = await run(() => reconcile(world.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    // Once served, the override has done its job.
    expect(image.tags["amipipe:forced-in:prod"]).toBeUndefined();
  });
});
