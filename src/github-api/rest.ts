import { getOctokit } from "@actions/github";

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Octokit for the repository's API; `apiUrl` is GITHUB_API_URL (GHES, or a local fake in tests). */
export function createGitHubClient(o: { token: string; apiUrl: string }): GitHubClient {
  return getOctokit(o.token, { baseUrl: o.apiUrl });
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** HTTP status of an Octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" ? status : undefined;
}
