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

/** The entry layers build the ports here: the simulator's for `--sim FILE`, else real AWS and the network. */
export async function createContext({ global, run, sinks }: ContextOptions): Promise<Ports> {
  if (global.sim) {
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
  if (global.faults.length > 0) {
    const { UsageError } = await import("../errors.js");
    throw new UsageError("--fault needs the simulator (--sim FILE or AMIPIPE_SIM)");
  }
  const [{ createAwsFactory }, { systemClock }, { fetchHttp }, { cryptoIds }] = await Promise.all([
    import("../aws/clients.js"),
    import("../ports/clock.js"),
    import("../ports/http.js"),
    import("../ports/ids.js"),
  ]);
  const aws = createAwsFactory();
  const ctx: Ports = {
    root: global.root,
    clock: systemClock,
    progress: new Progress(systemClock, sinks),
    aws,
    ids: cryptoIds,
    run,
    http: fetchHttp,
    // The SDK resolves the same identity every client signs with; an assumed role's carries its expiry.
    credentials: {
      expiresAt: async (region) => (await aws.sts(region).config.credentials()).expiration?.getTime(),
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
