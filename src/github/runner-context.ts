import { readFile } from "node:fs/promises";
import path from "node:path";
import type { RunFacts } from "../ports/context.js";

/** The runner's environment variables (https://docs.github.com/en/actions/reference/variables-reference). */
export type RunnerEnv = Record<string, string | undefined>;

/** What the action knows about the workflow run it is part of. */
export interface RunnerContext {
  workspace: string;
  repository?: { owner: string; repo: string; full: string };
  apiUrl: string;
  serverUrl: string;
  sha?: string;
  /** Full ref, e.g. refs/heads/main. */
  ref?: string;
  /** Branch a pin commit goes to. */
  branch?: string;
  runUrl?: string;
  actor?: string;
  eventName?: string;
  // biome-ignore lint/suspicious/noExplicitAny: webhook payloads are read field by field with checks.
  event: Record<string, any>;
  /** `INPUT_*` values, read by name. */
  input(name: string): string;
}

/** Reads an input as @actions/core does: INPUT_<NAME> with spaces as '_', upper-cased, trimmed. */
export function inputFrom(env: RunnerEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

export async function readRunnerContext(env: RunnerEnv): Promise<RunnerContext> {
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
  const apiUrl = (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, "");
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? ".");
  let event: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>;
    } catch {
      event = {};
    }
  }
  const ctx: RunnerContext = { workspace, apiUrl, serverUrl, event, input: (name) => inputFrom(env, name) };
  const full = env.GITHUB_REPOSITORY;
  if (full?.includes("/")) {
    const [owner, repo] = full.split("/") as [string, string];
    ctx.repository = { owner, repo, full };
  }
  if (env.GITHUB_SHA) ctx.sha = env.GITHUB_SHA;
  if (env.GITHUB_REF) ctx.ref = env.GITHUB_REF;
  // On pull requests GITHUB_REF is refs/pull/N/merge; pins are only committed to branches.
  if (env.GITHUB_REF?.startsWith("refs/heads/")) ctx.branch = env.GITHUB_REF.slice("refs/heads/".length);
  if (env.GITHUB_RUN_ID && full) ctx.runUrl = `${serverUrl}/${full}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (env.GITHUB_ACTOR) ctx.actor = env.GITHUB_ACTOR;
  if (env.GITHUB_EVENT_NAME) ctx.eventName = env.GITHUB_EVENT_NAME;
  return ctx;
}

/** The provenance facts commands receive (tags, history entries). */
export function runEnvironmentOf(ctx: RunnerContext): RunFacts {
  const result: RunFacts = { ci: true };
  if (ctx.sha) result.gitSha = ctx.sha;
  if (ctx.runUrl) result.runUrl = ctx.runUrl;
  if (ctx.actor) result.actor = ctx.actor;
  if (ctx.ref) result.ref = ctx.ref;
  return result;
}

/** The pull request number of a pull_request(_target) event, if any. */
export function pullRequestNumber(ctx: RunnerContext): number | undefined {
  const n =
    ctx.event.pull_request?.number ??
    (ctx.eventName?.startsWith("pull_request") ? ctx.event.number : undefined);
  return typeof n === "number" ? n : undefined;
}

/** A pull request from a fork: its workflow token is read-only whatever the workflow asks for. */
export function isForkPullRequest(ctx: RunnerContext): boolean {
  const head = ctx.event.pull_request?.head?.repo?.full_name;
  const base = ctx.event.pull_request?.base?.repo?.full_name ?? ctx.repository?.full;
  return typeof head === "string" && typeof base === "string" && head !== base;
}
