import type { GitHubClient, RepoRef } from "./rest.js";
import { statusOf } from "./rest.js";

export interface PinFile {
  environment: string;
  /** Path in the repository (posix separators). */
  path: string;
  /** The file's new content, as the command wrote it. */
  content: string;
  message: string;
}

export interface PinCommit {
  environment: string;
  path: string;
  /** The commit the Contents API made (signed by GitHub when made with the workflow's token). */
  commit: string;
}

/**
 * Commits changed environment files through the Contents API (PUT /repos/{owner}/{repo}/contents/{path}
 * with the file's current blob sha): no git credentials on disk, and commits made with the
 * workflow's GITHUB_TOKEN start no new workflow runs, so a pin commit cannot loop.
 * https://docs.github.com/en/rest/repos/contents#create-or-update-file-contents
 */
export async function commitPinFiles(
  gh: GitHubClient,
  o: RepoRef & { branch: string; files: readonly PinFile[] },
): Promise<PinCommit[]> {
  const commits: PinCommit[] = [];
  for (const file of o.files) {
    const commit = await putFile(gh, o, file);
    if (commit) commits.push({ environment: file.environment, path: file.path, commit });
  }
  return commits;
}

async function currentBlob(
  gh: GitHubClient,
  o: RepoRef & { branch: string },
  path: string,
): Promise<{ sha: string; content: string } | undefined> {
  try {
    const res = await gh.rest.repos.getContent({ owner: o.owner, repo: o.repo, path, ref: o.branch });
    const data = res.data as { sha?: string; content?: string; encoding?: string; type?: string };
    if (Array.isArray(res.data) || !data.sha)
      throw new Error(`${path} is not a file in ${o.owner}/${o.repo}`);
    const content =
      data.content && data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : "";
    return { sha: data.sha, content };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** Returns the new commit's sha, or undefined when the branch already holds this content. */
async function putFile(
  gh: GitHubClient,
  o: RepoRef & { branch: string },
  file: PinFile,
): Promise<string | undefined> {
  for (let attempt = 1; ; attempt++) {
    const blob = await currentBlob(gh, o, file.path);
    if (blob && blob.content === file.content) return undefined;
    try {
      const res = await gh.rest.repos.createOrUpdateFileContents({
        owner: o.owner,
        repo: o.repo,
        path: file.path,
        branch: o.branch,
        message: file.message,
        content: Buffer.from(file.content, "utf8").toString("base64"),
        ...(blob ? { sha: blob.sha } : {}),
      });
      const sha = res.data.commit.sha;
      if (!sha) throw new Error(`GitHub returned no commit for ${file.path}`);
      return sha;
    } catch (error) {
      // 409: the branch moved between reading the blob sha and writing; read it again once.
      if (statusOf(error) === 409 && attempt < 2) continue;
      throw error;
    }
  }
}
