import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  findCommand
} from "./chunk-SZ7BUYMB.js";
import {
  createContext
} from "./chunk-PDC266IM.js";
import {
  formatProblemFor
} from "./chunk-RQQVW77K.js";
import {
  AmipipeError,
  ConfigError,
  messageOf
} from "./chunk-25FIIMCB.js";

// src/commands/run.ts
async function execute({
  command,
  input,
  global,
  run,
  sinks,
  surface = "cli"
}) {
  const spec = findCommand(command);
  if (!spec) {
    const message = `unknown command: ${command}`;
    return { exitCode: 2, errorMessage: message, errorDocument: errorDocument("usage", message) };
  }
  let ctx;
  try {
    const { checkInput, checkConfigRoot } = await import("./input-check-4PIN55IZ.js");
    await checkConfigRoot(global.root);
    const raw = typeof input === "object" && input !== null ? input : {};
    const checked = await checkInput(spec, raw, { surface, root: global.root });
    ctx = await createContext({ global, run, sinks, aws: spec.aws, session: spec.session });
    const fn = await spec.run();
    const result = await fn(ctx, checked);
    await ctx.session?.save();
    return { exitCode: result.ok ? 0 : 1, result, facts: spec.facts(result.data) };
  } catch (error) {
    if (ctx?.session && !(error instanceof AmipipeError && error.exitCode === 2)) await ctx.session.save();
    if (error instanceof ConfigError) return configOutcome(error, global);
    if (error instanceof AmipipeError)
      return {
        exitCode: error.exitCode,
        error,
        errorMessage: error.message,
        errorDocument: errorDocument(error.code, error.message)
      };
    const err = error instanceof Error ? error : new Error(messageOf(error));
    const message = describeUnexpected(err);
    return { exitCode: 1, error: err, errorMessage: message, errorDocument: errorDocument("error", message) };
  }
}
function errorDocument(code, message) {
  return { ok: false, error: { code, message } };
}
function configOutcome(error, base) {
  const errors = error.problems.filter((p) => p.severity !== "warning");
  const warnings = error.problems.filter((p) => p.severity === "warning");
  const message = error.problems.map((p) => formatProblemFor(base, p)).join("\n");
  const withSeverity = (p, severity) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    path: p.path,
    message: p.message,
    severity
  });
  return {
    exitCode: 2,
    error,
    errorMessage: message,
    errorDocument: {
      ...errorDocument(error.code, message),
      problems: errors.map((p) => withSeverity(p, "error")),
      warnings: warnings.map((p) => withSeverity(p, "warning")),
      root: base.root
    }
  };
}
function describeUnexpected(error) {
  const meta = error.$metadata;
  const name = error.name && error.name !== "Error" ? `${error.name}: ` : "";
  const status = meta?.httpStatusCode ? ` (HTTP ${meta.httpStatusCode})` : "";
  const hint = awsHint(error);
  return `${name}${error.message}${status}${hint ? `
  hint: ${hint}` : ""}`;
}
var SIMULATOR = "or run on the simulator with --sim FILE";
function awsHint(error) {
  const e = error;
  if (e.name === "CredentialsProviderError")
    return `no AWS credentials: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (in GitHub Actions, aws-actions/configure-aws-credentials with OIDC), ${SIMULATOR}`;
  if (/^(ExpiredToken|InvalidClientTokenId|UnrecognizedClientException|AuthFailure|SignatureDoesNotMatch)/.test(
    e.name
  ))
    return `AWS rejected the credentials: refresh them (aws sso login, a new session token) or check AWS_PROFILE, ${SIMULATOR}`;
  if (e.message === "Region is missing")
    return `no AWS region: set AWS_REGION (each environment's region comes from environments/*.yml), ${SIMULATOR}`;
  const endpointHint = "check AWS_ENDPOINT_URL (unset it to reach AWS itself) and the region (AWS_REGION, the environment's region)";
  switch (e.code) {
    case "ECONNREFUSED":
      return `nothing listens at the AWS endpoint ${e.address ?? "?"}${e.port ? `:${e.port}` : ""}: ${endpointHint}; is the endpoint (e.g. moto_server) running?`;
    case "ENOTFOUND":
    case "EAI_AGAIN": {
      const region = /\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com(?:\.cn)?$/.exec(e.hostname ?? "")?.[1];
      const regionHint = region ? ` \u2014 is '${region}' a real region?` : "";
      return `the AWS endpoint host ${e.hostname ?? "?"} does not resolve (DNS)${regionHint}: ${endpointHint}`;
    }
    case "ETIMEDOUT":
    case "ECONNRESET":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `the AWS endpoint${e.address ? ` ${e.address}${e.port ? `:${e.port}` : ""}` : ""} cannot be reached (${e.code}): check the network or proxy, and ${endpointHint}`;
  }
  return void 0;
}

export {
  execute,
  awsHint
};
