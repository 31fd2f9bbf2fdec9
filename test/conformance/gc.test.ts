import { DescribeImagesCommand, DescribeSnapshotsCommand } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ports } from "../../src/commands/context.js";
import { gc } from "../../src/commands/gc.js";
import { systemClock } from "../../src/ports/clock.js";
import { sequentialIds } from "../../src/ports/ids.js";
import { Progress } from "../../src/ports/progress.js";
import { VirtualClock } from "../../src/sim/clock.js";
import { exampleConfigCopy, setPin } from "../lifecycle/world.js";
import { type Moto, startMoto } from "./moto.js";
import { motoTarget, REGION, simulatorTarget, type Target } from "./targets.js";

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto();
});

afterAll(async () => {
  await moto?.stop();
});

/**
 * Four web images: the environments pin one, staging's history holds one, two are free. With
 * --keep 0 gc deregisters the two free ones with their snapshots and tags the protected ones —
 * on moto_server exactly as in the simulator.
 */
async function gcScenario(target: Target, clock: { now(): number; sleep(ms: number): Promise<void> }) {
  const root = await exampleConfigCopy();
  const tags = { "amipipe:recipe": "web", "amipipe:arch": "x86_64" };
  const pinned = await target.makeImage("web-pinned", tags);
  const history = await target.makeImage("web-history", tags);
  const older = await target.makeImage("web-older", tags);
  const newer = await target.makeImage("web-newer", tags);
  await setPin(root, "prod", { ami: pinned.imageId, history: [] });
  await setPin(root, "staging", { ami: pinned.imageId, history: [history.imageId] });
  await setPin(root, "dev", { ami: pinned.imageId, history: [] });

  const ctx: Ports = {
    root,
    clock,
    progress: new Progress(clock),
    aws: target.aws,
    ids: sequentialIds(),
    run: { ci: false },
  };
  const dry = await gc(ctx, { dryRun: true, keep: 0 });
  const applied = await gc(ctx, { keep: 0 });

  const ec2 = target.aws.ec2(REGION);
  const own = await ec2.send(new DescribeImagesCommand({ Owners: ["self"] }));
  const liveImages = new Set((own.Images ?? []).map((i) => i.ImageId!));
  const snapshots = new Set(
    ((await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ["self"] }))).Snapshots ?? []).map(
      (s) => s.SnapshotId!,
    ),
  );
  const pinnedTag = (ami: string) =>
    own.Images?.find((i) => i.ImageId === ami)?.Tags?.find((t) => t.Key === "amipipe:pinned")?.Value;
  const name = new Map(
    [pinned, history, older, newer].map((x, i) => [x.imageId, ["pinned", "history", "older", "newer"][i]!]),
  );
  return {
    dryRunDeregisters: dry.data.deregister.map((d) => name.get(d.ami)).sort(),
    deregistered: applied.data.deregister
      .map((d) => ({ ami: name.get(d.ami), snapshots: d.snapshots.length }))
      .sort((a, b) => String(a.ami).localeCompare(String(b.ami))),
    kept: Object.fromEntries(
      applied.data.kept.filter((k) => name.has(k.ami)).map((k) => [name.get(k.ami), k.reason]),
    ),
    imagesLeft: [...name]
      .filter(([ami]) => liveImages.has(ami))
      .map(([, n]) => n)
      .sort(),
    snapshotsLeft: [pinned, history, older, newer]
      .filter((x) => snapshots.has(x.snapshotId))
      .map((x) => name.get(x.imageId))
      .sort(),
    pinnedTags: { pinned: pinnedTag(pinned.imageId), history: pinnedTag(history.imageId) },
    ok: applied.ok,
  };
}

describe("gc against moto_server and the simulator", () => {
  it("keeps pinned and in-history images, deregisters the free ones and deletes only their snapshots", async () => {
    const onMoto = await gcScenario(await motoTarget(moto.endpoint), systemClock);
    const simTarget = await simulatorTarget(await exampleConfigCopy());
    // gc waits out InvalidSnapshot.InUse on the simulator's own virtual time.
    const virtual = new VirtualClock(Date.parse("2026-05-01T00:00:00Z"));
    const onSim = await gcScenario(simTarget, {
      now: () => virtual.now(),
      sleep: async (ms) => {
        await simTarget.settle(ms);
        virtual.advance(ms);
      },
    });

    expect(onMoto).toEqual({
      dryRunDeregisters: ["newer", "older"],
      deregistered: [
        { ami: "newer", snapshots: 1 },
        { ami: "older", snapshots: 1 },
      ],
      kept: { pinned: "pinned by dev, prod, staging", history: "in the pin history of staging" },
      imagesLeft: ["history", "pinned"],
      snapshotsLeft: ["history", "pinned"],
      // amipipe:pinned names current pins only; an image only in a history carries none.
      pinnedTags: { pinned: "dev,prod,staging", history: undefined },
      ok: true,
    });
    expect(onSim).toEqual(onMoto);
  });
});
