/**
 * Errors are values with a code, a message for a person and evidence. The CLI and the
 * action map them to exit codes in one place (src/commands/run.ts):
 *   2 — bad input or usage (nothing was changed)
 *   1 — the operation failed (a business outcome such as a failed check, or a technical fault)
 */

/** A problem in a config file, located precisely. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted field path, e.g. "agents.fluentd.config" or "services[1].name". */
  path: string;
  message: string;
  severity?: "error" | "warning";
}

export function formatProblem(p: ConfigProblem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const field = p.path ? `${p.path}: ` : "";
  const sev = p.severity === "warning" ? "warning: " : "";
  return `${where}: ${sev}${field}${p.message}`;
}

export class AmipipeError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly exitCode: 1 | 2,
    readonly evidence?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad command-line usage (unknown flag value, unknown fault, missing argument). Exit 2. */
export class UsageError extends AmipipeError {
  constructor(message: string, evidence?: unknown) {
    super(message, "usage", 2, evidence);
  }
}

/** One or more problems in config files. Exit 2, all problems listed at once. */
export class ConfigError extends AmipipeError {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(formatProblem).join("\n"), "config", 2, problems);
  }
}

/** The operation ran and failed: a check found a problem, a build failed, a rollout was undone. Exit 1. */
export class OperationFailed extends AmipipeError {
  constructor(message: string, code = "failed", evidence?: unknown) {
    super(message, code, 1, evidence);
  }
}

/** Turns anything thrown into a message (non-Error values included). */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * The process ended abruptly (killed, out of memory, a runner cancelled): nothing after it may
 * run — no clean-up, no lock release, no restoring a pin. What it left in AWS is found by the
 * next run, which observes and re-plans. Code that catches errors to undo its work rethrows
 * this one untouched.
 */
export class ProcessDied extends Error {
  constructor(message = "the process ended abruptly; nothing after it may run") {
    super(message);
    this.name = new.target.name;
  }
}

/** Whether `error` is the process's abrupt end (see ProcessDied), however it was raised. */
export function isProcessDied(error: unknown): boolean {
  return error instanceof ProcessDied;
}
