import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./world.js";

const run = promisify(execFile);
const NODE = path.join(ROOT, "node_modules", ".bin", "node");

async function amipipe(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      NODE,
      ["--import", "tsx", path.join(ROOT, "src", "cli.ts"), "-C", ROOT, ...args],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("the simulator behind the CLI", () => {
  it("sim init, then status against one --sim file, sees the legacy fleet serving its pin everywhere", async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "amipipe-cli-")), "world.json");
    expect((await amipipe(["--sim", file, "status"])).stderr).toMatch(/run amipipe sim init/);
    const init = await amipipe(["--sim", file, "sim", "init"]);
    expect(init.code).toBe(0);
    const status = await amipipe(["--sim", file, "--json", "status"]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({
      environments: ["dev", "staging", "prod"].map((name, i) => ({
        name,
        pinned: "ami-0a1b2c3d4e5f60000",
        serving: ["ami-0a1b2c3d4e5f60000"],
        healthy: [1, 2, 2][i],
        desired: [1, 2, 2][i],
        inSync: true,
      })),
    });
  });

  it("crash-after-calls kills the process with 137 and leaves a readable world holding the calls made", async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "amipipe-cli-")), "world.json");
    await amipipe(["--sim", file, "sim", "init"]);
    const crashed = await amipipe(["--sim", file, "--fault", "crash-after-calls=1", "status"]);
    expect(crashed.code).toBe(137);
    const state = JSON.parse(await readFile(file, "utf8"));
    expect(state.calls.map((c: { operation: string }) => c.operation)).toEqual(["DescribeTargetGroups"]);
    expect((await amipipe(["--sim", file, "--fault", "no-such-fault", "status"])).code).toBe(2);
  });
});
