import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-MJU6FAWD.js";
import {
  formatDuration
} from "./chunk-U2BKHDZX.js";

// src/ports/progress.ts
var Progress = class {
  constructor(clock, sinks = []) {
    this.clock = clock;
    this.sinks = sinks;
    this.startedAt = clock.now();
  }
  clock;
  sinks;
  events = [];
  startedAt;
  info(phase, message) {
    this.emit("info", phase, message);
  }
  warn(phase, message) {
    this.emit("warn", phase, message);
  }
  error(phase, message) {
    this.emit("error", phase, message);
  }
  /** Reports that `phase` is blocked on `waitingFor` (status in `message`). */
  waiting(phase, message, waitingFor) {
    this.emit("info", phase, message, waitingFor);
  }
  addSink(sink) {
    this.sinks.push(sink);
  }
  /**
   * Every event is redacted before anything keeps or prints it: messages carry text from AWS,
   * legacy servers and config (a crontab's `mysqldump -p…`), and sinks go to logs and summaries.
   */
  emit(level, phase, message, waitingFor) {
    const at = this.clock.now();
    const event = {
      level,
      phase: redact(phase),
      message: redact(message),
      at,
      elapsedMs: at - this.startedAt
    };
    if (waitingFor !== void 0) event.waitingFor = redact(waitingFor);
    this.events.push(event);
    for (const sink of this.sinks) sink(event);
  }
};
function formatProgressLine(event) {
  const tag = event.level === "info" ? "" : `${event.level.toUpperCase()} `;
  const wait = event.waitingFor ? ` \u2014 waiting for ${event.waitingFor}` : "";
  return `[${formatDuration(event.elapsedMs).padStart(8)}] ${tag}${event.phase}: ${event.message}${wait}`;
}
function lineSink(write) {
  return (event) => write(`${formatProgressLine(event)}
`);
}

// src/commands/context.ts
async function simulatorContext(o) {
  const { sessionEngine, sessionIds } = await import("./session-SJI45PTG.js");
  const { simulatedHttp } = await import("./http-G7P33I2T.js");
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
async function createContext({ global, run, sinks }) {
  if (global.sim) {
    const { openSimSession } = await import("./session-SJI45PTG.js");
    const session = await openSimSession({ file: global.sim, faults: global.faults, root: global.root });
    const ctx2 = await simulatorContext({
      root: global.root,
      file: global.sim,
      session,
      run,
      progress: (clock) => new Progress(clock, sinks)
    });
    if (global.cwd) ctx2.cwd = global.cwd;
    return ctx2;
  }
  if (global.faults.length > 0) {
    const { UsageError } = await import("./errors-4PK35L6D.js");
    throw new UsageError("--fault needs the simulator (--sim FILE or AMIPIPE_SIM)");
  }
  const [{ createAwsFactory }, { systemClock }, { fetchHttp }, { cryptoIds }] = await Promise.all([
    import("./clients-QRA2MMG6.js"),
    import("./clock-TB4Q3REB.js"),
    import("./http-ERDVTUGI.js"),
    import("./ids-WALEPIJ2.js")
  ]);
  const aws = createAwsFactory();
  const ctx = {
    root: global.root,
    clock: systemClock,
    progress: new Progress(systemClock, sinks),
    aws,
    ids: cryptoIds,
    run,
    http: fetchHttp,
    // The SDK resolves the same identity every client signs with; an assumed role's carries its expiry.
    credentials: {
      expiresAt: async (region) => (await aws.sts(region).config.credentials()).expiration?.getTime()
    }
  };
  if (global.cwd) ctx.cwd = global.cwd;
  return ctx;
}

export {
  Progress,
  formatProgressLine,
  lineSink,
  simulatorContext,
  createContext
};
