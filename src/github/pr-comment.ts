import type { GitHubClient, RepoRef } from "../github-api/rest.js";

/** A hidden line that finds the comment again on the next push to the pull request. */
export function commentMarker(key: string): string {
  return `<!-- amipipe:${key} -->`;
}

/**
 * One sticky comment per pull request and key: updates the comment carrying the marker, or
 * creates it. https://docs.github.com/en/rest/issues/comments
 */
export async function upsertComment(
  gh: GitHubClient,
  o: RepoRef & { issueNumber: number; key: string; body: string },
): Promise<{ url: string; updated: boolean }> {
  const marker = commentMarker(o.key);
  const body = `${marker}\n${o.body}`;
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner: o.owner,
    repo: o.repo,
    issue_number: o.issueNumber,
    per_page: 100,
  });
  const mine = comments.find((c) => c.body?.includes(marker));
  if (mine) {
    const res = await gh.rest.issues.updateComment({
      owner: o.owner,
      repo: o.repo,
      comment_id: mine.id,
      body,
    });
    return { url: res.data.html_url, updated: true };
  }
  const res = await gh.rest.issues.createComment({
    owner: o.owner,
    repo: o.repo,
    issue_number: o.issueNumber,
    body,
  });
  return { url: res.data.html_url, updated: false };
}
