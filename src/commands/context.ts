import type { ServiceName } from "../aws/clients.js";
import type { Clock } from "../ports/clock.js";
import type { Ports, RunFacts, SessionHandle } from "../ports/context.js";
import { Progress, type ProgressSink } from "../ports/progress.js";

export type { Ports, RunFacts, SessionHandle } from "../ports/context.js";

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
  run: RunFacts;
  sinks: ProgressSink[];
  /** The AWS services the ports must reach: their SDK clients are loaded first (none: no SDK at all). */
  aws: readonly ServiceName[];
  /** Open the simulator session with --sim even when no AWS service is used (sim init writes it). */
  session?: boolean;
}

/** Ports over an opened simulator session: its clock, its clients, its ids, HTTP answered from its ALB. */
export async function simulatorContext(o: {
  root: string;
  file: string;
  session: SessionHandle;
  run: RunFacts;
  progress: (clock: Clock) => Progress;
}): Promise<Ports> {
  const { sessionEngine, sessionIds } = await import("../sim/session.js");
  const { simulatedHttp } = await import("../sim/http.js");
  return {
    root: o.root,
    clock: o.session.clock,
    progress: o.progress(o.session.clock),
    aws: o.session.aws,
    ids: sessionIds(o.session),
    run: o.run,
    http: simulatedHttp(() => sessionEngine(o.session)),
    session: { ...o.session, file: o.file },
  };
}

/**
 * The entry layers build the ports here: the simulator's for `--sim FILE`, else real AWS and
 * the network. Only the SDK clients of the services asked for are loaded; a command that
 * calls no AWS (validate, compile, …) loads none, and opens no simulator.
 */
export async function createContext({ global, run, sinks, aws, session }: ContextOptions): Promise<Ports> {
  if (global.sim && (aws.length > 0 || session)) {
    const { openSimSession } = await import("../sim/session.js");
    const session = await openSimSession({ file: global.sim, faults: global.faults, root: global.root });
    const ctx = await simulatorContext({
      root: global.root,
      file: global.sim,
      session,
      run,
      progress: (clock) => new Progress(clock, sinks),
    });
    if (global.cwd) ctx.cwd = global.cwd;
    return ctx;
  }
  if (global.faults.length > 0 && !global.sim) {
    const { UsageError } = await import("../errors.js");
    throw new UsageError("--fault needs the simulator (--sim FILE or AMIPIPE_SIM)");
  }
  // A command that calls no AWS opens no simulator; a fault it was given must still be one.
  if (global.faults.length > 0) new (await import("../sim/faults.js")).Faults(global.faults);
  const [{ createAwsFactory, loadAwsClients }, { systemClock }, { fetchHttp }, { cryptoIds }] =
    await Promise.all([
      import("../aws/clients.js"),
      import("../ports/clock.js"),
      import("../ports/http.js"),
      import("../ports/ids.js"),
    ]);
  await loadAwsClients(aws);
  const factory = createAwsFactory();
  const ctx: Ports = {
    root: global.root,
    clock: systemClock,
    progress: new Progress(systemClock, sinks),
    aws: factory,
    ids: cryptoIds,
    run,
    http: fetchHttp,
    // The SDK resolves the same identity every client signs with; an assumed role's carries its expiry.
    credentials: {
      // STS's client (the smallest) is loaded only when a command asks how long its credentials last.
      expiresAt: async (region) => {
        await loadAwsClients(["sts"]);
        return (await factory.sts(region).config.credentials()).expiration?.getTime();
      },
    },
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
