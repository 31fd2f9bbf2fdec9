import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../src/commands/reconcile.js";
import { loadProject } from "../../src/config/load.js";
import { writePin } from "../../src/gitops/pins.js";
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
  // The pin as a merged pull request leaves it; `reconcile prod` is what the pipeline runs next.
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
