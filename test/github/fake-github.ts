import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small stateful fake of the GitHub API on 127.0.0.1, covering what the action and
 * `github setup` call: branch heads and contents, the GraphQL `createCommitOnBranch` mutation
 * (pin commits), deployments and statuses, issue comments, environments, deployment branch
 * policies, teams and users. Every request is recorded in order.
 */
export interface RecordedCall {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
}

interface FileState {
  content: string;
  sha: string;
}

/** A commit the fake holds: its parent, the whole tree after it, and what it changed. */
export interface FakeCommit {
  sha: string;
  parent: string | undefined;
  branch: string;
  headline: string;
  body: string;
  /** Headline and body as one message. */
  message: string;
  /** The files the commit added or changed, with their new content. */
  changes: Array<{ path: string; content: string }>;
  tree: Map<string, FileState>;
}

export interface FakeGitHub {
  url: string;
  calls: RecordedCall[];
  /** The files at the head of the default branch (main). */
  readonly files: Map<string, FileState>;
  /** Commits made through the API (createCommitOnBranch), oldest first. */
  commits: FakeCommit[];
  /** Branch heads by branch name. */
  heads: Map<string, string>;
  deployments: Array<{
    id: number;
    ref: string;
    environment: string;
    payload: unknown;
    statuses: Array<{ state: string; log_url?: string }>;
  }>;
  comments: Array<{ id: number; issue: number; body: string }>;
  /** Answers comment writes with 403, as for a read-only (fork pull request) token. */
  readOnlyComments: boolean;
  environments: Map<string, Record<string, unknown>>;
  branchPolicies: Map<string, Array<{ id: number; name: string; type: string }>>;
  teams: Map<string, number>;
  users: Map<string, number>;
  /** Puts a file on the default branch, as if it were committed there. */
  seedFile(path: string, content: string): void;
  /** Someone else pushes a commit to `branch` (default main); returns its sha. */
  push(files: Record<string, string>, o?: { branch?: string; message?: string }): string;
  /** Runs `fn` once, just before the next createCommitOnBranch is applied (a push landing in between). */
  beforeNextCommit(fn: () => void): void;
  close(): Promise<void>;
}

const blobSha = (content: string) =>
  createHash("sha1")
    .update(`blob ${Buffer.byteLength(content)}\0${content}`)
    .digest("hex");

