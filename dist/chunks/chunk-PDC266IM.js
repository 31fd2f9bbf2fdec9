import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  Progress
} from "./chunk-P6GLGNDE.js";

// src/commands/context.ts
async function simulatorContext(o) {
  const { sessionEngine, sessionIds } = await import("./session-JRJM6MSB.js");
  const { simulatedHttp } = await import("./http-X2Z473XJ.js");
  return {
    root: o.root,
    clock: o.session.clock,
    progress: o.progress(o.session.clock),
    aws: o.session.aws,
    ids: sessionIds(o.session),
    run: o.run,
    http: simulatedHttp(() => sessionEngine(o.session)),
    session: { ...o.session, file: o.file }
  };
}
async function createContext({ global, run, sinks, aws, session }) {
  if (global.sim && (aws.length > 0 || session)) {
    const { openSimSession } = await import("./session-JRJM6MSB.js");
    const session2 = await openSimSession({ file: global.sim, faults: global.faults, root: global.root });
    const ctx2 = await simulatorContext({
      root: global.root,
      file: global.sim,
      session: session2,
      run,
      progress: (clock) => new Progress(clock, sinks)
    });
    if (global.cwd) ctx2.cwd = global.cwd;
    return ctx2;
  }
  if (global.faults.length > 0 && !global.sim) {
    const { UsageError } = await import("./errors-3DAJN5DD.js");
    throw new UsageError("--fault needs the simulator (--sim FILE or AMIPIPE_SIM)");
  }
  if (global.faults.length > 0) new (await import("./faults-TOM5QQM4.js")).Faults(global.faults);
  const [{ createAwsFactory, loadAwsClients }, { systemClock }, { fetchHttp }, { cryptoIds }] = await Promise.all([
    import("./clients-5UH3ZLN3.js"),
    import("./clock-TB4Q3REB.js"),
    import("./http-ZPZPEQOG.js"),
    import("./ids-6AZ7B6IM.js")
  ]);
  await loadAwsClients(aws);
  const factory = createAwsFactory();
  const ctx = {
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
      }
    }
  };
  if (global.cwd) ctx.cwd = global.cwd;
  return ctx;
}

export {
  simulatorContext,
  createContext
};
