import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../../src/github/action-main.js";
import type { ActionHost, AnnotationPlace } from "../../src/github/host.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Records what the action does to the runner, by name. */
function recordingHost() {
  const host = {
    outputs: new Map<string, string>(),
    secrets: [] as string[],
    annotations: [] as Array<{ level: string; message: string; place?: AnnotationPlace }>,
    lines: [] as string[],
    failed: undefined as string | undefined,
    summary: "",
  };
  const port: ActionHost = {
    setOutput: (name, value) => void host.outputs.set(name, value),
    setSecret: (value) => void host.secrets.push(value),
    annotate: (level, message, place) =>
      void host.annotations.push({ level, message, ...(place ? { place } : {}) }),
    info: (line) => void host.lines.push(line),
    setFailed: (message) => {
      host.failed = message;
    },
    appendSummary: async (markdown) => {
      host.summary += markdown;
    },
  };
  return { host, port };
}

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), "amipipe-main-"));
  for (const sub of ["image-recipes", "environments"])
    await cp(path.join(repoRoot, sub), path.join(workspace, sub), { recursive: true });
});
afterEach(() => rm(workspace, { recursive: true, force: true }));

const runnerEnv = (inputs: Record<string, string>) => ({
  GITHUB_WORKSPACE: workspace,
  GITHUB_REPOSITORY: "acme/web",
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
});

describe("the action's run()", () => {
  it("validate on the example config: outputs, a warning annotation on the recipe's base line, and the summary", async () => {
    const { host, port } = recordingHost();
    await runAction(port, runnerEnv({ command: "validate", "github-token": "ghs_x" }));
    expect(host.failed).toBeUndefined();
    expect(host.secrets).toEqual(["ghs_x"]);
    expect(host.outputs.get("exit-code")).toBe("0");
    expect(JSON.parse(host.outputs.get("result")!).ok).toBe(true);
    const eol = host.annotations.find((a) => a.place?.file === "image-recipes/web.yml");
    expect(eol?.level).toBe("warning");
    const baseLine =
      (await readFile(path.join(workspace, "image-recipes/web.yml"), "utf8"))
        .split("\n")
        .findIndex((l) => l.startsWith("base:")) + 1;
    expect(eol?.place?.startLine).toBe(baseLine);
    expect(host.summary).toContain("### Findings");
    expect(host.summary).toContain("```mermaid\nflowchart LR");
  });

  it("a config error fails the step with exit code 2 and annotates the file and line", async () => {
    const file = path.join(workspace, "environments/staging.yml");
    await writeFile(file, (await readFile(file, "utf8")).replace("recipe: web", "recipe: wbe"));
    const { host, port } = recordingHost();
    await runAction(port, runnerEnv({ command: "validate", "config-root": "." }));
    expect(host.outputs.get("exit-code")).toBe("2");
    expect(host.failed).toMatch(/environments\/staging\.yml:\d+:\d+/);
    const error = host.annotations.find(
      (a) => a.level === "error" && a.place?.file === "environments/staging.yml",
    );
    expect(error?.place).toMatchObject({
      title: "amipipe config",
      startLine: 3,
      startColumn: expect.any(Number),
    });
    expect(error?.message).toMatch(/^recipe: /);
  });

  it("bad inputs fail before anything runs, naming the input", async () => {
    const { host, port } = recordingHost();
    await runAction(port, runnerEnv({ command: "promote" }));
    expect(host.failed).toMatch(/input 'environment' is required/);
    expect(host.outputs.get("exit-code")).toBe("2");
    expect(host.summary).toBe("");
  });

  it("anything thrown, even a non-Error, ends as a failed step with a message", async () => {
    const { host, port } = recordingHost();
    port.appendSummary = () => Promise.reject({ reason: "summary file gone" });
    await runAction(port, runnerEnv({ command: "validate" }));
    expect(host.failed).toBe('{"reason":"summary file gone"}');
  });

  it("says which stages have something to promote, so a pipeline asks no approval for a no-op", async () => {
    const same = recordingHost();
    await runAction(same.port, runnerEnv({ command: "validate", "github-token": "" }));
    expect(JSON.parse(same.host.outputs.get("promotable")!)).toEqual([]);

    const devFile = path.join(workspace, "environments/dev.yml");
    const dev = await readFile(devFile, "utf8");
    await writeFile(devFile, dev.replace("ami: ami-0a1b2c3d4e5f60000", "ami: ami-0fedcba9876543210"));
    const ahead = recordingHost();
    await runAction(ahead.port, runnerEnv({ command: "validate", "github-token": "" }));
    expect(JSON.parse(ahead.host.outputs.get("promotable")!)).toEqual(["staging"]);
  });
});
