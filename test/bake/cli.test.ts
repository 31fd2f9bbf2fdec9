import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { exampleConfigCopy, ROOT } from "./world.js";

const run = promisify(execFile);

/** The real CLI, as a user runs it (`amipipe -C ROOT --sim FILE …`). */
async function amipipe(
  root: string,
  args: string[],
  env: Record<string, string> = { CI: "1" },
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { CI: _ci, ...inherited } = process.env;
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "src/cli.ts"), "-C", root, ...args],
      {
        cwd: ROOT,
        env: { ...inherited, ...env, GITHUB_SHA: "fedcba9876543210fedcba9876543210fedcba98" },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("amipipe bake through the CLI", () => {
  it("bake --json prints {recipe, recipeHash, skipped, amis:[{region, arch, ami}]}, and the second run is a no-op", async () => {
    const root = await exampleConfigCopy();
    const state = path.join(root, "sim-state.json");
    expect((await amipipe(root, ["--sim", state, "sim", "init"])).code).toBe(0);

    const first = await amipipe(root, ["--sim", state, "--json", "bake", "web"]);
    expect(first.code).toBe(0);
    const doc = JSON.parse(first.stdout);
    expect(doc).toMatchObject({ recipe: "web", skipped: false });
    expect(doc.recipeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.amis).toEqual([
      { region: "ap-northeast-1", arch: "x86_64", ami: expect.stringMatching(/^ami-[0-9a-f]{17}$/) },
    ]);
    // Progress went to stderr as plain lines (CI), with state and what the build waits for.
    expect(first.stderr).toMatch(
      /bake web\/x86_64: BUILDING for .* — waiting for the build instance to run the build components/,
    );

    const second = await amipipe(root, ["--sim", state, "--json", "bake", "web"]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      recipe: "web",
      recipeHash: doc.recipeHash,
      skipped: true,
      amis: doc.amis,
    });
  });

  it("outside CI, piped progress shows the build's states and at most one line per 5 minutes of waiting", async () => {
    const root = await exampleConfigCopy();
    const state = path.join(root, "sim-state.json");
    expect((await amipipe(root, ["--sim", state, "sim", "init"], {})).code).toBe(0);
    const baked = await amipipe(root, ["--sim", state, "bake", "web"], {});
    expect(baked.code).toBe(0);
    const building = baked.stderr.split("\n").filter((l) => l.includes("bake web/x86_64: BUILDING"));
    // The simulated build stays BUILDING for about 25 minutes; polled every minute.
    expect(building.length).toBeGreaterThan(1);
    expect(building.length).toBeLessThanOrEqual(6);
    for (const state of ["PENDING", "TESTING", "DISTRIBUTING"])
      expect(baked.stderr).toContain(`bake web/x86_64: ${state}`);
  });

  it("a failing build exits 1 with the phase, reason and log location on stderr", async () => {
    const root = await exampleConfigCopy();
    const state = path.join(root, "sim-state.json");
    await amipipe(root, ["--sim", state, "sim", "init"]);

    const failed = await amipipe(root, ["--sim", state, "--fault", "image-build-fails=test", "bake", "web"]);

    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("failed in the test phase");
    expect(failed.stderr).toContain("reason: Workflow Execution ID");
    expect(failed.stderr).toContain("logs: CloudWatch Logs group /aws/imagebuilder/amipipe-web-x86_64");
  });

  it("a malformed --timeout is a usage error (exit 2)", async () => {
    const root = await exampleConfigCopy();
    const state = path.join(root, "sim-state.json");
    await amipipe(root, ["--sim", state, "sim", "init"]);
    const bad = await amipipe(root, ["--sim", state, "bake", "web", "--timeout", "soon"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--timeout needs a duration");
  });

  it("bake takes exactly one of RECIPE and --all (usage error, exit 2, otherwise)", async () => {
    const root = await exampleConfigCopy();
    const state = path.join(root, "sim-state.json");
    await amipipe(root, ["--sim", state, "sim", "init"]);
    for (const args of [["bake"], ["bake", "web", "--all"]]) {
      const bad = await amipipe(root, ["--sim", state, ...args]);
      expect(bad.code, args.join(" ")).toBe(2);
      expect(bad.stderr).toContain("bake needs exactly one of RECIPE or --all");
    }
  });
});
