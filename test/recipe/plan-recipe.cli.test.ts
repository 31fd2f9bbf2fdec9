import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exampleProject, REPO } from "../config/project-fixture.js";

const RECIPE = "image-recipes/web.yml";

function cli(dir: string, ...args: string[]) {
  const node = path.join(REPO, "node_modules/.bin/node");
  return spawnSync(node, ["--import", "tsx", path.join(REPO, "src/cli.ts"), "-C", dir, ...args], {
    cwd: REPO,
    encoding: "utf8",
  });
}

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    "git",
    [
      "-c",
      "user.name=amipipe test",
      "-c",
      "user.email=test@example.invalid",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = readFileSync(full, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(full, after);
}

describe("amipipe plan-recipe in a git checkout", () => {
  let dir: string;
  beforeAll(() => {
    // The example config committed, then changed the way a pull request would change it.
    dir = exampleProject();
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "example config");
    edit(dir, RECIPE, (t) =>
      t
        .replace("    - mariadb-devel\n", "    - mariadb-devel\n    - memcached\n")
        .replace(
          '  - name: daily-notice\n    schedule: "30 9 * * *"\n    user: app\n    command: /var/www/app/current/bin/cron-run daily_notice\n',
          "",
        )
        .replace(
          "  - { name: newrelic-infra }\n",
          "  - { name: newrelic-infra }\n  - { name: memcached, port: 11211 }\n",
        ),
    );
  });

  it("shows a reviewer the added package, the removed cron entry and the new port", () => {
    const r = cli(dir, "plan-recipe", "web", "--against", "HEAD");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(0);
    const text = r.stdout;
    expect(text).toContain("### Recipe `web` compared with HEAD");
    expect(text).toContain("**Packages**\n```diff\n+ memcached\n```");
    expect(text).toContain(
      "**Cron entries**\n```diff\n- daily-notice  (30 9 * * * app /var/www/app/current/bin/cron-run daily_notice)\n```",
    );
    expect(text).toContain("**Services**\n```diff\n+ memcached  (enabled at boot)\n```");
    expect(text).toContain("**Ports**\n```diff\n+ 11211  (memcached)\n```");
    expect(text).toContain("3 added, 1 removed, 0 changed.");
    // The removed cron entry is called out above the diff.
    expect(text).toContain(
      "**Risks**\n\n- ⚠️ cron entry daily-notice removed: '30 9 * * *' (app: /var/www/app/current/bin/cron-run daily_notice) no longer runs\n\n**Packages**",
    );
    // Nothing else moved: the agents, users and files sections are absent.
    expect(text).not.toContain("**Agents**");
    expect(text).not.toContain("**Users");
    expect(text).not.toContain("**Files**");
  });

  it("gives the same changes as data with --json", () => {
    const r = cli(dir, "--json", "plan-recipe", "web", "--against", "HEAD");
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data).toEqual({
      recipe: "web",
      isNew: false,
      against: "HEAD",
      changes: [
        { kind: "package", change: "added", item: "memcached" },
        { kind: "service", change: "added", item: "memcached", detail: "enabled at boot" },
        { kind: "port", change: "added", item: "11211", detail: "memcached" },
        {
          kind: "cron",
          change: "removed",
          item: "daily-notice",
          detail: "30 9 * * * app /var/www/app/current/bin/cron-run daily_notice",
        },
      ],
      risks: [
        {
          kind: "cron-removed",
          item: "daily-notice",
          message:
            "cron entry daily-notice removed: '30 9 * * *' (app: /var/www/app/current/bin/cron-run daily_notice) no longer runs",
        },
      ],
    });
  });

  it("an unknown revision is a usage error (exit 2) naming the revision", () => {
    const r = cli(dir, "plan-recipe", "web", "--against", "no-such-branch");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown git revision 'no-such-branch'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });
});
