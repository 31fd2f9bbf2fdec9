import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { editFile, exampleConfigCopy, ROOT } from "./world.js";

const run = promisify(execFile);

/** The real CLI on the simulator, as a pipeline runs it. */
async function amipipe(
  root: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const state = path.join(root, "sim-state.json");
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "src/cli.ts"), "-C", root, "--sim", state, ...args],
      { cwd: ROOT, env: { ...process.env, CI: "1" } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("bake honours the recipe's imageBuilder.timeout unless --timeout is given", () => {
  const roots: string[] = [];
  afterEach(async () => {
    await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
  });

  /** The example world, with a recipe that allows its build one minute. */
  async function oneMinuteRecipe(): Promise<string> {
    const root = await exampleConfigCopy();
    roots.push(root);
    await editFile(root, "image-recipes/web.yml", /^ {2}timeout: 3h$/m, "  timeout: 1m");
    expect((await amipipe(root, ["sim", "init"])).code).toBe(0);
    return root;
  }

  it("a recipe with imageBuilder.timeout 1m: bake without --timeout gives up after one simulated minute", async () => {
    const root = await oneMinuteRecipe();
    const r = await amipipe(root, ["--json", "bake", "web"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/gave up after 1m00s .* with the build still (PENDING|BUILDING)/);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: "bake-timeout" } });
  });

  it("--timeout given on the command line wins over the recipe's", async () => {
    const root = await oneMinuteRecipe();
    const r = await amipipe(root, ["--json", "bake", "web", "--timeout", "3h"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ recipe: "web", skipped: false });
  });
});
