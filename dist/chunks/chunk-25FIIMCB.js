import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/errors.ts
function formatProblem(p) {
  const where = `${p.file}:${p.line}:${p.column}`;
  const field = p.path ? `${p.path}: ` : "";
  const sev = p.severity === "warning" ? "warning: " : "";
  return `${where}: ${sev}${field}${p.message}`;
}
var AmipipeError = class extends Error {
  constructor(message, code, exitCode, evidence) {
    super(message);
    this.code = code;
    this.exitCode = exitCode;
    this.evidence = evidence;
    this.name = new.target.name;
  }
  code;
  exitCode;
  evidence;
};
var UsageError = class extends AmipipeError {
  constructor(message, evidence) {
    super(message, "usage", 2, evidence);
  }
};
var ConfigError = class extends AmipipeError {
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"), "config", 2, problems);
    this.problems = problems;
  }
  problems;
};
var OperationFailed = class extends AmipipeError {
  constructor(message, code = "failed", evidence) {
    super(message, code, 1, evidence);
  }
};
function messageOf(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
var ProcessDied = class extends Error {
  constructor(message = "the process ended abruptly; nothing after it may run") {
    super(message);
    this.name = new.target.name;
  }
};
function isProcessDied(error) {
  return error instanceof ProcessDied;
}

export {
  formatProblem,
  AmipipeError,
  UsageError,
  ConfigError,
  OperationFailed,
  messageOf,
  ProcessDied,
  isProcessDied
};
