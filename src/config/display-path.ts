import path from "node:path";
import { type ConfigProblem, formatProblem } from "../errors.js";

export interface PathBase {
  /** Config root; file paths in data (and in GitHub annotations) are relative to it. */
  root: string;
  /** Where the user is; human output names files relative to it (default: root). */
  cwd?: string;
}

/**
 * A file as a person can open it from where they run the CLI: relative to the working
 * directory, or absolute when that would climb more than one level. `file` is absolute or
 * relative to the config root (as ConfigProblem.file is).
 */
export function displayPath(base: PathBase, file: string): string {
  const absolute = path.resolve(base.root, file);
  const rel = path.relative(base.cwd ?? base.root, absolute) || ".";
  return rel.startsWith(`..${path.sep}..`) || rel === "../.." ? absolute : rel;
}

/** One `file:line:column: …` line, its file named for the person reading it. */
export function formatProblemFor(base: PathBase, problem: ConfigProblem): string {
  return formatProblem({ ...problem, file: displayPath(base, problem.file) });
}
