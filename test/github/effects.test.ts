import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Outcome } from "../../src/commands/run.js";
import { OperationFailed } from "../../src/errors.js";
import { applyGitHubEffects } from "../../src/github/effects.js";
import { parseInputs } from "../../src/github/inputs.js";
import type { RunnerContext } from "../../src/github/runner-context.js";
import { type FakeGitHub, startFakeGitHub } from "./fake-github.js";

const TOKEN = "ghs_test_token";
const OLD = "ami-0a1b2c3d4e5f60000";
const NEW = "ami-0123456789abcdef0";
const prodBefore = `name: prod\nrecipe: web\npin:\n  ami: ${OLD}\n  history: []\n`;
const prodAfter = `name: prod\nrecipe: web\npin:\n  ami: ${NEW}\n  history:\n    - ami: ${OLD}\n      at: "2026-11-25T00:00:00Z"\n`;

let gh: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN, owner: "acme", repo: "web" });
  workspace = await mkdtemp(path.join(tmpdir(), "amipipe-effects-"));
  await mkdir(path.join(workspace, "environments"), { recursive: true });
  gh.seedFile("environments/prod.yml", prodBefore);
});
afterEach(async () => {
  await gh.close();
  await rm(workspace, { recursive: true, force: true });
});

function runner(o: Partial<RunnerContext> = {}): RunnerContext {
  return {
    workspace,
    repository: { owner: "acme", repo: "web", full: "acme/web" },
    apiUrl: gh.url,
    serverUrl: "https://github.com",
    sha: "1111111111111111111111111111111111111111",
    ref: "refs/heads/main",
    branch: "main",
    runUrl: "https://github.com/acme/web/actions/runs/42",
    event: {},
    input: () => "",
    ...o,
  };
}

const inputs = (values: Record<string, string>) =>
  parseInputs((name) => values[name] ?? "", { repository: "acme/web", apiUrl: "http://unused" });

const production = (name: string) => name === "prod";

