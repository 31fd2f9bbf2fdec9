import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scenario } from "./scenario.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PARLIAMENT = path.join(ROOT, ".venv/bin/parliament");
const PYTHON = path.join(ROOT, ".venv/bin/python");
/** High-priority risks: each one found must be explained in docs/iam.md. */
const HIGH = [
  "PRIVILEGE_ESCALATION",
  "PrivilegeEscalation",
  "DataExfiltration",
  "ResourceExposure",
  "CredentialsExposure",
];

/** "amipipe-prod" → "environment"; the others by name. */
const kindOf = (role: string) =>
  ["amipipe-bake", "amipipe-gc", "amipipe-verify"].includes(role) ? role.slice(8) : "environment";

/** The findings docs/iam.md explains: `tool: FINDING (detail)` → the role kinds it names. */
async function documented(): Promise<Map<string, string[]>> {
  const text = await readFile(path.join(ROOT, "docs/iam.md"), "utf8");
  const rows = new Map<string, string[]>();
  for (const m of text.matchAll(/^\| `([^`]+)` \| ([a-z, ]+) \| (.+) \|$/gm))
    rows.set(
      m[1]!,
      m[2]!.split(",").map((r) => r.trim()),
    );
  return rows;
}

describe("third-party audits of every generated policy (parliament with community auditors, cloudsplaining without exclusions)", () => {
  let dir: string;
  let files: Map<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "amipipe-audit-"));
    files = new Map();
    for (const variant of ["instances", "asg"]) {
      const s = await scenario({ asg: variant === "asg" });
      for (const [role, policy] of s.policies) {
        const file = path.join(dir, `${variant}-${role}.json`);
        await writeFile(file, JSON.stringify(policy, null, 2));
        files.set(file, role);
      }
      await s.cleanup();
    }
  }, 60_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Each finding as `tool: ISSUE (detail)`, with the role kinds it was found in. */
  function collect(): Map<string, Set<string>> {
    expect(existsSync(PARLIAMENT), "run scripts/setup-tools.mjs").toBe(true);
    const found = new Map<string, Set<string>>();
    const add = (key: string, role: string) =>
      found.set(key, (found.get(key) ?? new Set()).add(kindOf(role)));
    // parliament exits 1 when it finds anything; its findings are the JSON lines it prints.
    const parliament = spawnSync(
      PARLIAMENT,
      ["--directory", dir, "--include-community-auditors", "--json", "--minimum_severity", "INFO"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(parliament.status === 0 || parliament.status === 1, parliament.stderr).toBe(true);
    for (const line of parliament.stdout.split("\n").filter(Boolean)) {
      const f = JSON.parse(line) as { issue: string; location: { filepath: string; type?: string } };
      const role = files.get(f.location.filepath);
      if (!role) throw new Error(`parliament named a file it was not given: ${line}`);
      add(`parliament: ${f.issue}${f.location.type ? ` (${f.location.type})` : ""}`, role);
    }
    const scan = JSON.parse(
      execFileSync(PYTHON, [path.join(import.meta.dirname, "cloudsplaining-scan.py"), ...files.keys()], {
        encoding: "utf8",
      }),
    ) as Record<string, { default: Record<string, string[]>; full: Record<string, string[]> }>;
    for (const [file, result] of Object.entries(scan)) {
      // Nothing risky is allowed without resource constraints.
      expect(result.default, file).toEqual({});
      for (const [risk, items] of Object.entries(result.full))
        for (const item of items) add(`cloudsplaining: ${risk} (${item})`, files.get(file)!);
    }
    return found;
  }

  it("finds no privilege escalation, data exfiltration or resource exposure that docs/iam.md does not explain, for the roles it names", async () => {
    const found = collect();
    const docs = await documented();
    const unexplained = [...found]
      .filter(([key]) => HIGH.some((h) => key.includes(`: ${h}`)))
      .flatMap(([key, kinds]) =>
        [...kinds].filter((k) => !docs.get(key)?.includes(k)).map((k) => `${key} in ${k}`),
      );
    expect(unexplained).toEqual([]);
  });

  it("explains in docs/iam.md only findings the tools still report (no stale rows)", async () => {
    const found = collect();
    const docs = await documented();
    expect(docs.size).toBeGreaterThan(0);
    const stale = [...docs].flatMap(([key, kinds]) =>
      kinds.filter((k) => !found.get(key)?.has(k)).map((k) => `${key} in ${k}`),
    );
    expect(stale).toEqual([]);
  });
});
