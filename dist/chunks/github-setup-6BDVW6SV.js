import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  createGitHubClient,
  statusOf
} from "./chunk-Q5Y42ZAC.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import {
  OperationFailed,
  UsageError
} from "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";

// src/github-api/environments.ts
function environmentSpec(env) {
  return {
    name: env.name,
    reviewers: env.promotion.approval?.reviewers ?? [],
    waitMinutes: env.promotion.approval?.waitMinutes ?? 0,
    branches: env.promotion.branches
  };
}
async function resolveReviewer(gh, owner, reviewer) {
  const team = async (org, slug) => {
    try {
      const res = await gh.rest.teams.getByName({ org, team_slug: slug });
      return { type: "Team", id: res.data.id, name: `${org}/${slug}` };
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  };
  const user = async (login) => {
    try {
      const res = await gh.rest.users.getByUsername({ username: login });
      return { type: "User", id: res.data.id, name: login };
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  };
  let found;
  if (reviewer.startsWith("user:")) found = await user(reviewer.slice(5));
  else if (reviewer.startsWith("@")) found = await user(reviewer.slice(1));
  else if (reviewer.startsWith("team:")) found = await team(owner, reviewer.slice(5));
  else if (reviewer.includes("/")) {
    const [org, slug] = reviewer.split("/", 2);
    found = await team(org, slug);
  } else found = await team(owner, reviewer) ?? await user(reviewer);
  if (!found)
    throw new OperationFailed(
      `reviewer '${reviewer}' is neither a team of ${owner} nor a GitHub user`,
      "github-reviewer"
    );
  return found;
}
async function applyEnvironment(gh, repo, spec) {
  const reviewers = [];
  for (const r of spec.reviewers) reviewers.push(await resolveReviewer(gh, repo.owner, r));
  const waitTimer = Math.min(spec.waitMinutes, 43200);
  await gh.rest.repos.createOrUpdateEnvironment({
    owner: repo.owner,
    repo: repo.repo,
    environment_name: spec.name,
    wait_timer: waitTimer,
    reviewers: reviewers.map((r) => ({ type: r.type, id: r.id })),
    deployment_branch_policy: spec.branches.length > 0 ? { protected_branches: false, custom_branch_policies: true } : null
  });
  const removedBranchPolicies = [];
  if (spec.branches.length > 0) {
    const existing = await gh.rest.repos.listDeploymentBranchPolicies({
      owner: repo.owner,
      repo: repo.repo,
      environment_name: spec.name,
      per_page: 100
    });
    const have = existing.data.branch_policies ?? [];
    for (const branch of spec.branches) {
      if (have.some((p) => p.name === branch)) continue;
      await gh.rest.repos.createDeploymentBranchPolicy({
        owner: repo.owner,
        repo: repo.repo,
        environment_name: spec.name,
        name: branch,
        type: "branch"
      });
    }
    for (const policy of have) {
      if (policy.name && policy.id !== void 0 && !spec.branches.includes(policy.name)) {
        await gh.rest.repos.deleteDeploymentBranchPolicy({
          owner: repo.owner,
          repo: repo.repo,
          environment_name: spec.name,
          branch_policy_id: policy.id
        });
        removedBranchPolicies.push(policy.name);
      }
    }
  }
  return { name: spec.name, reviewers, waitTimer, branches: spec.branches, removedBranchPolicies };
}

// src/commands/github-setup.ts
async function githubSetup(ctx, input) {
  const repo = input.repo?.match(/^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/);
  if (!repo)
    throw new UsageError(
      `--repo owner/name is required (got ${input.repo ? `'${input.repo}'` : "nothing"}; GITHUB_REPOSITORY is used when set)`
    );
  if (!input.token)
    throw new UsageError(
      "a GitHub token is required: set GITHUB_TOKEN (needs administration:write on the repository)"
    );
  const project = await loadProject(ctx.root);
  const gh = createGitHubClient({
    token: input.token,
    apiUrl: (input.apiUrl ?? "https://api.github.com").replace(/\/$/, "")
  });
  const ref = { owner: repo[1], repo: repo[2] };
  const applied = [];
  for (const loaded of environmentsInOrder(project)) {
    ctx.progress.info("github setup", `environment ${loaded.env.name}`);
    applied.push(await applyEnvironment(gh, ref, environmentSpec(loaded.env)));
  }
  const lines = applied.map((e) => {
    const reviewers = e.reviewers.length > 0 ? e.reviewers.map((r) => `${r.type.toLowerCase()} ${r.name}`).join(", ") : "no reviewers";
    const wait = e.waitTimer > 0 ? `, wait ${e.waitTimer}m` : "";
    const removed = e.removedBranchPolicies.length > 0 ? ` (removed: ${e.removedBranchPolicies.join(", ")})` : "";
    return `${e.name}: ${reviewers}${wait}; deploys from ${e.branches.join(", ") || "any branch"}${removed}`;
  });
  return {
    ok: true,
    data: { repository: `${ref.owner}/${ref.repo}`, environments: applied },
    text: [`GitHub environments of ${ref.owner}/${ref.repo}:`, ...lines.map((l) => `  ${l}`)].join("\n")
  };
}
export {
  githubSetup
};
