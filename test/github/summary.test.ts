import { describe, expect, it } from "vitest";
import { buildsFrom } from "../../src/commands/facts.js";
import { bakeCommand } from "../../src/commands/specs/bake.js";
import { rebakeCommand } from "../../src/commands/specs/rebake.js";
import { OperationFailed } from "../../src/errors.js";
import { pipelineDiagram, timelineDiagram } from "../../src/github/mermaid.js";
import { commandOutputs } from "../../src/github/outputs.js";
import { findingsOf } from "../../src/github/result-facts.js";
import { renderSummary, type SummaryModel } from "../../src/github/summary.js";
import type { ProgressEvent } from "../../src/ports/progress.js";
import type { CheckResult } from "../../src/verify/types.js";

const T0 = Date.parse("2026-11-25T00:00:00Z");
const event = (
  phase: string,
  message: string,
  minutes: number,
  extra: Partial<ProgressEvent> = {},
): ProgressEvent => ({
  level: "info",
  phase,
  message,
  at: T0 + minutes * 60_000,
  elapsedMs: minutes * 60_000,
  ...extra,
});

const cronFinding: CheckResult = {
  name: "cron-timezone",
  level: "instance",
  target: "i-0new",
  passed: false,
  summary: "crond started before the zone change: jobs run in UTC",
  evidence: { crondStartedAt: "…" },
};
const logsOk: CheckResult = {
  name: "log-delivery:fluentd",
  level: "environment",
  target: "staging",
  passed: true,
  summary: "emit count rose 120 → 480",
  evidence: {},
};

const graph = {
  recipes: ["web"],
  images: [{ ami: "ami-0123456789abcdef0", recipe: "web", note: "x86_64, new" }],
  environments: [
    { name: "dev", recipe: "web", pinned: "ami-0123456789abcdef0" },
    { name: "staging", recipe: "web", pinned: "ami-0a1b2c3d4e5f60000", from: "dev" },
    { name: "prod", recipe: "web", pinned: "ami-0a1b2c3d4e5f60000", from: "staging" },
  ],
};

