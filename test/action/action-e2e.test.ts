import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeGitHub, startFakeGitHub } from "../github/fake-github.js";
import { exampleWorkspace, runBundledAction } from "./harness.js";

// The bundled action (dist/action.js, `npm run build`) run under Node 24 with the runner's
// variables and files, against the simulator and a fake GitHub API on 127.0.0.1.

const TOKEN = "ghs_e2e_token";
const LEGACY = "ami-0a1b2c3d4e5f60000";

let gh: FakeGitHub;
let workspace: string;
const STATE = "world.simstate.json";

async function action(
  inputs: Record<string, string>,
  extra: Partial<Parameters<typeof runBundledAction>[0]> = {},
) {
  return runBundledAction({
    workspace,
    apiUrl: gh.url,
    inputs: { sim: STATE, "github-token": TOKEN, ...inputs },
    ...extra,
  });
}

beforeAll(async () => {
  gh = await startFakeGitHub({ token: TOKEN, owner: "acme", repo: "web" });
  workspace = await exampleWorkspace();
  for (const env of ["dev", "staging", "prod"]) {
    const file = `environments/${env}.yml`;
    gh.seedFile(file, await readFile(path.join(workspace, file), "utf8"));
  }
  const init = await action({ command: "sim init" });
  expect(init.exitCode, init.stdout + init.stderr).toBe(0);
});
afterAll(async () => {
  await gh.close();
  await rm(workspace, { recursive: true, force: true });
});

