import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const repoRoot = path.resolve(import.meta.dirname, "../..");
const node = path.join(repoRoot, "node_modules/.bin/node");
const bundle = path.join(repoRoot, "dist/action.js");

/** A runner workspace holding a copy of the example config (image-recipes/, environments/, sim/). */
export async function exampleWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "amipipe-action-"));
  for (const sub of ["image-recipes", "environments", "sim"])
    await cp(path.join(repoRoot, sub), path.join(dir, sub), { recursive: true });
  return dir;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunnerOptions {
  workspace: string;
  inputs: Record<string, string>;
  apiUrl: string;
  repository?: string;
  sha?: string;
  ref?: string;
  eventName?: string;
  event?: Record<string, unknown>;
  runId?: string;
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER` blocks (the format @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<=]+)<<(.+)$/);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join("\n");
  }
  return outputs;
}

/**
 * Runs the bundled action under Node 24 as the runner does: inputs as INPUT_* variables, and
 * the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH).
 */
export async function runBundledAction(o: RunnerOptions): Promise<ActionRun> {
  const files = path.join(o.workspace, ".runner");
  await mkdir(files, { recursive: true });
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const outputFile = path.join(files, `output-${stamp}`);
  const summaryFile = path.join(files, `summary-${stamp}`);
  const eventFile = path.join(files, `event-${stamp}.json`);
  await Promise.all([
    writeFile(outputFile, ""),
    writeFile(summaryFile, ""),
    writeFile(eventFile, JSON.stringify(o.event ?? {})),
  ]);

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? o.workspace,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: o.eventName ?? "push",
    GITHUB_REPOSITORY: o.repository ?? "acme/web",
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: o.runId ?? "4242",
    GITHUB_SHA: o.sha ?? "2222222222222222222222222222222222222222",
    GITHUB_REF: o.ref ?? "refs/heads/main",
    GITHUB_ACTOR: "octocat",
    RUNNER_TEMP: files,
  };
  for (const [name, value] of Object.entries(o.inputs))
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;

  let exitCode = 0;
  let stdout = "";
  let stderr = "";
  try {
    const result = await run(node, [bundle], { cwd: o.workspace, env, maxBuffer: 64 * 1024 * 1024 });
    stdout = result.stdout;
    stderr = result.stderr;
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    exitCode = typeof e.code === "number" ? e.code : 1;
    stdout = e.stdout ?? "";
    stderr = e.stderr ?? "";
  }
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, "utf8")),
    summary: await readFile(summaryFile, "utf8"),
  };
}
