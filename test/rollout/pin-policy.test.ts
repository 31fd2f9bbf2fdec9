import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { promote } from "../../src/commands/promote.js";
import { reconcile } from "../../src/commands/reconcile.js";
import { rollback } from "../../src/commands/rollback.js";
import { readPinFromSource } from "../../src/gitops/pin-document.js";
import { envFile, fork, run, stagingVerifiedWorld, statusOf } from "./scenario.js";
import { LEGACY_AMI, type World, webImage } from "./world.js";

/** dev and staging verified the new image; prod serves the legacy fleet. */
let stagingVerified: World;
let ami: string;

beforeAll(async () => {
  ({ world: stagingVerified, ami } = await stagingVerifiedWorld());
});

/** AWS calls since `from` that change something (anything but Describe/Get/List). */
function mutationsSince(world: World, from: number): string[] {
  return world.sim.engine.calls
    .slice(from)
    .map((c) => c.operation)
    .filter((op) => !/^(Describe|Get|List)/.test(op));
}

async function handEditPin(world: World, env: string, to: string): Promise<string> {
  const text = await envFile(world, env);
  const current = text.match(/^pin:\n\s+ami: (\S+)/m)![1]!;
  const edited = text.replace(`ami: ${current}`, `ami: ${to}`);
  await writeFile(path.join(world.root, "environments", `${env}.yml`), edited);
  return edited;
}

describe("rollback --to is held to the promotion policy", () => {
  it("refuses an AMI prod never ran and staging never verified, and changes nothing", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-1.0.1-x86_64");
    const before = await envFile(world, "prod");
    const calls = world.sim.engine.calls.length;
    const outcome = await run(() => rollback(world.ctx, { env: "prod", to: unverified }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.code).toBe("promotion-refused");
    expect(outcome.message).toContain(`${unverified} never served prod`);
    expect(outcome.message).toContain("never verified in staging");
    expect(await envFile(world, "prod")).toBe(before);
    expect(mutationsSince(world, calls)).toEqual([]);
    expect(await statusOf(world, "prod")).toMatchObject({ pinned: LEGACY_AMI, serving: [LEGACY_AMI] });
  });

  it("--force --reason overrides and records the reason, which a later reconcile honours", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-1.0.1-x86_64");
    const forced = await run(() =>
      rollback(world.ctx, { env: "prod", to: unverified, force: true, reason: "INC-7", reconcile: false }),
    );
    expect(forced.exitCode).toBe(0);
    expect(readPinFromSource(await envFile(world, "prod"))).toMatchObject({
      ami: unverified,
      reason: expect.stringContaining(`rollback from ${LEGACY_AMI} to ${unverified} forced: INC-7`),
    });
    const outcome = await run(() => reconcile(world.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    expect(await statusOf(world, "prod")).toMatchObject({ pinned: unverified, serving: [unverified] });
  });

  it("--force without a reason is a usage error", async () => {
    const world = await fork(stagingVerified);
    const outcome = await run(() => rollback(world.ctx, { env: "prod", to: ami, force: true }));
    expect(outcome.exitCode).toBe(2);
  });
});

describe("a pin edited by hand in git is held to the promotion policy", () => {
  it("reconcile refuses an AMI neither served, nor pinned before, nor verified in staging; the file stays as edited", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-1.0.1-x86_64");
    const edited = await handEditPin(world, "prod", unverified);
    const calls = world.sim.engine.calls.length;
    const outcome = await run(() => reconcile(world.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.code).toBe("pin-refused");
    expect(outcome.message).toContain(
      `reconcile prod refused: the pin ${unverified} in environments/prod.yml`,
    );
    expect(outcome.message).toContain("never verified in staging");
    expect(outcome.message).toContain("--force --reason");
    expect(await envFile(world, "prod")).toBe(edited);
    expect(mutationsSince(world, calls)).toEqual([]);
    expect(await statusOf(world, "prod")).toMatchObject({ serving: [LEGACY_AMI], healthy: 2 });
  });

  it("a forced reason left under another AMI does not force the one edited in", async () => {
    const world = await fork(stagingVerified);
    const first = await webImage(world, "web-1.0.1-x86_64");
    const second = await webImage(world, "web-1.0.2-x86_64");
    const forced = await run(() =>
      promote(world.ctx, { env: "prod", ami: first, force: true, reason: "INC-8", reconcile: false }),
    );
    expect(forced.exitCode).toBe(0);
    await handEditPin(world, "prod", second);
    const outcome = await run(() => reconcile(world.ctx, { env: "prod" }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.code).toBe("pin-refused");
  });

  it("promote of the AMI a hand edit already pinned is refused too, unless forced with a reason", async () => {
    const world = await fork(stagingVerified);
    const unverified = await webImage(world, "web-1.0.1-x86_64");
    await handEditPin(world, "prod", unverified);
    const refused = await run(() => promote(world.ctx, { env: "prod", ami: unverified }));
    expect(refused.exitCode).toBe(1);
    expect(refused.code).toBe("pin-refused");
    const forced = await run(() =>
      promote(world.ctx, { env: "prod", ami: unverified, force: true, reason: "INC-9", reconcile: false }),
    );
    expect(forced.exitCode).toBe(0);
    expect(forced.data?.pinChanges).toEqual([
      { environment: "prod", file: "environments/prod.yml", ami: unverified, previous: unverified },
    ]);
    expect(readPinFromSource(await envFile(world, "prod")).reason).toMatch(
      new RegExp(`^promoted ${unverified} forced: INC-9`),
    );
  });

  it("the first stage takes any AMI, as before", async () => {
    const world = await fork(stagingVerified);
    const fresh = await webImage(world, "web-1.0.1-x86_64");
    await handEditPin(world, "dev", fresh);
    const outcome = await run(() => reconcile(world.ctx, { env: "dev" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    expect(await statusOf(world, "dev")).toMatchObject({ pinned: fresh, serving: [fresh] });
  });
});