describe("the bundled action on the simulator", () => {
  it("validate passes, warns on the Amazon Linux 2 end of life as an annotation, and draws the pipeline", async () => {
    const run = await action({ command: "validate" });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs["exit-code"]).toBe("0");
    expect(() => JSON.parse(run.outputs.result!)).not.toThrow();
    expect(run.stdout).toMatch(
      /::warning title=amipipe config,file=image-recipes\/web\.yml,line=\d+,col=\d+::base: .*2026-06-30/,
    );
    expect(run.summary).toContain("## amipipe validate ✅ done");
    expect(run.summary).toMatch(
      /\| ⚠️ warning \| config \| image-recipes\/web\.yml:\d+:\d+ \| base: [^|]*2026-06-30/,
    );
    expect(run.summary).toContain("```mermaid\nflowchart LR");
    expect(run.summary).toContain(`ami_${LEGACY.replace(/-/g, "_")} -->|pinned| env_prod`);
    expect(run.summary).toContain("env_staging -.->|promotes to| env_prod");
  });

  it("a config error becomes an error annotation on its file and line, with exit code 2", async () => {
    const broken = await exampleWorkspace();
    try {
      const file = path.join(broken, "environments/dev.yml");
      await writeFile(file, (await readFile(file, "utf8")).replace(/count: 1\b/, "count: many"));
      const run = await runBundledAction({
        workspace: broken,
        apiUrl: gh.url,
        inputs: { command: "validate" },
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs["exit-code"]).toBe("2");
      expect(run.stdout).toMatch(
        /::error title=amipipe config,file=environments\/dev\.yml,line=\d+,col=\d+::fleet\.count: /,
      );
      expect(run.summary).toMatch(
        /\| ❌ error \| config \| environments\/dev\.yml:\d+:\d+ \| fleet\.count: /,
      );
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  let baked = "";
  it("bake sets the AMI outputs and shows the new image in the diagram", async () => {
    const run = await action({ command: "bake", recipe: "web" });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.skipped).toBe("false");
    expect(run.outputs["recipe-hash"]).toMatch(/^[0-9a-f]{64}$/);
    const amis = JSON.parse(run.outputs.amis!) as Array<{ region: string; arch: string; ami: string }>;
    expect(amis).toEqual([
      { region: "ap-northeast-1", arch: "x86_64", ami: expect.stringMatching(/^ami-[0-9a-f]+$/) },
    ]);
    baked = run.outputs.ami!;
    expect(baked).toBe(amis[0]!.ami);
    expect(run.summary).toContain(`| AMI ap-northeast-1 x86_64 | \`${baked}\` |`);
    expect(run.summary).toContain(`recipe_web --> ami_${baked.replace(/-/g, "_")}`);
    expect(run.summary).toContain("```mermaid\ngantt");
    expect(gh.calls.filter((c) => c.method !== "GET")).toEqual([]);

    // The build's progress: each state Image Builder went through, when it began and how long it lasted…
    expect(run.summary).toContain("### Image builds\n\n| arch | state | from | for |");
    const states = [...run.summary.matchAll(/^\| x86_64 \| ([A-Z]+) \| ([^|]+) \| ([^|]*) \|$/gm)].map(
      (m) => m[1],
    );
    expect(states[0]).toBe("PENDING");
    expect(states).toEqual(expect.arrayContaining(["BUILDING", "TESTING", "DISTRIBUTING"]));
    expect(states.at(-1)).toBe("AVAILABLE");
    expect(run.summary).toMatch(/^x86_64 AVAILABLE after \d+m\d{2}s$/m);
    // …and the progress log: phase, elapsed time, what it waited for and for how long.
    expect(run.summary).toContain("| at | phase | state / message | waiting for | waited |");
    expect(run.summary).toMatch(
      /^\| \d+m\d{2}s \| bake web\/x86_64 \| BUILDING for 0s \(build [^)]+\) \| the build instance to run the build components \| \d+m\d{2}s \|$/m,
    );
    expect(run.summary).toMatch(
      /^\| \d+m\d{2}s \| bake web\/x86_64 \| TESTING for 0s \(build [^)]+\) \| the test instance to run the test components \| \d+m\d{2}s \|$/m,
    );
    expect(run.summary).toMatch(
      /^\| \d+m\d{2}s \| bake web\/x86_64 \| AVAILABLE after \d+m\d{2}s: ami-[0-9a-f]+ /m,
    );
  });

  it("a release whose crond kept UTC is rejected in dev: findings in the summary, a failed deployment, no pin commit", async () => {
    const before = gh.calls.length;
    const run = await action({
      command: "promote",
      environment: "dev",
      ami: baked,
      fault: "cron-stale-timezone",
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["exit-code"]).toBe("1");
    const findings = JSON.parse(run.outputs.findings!) as Array<{ name: string; summary: string }>;
    expect(findings.some((f) => f.name === "cron-timezone" && /UTC/.test(f.summary))).toBe(true);
    expect(run.summary).toMatch(/\| ❌ failed \| cron-timezone \| i-[0-9a-f]+ \| [^|]*UTC/);
    const calls = gh.calls.slice(before);
    expect(calls.some((c) => c.path === "/graphql")).toBe(false);
    const deployment = gh.deployments.at(-1)!;
    expect(deployment).toMatchObject({ environment: "dev", payload: { ami: baked } });
    expect(deployment.statuses.map((s) => s.state)).toEqual(["failure"]);
    expect(await readFile(path.join(workspace, "environments/dev.yml"), "utf8")).toContain(`ami: ${LEGACY}`);
  });

  it("a promotion records the pin commit, then the deployment, then its statuses, and writes the evidence", async () => {
    const before = gh.calls.length;
    const run = await action({ command: "promote", environment: "dev", ami: baked });
    expect(run.exitCode, run.stdout + run.summary).toBe(0);
    const pins = JSON.parse(run.outputs.pins!) as Array<{
      environment: string;
      ami: string;
      previous: string;
    }>;
    expect(pins).toEqual([expect.objectContaining({ environment: "dev", ami: baked, previous: LEGACY })]);

    const writes = gh.calls
      .slice(before)
      .filter((c) => c.method !== "GET")
      .map((c) => `${c.method} ${c.path.replace(/\/\d+\//, "/N/")}`);
    expect(writes).toEqual([
      "POST /graphql",
      "POST /repos/acme/web/deployments",
      "POST /repos/acme/web/deployments/N/statuses",
      "POST /repos/acme/web/deployments/N/statuses",
    ]);
    const commit = gh.commits.at(-1)!;
    expect(commit.changes.map((c) => c.path)).toEqual(["environments/dev.yml"]);
    expect(commit.changes[0]!.content).toContain(`ami: ${baked}`);
    expect(commit.branch).toBe("main");
    expect(commit.headline).toBe(`amipipe promote: pin dev to ${baked}`);
    expect(run.outputs["pin-commit"]).toBe(commit.sha);
    const deployment = gh.deployments.at(-1)!;
    expect(deployment).toMatchObject({ ref: commit.sha, environment: "dev", payload: { ami: baked } });
    expect(deployment.statuses).toEqual([
      { state: "in_progress", log_url: "https://github.com/acme/web/actions/runs/4242" },
      { state: "success", log_url: "https://github.com/acme/web/actions/runs/4242" },
    ]);
    expect(run.outputs["deployment-id"]).toBe(String(deployment.id));

    const evidence = JSON.parse(await readFile(run.outputs["evidence-file"]!, "utf8"));
    expect(evidence).toMatchObject({
      schema: "amipipe.evidence/v1",
      environment: "dev",
      ami: baked,
      previous: LEGACY,
      outcome: "promoted",
      commit: commit.sha,
    });
    expect(evidence.provenance["amipipe:recipe"]).toBe("web");
    // The hand-built previous pin has no package manifest: its list comes from a dev instance
    // surveyed over SSM before the rollout replaced it.
    expect(evidence.packageSources).toEqual({
      previous: expect.stringMatching(/^surveyed instance i-[0-9a-f]+ \(serving dev\)$/),
      current: `image manifest .amipipe/manifests/${baked}.json`,
    });
    expect(evidence.packageDiff.added.map((p: { name: string }) => p.name)).toContain("fluent-package");
    expect(evidence.packageDiff.removed.length + evidence.packageDiff.upgraded.length).toBeGreaterThan(0);
    expect(run.summary).toMatch(
      /\| packages of the previous pin \| from surveyed instance i-[0-9a-f]+ \(serving dev\) \|/,
    );
    expect(run.summary).toContain(`### Evidence: dev → ${baked}`);
    expect(run.summary).toContain(`ami_${baked.replace(/-/g, "_")} -->|pinned| env_dev`);
  });

  it("prod refuses an image staging has not verified: a failed deployment status and no pin commit", async () => {
    const before = gh.calls.length;
    const run = await action({ command: "promote", environment: "prod", ami: baked });
    expect(run.exitCode).toBe(1);
    expect(gh.calls.slice(before).some((c) => c.path === "/graphql")).toBe(false);
    const deployment = gh.deployments.at(-1)!;
    expect(deployment).toMatchObject({
      environment: "prod",
      ref: "2222222222222222222222222222222222222222",
    });
    expect(deployment.statuses.map((s) => s.state)).toEqual(["failure"]);
    expect(
      gh.calls.find(
        (c) => c.method === "POST" && c.path.endsWith("/deployments") && c.body?.environment === "prod",
      )?.body,
    ).toMatchObject({
      production_environment: true,
    });
    expect(await readFile(path.join(workspace, "environments/prod.yml"), "utf8")).toContain(`ami: ${LEGACY}`);
  });

  it("the token never appears in the log", async () => {
    const run = await action({ command: "status" });
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(run.stdout.replace(`::add-mask::${TOKEN}`, "")).not.toContain(TOKEN);
  });
});
