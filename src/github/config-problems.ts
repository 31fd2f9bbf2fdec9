import path from "node:path";
import type { Outcome } from "../commands/run.js";
import { ConfigError, type ConfigProblem } from "../errors.js";
import type { ActionHost } from "./host.js";

const isProblem = (value: unknown): value is ConfigProblem =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ConfigProblem).file === "string" &&
  typeof (value as ConfigProblem).line === "number" &&
  typeof (value as ConfigProblem).message === "string";

/** Config problems of a run: a ConfigError's list, plus warnings/problems a command reported in its data. */
export function configProblemsOf(outcome: Outcome): ConfigProblem[] {
  const found: ConfigProblem[] = [];
  if (outcome.error instanceof ConfigError) found.push(...outcome.error.problems);
  else if (outcome.error && "code" in outcome.error && outcome.error.code === "config") {
    const evidence = (outcome.error as { evidence?: unknown }).evidence;
    if (Array.isArray(evidence)) found.push(...evidence.filter(isProblem));
  }
  const data = outcome.result?.data;
  if (typeof data === "object" && data !== null) {
    for (const key of ["problems", "warnings", "errors"]) {
      const list = (data as Record<string, unknown>)[key];
      if (!Array.isArray(list)) continue;
      for (const p of list.filter(isProblem))
        found.push(key === "warnings" && !p.severity ? { ...p, severity: "warning" } : p);
    }
  }
  const seen = new Set<string>();
  return found.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One annotation per problem, on the file and line it names. Problem files are relative to the
 * config root (or absolute); annotations want paths relative to the repository checkout.
 */
export function annotateProblems(
  host: ActionHost,
  problems: readonly ConfigProblem[],
  o: { root: string; workspace: string },
): void {
  for (const problem of problems) {
    const absolute = path.resolve(o.root, problem.file);
    const file = path.relative(o.workspace, absolute).split(path.sep).join("/");
    const message = problem.path ? `${problem.path}: ${problem.message}` : problem.message;
    host.annotate(problem.severity === "warning" ? "warning" : "error", message, {
      title: "amipipe config",
      file,
      startLine: problem.line,
      startColumn: problem.column,
    });
  }
}
