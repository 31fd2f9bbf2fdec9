import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../../src/github/action-main.js";
import type { ActionHost } from "../../src/github/host.js";

let repo: string;

const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
const env = (name: string, ami: string, extra = "") =>
  `name: ${name}\nrecipe: web\npin:\n  ami: ${ami}\n  history: []\n${extra}`;
async function commit(files: Record<string, string>, message: string): Promise<string> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await writeFile(path.join(repo, file), text);
  }
  git("add", "-A");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", message);
  return git("rev-parse", "HEAD");
}

/** reconcile.yml's step: the action's `changed-pins` command, as a config repository runs it. */
async function changed(base: string, head: string): Promise<string[]> {
  const outputs = new Map<string, string>();
  let failed: string | undefined;
  const host: ActionHost = {
    setOutput: (name, value) => void outputs.set(name, value),
    setSecret: () => {},
    annotate: () => {},
    info: () => {},
    setFailed: (message) => {
      failed = message;
    },
    appendSummary: async () => {},
  };
  await runAction(host, {
    GITHUB_WORKSPACE: repo,
    INPUT_COMMAND: "changed-pins",
    INPUT_BASE: base,
    INPUT_HEAD: head,
  });
  expect(failed).toBeUndefined();
  return JSON.parse(outputs.get("environments") ?? "null");
}

beforeEach(async () => {
  repo = await mkdtemp(path.join(tmpdir(), "amipipe-pins-"));
  git("init", "-q", "-b", "main");
});
afterEach(() => rm(repo, { recursive: true, force: true }));

describe("reconcile.yml's choice of environments", () => {
  it("a hand-edited prod pin converges prod only; a vars edit converges nothing", async () => {
    const first = await commit(
      {
        "environments/dev.yml": env("dev", "ami-0000000000000000a"),
        "environments/prod.yml": env("prod", "ami-0000000000000000b"),
      },
      "start",
    );
    const repin = await commit(
      { "environments/prod.yml": env("prod", "ami-0000000000000000c") },
      "roll back prod by hand",
    );
    expect(await changed(first, repin)).toEqual(["prod"]);
    const vars = await commit(
      { "environments/dev.yml": env("dev", "ami-0000000000000000a", "vars: { a: 1 }\n") },
      "vars only",
    );
    expect(await changed(repin, vars)).toEqual([]);
  });

  it("a push that created the branch converges every environment", async () => {
    const head = await commit(
      {
        "environments/dev.yml": env("dev", "ami-0000000000000000a"),
        "environments/staging.yml": env("staging", "ami-0000000000000000a"),
      },
      "start",
    );
    expect(await changed("0000000000000000000000000000000000000000", head)).toEqual(["dev", "staging"]);
  });
});
