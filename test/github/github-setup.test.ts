import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAwsFactory } from "../../src/aws/clients.js";
import type { Ports } from "../../src/commands/context.js";
import { githubSetup } from "../../src/commands/github-setup.js";
import { sequentialIds } from "../../src/ports/ids.js";
import { Progress } from "../../src/ports/progress.js";
import { VirtualClock } from "../../src/sim/clock.js";
import { type FakeGitHub, startFakeGitHub } from "./fake-github.js";

const TOKEN = "ghs_setup";
const root = path.resolve(import.meta.dirname, "../..");
let gh: FakeGitHub;

function context(): Ports {
  const clock = new VirtualClock(Date.parse("2026-11-25T00:00:00Z"));
  return {
    root,
    clock,
    progress: new Progress(clock),
    aws: createAwsFactory(),
    ids: sequentialIds(),
    run: { ci: false },
  };
}

beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN, owner: "acme", repo: "web" });
  gh.teams.set("acme/ops-team", 4242);
});
afterEach(() => gh.close());

describe("amipipe github setup", () => {
  it("creates dev, staging and prod with ops-team as required reviewer of staging and prod, deploying only from main", async () => {
    const result = await githubSetup(context(), { repo: "acme/web", token: TOKEN, apiUrl: gh.url });
    expect(result.ok).toBe(true);
    expect([...gh.environments.keys()]).toEqual(["dev", "staging", "prod"]);
    expect(gh.environments.get("dev")).toMatchObject({
      reviewers: [],
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    });
    for (const name of ["staging", "prod"]) {
      expect(gh.environments.get(name)).toMatchObject({
        reviewers: [{ type: "Team", id: 4242 }],
        wait_timer: 0,
      });
      expect(gh.branchPolicies.get(name)?.map((p) => p.name)).toEqual(["main"]);
    }
    expect(result.text).toContain("prod: team acme/ops-team; deploys from main");
  });

  it("running it again changes nothing but removes branch policies no longer configured", async () => {
    gh.branchPolicies.set("prod", [{ id: 7, name: "release/*", type: "branch" }]);
    await githubSetup(context(), { repo: "acme/web", token: TOKEN, apiUrl: gh.url });
    const again = await githubSetup(context(), { repo: "acme/web", token: TOKEN, apiUrl: gh.url });
    expect(gh.branchPolicies.get("prod")?.map((p) => p.name)).toEqual(["main"]);
    expect(
      gh.calls.filter((c) => c.method === "POST" && c.path.endsWith("/deployment-branch-policies")),
    ).toHaveLength(3);
    expect(again.data.environments.every((e) => e.removedBranchPolicies.length === 0)).toBe(true);
  });

  it("a reviewer that is neither a team nor a user fails naming the reviewer", async () => {
    gh.teams.clear();
    await expect(githubSetup(context(), { repo: "acme/web", token: TOKEN, apiUrl: gh.url })).rejects.toThrow(
      /reviewer 'ops-team' is neither a team of acme nor a GitHub user/,
    );
  });

  it("a bare reviewer name that is no team resolves as a user", async () => {
    gh.teams.clear();
    gh.users.set("ops-team", 99);
    await githubSetup(context(), { repo: "acme/web", token: TOKEN, apiUrl: gh.url });
    expect(gh.environments.get("prod")).toMatchObject({ reviewers: [{ type: "User", id: 99 }] });
  });

  it("without a repository or token it is a usage error", async () => {
    await expect(githubSetup(context(), { token: TOKEN })).rejects.toThrow(/--repo owner\/name is required/);
    await expect(githubSetup(context(), { repo: "acme/web" })).rejects.toThrow(/GitHub token is required/);
  });
});
