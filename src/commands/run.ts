import { AmipipeError, messageOf } from "../errors.js";
import type { ProgressSink } from "../ports/progress.js";
import {
  type CommandContext,
  type CommandResult,
  createContext,
  type GlobalOptions,
  type RunEnvironment,
} from "./context.js";
import { commandLoaders } from "./registry.js";

export interface Outcome {
  exitCode: 0 | 1 | 2;
  result?: CommandResult;
  error?: AmipipeError | Error;
  /** The message a person reads when the command did not succeed. */
  errorMessage?: string;
}

export interface ExecuteOptions {
  command: string;
  input: unknown;
  global: GlobalOptions;
  env: RunEnvironment;
  sinks: ProgressSink[];
}

/** The one place that maps results and errors to exit codes (0 done, 1 failed, 2 bad input). */
export async function execute({ command, input, global, env, sinks }: ExecuteOptions): Promise<Outcome> {
  const load = commandLoaders[command];
  if (!load) return { exitCode: 2, errorMessage: `unknown command: ${command}` };
  let ctx: CommandContext | undefined;
  try {
    ctx = await createContext({ global, env, sinks });
    const fn = await load();
    const result = await fn(ctx, input);
    await ctx.sim?.save();
    return { exitCode: result.ok ? 0 : 1, result };
  } catch (error) {
    // Usage and config errors change nothing, so the sim state is saved only for other failures.
    if (ctx?.sim && !(error instanceof AmipipeError && error.exitCode === 2)) await ctx.sim.save();
    if (error instanceof AmipipeError)
      return { exitCode: error.exitCode, error, errorMessage: error.message };
    const err = error instanceof Error ? error : new Error(messageOf(error));
    return { exitCode: 1, error: err, errorMessage: describeUnexpected(err) };
  }
}

function describeUnexpected(error: Error): string {
  const meta = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
  const name = error.name && error.name !== "Error" ? `${error.name}: ` : "";
  const status = meta?.httpStatusCode ? ` (HTTP ${meta.httpStatusCode})` : "";
  return `${name}${error.message}${status}`;
}
