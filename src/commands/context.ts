import { type AwsFactory, createAwsFactory } from "../aws/clients.js";
import { type Clock, systemClock } from "../ports/clock.js";
import { fetchHttp, type HttpPort } from "../ports/http.js";
import { Progress, type ProgressSink } from "../ports/progress.js";

/** Facts about the run the toolkit is part of (provenance tags, pin commits). Read only by the entries. */
export interface RunEnvironment {
  gitSha?: string;
  runUrl?: string;
  actor?: string;
  /** The git ref a pin change is committed to. */
  ref?: string;
  ci: boolean;
}

/** What `--sim FILE` opens: the simulator's clock and clients over its persisted world. */
export interface SimSessionHandle {
  clock: Clock;
  aws: AwsFactory;
  /** Writes the world back to the state file. */
  save(): Promise<void>;
}

/** Everything a command receives. Commands read no globals and no process.env. */
export interface CommandContext {
  /** Config root holding image-recipes/ and environments/. */
  root: string;
  clock: Clock;
  progress: Progress;
  aws: AwsFactory;
  env: RunEnvironment;
  /** HTTP for the "through the load balancer" check; without it that check is not made. */
  http?: HttpPort;
  /** Set when running on the embedded simulator. */
  sim?: SimSessionHandle & { file: string };
  /** Where the user runs the CLI: file paths in human output are relative to it (default: root). */
  cwd?: string;
}

export interface GlobalOptions {
  root: string;
  /** The CLI's working directory, for file paths in human output (default: root). */
  cwd?: string;
  sim?: string;
  faults: string[];
  json: boolean;
}

export interface ContextOptions {
  global: GlobalOptions;
  env: RunEnvironment;
  sinks: ProgressSink[];
}

/** A context over an opened simulator session: its clock, its clients, HTTP answered from its ALB. */
export async function simulatorContext(o: {
  root: string;
  file: string;
  session: SimSessionHandle;
  env: RunEnvironment;
  progress: (clock: Clock) => Progress;
}): Promise<CommandContext> {
  const { sessionEngine } = await import("../sim/session.js");
  const { simulatedHttp } = await import("../sim/http.js");
  return {
    root: o.root,
    clock: o.session.clock,
    progress: o.progress(o.session.clock),
    aws: o.session.aws,
    env: o.env,
    http: simulatedHttp(() => sessionEngine(o.session)),
    sim: { ...o.session, file: o.file },
  };
}

export async function createContext({ global, env, sinks }: ContextOptions): Promise<CommandContext> {
  if (global.sim) {
    const { openSimSession } = await import("../sim/session.js");
    const session = await openSimSession({ file: global.sim, faults: global.faults, root: global.root });
    const ctx = await simulatorContext({
      root: global.root,
      file: global.sim,
      session,
      env,
      progress: (clock) => new Progress(clock, sinks),
    });
    if (global.cwd) ctx.cwd = global.cwd;
    return ctx;
  }
  if (global.faults.length > 0) {
    const { UsageError } = await import("../errors.js");
    throw new UsageError("--fault needs the simulator (--sim FILE or AMIPIPE_SIM)");
  }
  const ctx: CommandContext = {
    root: global.root,
    clock: systemClock,
    progress: new Progress(systemClock, sinks),
    aws: createAwsFactory(),
    env,
    http: fetchHttp,
  };
  if (global.cwd) ctx.cwd = global.cwd;
  return ctx;
}

/** The result every command returns: data for --json, text for people, and whether it succeeded. */
export interface CommandResult<T = unknown> {
  ok: boolean;
  data: T;
  text: string;
}
