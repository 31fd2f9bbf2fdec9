import type { GitHubClient, RepoRef } from "../github-api/rest.js";
import { statusOf } from "../github-api/rest.js";
import { readPinFromSource } from "../gitops/pin-document.js";

export interface PinFile {
  environment: string;
  /** Path in the repository (posix separators). */
  path: string;
  /** The file's new content, as the command wrote it. */
  content: string;
  /** The AMI the file pinned when the run started (null: unpinned or a new file). */
  previous: string | null;
  /** The AMI the new content pins. */
  ami: string | null;
}

export interface PinCommit {
  /** The one commit holding every changed file (signed by GitHub when made with the workflow's token). */
  commit: string;
  url?: string;
  /** The branch head the commit was made on. */
  parent: string;
  /** The files it changed; files the branch already held as written are left out. */
  files: PinFile[];
}

/** The branch moved in a way that makes committing these files unsafe. */
export class PinCommitConflict extends Error {
  override name = "PinCommitConflict";
}

/** Tries to commit on a head that moved meanwhile: once more, if the pins we change were not touched. */
const ATTEMPTS = 2;

/**
 * Commits every changed environment file as ONE commit with the GraphQL `createCommitOnBranch`
 * mutation: no git credentials on disk, the commit is signed by GitHub when made with the
 * workflow's GITHUB_TOKEN, and such commits start no new workflow runs, so a pin commit cannot loop.
 * `expectedHeadOid` makes the write conditional on the head this function checked: a push landing
 * in between is detected, the files are checked again on the new head, and a pin someone else
 * changed meanwhile is never overwritten.
 * https://docs.github.com/en/graphql/reference/mutations#createcommitonbranch
 *
 * Returns undefined when the branch already holds every file as written.
 */
export async function commitPinFiles(
  gh: GitHubClient,
  o: RepoRef & { branch: string; headline: string; body: string; files: readonly PinFile[] },
): Promise<PinCommit | undefined> {
  for (let attempt = 1; ; attempt++) {
    const head = await branchHead(gh, o);
    const files: PinFile[] = [];
    for (const file of o.files) {
      const current = await fileAt(gh, o, file.path, head);
      if (current === file.content) continue;
      const pinned = current === undefined ? null : readPinFromSource(current).ami;
      // Someone pinned the same AMI already (with their own history entry): nothing to add.
      if (pinned !== null && pinned === file.ami) continue;
      if (pinned !== file.previous) {
        throw new PinCommitConflict(
          `${file.path} on ${o.branch} (at ${head.slice(0, 12)}) pins ${pinned ?? "nothing"}, not ${file.previous ?? "nothing"} as when this run started: ` +
            `${file.environment} was re-pinned meanwhile, so this run's pin (${file.ami ?? "none"}) is not committed over it. ` +
            `Reconcile ${file.environment} to the pin on ${o.branch}, or re-run this workflow.`,
        );
      }
      files.push(file);
    }
    if (files.length === 0) return undefined;
    try {
      const made = await createCommitOnBranch(gh, { ...o, head, files });
      return { ...made, parent: head, files };
    } catch (error) {
      if (!isStaleHead(error)) throw error;
      if (attempt >= ATTEMPTS) {
        throw new PinCommitConflict(
          `${o.branch} kept moving while the pin commit was made (expected head ${head.slice(0, 12)}, ${ATTEMPTS} attempts): ` +
            `nothing was committed. Re-run this workflow to commit ${files.map((f) => f.path).join(", ")}.`,
        );
      }
    }
  }
}

async function branchHead(gh: GitHubClient, o: RepoRef & { branch: string }): Promise<string> {
  try {
    const res = await gh.rest.git.getRef({ owner: o.owner, repo: o.repo, ref: `heads/${o.branch}` });
    return res.data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404)
      throw new Error(`branch ${o.branch} does not exist in ${o.owner}/${o.repo}: no pin commit made`);
    throw error;
  }
}

/** The file's text at commit `ref`; undefined when it does not exist there. */
async function fileAt(gh: GitHubClient, o: RepoRef, path: string, ref: string): Promise<string | undefined> {
  try {
    const res = await gh.rest.repos.getContent({ owner: o.owner, repo: o.repo, path, ref });
    const data = res.data as { content?: string; encoding?: string; type?: string };
    if (Array.isArray(res.data) || data.type !== "file")
      throw new Error(`${path} is not a file in ${o.owner}/${o.repo}`);
    return data.content && data.encoding === "base64"
      ? Buffer.from(data.content, "base64").toString("utf8")
      : "";
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

const MUTATION = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

async function createCommitOnBranch(
  gh: GitHubClient,
  o: RepoRef & { branch: string; headline: string; body: string; head: string; files: readonly PinFile[] },
): Promise<{ commit: string; url?: string }> {
  const res = await gh.graphql<{
    createCommitOnBranch: { commit: { oid: string; url?: string } | null } | null;
  }>(MUTATION, {
    input: {
      branch: { repositoryNameWithOwner: `${o.owner}/${o.repo}`, branchName: o.branch },
      message: { headline: o.headline, body: o.body },
      expectedHeadOid: o.head,
      fileChanges: {
        additions: o.files.map((f) => ({
          path: f.path,
          contents: Buffer.from(f.content, "utf8").toString("base64"),
        })),
      },
    },
  });
  const commit = res.createCommitOnBranch?.commit;
  if (!commit?.oid) throw new Error(`GitHub made no commit on ${o.branch}: ${JSON.stringify(res)}`);
  return { commit: commit.oid, ...(commit.url ? { url: commit.url } : {}) };
}

/** GitHub's answer when the branch is no longer at expectedHeadOid (GraphQL error type STALE_DATA). */
function isStaleHead(error: unknown): boolean {
  const errors = (error as { errors?: Array<{ type?: string; message?: string }> })?.errors;
  return (
    Array.isArray(errors) &&
    errors.some((e) => e.type === "STALE_DATA" || /expected branch to point to/i.test(e.message ?? ""))
  );
}
