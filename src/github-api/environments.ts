import type { Environment } from "../config/schema.js";
import { OperationFailed } from "../errors.js";
import { type GitHubClient, type RepoRef, statusOf } from "./rest.js";

/** A GitHub environment as environments/<name>.yml describes it. */
export interface EnvironmentSpec {
  name: string;
  /** As written: `team-slug`, `org/team-slug`, `team:slug`, `user:login` or `@login`. */
  reviewers: string[];
  waitMinutes: number;
  branches: string[];
}

export interface ResolvedReviewer {
  type: "Team" | "User";
  id: number;
  name: string;
}

export interface AppliedEnvironment {
  name: string;
  reviewers: ResolvedReviewer[];
  waitTimer: number;
  branches: string[];
  removedBranchPolicies: string[];
}

export function environmentSpec(env: Environment): EnvironmentSpec {
  return {
    name: env.name,
    reviewers: env.promotion.approval?.reviewers ?? [],
    waitMinutes: env.promotion.approval?.waitMinutes ?? 0,
    branches: env.promotion.branches,
  };
}

/**
 * Resolves a reviewer to the id the environments API wants. A bare name is a team of the
 * repository's owner when one exists, else a user.
 * https://docs.github.com/en/rest/deployments/environments#create-or-update-an-environment
 */
export async function resolveReviewer(
  gh: GitHubClient,
  owner: string,
  reviewer: string,
): Promise<ResolvedReviewer> {
  const team = async (org: string, slug: string) => {
    try {
      const res = await gh.rest.teams.getByName({ org, team_slug: slug });
      return { type: "Team" as const, id: res.data.id, name: `${org}/${slug}` };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  };
  const user = async (login: string) => {
    try {
      const res = await gh.rest.users.getByUsername({ username: login });
      return { type: "User" as const, id: res.data.id, name: login };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  };
  let found: ResolvedReviewer | undefined;
  if (reviewer.startsWith("user:")) found = await user(reviewer.slice(5));
  else if (reviewer.startsWith("@")) found = await user(reviewer.slice(1));
  else if (reviewer.startsWith("team:")) found = await team(owner, reviewer.slice(5));
  else if (reviewer.includes("/")) {
    const [org, slug] = reviewer.split("/", 2) as [string, string];
    found = await team(org, slug);
  } else found = (await team(owner, reviewer)) ?? (await user(reviewer));
  if (!found)
    throw new OperationFailed(
      `reviewer '${reviewer}' is neither a team of ${owner} nor a GitHub user`,
      "github-reviewer",
    );
  return found;
}

/** Creates or updates one environment: reviewers, wait timer, and exactly the configured deployment branches. */
export async function applyEnvironment(
  gh: GitHubClient,
  repo: RepoRef,
  spec: EnvironmentSpec,
): Promise<AppliedEnvironment> {
  const reviewers: ResolvedReviewer[] = [];
  for (const r of spec.reviewers) reviewers.push(await resolveReviewer(gh, repo.owner, r));
  const waitTimer = Math.min(spec.waitMinutes, 43_200);
  await gh.rest.repos.createOrUpdateEnvironment({
    owner: repo.owner,
    repo: repo.repo,
    environment_name: spec.name,
    wait_timer: waitTimer,
    reviewers: reviewers.map((r) => ({ type: r.type, id: r.id })),
    deployment_branch_policy:
      spec.branches.length > 0 ? { protected_branches: false, custom_branch_policies: true } : null,
  });
  const removedBranchPolicies: string[] = [];
  if (spec.branches.length > 0) {
    const existing = await gh.rest.repos.listDeploymentBranchPolicies({
      owner: repo.owner,
      repo: repo.repo,
      environment_name: spec.name,
      per_page: 100,
    });
    const have = existing.data.branch_policies ?? [];
    for (const branch of spec.branches) {
      if (have.some((p) => p.name === branch)) continue;
      await gh.rest.repos.createDeploymentBranchPolicy({
        owner: repo.owner,
        repo: repo.repo,
        environment_name: spec.name,
        name: branch,
        type: "branch",
      });
    }
    for (const policy of have) {
      if (policy.name && policy.id !== undefined && !spec.branches.includes(policy.name)) {
        await gh.rest.repos.deleteDeploymentBranchPolicy({
          owner: repo.owner,
          repo: repo.repo,
          environment_name: spec.name,
          branch_policy_id: policy.id,
        });
        removedBranchPolicies.push(policy.name);
      }
    }
  }
  return { name: spec.name, reviewers, waitTimer, branches: spec.branches, removedBranchPolicies };
}
