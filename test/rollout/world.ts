import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Ports } from "../../src/commands/context.js";
import { loadProject } from "../../src/config/load.js";
import { Progress } from "../../src/ports/progress.js";
import { compileImage } from "../../src/recipe/compile.js";
import { createImageRecord } from "../../src/sim/services/ec2-images.js";
import { createSimulator, type Simulator, simulatorFromWorld } from "../../src/sim/session.js";
import type { SimState } from "../../src/sim/state.js";

export const REGION = "ap-northeast-1";
export const LEGACY_AMI = "ami-0a1b2c3d4e5f60000";
const REPO = path.resolve(import.meta.dirname, "../..");

/** A temp copy of the example config (image-recipes/, environments/, sim/). */
export async function exampleConfig(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "amipipe-rollout-"));
  for (const dir of ["image-recipes", "environments", "sim"])
    await cp(path.join(REPO, dir), path.join(root, dir), { recursive: true });
  return root;
}

export interface World {
  root: string;
  sim: Simulator;
  ctx: Ports;
}

/** The example world (sim/world.yml) on a temp copy of the example config. */
export async function exampleWorld(o: { faults?: string[]; root?: string } = {}): Promise<World> {
  const root = o.root ?? (await exampleConfig());
  const sim = await simulatorFromWorld(root, o.faults ? { faults: o.faults } : {});
  return { root, sim, ctx: contextFor(sim, root) };
}

/** The same config root over another simulator (a cloned state, other faults). */
export function worldFrom(root: string, state: SimState, faults: string[] = []): World {
  const sim = createSimulator({ state, faults });
  return { root, sim, ctx: contextFor(sim, root) };
}

export function contextFor(sim: Simulator, root: string, actor = "tester"): Ports {
  return {
    root,
    clock: sim.clock,
    progress: new Progress(sim.clock),
    aws: sim.aws,
    ids: sim.ids,
    run: { ci: false, actor },
  };
}

/**
 * An AMI of the example `web` recipe as Image Builder's distribution leaves it: the compiled
 * manifest on the image (what the simulator derives instance facts from) and provenance tags.
 */
export async function webImage(world: World, name = "web-1.0.0-x86_64"): Promise<string> {
  const project = await loadProject(world.root);
  const recipe = project.recipes.get("web")!;
  const compiled = compileImage(recipe, {
    arch: "x86_64",
    parentImage: "ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2",
    regions: [REGION],
  });
  const { imageId } = createImageRecord(world.sim.engine.state, {
    region: REGION,
    name,
    architecture: "x86_64",
    at: world.sim.clock.now(),
    manifest: compiled.manifest,
    tags: { "amipipe:recipe": "web", "amipipe:recipe-hash": compiled.recipeHash, "amipipe:arch": "x86_64" },
  });
  return imageId;
}

/** Plain JSON copy of the world's state (a snapshot to start many runs from). */
export function snapshot(world: World): SimState {
  world.sim.engine.state.now = world.sim.clock.now();
  return JSON.parse(JSON.stringify(world.sim.engine.state)) as SimState;
}