describe("job summary", () => {
  it("draws recipes → AMIs → environments with pins and the promotion chain", () => {
    const text = pipelineDiagram(graph);
    expect(text.split("\n")[0]).toBe("flowchart LR");
    expect(text).toContain("recipe_web --> ami_ami_0123456789abcdef0");
    expect(text).toContain("ami_ami_0123456789abcdef0 -->|pinned| env_dev");
    expect(text).toContain("ami_ami_0a1b2c3d4e5f60000 -->|pinned| env_prod");
    expect(text).toContain("env_staging -.->|promotes to| env_prod");
    expect(text.match(/ami_ami_0a1b2c3d4e5f60000\(\[/g)).toHaveLength(1);
  });

  it("the timeline has one bar per phase on virtual time, failed phases marked critical", () => {
    const text = timelineDiagram(
      [
        event("rollout prod", "launching 2 instances", 0),
        event("rollout prod", "health", 3, { waitingFor: "targets healthy" }),
        event("verify", "cron: jobs run in UTC", 5, { level: "error" }),
      ],
      "amipipe promote",
    )!;
    expect(text).toContain("dateFormat x");
    expect(text).toContain(`waiting for targets healthy :${T0}, ${T0 + 180_000}`);
    expect(text).toContain(`cron jobs run in UTC :crit, ${T0 + 300_000}, ${T0 + 301_000}`);
  });

  it("rollout steps get their own bars on the timeline", () => {
    const text = timelineDiagram([], "amipipe promote", [
      { kind: "launch", startedAt: T0, finishedAt: T0 },
      { kind: "soak", startedAt: T0 + 60_000, finishedAt: T0 + 660_000 },
    ])!;
    expect(text).toContain("section rollout steps");
    expect(text).toContain(`launch :${T0}, ${T0 + 1000}`);
    expect(text).toContain(`soak :${T0 + 60_000}, ${T0 + 660_000}`);
  });

  it("a failed promotion's summary shows the finding in the findings table, the diagram and the timeline", () => {
    const outcome = {
      exitCode: 1 as const,
      error: new OperationFailed("rolled back", "verification", { findings: [cronFinding, logsOk] }),
      errorMessage: "rolled back: 1 finding",
    };
    const model: SummaryModel = {
      command: "promote",
      outcome,
      events: [
        event("rollout staging", "launching", 0),
        event("rollout staging", "rolled back", 12, { level: "error" }),
      ],
      amis: [],
      pinChanges: [],
      checks: [cronFinding, logsOk],
      problems: [
        {
          file: "image-recipes/web.yml",
          line: 8,
          column: 7,
          path: "base",
          message: "Amazon Linux 2 reached end of support",
          severity: "warning",
        },
      ],
      graph,
      effects: {
        pinCommits: [],
        deployments: [{ environment: "staging", id: 101, state: "failure" }],
        notes: [],
      },
      evidence: [],
    };
    const md = renderSummary(model);
    expect(md).toContain("## amipipe promote ❌ failed");
    expect(md).toContain("| result | check | target | finding |");
    expect(md).toContain(
      "| ❌ failed | cron-timezone | i-0new | crond started before the zone change: jobs run in UTC |",
    );
    expect(md).toContain(
      "| ⚠️ warning | config | image-recipes/web.yml:8:7 | base: Amazon Linux 2 reached end of support |",
    );
    expect(md).toContain("```mermaid\nflowchart LR");
    expect(md).toContain("```mermaid\ngantt");
    expect(md).toContain("| deployment staging | #101 failure |");
    expect(findingsOf(outcome).map((f) => f.name)).toEqual(["cron-timezone"]);
    expect(JSON.parse(commandOutputs(outcome).findings!)).toEqual([
      { name: "cron-timezone", level: "instance", target: "i-0new", summary: cronFinding.summary },
    ]);
  });

  it("table cells cannot break the table", () => {
    const md = renderSummary({
      command: "verify",
      outcome: { exitCode: 0, result: { ok: true, text: "", data: {} } },
      events: [],
      amis: [],
      pinChanges: [],
      checks: [{ ...cronFinding, summary: "a | b\nc" }],
      problems: [],
      effects: { pinCommits: [], deployments: [], notes: [] },
      evidence: [],
    });
    expect(md).toContain("| ❌ failed | cron-timezone | i-0new | a \\| b<br>c |");
  });

  it("bake outputs carry the AMIs, the recipe hash and whether the build was skipped", () => {
    const data = {
      recipe: "web",
      recipeHash: "abc",
      skipped: false,
      amis: [{ region: "ap-northeast-1", arch: "x86_64" as const, ami: "ami-0123456789abcdef0" }],
      architectures: [],
      regions: ["ap-northeast-1"],
      components: { created: [], reused: [] },
      manifests: [],
    };
    const outputs = commandOutputs({
      exitCode: 0,
      result: { ok: true, text: "", data },
      facts: bakeCommand.facts(data),
    });
    expect(outputs).toMatchObject({
      ami: "ami-0123456789abcdef0",
      "recipe-hash": "abc",
      skipped: "false",
      "exit-code": "0",
      findings: "[]",
    });
    expect(JSON.parse(outputs.amis!)).toEqual([
      { region: "ap-northeast-1", arch: "x86_64", ami: "ami-0123456789abcdef0" },
    ]);
  });
  it("a bake's summary shows each build state once, with when it began, how long it lasted and what it waited for", () => {
    const phase = "bake web/x86_64";
    const wait = (status: string, minutes: number, since: number, waitingFor: string) =>
      event(phase, `${status} for ${minutes - since}m (build ${minutes}m)`, minutes, { waitingFor });
    const events = [
      event("bake web", "building in ap-northeast-1", 0),
      wait("PENDING", 0, 0, "Image Builder to start the build"),
      wait("BUILDING", 1, 1, "the build instance to run the build components"),
      wait("BUILDING", 6, 1, "the build instance to run the build components"),
      wait("BUILDING", 11, 1, "the build instance to run the build components"),
      wait("TESTING", 20, 20, "the test instance to run the test components"),
      event(phase, "AVAILABLE after 31m00s: ami-0123456789abcdef0 (ap-northeast-1)", 31),
    ];
    const data = {
      recipe: "web",
      architectures: [
        {
          arch: "x86_64",
          startedAt: T0,
          endedAt: T0 + 31 * 60_000,
          states: [
            { status: "PENDING", at: T0 },
            { status: "BUILDING", at: T0 + 60_000 },
            { status: "TESTING", at: T0 + 20 * 60_000 },
            { status: "AVAILABLE", at: T0 + 31 * 60_000 },
          ],
        },
      ],
    };
    const md = renderSummary({
      command: "bake",
      outcome: { exitCode: 0, result: { ok: true, text: "", data } },
      events,
      builds: buildsFrom(data.architectures),
      amis: [],
      pinChanges: [],
      checks: [],
      problems: [],
      effects: { pinCommits: [], deployments: [], notes: [] },
      evidence: [],
    });
    expect(md).toContain(
      [
        "| arch | state | from | for |",
        "| --- | --- | --- | --- |",
        "| x86_64 | PENDING | 0s | 1m00s |",
        "| x86_64 | BUILDING | 1m00s | 19m00s |",
        "| x86_64 | TESTING | 20m00s | 11m00s |",
        "| x86_64 | AVAILABLE | 31m00s |  |",
        "",
        "x86_64 AVAILABLE after 31m00s",
      ].join("\n"),
    );
    expect(md).toContain("### Progress (7 events, 5 while waiting)");
    expect(md).toContain(
      [
        "| 0s | bake web/x86_64 | PENDING for 0m (build 0m) | Image Builder to start the build | 1m00s |",
        "| 1m00s | bake web/x86_64 | BUILDING for 0m (build 1m) | the build instance to run the build components | 19m00s |",
        "| 20m00s | bake web/x86_64 | TESTING for 0m (build 20m) | the test instance to run the test components | 11m00s |",
        "| 31m00s | bake web/x86_64 | AVAILABLE after 31m00s: ami-0123456789abcdef0 (ap-northeast-1) |  |  |",
      ].join("\n"),
    );
    expect(md.match(/BUILDING for/g)).toHaveLength(1);
  });

  it("a wait still going when the run ended is marked as at least that long", () => {
    const md = renderSummary({
      command: "bake",
      outcome: {
        exitCode: 1,
        errorMessage: "gave up after 3h00m00s (--timeout) with the build still BUILDING",
      },
      events: [
        event("bake web/x86_64", "BUILDING for 0s", 0, { waitingFor: "the build instance" }),
        event("bake web/x86_64", "BUILDING for 2h", 120, { waitingFor: "the build instance" }),
        event("bake web/arm64", "AVAILABLE", 180),
      ],
      amis: [],
      pinChanges: [],
      checks: [],
      problems: [],
      effects: { pinCommits: [], deployments: [], notes: [] },
      evidence: [],
    });
    expect(md).toContain("| 0s | bake web/x86_64 | BUILDING for 0s | the build instance | ≥ 3h00m00s |");
  });

  it("a rebake's pinned first stage counts as the run's pin change", () => {
    const pinned = {
      environment: "dev",
      file: "environments/dev.yml",
      ami: "ami-0123456789abcdef0",
      previous: null,
    };
    type Rebaked = Parameters<typeof rebakeCommand.facts>[0];
    const rebaked = (p: typeof pinned | null) =>
      ({
        recipe: "web",
        pinned: p,
        bake: { recipeHash: "abc", amis: [], architectures: [] },
      }) as unknown as Rebaked;
    expect(rebakeCommand.facts(rebaked(pinned)).pinChanges).toEqual([pinned]);
    expect(rebakeCommand.facts(rebaked(null)).pinChanges).toEqual([]);
  });
});
