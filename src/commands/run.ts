import { formatProblemFor, type PathBase } from "../config/display-path.js";
import { AmipipeError, ConfigError, type ConfigProblem, messageOf } from "../errors.js";
import type { ProgressSink } from "../ports/progress.js";
import {
  type CommandResult,
  createContext,
  type GlobalOptions,
  type Ports,
  type RunFacts,
} from "./context.js";
import type { CommandFacts } from "./facts.js";
import { findCommand } from "./registry.js";
import type { Surface } from "./spec.js";

export interface Outcome {
  exitCode: 0 | 1 | 2;
  result?: CommandResult;
  /** What the command's spec reads from its result (typed); absent when there is no result. */
  facts?: CommandFacts;
  error?: AmipipeError | Error;
  /** The message a person reads when the command did not succeed. */
  errorMessage?: string;
  /** The --json document when the command did not return a result. */
  errorDocument?: ErrorDocument;
}

/** What --json prints when a command throws: the error, and for config problems every problem. */
export interface ErrorDocument {
  ok: false;
  error: { code: string; message: string };
  /** Config errors, each with the file relative to the config root (as annotations want). */
  problems?: ConfigProblem[];
  warnings?: ConfigProblem[];
  root?: string;
}

export interface ExecuteOptions {
  command: string;
  input: unknown;
  global: GlobalOptions;
  run: RunFacts;
  sinks: ProgressSink[];
  /** Where the input came from, so messages name values as they were given (default: the CLI). */
  surface?: Surface;
}

/**
 * The one place that maps results and errors to exit codes (0 done, 1 failed, 2 bad input).
 * The input is checked against the command's spec before any config is parsed or AWS called;
 * then the SDK clients the spec declares are loaded and the command runs.
 */
export async function execute({
  command,
  input,
  global,
  run,
  sinks,
  surface = "cli",
}: ExecuteOptions): Promise<Outcome> {
  const spec = findCommand(command);
  if (!spec) {
    const message = `unknown command: ${command}`;
    return { exitCode: 2, errorMessage: message, errorDocument: errorDocument("usage", message) };
  }
  let ctx: Ports | undefined;
  try {
    const { checkInput, checkConfigRoot } = await import("./input-check.js");
    await checkConfigRoot(global.root);
    const raw = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
    const checked = await checkInput(spec, raw, { surface, root: global.root });
    ctx = await createContext({ global, run, sinks, aws: spec.aws, session: spec.session });
    const fn = await spec.run();
    const result = await fn(ctx, checked);
    await ctx.session?.save();
    return { exitCode: result.ok ? 0 : 1, result, facts: spec.facts(result.data) };
  } catch (error) {
    // Usage and config errors change nothing, so the sim state is saved only for other failures.
    if (ctx?.session && !(error instanceof AmipipeError && error.exitCode === 2)) await ctx.session.save();
    if (error instanceof ConfigError) return configOutcome(error, global);
    if (error instanceof AmipipeError)
      return {
        exitCode: error.exitCode,
        error,
        errorMessage: error.message,
        errorDocument: errorDocument(error.code, error.message),
      };
    const err = error instanceof Error ? error : new Error(messageOf(error));
    const message = describeUnexpected(err);
    return { exitCode: 1, error: err, errorMessage: message, errorDocument: errorDocument("error", message) };
  }
}

function errorDocument(code: string, message: string): ErrorDocument {
  return { ok: false, error: { code, message } };
}

/** Config problems: one line each, named relative to where the user is; all of them as data. */
function configOutcome(error: ConfigError, base: PathBase): Outcome {
  const errors = error.problems.filter((p) => p.severity !== "warning");
  const warnings = error.problems.filter((p) => p.severity === "warning");
  const message = error.problems.map((p) => formatProblemFor(base, p)).join("\n");
  const withSeverity = (p: ConfigProblem, severity: "error" | "warning"): ConfigProblem => ({
    file: p.file,
    line: p.line,
    column: p.column,
    path: p.path,
    message: p.message,
    severity,
  });
  return {
    exitCode: 2,
    error,
    errorMessage: message,
    errorDocument: {
      ...errorDocument(error.code, message),
      problems: errors.map((p) => withSeverity(p, "error")),
      warnings: warnings.map((p) => withSeverity(p, "warning")),
      root: base.root,
    },
  };
}

function describeUnexpected(error: Error): string {
  const meta = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
  const name = error.name && error.name !== "Error" ? `${error.name}: ` : "";
  const status = meta?.httpStatusCode ? ` (HTTP ${meta.httpStatusCode})` : "";
  const hint = awsHint(error);
  return `${name}${error.message}${status}${hint ? `\n  hint: ${hint}` : ""}`;
}

const SIMULATOR = "or run on the simulator with --sim FILE";

/** What to do about the errors a first run against real AWS meets: no credentials, no region, no endpoint. */
export function awsHint(error: Error): string | undefined {
  const e = error as Error & { code?: string; address?: string; port?: number; hostname?: string };
  if (e.name === "CredentialsProviderError")
    return `no AWS credentials: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (in GitHub Actions, aws-actions/configure-aws-credentials with OIDC), ${SIMULATOR}`;
  if (
    /^(ExpiredToken|InvalidClientTokenId|UnrecognizedClientException|AuthFailure|SignatureDoesNotMatch)/.test(
      e.name,
    )
  )
    return `AWS rejected the credentials: refresh them (aws sso login, a new session token) or check AWS_PROFILE, ${SIMULATOR}`;
  if (e.message === "Region is missing")
    return `no AWS region: set AWS_REGION (each environment's region comes from environments/*.yml), ${SIMULATOR}`;
  const endpointHint =
    "check AWS_ENDPOINT_URL (unset it to reach AWS itself) and the region (AWS_REGION, the environment's region)";
  switch (e.code) {
    case "ECONNREFUSED":
      return `nothing listens at the AWS endpoint ${e.address ?? "?"}${e.port ? `:${e.port}` : ""}: ${endpointHint}; is the endpoint (e.g. moto_server) running?`;
    case "ENOTFOUND":
    case "EAI_AGAIN": {
      const region = /\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com(?:\.cn)?$/.exec(e.hostname ?? "")?.[1];
      const regionHint = region ? ` — is '${region}' a real region?` : "";
      return `the AWS endpoint host ${e.hostname ?? "?"} does not resolve (DNS)${regionHint}: ${endpointHint}`;
    }
    case "ETIMEDOUT":
    case "ECONNRESET":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `the AWS endpoint${e.address ? ` ${e.address}${e.port ? `:${e.port}` : ""}` : ""} cannot be reached (${e.code}): check the network or proxy, and ${endpointHint}`;
  }
  return undefined;
}