export async function startFakeGitHub(o: {
  token: string;
  owner: string;
  repo: string;
}): Promise<FakeGitHub> {
  let nextId = 100;
  const state: Omit<FakeGitHub, "url" | "close" | "seedFile" | "push" | "beforeNextCommit" | "files"> = {
    calls: [],
    commits: [],
    heads: new Map(),
    deployments: [],
    comments: [],
    readOnlyComments: false,
    environments: new Map(),
    branchPolicies: new Map(),
    teams: new Map(),
    users: new Map(),
  };
  const repoPrefix = `/repos/${o.owner}/${o.repo}`;

  // A tiny git: every commit keeps the whole tree after it; a branch is a head sha.
  const trees = new Map<string, Map<string, FileState>>();
  const root = createHash("sha1").update(`root ${o.owner}/${o.repo}`).digest("hex");
  trees.set(root, new Map());
  state.heads.set("main", root);
  const treeOf = (ref: string | null) => {
    const sha = ref === null ? state.heads.get("main") : (state.heads.get(ref) ?? ref);
    return sha === undefined ? undefined : trees.get(sha);
  };
  const commit = (o2: {
    branch: string;
    headline: string;
    body?: string;
    changes: Array<{ path: string; content: string }>;
  }): FakeCommit => {
    const parent = state.heads.get(o2.branch);
    const tree = new Map(parent ? trees.get(parent) : []);
    for (const change of o2.changes)
      tree.set(change.path, { content: change.content, sha: blobSha(change.content) });
    const body = o2.body ?? "";
    const sha = createHash("sha1")
      .update(`commit ${parent} ${o2.headline}\n${body} ${JSON.stringify(o2.changes)}`)
      .digest("hex");
    trees.set(sha, tree);
    state.heads.set(o2.branch, sha);
    return {
      sha,
      parent,
      branch: o2.branch,
      headline: o2.headline,
      body,
      message: body ? `${o2.headline}\n\n${body}` : o2.headline,
      changes: o2.changes,
      tree,
    };
  };
  let beforeNextCommit: (() => void) | undefined;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };

  type Body = Record<string, unknown> | undefined;
  type Handler = (m: RegExpMatchArray, body: Body, res: ServerResponse, url: URL) => void;
  const notFound = (res: ServerResponse) => send(res, 404, { message: "Not Found" });
  const repo = (pattern: string) => new RegExp(`^${repoPrefix}${pattern}$`);

  const routes: Array<[string, RegExp, Handler]> = [
    [
      "GET",
      /^\/orgs\/([^/]+)\/teams\/([^/]+)$/,
      (m, _b, res) => {
        const id = state.teams.get(`${m[1]}/${m[2]}`);
        return id === undefined ? notFound(res) : send(res, 200, { id, slug: m[2] });
      },
    ],
    [
      "GET",
      /^\/users\/([^/]+)$/,
      (m, _b, res) => {
        const id = state.users.get(m[1]!);
        return id === undefined ? notFound(res) : send(res, 200, { id, login: m[1] });
      },
    ],
    [
      "GET",
      repo("/git/ref/heads/(.+)"),
      (m, _b, res) => {
        const sha = state.heads.get(m[1]!);
        if (!sha) return notFound(res);
        return send(res, 200, { ref: `refs/heads/${m[1]}`, object: { sha, type: "commit" } });
      },
    ],
    [
      "GET",
      repo("/contents/(.+)"),
      (m, _b, res, url) => {
        const current = treeOf(url.searchParams.get("ref"))?.get(m[1]!);
        if (!current) return notFound(res);
        return send(res, 200, {
          type: "file",
          path: m[1],
          sha: current.sha,
          encoding: "base64",
          content: Buffer.from(current.content).toString("base64"),
        });
      },
    ],
    ["POST", /^\/graphql$/, (_m, body, res) => graphql(body, res)],
    [
      "POST",
      repo("/deployments"),
      (_m, body, res) => {
        const deployment = {
          id: nextId++,
          ref: String(body?.ref),
          environment: String(body?.environment),
          payload: body?.payload,
          statuses: [],
        };
        state.deployments.push(deployment);
        return send(res, 201, {
          id: deployment.id,
          ref: deployment.ref,
          environment: deployment.environment,
          payload: deployment.payload,
        });
      },
    ],
    [
      "POST",
      repo("/deployments/(\\d+)/statuses"),
      (m, body, res) => {
        const deployment = state.deployments.find((d) => d.id === Number(m[1]));
        if (!deployment) return notFound(res);
        const status: { state: string; log_url?: string } = { state: String(body?.state) };
        if (typeof body?.log_url === "string") status.log_url = body.log_url;
        deployment.statuses.push(status);
        return send(res, 201, { id: nextId++, state: status.state });
      },
    ],
    [
      "GET",
      repo("/issues/(\\d+)/comments"),
      (m, _b, res) => {
        const issue = Number(m[1]);
        const list = state.comments.filter((c) => c.issue === issue);
        return send(
          res,
          200,
          list.map((c) => ({ id: c.id, body: c.body, html_url: `https://github.test/c/${c.id}` })),
        );
      },
    ],
    [
      "POST",
      repo("/issues/(\\d+)/comments"),
      (m, body, res) => {
        if (state.readOnlyComments)
          return send(res, 403, { message: "Resource not accessible by integration" });
        const comment = { id: nextId++, issue: Number(m[1]), body: String(body?.body) };
        state.comments.push(comment);
        return send(res, 201, {
          id: comment.id,
          body: comment.body,
          html_url: `https://github.test/c/${comment.id}`,
        });
      },
    ],
    [
      "PATCH",
      repo("/issues/comments/(\\d+)"),
      (m, body, res) => {
        const comment = state.comments.find((c) => c.id === Number(m[1]));
        if (!comment) return notFound(res);
        comment.body = String(body?.body);
        return send(res, 200, {
          id: comment.id,
          body: comment.body,
          html_url: `https://github.test/c/${comment.id}`,
        });
      },
    ],
    [
      "GET",
      repo("/environments/([^/]+)/deployment-branch-policies"),
      (m, _b, res) => {
        const policies = state.branchPolicies.get(m[1]!) ?? [];
        return send(res, 200, { total_count: policies.length, branch_policies: policies });
      },
    ],
    [
      "POST",
      repo("/environments/([^/]+)/deployment-branch-policies"),
      (m, body, res) => {
        const policies = state.branchPolicies.get(m[1]!) ?? [];
        if (policies.some((p) => p.name === body?.name)) return send(res, 303, { message: "exists" });
        const policy = { id: nextId++, name: String(body?.name), type: String(body?.type ?? "branch") };
        state.branchPolicies.set(m[1]!, [...policies, policy]);
        return send(res, 200, policy);
      },
    ],
    [
      "DELETE",
      repo("/environments/([^/]+)/deployment-branch-policies/(\\d+)"),
      (m, _b, res) => {
        state.branchPolicies.set(
          m[1]!,
          (state.branchPolicies.get(m[1]!) ?? []).filter((p) => p.id !== Number(m[2])),
        );
        res.writeHead(204);
        res.end();
      },
    ],
    [
      "PUT",
      repo("/environments/([^/]+)"),
      (m, body, res) => {
        const env = { name: m[1], ...(body ?? {}) };
        state.environments.set(m[1]!, env);
        return send(res, 200, env);
      },
    ],
  ];

  /** GraphQL errors answer 200 with `errors`, as GitHub's endpoint does. */
  const graphqlError = (res: ServerResponse, type: string, message: string) =>
    send(res, 200, {
      data: { createCommitOnBranch: null },
      errors: [{ type, path: ["createCommitOnBranch"], message }],
    });

  const graphql = (body: Body, res: ServerResponse) => {
    const query = String(body?.query ?? "");
    if (!/mutation[^{]*\{\s*createCommitOnBranch\s*\(/.test(query))
      return send(res, 200, {
        errors: [{ type: "UNSUPPORTED", message: `the fake answers createCommitOnBranch only: ${query}` }],
      });
    // biome-ignore lint/suspicious/noExplicitAny: the mutation's input is checked field by field below.
    const input = (body?.variables as { input?: any } | undefined)?.input;
    const target = input?.branch;
    if (target?.repositoryNameWithOwner !== `${o.owner}/${o.repo}`)
      return graphqlError(
        res,
        "NOT_FOUND",
        `Could not resolve to a Repository with the name '${String(target?.repositoryNameWithOwner)}'.`,
      );
    const branch = String(target.branchName ?? "").replace(/^refs\/heads\//, "");
    if (!state.heads.has(branch))
      return graphqlError(
        res,
        "NOT_FOUND",
        `A ref named "refs/heads/${branch}" does not exist in ${o.owner}/${o.repo}.`,
      );
    if (typeof input.expectedHeadOid !== "string")
      return graphqlError(
        res,
        "INVALID",
        "Variable $input of type CreateCommitOnBranchInput! was provided invalid value for expectedHeadOid (Expected value to not be null)",
      );
    const headline = input.message?.headline;
    if (typeof headline !== "string" || headline === "")
      return graphqlError(res, "INVALID", "A commit message headline is required.");
    const additions: Array<{ path?: unknown; contents?: unknown }> = input.fileChanges?.additions ?? [];
    const hook = beforeNextCommit;
    beforeNextCommit = undefined;
    hook?.();
    if (input.expectedHeadOid !== state.heads.get(branch))
      return graphqlError(
        res,
        "STALE_DATA",
        `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
      );
    const made = commit({
      branch,
      headline,
      body: typeof input.message.body === "string" ? input.message.body : "",
      changes: additions.map((a) => ({
        path: String(a.path),
        content: Buffer.from(String(a.contents ?? ""), "base64").toString("utf8"),
      })),
    });
    state.commits.push(made);
    return send(res, 200, {
      data: {
        createCommitOnBranch: {
          commit: { oid: made.sha, url: `https://github.test/${o.owner}/${o.repo}/commit/${made.sha}` },
        },
      },
    });
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Body) => {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname);
    state.calls.push({ method, path, body });
    if (req.headers.authorization !== `token ${o.token}`)
      return send(res, 401, { message: "Bad credentials" });
    for (const [verb, pattern, handler] of routes) {
      if (verb !== method) continue;
      const m = path.match(pattern);
      if (m) return handler(m, body, res, url);
    }
    return send(res, 404, { message: `Not Found: ${method} ${path}` });
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: Record<string, unknown> | undefined;
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
      } catch {
        return send(res, 400, { message: "Problems parsing JSON" });
      }
      handle(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...state,
    get files() {
      return treeOf(null)!;
    },
    get readOnlyComments() {
      return state.readOnlyComments;
    },
    set readOnlyComments(value: boolean) {
      state.readOnlyComments = value;
    },
    url: `http://127.0.0.1:${port}`,
    seedFile: (path, content) => treeOf(null)!.set(path, { content, sha: blobSha(content) }),
    push: (files, p = {}) =>
      commit({
        branch: p.branch ?? "main",
        headline: p.message ?? "a concurrent push",
        changes: Object.entries(files).map(([path, content]) => ({ path, content })),
      }).sha,
    beforeNextCommit: (fn) => {
      beforeNextCommit = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
