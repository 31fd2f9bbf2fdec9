import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const REPO = path.resolve(import.meta.dirname, "../..");

/** A copy of the example config in a temp dir, with files edited or added. */
export function exampleProject(
  edits: Record<string, (text: string) => string> = {},
  extra: Record<string, string> = {},
): string {
  const dir = mkdtempSync(path.join(tmpdir(), "amipipe-config-"));
  cpSync(path.join(REPO, "image-recipes"), path.join(dir, "image-recipes"), { recursive: true });
  cpSync(path.join(REPO, "environments"), path.join(dir, "environments"), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file);
    const before = readFileSync(full, "utf8");
    const after = edit(before);
    if (after === before) throw new Error(`edit of ${file} changed nothing`);
    writeFileSync(full, after);
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(path.join(dir, file), text);
  return dir;
}

/** 1-based line of the first line containing `needle` in a file of the project. */
export function lineOf(dir: string, file: string, needle: string): number {
  const lines = readFileSync(path.join(dir, file), "utf8").split("\n");
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

/**
 * The CLI from the sources, as a user runs it from `cwd` (default: the repository). tsx is
 * loaded by file path so any working directory works.
 */
export function amipipeCli(
  args: string[],
  o: { cwd?: string; env?: Record<string, string | undefined> } = {},
): { status: number | null; stdout: string; stderr: string } {
  const node = path.join(REPO, "node_modules/.bin/node");
  const tsx = path.join(REPO, "node_modules/tsx/dist/loader.mjs");
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...o.env })) if (v !== undefined) env[k] = v;
  return spawnSync(node, ["--import", pathToFileURL(tsx).href, path.join(REPO, "src/cli.ts"), ...args], {
    cwd: o.cwd ?? REPO,
    encoding: "utf8",
    env,
  });
}
