import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SendCommandCommand } from "@aws-sdk/client-ssm";
import { afterAll, describe, expect, it } from "vitest";
import { lineSink, Progress } from "../../src/ports/progress.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { checkParity } from "../../src/verify/parity.js";
import { amipipeCli, REPO } from "../config/project-fixture.js";
import { exampleConfig, REGION } from "../rollout/world.js";

/**
 * Red team: a legacy server is data, and its contents can hold credentials — a crontab's
 * `mysqldump -p…`, a URL with a password. Whatever leaves the run (findings, summaries,
 * evidence, progress lines, the simulator's call log) carries the finding, not the secret.
 */

const PASSWORD = "Tr0ub4dor-legacy-3";
const LEGACY_JOB = `/usr/bin/mysqldump -uroot -p${PASSWORD} app_production | gzip > /backup/app.sql.gz`;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

type Inventory = Parameters<typeof checkParity>[0];

function inventories(): { older: Inventory; newer: Inventory } {
  const legacy = JSON.parse(readFileSync(path.join(REPO, "sim/legacy/web-legacy.inventory.json"), "utf8"));
  const older = structuredClone(legacy);
  older.cron.entries.push({
    source: "crontab:root",
    user: "root",
    schedule: "0 3 * * *",
    command: LEGACY_JOB,
  });
  return { older, newer: legacy };
}

describe("a legacy crontab's password", () => {
  it("is not in the parity finding's summary or evidence, which still name the job", () => {
    const { older, newer } = inventories();
    const result = checkParity(older, newer, { target: "i-new" });
    expect(result.passed).toBe(false);
    expect(result.summary).toContain("mysqldump -uroot -p[REDACTED] app_production");
    expect(result.summary).not.toContain(PASSWORD);
    expect(JSON.stringify(result.evidence)).not.toContain(PASSWORD);
  });

  it("is not printed by `amipipe parity`, as text or as JSON", () => {
    const { older, newer } = inventories();
    const dir = mkdtempSync(path.join(tmpdir(), "amipipe-parity-"));
    dirs.push(dir);
    writeFileSync(path.join(dir, "old.json"), JSON.stringify(older));
    writeFileSync(path.join(dir, "new.json"), JSON.stringify(newer));
    for (const args of [[], ["--json"]]) {
      const r = amipipeCli([...args, "parity", "old.json", "new.json"], { cwd: dir });
      expect(r.stdout + r.stderr).toContain("mysqldump");
      expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    }
  });

  it("is not in progress events or the lines a sink writes", () => {
    const lines: string[] = [];
    const progress = new Progress({ now: () => 0, sleep: async () => {} }, [lineSink((l) => lines.push(l))]);
    progress.warn("parity prod", `the new server does not schedule "${LEGACY_JOB}"`);
    progress.waiting("survey i-0legacy", `reading crontab (${LEGACY_JOB})`, `SSM command ${LEGACY_JOB}`);
    expect(lines.join("")).toContain("-p[REDACTED]");
    expect(lines.join("")).not.toContain(PASSWORD);
    expect(JSON.stringify(progress.events)).not.toContain(PASSWORD);
  });

  it("is not in the simulator's call log when a command carrying it is sent", async () => {
    const root = await exampleConfig();
    dirs.push(root);
    const sim = await simulatorFromWorld(root);
    await sim.aws
      .ssm(REGION)
      .send(
        new SendCommandCommand({
          DocumentName: "AWS-RunShellScript",
          InstanceIds: ["i-0123456789abcdef0"],
          Parameters: {
            commands: [LEGACY_JOB, "curl -fsS https://backup:hunter2-legacy@backup.internal/upload"],
          },
        }),
      )
      .catch(() => undefined);
    const call = sim.engine.calls.find((c) => c.operation === "SendCommand");
    expect(call).toBeDefined();
    const logged = JSON.stringify(call?.input);
    expect(logged).toContain("mysqldump");
    expect(logged).not.toContain(PASSWORD);
    expect(logged).not.toContain("hunter2-legacy");
  });
});
