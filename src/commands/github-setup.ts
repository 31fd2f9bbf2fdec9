import { environmentsInOrder, loadProject } from "../config/load.js";
import { UsageError } from "../errors.js";
import { type AppliedEnvironment, applyEnvironment, environmentSpec } from "../github-api/environments.js";
import { createGitHubClient } from "../github-api/rest.js";
import type { CommandResult, Ports } from "./context.js";

export interface GitHubSetupInput {
  /** owner/name */
  repo?: string;
  token?: string;
  /** GITHUB_API_URL; default https://api.github.com */
  apiUrl?: string;
}

export interface GitHubSetupData {
  repository: string;
  environments: AppliedEnvironment[];
}

/** Creates or updates the repository's GitHub environments from environments/*.yml. */
export async function githubSetup(
  ctx: Ports,
  input: GitHubSetupInput,
): Promise<CommandResult<GitHubSetupData>> {
  const repo = input.repo?.match(/^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/);
  if (!repo)
    throw new UsageError(
      `--repo owner/name is required (got ${input.repo ? `'${input.repo}'` : "nothing"}; GITHUB_REPOSITORY is used when set)`,
    );
  if (!input.token)
    throw new UsageError(
      "a GitHub token is required: set GITHUB_TOKEN (needs administration:write on the repository)",
    );
  const project = await loadProject(ctx.root);
  const gh = createGitHubClient({
    token: input.token,
    apiUrl: (input.apiUrl ?? "https://api.github.com").replace(/\/$/, ""),
  });
  const ref = { owner: repo[1]!, repo: repo[2]! };
  const applied: AppliedEnvironment[] = [];
  for (const loaded of environmentsInOrder(project)) {
    ctx.progress.info("github setup", `environment ${loaded.env.name}`);
    applied.push(await applyEnvironment(gh, ref, environmentSpec(loaded.env)));
  }
  const lines = applied.map((e) => {
    const reviewers =
      e.reviewers.length > 0
        ? e.reviewers.map((r) => `${r.type.toLowerCase()} ${r.name}`).join(", ")
        : "no reviewers";
    const wait = e.waitTimer > 0 ? `, wait ${e.waitTimer}m` : "";
    const removed =
      e.removedBranchPolicies.length > 0 ? ` (removed: ${e.removedBranchPolicies.join(", ")})` : "";
    return `${e.name}: ${reviewers}${wait}; deploys from ${e.branches.join(", ") || "any branch"}${removed}`;
  });
  return {
    ok: true,
    data: { repository: `${ref.owner}/${ref.repo}`, environments: applied },
    text: [`GitHub environments of ${ref.owner}/${ref.repo}:`, ...lines.map((l) => `  ${l}`)].join("\n"),
  };
}