describe("GitHub effects of a promotion", () => {
  it("a successful promotion commits the pin, then creates a deployment on that commit, then its statuses", async () => {
    await writeFile(path.join(workspace, "environments/prod.yml"), prodAfter);
    const outcome: Outcome = {
      exitCode: 0,
      result: {
        ok: true,
        text: "promoted",
        data: {
          pinChanges: [{ environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD }],
        },
      },
    };
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "promote", environment: "prod", ami: NEW, "github-token": TOKEN }),
      runner: runner(),
      outcome,
      pinChanges: [{ environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD }],
      root: workspace,
      production,
    });
    expect(effects.failure).toBeUndefined();
    expect(gh.files.get("environments/prod.yml")?.content).toBe(prodAfter);
    const commit = gh.commits[0]!;
    expect(commit.branch).toBe("main");
    expect(commit.headline).toBe(`amipipe promote: pin prod to ${NEW}`);
    expect(commit.body).toContain(`prod: ${OLD} → ${NEW}`);
    expect(commit.body).toContain("Run: https://github.com/acme/web/actions/runs/42");
    expect(effects.pinCommits).toEqual([
      { environment: "prod", path: "environments/prod.yml", commit: commit.sha },
    ]);

    const writes = gh.calls
      .filter((c) => c.method !== "GET")
      .map((c) => `${c.method} ${c.path.replace(/\d+/g, "N")}`);
    expect(writes).toEqual([
      "POST /graphql",
      "POST /repos/acme/web/deployments",
      "POST /repos/acme/web/deployments/N/statuses",
      "POST /repos/acme/web/deployments/N/statuses",
    ]);
    const deployment = gh.deployments[0]!;
    expect(deployment).toMatchObject({ ref: commit.sha, environment: "prod", payload: { ami: NEW } });
    expect(deployment.statuses).toEqual([
      { state: "in_progress", log_url: "https://github.com/acme/web/actions/runs/42" },
      { state: "success", log_url: "https://github.com/acme/web/actions/runs/42" },
    ]);
    const create = gh.calls.find((c) => c.path.endsWith("/deployments"))!.body!;
    expect(create).toMatchObject({ auto_merge: false, required_contexts: [], production_environment: true });
  });

  it("a rejected promotion records a failed deployment status and commits nothing", async () => {
    const outcome: Outcome = {
      exitCode: 1,
      error: new OperationFailed(`${NEW} was not verified in staging`, "policy"),
      errorMessage: `${NEW} was not verified in staging`,
    };
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "promote", environment: "prod", ami: NEW, "github-token": TOKEN }),
      runner: runner(),
      outcome,
      pinChanges: [],
      root: workspace,
      production,
    });
    expect(gh.commits).toEqual([]);
    expect(gh.calls.some((c) => c.path === "/graphql")).toBe(false);
    expect(gh.deployments).toHaveLength(1);
    expect(gh.deployments[0]).toMatchObject({
      ref: runner().sha,
      environment: "prod",
      payload: { ami: NEW },
    });
    expect(gh.deployments[0]!.statuses.map((s) => s.state)).toEqual(["failure"]);
    expect(effects.deployments).toEqual([
      { environment: "prod", id: gh.deployments[0]!.id, state: "failure" },
    ]);
  });

  it("a failed reconcile of a hand-edited pin commits the restored pin, saying it was rolled back, and fails the deployment", async () => {
    // git holds the hand-edited NEW pin; the rollout of NEW failed and the file is back on OLD.
    gh.seedFile("environments/prod.yml", prodAfter);
    await writeFile(path.join(workspace, "environments/prod.yml"), prodBefore);
    const restore = [{ environment: "prod", file: "environments/prod.yml", ami: OLD, previous: NEW }];
    const outcome: Outcome = {
      exitCode: 1,
      result: {
        ok: false,
        text: "",
        data: {
          error: {
            code: "rolled-back",
            message: "new instances failed health checks; old fleet kept serving",
          },
          pinChanges: restore,
        },
      },
      facts: {
        error: { code: "rolled-back", message: "new instances failed health checks; old fleet kept serving" },
        pinChanges: restore,
      },
    };
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "reconcile", environment: "prod", "github-token": TOKEN }),
      runner: runner(),
      outcome,
      pinChanges: restore,
      root: workspace,
      production,
    });
    expect(effects.failure).toBeUndefined();
    expect(gh.files.get("environments/prod.yml")?.content).toBe(prodBefore);
    const commit = gh.commits[0]!;
    expect(commit.headline).toBe(`amipipe reconcile failed and was rolled back: pin prod to ${OLD}`);
    expect(commit.body).toContain("failed health checks");
    expect(gh.deployments).toHaveLength(1);
    expect(gh.deployments[0]).toMatchObject({ ref: commit.sha, environment: "prod", payload: { ami: NEW } });
    expect(gh.deployments[0]!.statuses.map((s) => s.state)).toEqual(["failure"]);
  });

  it("a rolled-back rollout (the pin written, then restored) commits nothing and fails the deployment of the attempted AMI", async () => {
    const outcome: Outcome = {
      exitCode: 1,
      result: {
        ok: false,
        text: "",
        data: {
          error: {
            code: "rolled-back",
            message: "new instances failed health checks; old fleet kept serving",
          },
          pinChanges: [
            { environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD },
            { environment: "prod", file: "environments/prod.yml", ami: OLD, previous: NEW },
          ],
        },
      },
      facts: {
        error: { code: "rolled-back", message: "new instances failed health checks; old fleet kept serving" },
      },
    };
    await applyGitHubEffects({
      inputs: inputs({ command: "promote", environment: "prod", "github-token": TOKEN }),
      runner: runner(),
      outcome,
      pinChanges: [
        { environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD },
        { environment: "prod", file: "environments/prod.yml", ami: OLD, previous: NEW },
      ],
      root: workspace,
      production,
    });
    expect(gh.commits).toEqual([]);
    expect(gh.deployments).toHaveLength(1);
    expect(gh.deployments[0]).toMatchObject({ environment: "prod", payload: { ami: NEW } });
    expect(gh.deployments[0]!.statuses.map((s) => s.state)).toEqual(["failure"]);
    const create = gh.calls.find((c) => c.path.endsWith("/deployments"))!.body!;
    expect(create.description).toMatch(/^promote rejected: new instances failed health checks/);
  });

  it("a pin already on the branch is not committed twice", async () => {
    await writeFile(path.join(workspace, "environments/prod.yml"), prodBefore);
    await applyGitHubEffects({
      inputs: inputs({
        command: "rollback",
        environment: "prod",
        "github-token": TOKEN,
        deployments: "false",
      }),
      runner: runner(),
      outcome: { exitCode: 0, result: { ok: true, text: "", data: {} } },
      pinChanges: [{ environment: "prod", file: "environments/prod.yml", ami: OLD, previous: NEW }],
      root: workspace,
      production,
    });
    expect(gh.commits).toEqual([]);
    expect(gh.deployments).toEqual([]);
  });

  it("on a pull request nothing is committed and the run says why", async () => {
    await writeFile(path.join(workspace, "environments/prod.yml"), prodAfter);
    const { branch: _branch, ...prRunner } = runner({ ref: "refs/pull/7/merge" });
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "promote", environment: "prod", ami: NEW, "github-token": TOKEN }),
      runner: prRunner,
      outcome: { exitCode: 0, result: { ok: true, text: "", data: {} } },
      pinChanges: [{ environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD }],
      root: workspace,
      production,
    });
    expect(gh.commits).toEqual([]);
    expect(effects.notes.join(" ")).toMatch(/refs\/pull\/7\/merge is not a branch/);
  });

  it("the plan-recipe diff is one sticky PR comment, updated on the next push", async () => {
    const plan = (text: string): Outcome => ({ exitCode: 0, result: { ok: true, text, data: {} } });
    const prRunner = runner({ eventName: "pull_request", event: { pull_request: { number: 7 } } });
    const args = {
      inputs: inputs({ command: "plan-recipe", recipe: "web", "github-token": TOKEN }),
      runner: prRunner,
      pinChanges: [],
      root: workspace,
      production,
    };
    const first = await applyGitHubEffects({ ...args, outcome: plan("+ package git") });
    const second = await applyGitHubEffects({ ...args, outcome: plan("+ package git\n- package mysql") });
    expect(first.comment?.updated).toBe(false);
    expect(second.comment?.updated).toBe(true);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain("<!-- amipipe:plan-recipe:web -->");
    expect(gh.comments[0]!.body).toContain("- package mysql");
  });

  it("a plan on a fork's pull request is a warning in the summary, not a failed job", async () => {
    const plan: Outcome = { exitCode: 0, result: { ok: true, text: "+ package git", data: {} } };
    const forkRunner = runner({
      eventName: "pull_request",
      event: {
        pull_request: {
          number: 8,
          head: { repo: { full_name: "someone/web" } },
          base: { repo: { full_name: "acme/web" } },
        },
      },
    });
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "plan-recipe", recipe: "web", "github-token": TOKEN }),
      runner: forkRunner,
      outcome: plan,
      pinChanges: [],
      root: workspace,
      production,
    });
    expect(effects.failure).toBeUndefined();
    expect(effects.notes.join("\n")).toMatch(/fork/);
    expect(gh.comments).toEqual([]);
  });

  it("a token refused with 403 on the sticky comment is a warning, not a failed job", async () => {
    gh.readOnlyComments = true;
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "plan-recipe", recipe: "web", "github-token": TOKEN }),
      runner: runner({ eventName: "pull_request", event: { pull_request: { number: 7 } } }),
      outcome: { exitCode: 0, result: { ok: true, text: "+ package git", data: {} } },
      pinChanges: [],
      root: workspace,
      production,
    });
    expect(effects.failure).toBeUndefined();
    expect(effects.notes.join("\n")).toMatch(/may not write comments/);
  });

  it("without a token nothing is called and the unpersisted pin is called out", async () => {
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "promote", environment: "prod", ami: NEW }),
      runner: runner(),
      outcome: { exitCode: 0, result: { ok: true, text: "", data: {} } },
      pinChanges: [{ environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD }],
      root: workspace,
      production,
    });
    expect(gh.calls).toEqual([]);
    expect(effects.notes[0]).toMatch(/working tree only/);
  });
  it("a command that re-pins several environments makes one signed-by-GitHub commit on the head it checked", async () => {
    const devBefore = prodBefore.replace("name: prod", "name: dev");
    const devAfter = prodAfter.replace("name: prod", "name: dev");
    gh.seedFile("environments/dev.yml", devBefore);
    const head = gh.heads.get("main")!;
    await writeFile(path.join(workspace, "environments/prod.yml"), prodAfter);
    await writeFile(path.join(workspace, "environments/dev.yml"), devAfter);
    const pinChanges = [
      { environment: "dev", file: "environments/dev.yml", ami: NEW, previous: OLD },
      { environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD },
    ];
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "reconcile", environment: "dev", "github-token": TOKEN }),
      runner: runner(),
      outcome: { exitCode: 0, result: { ok: true, text: "", data: { pinChanges } } },
      pinChanges,
      root: workspace,
      production,
    });
    expect(effects.failure).toBeUndefined();
    expect(gh.commits).toHaveLength(1);
    const commit = gh.commits[0]!;
    expect(commit.parent).toBe(head);
    expect(commit.changes.map((c) => c.path)).toEqual(["environments/dev.yml", "environments/prod.yml"]);
    expect(commit.headline).toBe(`amipipe reconcile: pin dev to ${NEW}, prod to ${NEW}`);
    expect(gh.files.get("environments/dev.yml")?.content).toBe(devAfter);
    expect(gh.files.get("environments/prod.yml")?.content).toBe(prodAfter);

    const mutation = gh.calls.find((c) => c.path === "/graphql")!.body!;
    expect(mutation.query).toMatch(/createCommitOnBranch\(input: \$input\)/);
    expect((mutation.variables as { input: Record<string, unknown> }).input).toMatchObject({
      branch: { repositoryNameWithOwner: "acme/web", branchName: "main" },
      expectedHeadOid: head,
    });
    expect(gh.calls.filter((c) => c.path === "/graphql")).toHaveLength(1);
    expect(gh.calls.some((c) => c.method === "PUT")).toBe(false);
    expect(effects.pinCommits.map((c) => [c.environment, c.commit])).toEqual([
      ["dev", commit.sha],
      ["prod", commit.sha],
    ]);
    expect(gh.deployments.map((d) => [d.environment, d.ref])).toEqual([
      ["dev", commit.sha],
      ["prod", commit.sha],
    ]);
  });

  it("a push that lands on other files while committing is absorbed: the pin commit goes on the new head", async () => {
    await writeFile(path.join(workspace, "environments/prod.yml"), prodAfter);
    let pushed = "";
    gh.beforeNextCommit(() => {
      pushed = gh.push({ "README.md": "docs\n" });
    });
    const change = { environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD };
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "promote", environment: "prod", ami: NEW, "github-token": TOKEN }),
      runner: runner(),
      outcome: { exitCode: 0, result: { ok: true, text: "", data: { pinChanges: [change] } } },
      pinChanges: [change],
      root: workspace,
      production,
    });
    expect(effects.failure).toBeUndefined();
    expect(gh.calls.filter((c) => c.path === "/graphql")).toHaveLength(2);
    expect(gh.commits).toHaveLength(1);
    expect(gh.commits[0]!.parent).toBe(pushed);
    expect(gh.files.get("README.md")?.content).toBe("docs\n");
    expect(gh.files.get("environments/prod.yml")?.content).toBe(prodAfter);
  });

  it("a concurrent re-pin of the same environment is not overwritten: a clear error, no commit, no deployment", async () => {
    await writeFile(path.join(workspace, "environments/prod.yml"), prodAfter);
    const OTHER = "ami-0fedcba9876543210";
    gh.beforeNextCommit(() => {
      gh.push({ "environments/prod.yml": prodBefore.replace(OLD, OTHER) }, { message: "rollback prod" });
    });
    const change = { environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD };
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "promote", environment: "prod", ami: NEW, "github-token": TOKEN }),
      runner: runner(),
      outcome: { exitCode: 0, result: { ok: true, text: "", data: { pinChanges: [change] } } },
      pinChanges: [change],
      root: workspace,
      production,
    });
    expect(gh.commits).toEqual([]);
    expect(gh.deployments).toEqual([]);
    expect(effects.failure).toMatch(
      new RegExp(
        `^Pin commit refused: environments/prod\\.yml on main \\(at [0-9a-f]{12}\\) pins ${OTHER}, not ${OLD} as when this run started: prod was re-pinned meanwhile`,
      ),
    );
    expect(effects.failure).toContain(`AWS already runs prod on ${NEW}`);
    expect(gh.files.get("environments/prod.yml")?.content).toContain(OTHER);
  });

  it("a branch that keeps moving ends in a clear error after the retry, with nothing committed", async () => {
    await writeFile(path.join(workspace, "environments/prod.yml"), prodAfter);
    const moveAgain = () => {
      gh.push({ [`notes/${gh.calls.length}.md`]: "x\n" });
    };
    gh.beforeNextCommit(() => {
      moveAgain();
      gh.beforeNextCommit(moveAgain);
    });
    const change = { environment: "prod", file: "environments/prod.yml", ami: NEW, previous: OLD };
    const effects = await applyGitHubEffects({
      inputs: inputs({ command: "promote", environment: "prod", ami: NEW, "github-token": TOKEN }),
      runner: runner(),
      outcome: { exitCode: 0, result: { ok: true, text: "", data: { pinChanges: [change] } } },
      pinChanges: [change],
      root: workspace,
      production,
    });
    expect(gh.commits).toEqual([]);
    expect(effects.failure).toMatch(/main kept moving while the pin commit was made .*nothing was committed/);
  });
});
