import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small stateful fake of the GitHub REST API on 127.0.0.1, covering what the action and
 * `github setup` call: contents (pin commits), deployments and statuses, issue comments,
 * environments, deployment branch policies, teams and users. Every request is recorded in order.
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

export interface FakeGitHub {
  url: string;
  calls: RecordedCall[];
  files: Map<string, FileState>;
  commits: Array<{ sha: string; path: string; message: string; branch: string; content: string }>;
  deployments: Array<{
    id: number;
    ref: string;
    environment: string;
    payload: unknown;
    statuses: Array<{ state: string; log_url?: string }>;
  }>;
  comments: Array<{ id: number; issue: number; body: string }>;
  environments: Map<string, Record<string, unknown>>;
  branchPolicies: Map<string, Array<{ id: number; name: string; type: string }>>;
  teams: Map<string, number>;
  users: Map<string, number>;
  /** Puts a file on the default branch, as if it were committed there. */
  seedFile(path: string, content: string): void;
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
  const state: Omit<FakeGitHub, "url" | "close" | "seedFile"> = {
    calls: [],
    files: new Map(),
    commits: [],
    deployments: [],
    comments: [],
    environments: new Map(),
    branchPolicies: new Map(),
    teams: new Map(),
    users: new Map(),
  };
  const repoPrefix = `/repos/${o.owner}/${o.repo}`;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };

  type Body = Record<string, unknown> | undefined;
  type Handler = (m: RegExpMatchArray, body: Body, res: ServerResponse) => void;
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
      repo("/contents/(.+)"),
      (m, _b, res) => {
        const current = state.files.get(m[1]!);
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
    [
      "PUT",
      repo("/contents/(.+)"),
      (m, body, res) => {
        const file = m[1]!;
        const current = state.files.get(file);
        if (current && body?.sha !== current.sha)
          return send(res, 409, { message: `${file} does not match ${String(body?.sha)}` });
        if (!current && body?.sha) return send(res, 422, { message: "sha given for a new file" });
        const content = Buffer.from(String(body?.content ?? ""), "base64").toString("utf8");
        const sha = blobSha(content);
        state.files.set(file, { content, sha });
        const commitSha = createHash("sha1")
          .update(`commit ${state.commits.length} ${file} ${sha}`)
          .digest("hex");
        state.commits.push({
          sha: commitSha,
          path: file,
          message: String(body?.message ?? ""),
          branch: String(body?.branch ?? ""),
          content,
        });
        return send(res, current ? 200 : 201, {
          content: { path: file, sha },
          commit: { sha: commitSha, message: body?.message },
        });
      },
    ],
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

  const handle = (req: IncomingMessage, res: ServerResponse, body: Body) => {
    const method = req.method ?? "GET";
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    state.calls.push({ method, path, body });
    if (req.headers.authorization !== `token ${o.token}`)
      return send(res, 401, { message: "Bad credentials" });
    for (const [verb, pattern, handler] of routes) {
      if (verb !== method) continue;
      const m = path.match(pattern);
      if (m) return handler(m, body, res);
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
    url: `http://127.0.0.1:${port}`,
    seedFile: (path, content) => state.files.set(path, { content, sha: blobSha(content) }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
