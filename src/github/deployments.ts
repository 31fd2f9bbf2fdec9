import type { GitHubClient, RepoRef } from "../github-api/rest.js";

export type DeploymentState = "in_progress" | "success" | "failure" | "error";

/**
 * A GitHub Deployment per promotion, so the repository's Environments page shows which AMI
 * runs where and links the run. https://docs.github.com/en/rest/deployments/deployments
 */
export async function createDeployment(
  gh: GitHubClient,
  o: RepoRef & {
    ref: string;
    environment: string;
    ami: string | null;
    description: string;
    production: boolean;
  },
): Promise<number> {
  const res = await gh.rest.repos.createDeployment({
    owner: o.owner,
    repo: o.repo,
    ref: o.ref,
    environment: o.environment,
    description: o.description.slice(0, 140),
    payload: { ami: o.ami },
    auto_merge: false,
    required_contexts: [],
    production_environment: o.production,
    transient_environment: false,
  });
  const id = (res.data as { id?: number }).id;
  if (typeof id !== "number")
    throw new Error(`GitHub did not create the deployment for ${o.environment}: ${JSON.stringify(res.data)}`);
  return id;
}

export async function setDeploymentStatus(
  gh: GitHubClient,
  o: RepoRef & {
    id: number;
    state: DeploymentState;
    description: string;
    logUrl?: string;
    environment: string;
  },
): Promise<void> {
  await gh.rest.repos.createDeploymentStatus({
    owner: o.owner,
    repo: o.repo,
    deployment_id: o.id,
    state: o.state,
    description: o.description.slice(0, 140),
    environment: o.environment,
    ...(o.logUrl ? { log_url: o.logUrl } : {}),
    auto_inactive: o.state === "success",
  });
}
