import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { promote } from "../../src/commands/promote.js";
import { rollback } from "../../src/commands/rollback.js";
import { loadProject } from "../../src/config/load.js";
import { compileImage } from "../../src/recipe/compile.js";
import { createImageRecord } from "../../src/sim/services/ec2-images.js";
import { envFile, fork, run, statusOf } from "./scenario.js";
import { exampleWorld, REGION, type World, webImage } from "./world.js";

let base: World;
let x86: string;
let arm: string;

/** The arm64 image of the same bake as the x86_64 one (same recipe hash), as a two-architecture bake leaves it. */
async function armSibling(world: World): Promise<string> {
  const project = await loadProject(world.root);
  const compiled = compileImage(project.recipes.get("web")!, {
    arch: "arm64",
    parentImage: "ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-arm64-gp2",
    regions: [REGION],
  });
  const x86Hash = world.sim.engine.state.regions[REGION]!.images[x86]!.tags["amipipe:recipe-hash"]!;
  return createImageRecord(world.sim.engine.state, {
    region: REGION,
    name: "web-1.0.0-arm64",
    architecture: "arm64",
    at: world.sim.clock.now(),
    manifest: compiled.manifest,
    tags: { "amipipe:recipe": "web", "amipipe:recipe-hash": x86Hash, "amipipe:arch": "arm64" },
  }).imageId;
}

async function setInstanceType(world: World, env: string, type: string): Promise<void> {
  const file = path.join(world.root, "environments", `${env}.yml`);
  const text = await readFile(file, "utf8");
  await writeFile(
    file,
    // fleet.instanceType sits right under fleet.launchTemplate (the pin has an instanceType too).
    text.replace(/( {2}launchTemplate: .*\n)( {2}instanceType: .*\n)?/, `$1  instanceType: ${type}\n`),
  );
}

beforeAll(async () => {
  base = await exampleWorld();
  x86 = await webImage(base);
});

describe("architectures", () => {
  it("promote takes the image of the bake that the environment's instance type runs", async () => {
    const world = await fork(base);
    arm = await armSibling(world);
    await setInstanceType(world, "dev", "t4g.medium");
    const outcome = await run(() => promote(world.ctx, { env: "dev", ami: x86 }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    expect(await statusOf(world, "dev")).toMatchObject({ pinned: arm, serving: [arm], inSync: true });
    const warned = world.ctx.progress.events.map((e) => e.message).join("\n");
    expect(warned).toContain(
      `${x86} is x86_64, but dev runs t4g.medium (arm64, from fleet.instanceType): taking ${arm}`,
    );
  });

  it("without an image of that architecture, promote is refused before anything changes, naming the fix", async () => {
    const world = await fork(base);
    await setInstanceType(world, "dev", "t4g.medium");
    const before = await envFile(world, "dev");
    const calls = world.sim.engine.calls.length;
    const outcome = await run(() => promote(world.ctx, { env: "dev", ami: x86 }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toContain(
      `${x86} is x86_64, but dev's instance type t4g.medium (fleet.instanceType) runs arm64`,
    );
    expect(outcome.message).toContain("add arm64 to the recipe's architectures");
    expect(await envFile(world, "dev")).toBe(before);
    expect(
      world.sim.engine.calls.slice(calls).filter((c) => /^(Run|Create|Put|Register)/.test(c.operation)),
    ).toEqual([]);
  });

  it("a rollback to an image of another architecture is refused up front, naming the instance type it ran on", async () => {
    const world = await fork(base);
    arm = await armSibling(world);
    expect((await run(() => promote(world.ctx, { env: "dev", ami: x86 }))).exitCode).toBe(0);
    expect(await envFile(world, "dev")).toContain("instanceType: t3.medium");
    await setInstanceType(world, "dev", "t4g.medium");
    expect((await run(() => promote(world.ctx, { env: "dev", ami: arm }))).exitCode).toBe(0);
    const outcome = await run(() => rollback(world.ctx, { env: "dev", to: x86 }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toContain(
      "last ran here on t3.medium (recorded with that pin): set fleet.instanceType: t3.medium",
    );
    expect(await statusOf(world, "dev")).toMatchObject({ pinned: arm, serving: [arm] });
  });

  it("an AMI that does not exist is bad input", async () => {
    const world = await fork(base);
    const outcome = await run(() => promote(world.ctx, { env: "dev", ami: "ami-0123456789abcdef0" }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toBe("AMI ami-0123456789abcdef0 does not exist in ap-northeast-1");
  });
});
