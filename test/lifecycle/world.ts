import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Ports } from "../../src/commands/context.js";
import { Progress } from "../../src/ports/progress.js";
import type { Simulator } from "../../src/sim/session.js";

/** The example config (recipes, environments, world) copied to a temp dir the scenario may edit. */
export async function exampleConfigCopy(): Promise<string> {
  const source = path.resolve(import.meta.dirname, "../..");
  const root = await mkdtemp(path.join(tmpdir(), "amipipe-lifecycle-"));
  for (const dir of ["image-recipes", "environments", "sim"])
    await cp(path.join(source, dir), path.join(root, dir), { recursive: true });
  return root;
}

/** Rewrites an environment's pin block (what promote/rollback keep in git). */
export async function setPin(
  root: string,
  env: string,
  pin: { ami: string; history: string[] },
): Promise<void> {
  const file = path.join(root, "environments", `${env}.yml`);
  const text = await readFile(file, "utf8");
  const history =
    pin.history.length === 0
      ? "[]"
      : `\n${pin.history.map((ami) => `    - { ami: ${ami}, at: "2026-04-01T00:00:00Z" }`).join("\n")}`;
  const next = text.replace(/^pin:\n(?:[ ].*\n)+/m, `pin:\n  ami: ${pin.ami}\n  history: ${history}\n`);
  if (next === text) throw new Error(`no pin block in ${file}`);
  await writeFile(file, next);
}

export function contextFor(sim: Simulator, root: string): Ports {
  return {
    root,
    clock: sim.clock,
    progress: new Progress(sim.clock),
    aws: sim.aws,
    ids: sim.ids,
    run: { ci: false },
  };
}
