import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../src/commands/reconcile.js";
import { rollback } from "../../src/commands/rollback.js";
import { loadProject } from "../../src/config/load.js";
import { markVerified } from "../../src/fleet/image.js";
import { writePin } from "../../src/gitops/pins.js";
import { envFile, expectCapacityHeld, fleetOf, fork, run, statusOf } from "./scenario.js";
import { exampleWorld, LEGACY_AMI, REGION, type World, webImage } from "./world.js";

/** prod runs the new image; its legacy servers are stopped and retained. */
let promoted: World;
let ami: string;

beforeAll(async () => {
  promoted = await exampleWorld();
  ami = await webImage(promoted);
  // prod pinned to the new image, verified in staging, through git (a merged pin change), then reconciled.
  await markVerified(promoted.ctx.aws, REGION, { ami, environment: "staging", at: promoted.sim.clock.now() });
  const project = await loadProject(promoted.root);
  await writePin(promoted.root, project.environments.get("prod")!, {
    ami,
    at: new Date(promoted.sim.clock.now()).toISOString(),
    reason: "promoted from staging",
  });
  expect((await run(() => reconcile(promoted.ctx, { env: "prod" }))).exitCode).toBe(0);
});

async function expectRolledBackOntoRetained(
  world: World,
  started: number,
  data: { steps: Array<{ kind: string }> } | undefined,
) {
  const kinds = data?.steps.map((s) => s.kind) ?? [];
  expect(kinds).toContain("start");
  expect(kinds).not.toContain("launch");
  // The retained servers served here before: they rejoin once healthy, without canary or soak.
  expect(kinds).not.toContain("soak");
  expect(await statusOf(world, "prod")).toMatchObject({
    pinned: LEGACY_AMI,
    serving: [LEGACY_AMI],
    healthy: 2,
    inSync: true,
  });
  const fleet = await fleetOf(world, "prod");
  // The two legacy servers serve again; the new ones are the retained pair now.
  expect(fleet.filter((i) => i.ami === LEGACY_AMI).map((i) => i.state)).toEqual(["running", "running"]);
  const kept = fleet.filter((i) => i.ami === ami && i.state !== "terminated");
  expect(kept).toHaveLength(2);
  for (const i of kept) expect(["stopping", "stopped"]).toContain(i.state);
  expectCapacityHeld(world, "prod", 2, started);
}

describe("rollback by re-pinning", () => {
  it("rollback prod re-pins the previous AMI and starts the retained legacy servers instead of launching", async () => {
    const world = await fork(promoted);
    const started = world.sim.clock.now();
    const outcome = await run(() => rollback(world.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    expect(outcome.data?.pinChanges).toEqual([
      { environment: "prod", file: "environments/prod.yml", ami: LEGACY_AMI, previous: ami },
    ]);
    expect(await envFile(world, "prod")).toMatch(new RegExp(`pin:\\n  ami: ${LEGACY_AMI}\\n`));
    await expectRolledBackOntoRetained(world, started, outcome.data);
  });

  it("a pin edited by hand in git followed by reconcile converges the same way", async () => {
    const world = await fork(promoted);
    const file = path.join(world.root, "environments", "prod.yml");
    const edited = (await envFile(world, "prod")).replace(
      `pin:\n  ami: ${ami}`,
      `pin:\n  ami: ${LEGACY_AMI}`,
    );
    await writeFile(file, edited);
    const started = world.sim.clock.now();
    const outcome = await run(() => reconcile(world.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    expect(outcome.data?.pinChanges).toEqual([]);
    await expectRolledBackOntoRetained(world, started, outcome.data);
  });

  it("rolling back where nothing was pinned before is a usage error", async () => {
    const world = await exampleWorld();
    const outcome = await run(() => rollback(world.ctx, { env: "dev" }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toContain("no earlier pin");
  });
});
