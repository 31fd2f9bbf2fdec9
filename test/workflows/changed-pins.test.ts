import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const script = path.resolve(import.meta.dirname, "../../scripts/changed-pins.mjs");
const node = path.resolve(import.meta.dirname, "../../node_modules/.bin/node");
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
const changed = (before: string, after: string) =>
  execFileSync(node, [script, before, after], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: path.resolve(import.meta.dirname, "../../node_modules") },
  });

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
    expect(changed(first, repin)).toBe('environments=["prod"]\n');
    const vars = await commit(
      { "environments/dev.yml": env("dev", "ami-0000000000000000a", "vars: { a: 1 }\n") },
      "vars only",
    );
    expect(changed(repin, vars)).toBe("environments=[]\n");
  });

  it("a push that created the branch converges every environment", async () => {
    const head = await commit(
      {
        "environments/dev.yml": env("dev", "ami-0000000000000000a"),
        "environments/staging.yml": env("staging", "ami-0000000000000000a"),
      },
      "start",
    );
    expect(changed("0000000000000000000000000000000000000000", head)).toBe(
      'environments=["dev","staging"]\n',
    );
  });
});
