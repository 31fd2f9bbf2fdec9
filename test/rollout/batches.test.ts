import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { convergeEnvironment, defaultVerifier } from "../../src/app/converge.js";
import { reconcile } from "../../src/commands/reconcile.js";
import { loadProject } from "../../src/config/load.js";
import { markVerified } from "../../src/fleet/image.js";
import { filePinStore } from "../../src/gitops/file-pin-store.js";
import { writePin } from "../../src/gitops/pins.js";
import { RolloutRolledBack } from "../../src/rollout/report.js";
import { expectCapacityHeld, fleetOf, fork, run, statusOf } from "./scenario.js";
import {
  exampleConfig,
  exampleWorld,
  LEGACY_AMI,
  REGION,
  snapshot,
  type World,
  webImage,
  worldFrom,
} from "./world.js";

const COUNT = 8;

/** prod as a fleet of 8 legacy servers, with `rollout.maxSurge: 25%` (2 instances), its pin set to a new image verified in staging. */
let pinned: World;
let ami: string;

beforeAll(async () => {
  const root = await exampleConfig();
  const worldFile = path.join(root, "sim/world.yml");
  await writeFile(
    worldFile,
    (await readFile(worldFile, "utf8")).replace(/(environment: prod, count: )\d+/, `$1${COUNT}`),
  );
  const prodFile = path.join(root, "environments/prod.yml");
  await writeFile(
    prodFile,
    (await readFile(prodFile, "utf8"))
      .replace(/count: 2/, `count: ${COUNT}`)
      .replace("retention: 24h", "maxSurge: 25%\n  retention: 24h\n  timeout: 6h")
      .replace("  timeout: 2h\n", "")
      .replace("soak: 30m", "soak: 10m"),
  );
  const world = await exampleWorld({ root });
  ami = await webImage(world);
  await markVerified(world.ctx.aws, REGION, { ami, environment: "staging", at: world.sim.clock.now() });
  const project = await loadProject(root);
  await writePin(root, project.environments.get("prod")!, {
    ami,
    at: new Date(world.sim.clock.now()).toISOString(),
  });
  pinned = world;
});

describe("a fleet of 8 with maxSurge 25%", () => {
  it("rolls in batches of 2 after the canary: each batch soaked before as many old instances leave", async () => {
    const world = await fork(pinned);
    const started = world.sim.clock.now();
    const outcome = await run(() => reconcile(world.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    const steps = outcome.data!.steps;
    expect(steps.filter((s) => s.kind === "soak").map((s) => s.phase)).toEqual([
      "canary",
      "batch",
      "batch",
      "batch",
      "full",
    ]);
    expect(steps.filter((s) => s.kind === "drain").map((s) => s.ids?.length)).toEqual([2, 2, 2, 2]);
    // Never more than count + surge running: each launch waits for as many old ones to stop.
    expect(steps.filter((s) => s.kind === "launch").map((s) => s.count)).toEqual([1, 1, 2, 2, 2]);
    expectCapacityHeld(world, "prod", COUNT, started);
    expect(await statusOf(world, "prod")).toMatchObject({ serving: [ami], healthy: COUNT, inSync: true });
  });

  it("a failure in a middle batch returns the whole fleet to the old AMI, capacity held, nothing of the release left", async () => {
    const world = await fork(pinned);
    const started = world.sim.clock.now();
    const project = await loadProject(world.root);
    const loaded = project.environments.get("prod")!;
    const real = defaultVerifier(world.ctx, project, loaded);
    // An alarm fires once the rollout has retired four old servers (two batches in).
    const retired = () =>
      Object.values(world.sim.engine.state.regions[REGION]!.instances).filter(
        (i) =>
          i.tags["amipipe:role"] === "old" &&
          i.tags["amipipe:environment"] === "prod" &&
          i.transitions.some((t) => t.state === "stopping" || t.state === "stopped"),
      ).length;
    const outcome = await convergeEnvironment(world.ctx, project, loaded, {
      pins: filePinStore(world.root, project),
      verifier: async (group, image) => {
        const verifier = await real(group, image);
        return {
          ...verifier,
          soakSample: async (index: number) =>
            retired() >= 4
              ? [
                  {
                    name: "alarms",
                    level: "environment" as const,
                    target: "prod",
                    passed: false,
                    summary: "alarm web-prod-5xx is in ALARM",
                    evidence: {},
                  },
                ]
              : verifier.soakSample(index),
        };
      },
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(RolloutRolledBack);
    const report = (outcome as RolloutRolledBack).report;
    expect(report.outcome).toBe("rolled-back");
    expect(report.reached).toMatch(/^4 of 8 new instance\(s\) soaked and serving/);
    expect((outcome as Error).message).toContain(`rolled back to ${LEGACY_AMI}`);
    expectCapacityHeld(world, "prod", COUNT, started);
    const status = await statusOf(world, "prod");
    expect(status).toMatchObject({ pinned: LEGACY_AMI, serving: [LEGACY_AMI], healthy: COUNT, inSync: true });
    const live = (await fleetOf(world, "prod")).filter((i) => i.state === "running" || i.state === "pending");
    expect(live.map((i) => i.ami)).toEqual(Array(COUNT).fill(LEGACY_AMI));
  });

  it("a crash in a middle batch is resumed by reconcile from what AWS shows", async () => {
    const probe = await fork(pinned);
    expect((await run(() => reconcile(probe.ctx, { env: "prod" }))).exitCode).toBe(0);
    const calls = probe.sim.engine.calls.length;
    const crashed = worldFrom(pinned.root, snapshot(pinned), [
      `crash-after-calls=${Math.floor(calls * 0.6)}`,
    ]);
    const died = await reconcile(crashed.ctx, { env: "prod" }).then(
      () => "finished",
      (error: Error) => error.name,
    );
    expect(died).toBe("SimulatedCrash");
    const resumed = worldFrom(pinned.root, snapshot(crashed));
    resumed.sim.clock.advance(6 * 3_600_000 + 16 * 60_000);
    const outcome = await run(() => reconcile(resumed.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(await statusOf(resumed, "prod")).toMatchObject({ serving: [ami], healthy: COUNT, inSync: true });
    const live = (await fleetOf(resumed, "prod")).filter(
      (i) => i.state === "running" || i.state === "pending",
    );
    expect(live).toHaveLength(COUNT);
  });
});
