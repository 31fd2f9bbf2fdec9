#!/usr/bin/env node
// gc --dry-run over 10,000 AMIs and 20,000 snapshots in the simulator: wall time and API calls.
// Run: node --import tsx bench/gc-dry-run.mjs [images]   (from the repository root)
import path from "node:path";
import { performance } from "node:perf_hooks";

const root = path.resolve(import.meta.dirname, "..");
const { simulatorFromWorld } = await import("../src/sim/session.ts");
const { createImageRecord } = await import("../src/sim/services/ec2-images.ts");
const { newId } = await import("../src/sim/random.ts");
const { gc } = await import("../src/commands/gc.ts");
const { Progress } = await import("../src/ports/progress.ts");

const IMAGES = Number(process.argv[2] ?? 10_000);
const REGION = "ap-northeast-1";
const DAY = 86_400_000;

const sim = await simulatorFromWorld(root);
const state = sim.engine.state;
const now = sim.clock.now();
const recipes = ["web", "batch", "api", "worker"];
const arches = ["x86_64", "arm64"];
for (let i = 0; i < IMAGES; i++) {
  const recipe = recipes[i % recipes.length];
  const arch = arches[Math.floor(i / recipes.length) % arches.length];
  const { imageId } = createImageRecord(state, {
    region: REGION,
    name: `${recipe}-${arch}-${i}`,
    architecture: arch,
    at: now - (i % 720) * 3_600_000 - DAY,
    tags: { "amipipe:recipe": recipe, "amipipe:arch": arch },
    volumeSizeGiB: 16,
  });
  // A data volume too: two snapshots per image, 20,000 in all.
  const data = newId(state, "snap");
  const r = state.regions[REGION];
  r.snapshots[data] = {
    id: data,
    volumeSize: 50,
    ownerId: state.account,
    startedAt: now - DAY,
    description: `Created by CreateImage for ${imageId}`,
    tags: {},
  };
  r.images[imageId].blockDevices.push({
    deviceName: "/dev/sdf",
    snapshotId: data,
    volumeSize: 50,
    volumeType: "gp3",
  });
}
const snapshots = Object.keys(state.regions[REGION].snapshots).length;
const images = Object.keys(state.regions[REGION].images).length;

const ctx = { root, clock: sim.clock, progress: new Progress(sim.clock), aws: sim.aws, env: { ci: false } };
const callsBefore = sim.engine.calls.length;
const started = performance.now();
const result = await gc(ctx, { dryRun: true, keep: 3, olderThan: "0s" });
const wallMs = performance.now() - started;
const calls = sim.engine.calls.slice(callsBefore);
const byOperation = {};
for (const c of calls)
  byOperation[`${c.service}:${c.operation}`] = (byOperation[`${c.service}:${c.operation}`] ?? 0) + 1;

console.log(
  `gc --dry-run over ${images} AMIs (${IMAGES} toolkit) and ${snapshots} snapshots in the simulator`,
);
console.log(`  wall time        ${wallMs.toFixed(0)} ms`);
console.log(`  API calls        ${calls.length}  ${JSON.stringify(byOperation)}`);
console.log(
  `  would deregister ${result.data.deregister.length} AMIs, delete ${result.data.deregister.reduce((n, d) => n + d.snapshots.length, 0)} snapshots`,
);
console.log(
  `  would reclaim    ${result.data.reclaimGiB} GiB ≈ $${result.data.monthlyCostUSD.toFixed(2)}/month`,
);
console.log(`  heap used        ${(process.memoryUsage().heapUsed / 1_048_576).toFixed(0)} MiB`);
