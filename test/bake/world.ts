import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Ports, RunFacts } from "../../src/commands/context.js";
import { Progress } from "../../src/ports/progress.js";
import type { Simulator } from "../../src/sim/session.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const REGION = "ap-northeast-1";
export const AL2_X86_PARAMETER = "/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2";

/** The example config (recipes, environments, world) copied to a temp dir a scenario may edit. */
export async function exampleConfigCopy(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "amipipe-bake-"));
  for (const dir of ["image-recipes", "environments", "sim"])
    await cp(path.join(ROOT, dir), path.join(root, dir), { recursive: true });
  return root;
}

/** Edits one config file in place with a text replacement that must apply. */
export async function editFile(
  root: string,
  relative: string,
  from: string | RegExp,
  to: string,
): Promise<void> {
  const file = path.join(root, relative);
  const text = await readFile(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${relative}: nothing matched ${String(from)}`);
  await writeFile(file, next);
}

export const RUN: RunFacts = {
  ci: true,
  gitSha: "0123456789abcdef0123456789abcdef01234567",
  runUrl: "https://github.com/example/web-infra/actions/runs/42",
};

export function contextFor(sim: Simulator, root: string, env: RunFacts = RUN): Ports {
  return { root, clock: sim.clock, progress: new Progress(sim.clock), aws: sim.aws, ids: sim.ids, run: env };
}

/** The calls the simulator answered for one operation, e.g. ("imagebuilder", "CreateImage"). */
export function callsOf(sim: Simulator, service: string, operation: string) {
  return sim.engine.calls.filter((c) => c.service === service && c.operation === operation);
}

/** The AMI the public SSM parameter points at now. */
export function publicBaseAmi(sim: Simulator, parameter = AL2_X86_PARAMETER, region = REGION): string {
  const value = sim.engine.state.regions[region]?.parameters[parameter]?.value;
  if (!value) throw new Error(`no parameter ${parameter} in ${region}`);
  return value;
}
