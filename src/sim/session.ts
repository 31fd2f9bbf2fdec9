import { renameSync, writeFileSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
// The simulator answers every service: all client classes are loaded with it.
import "../aws/all-clients.js";
import { type AwsFactory, createAwsFactory, type ServiceName } from "../aws/clients.js";
import { UsageError } from "../errors.js";
import type { SessionHandle } from "../ports/context.js";
import type { IdPort } from "../ports/ids.js";
import { VirtualClock } from "./clock.js";
import { PERSISTED_CALLS, SimEngine } from "./engine.js";
import { Faults } from "./faults.js";
import { newHex } from "./random.js";
import { virtualRetryStrategy } from "./retry.js";
import { registerServices } from "./services/index.js";
import type { SimState } from "./state.js";
import { loadWorld } from "./world.js";

export interface Simulator {
  clock: VirtualClock;
  aws: AwsFactory;
  /** Ids from the world's seeded sequence. */
  ids: IdPort;
  engine: SimEngine;
  save(file: string): Promise<void>;
}

export interface CreateSimulatorOptions {
  state: SimState;
  /** Per-session faults, added to those persisted in the state. */
  faults?: string[];
  /** Shared clock (default: a new one at the state's time). */
  clock?: VirtualClock;
  /** What `crash-after-calls` does; default: throw SimulatedCrash. */
  onCrash?: (engine: SimEngine) => never;
}

/** Same retry decisions as the SDK's standard mode, the backoff spent in virtual time. */
const MAX_ATTEMPTS = 8;

/**
 * Clients whose requests the engine answers (the middleware sits beneath the SDK's retries).
 * Their credentials carry the expiry `credentials-expire` gives them (virtual time), as a role
 * session's do: `await client.config.credentials()` tells code how long it has.
 */
function simulatedFactory(engineOf: (service: ServiceName) => SimEngine, clock: VirtualClock): AwsFactory {
  const credentials = async () => {
    let expiresAt: number | undefined;
    try {
      expiresAt = engineOf("sts").credentialsExpireAt();
    } catch {
      // no world yet: nothing expires
    }
    return {
      accessKeyId: "ASIAAMIPIPESIMULATOR",
      secretAccessKey: "simulated",
      sessionToken: "simulated-session",
      ...(expiresAt === undefined ? {} : { expiration: new Date(expiresAt) }),
    };
  };
  return createAwsFactory({
    clientConfig: {
      // A provider, not static keys: passed as client config (AwsFactoryOptions takes static ones only).
      credentials,
      retryStrategy: virtualRetryStrategy(MAX_ATTEMPTS, () => clock),
      maxAttempts: MAX_ATTEMPTS,
    },
    configure: (client, service, region) => {
      client.middlewareStack.use({
        applyToStack: (stack: { add(mw: unknown, options: Record<string, unknown>): void }) => {
          stack.add(
            // biome-ignore lint/suspicious/noExplicitAny: smithy middleware signature.
            (_next: unknown, context: any) => async (args: { input: unknown }) => {
              const operation = String(context.commandName ?? "").replace(/Command$/, "");
              const output = await engineOf(service).handle(service, operation, region, args.input);
              return { response: { statusCode: 200, headers: {} }, output };
            },
            // In the deserialize step ahead of the deserializer: the SDK's serializer, signer
            // and retry middleware (finalizeRequest step) run around it as against AWS.
            { step: "deserialize", priority: "high", name: "amipipeSimulator", override: true },
          );
        },
      });
    },
  });
}

function serialise(state: SimState): string {
  if (state.calls.length > PERSISTED_CALLS) state.calls = state.calls.slice(-PERSISTED_CALLS);
  return JSON.stringify(state);
}

/** Writes the state atomically (temp file + rename), so a crash never leaves half a world. */
export async function writeState(file: string, state: SimState): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, serialise(state));
  await rename(tmp, file);
}

function writeStateSync(file: string, state: SimState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, serialise(state));
  renameSync(tmp, file);
}

/** An in-process simulator over `state` (tests, demo). */
export function createSimulator(o: CreateSimulatorOptions): Simulator {
  const clock = o.clock ?? new VirtualClock(o.state.now);
  if (clock.now() < o.state.now) clock.advance(o.state.now - clock.now());
  const faults = new Faults([...o.state.faults, ...(o.faults ?? [])]);
  const engine = new SimEngine(
    o.onCrash ? { state: o.state, clock, faults, onCrash: o.onCrash } : { state: o.state, clock, faults },
  );
  registerServices(engine);
  return {
    clock,
    engine,
    aws: simulatedFactory(() => engine, clock),
    ids: simulatorIds(() => o.state),
    save: async (file) => {
      o.state.now = clock.now();
      await writeState(file, o.state);
    },
  };
}

/** `sim init`: a fresh world from sim/world.yml under `root`. */
export async function simulatorFromWorld(
  root: string,
  o: { faults?: string[]; onCrash?: (engine: SimEngine) => never } = {},
): Promise<Simulator> {
  const state = await loadWorld(root);
  const options: CreateSimulatorOptions = { state };
  if (o.faults) options.faults = o.faults;
  if (o.onCrash) options.onCrash = o.onCrash;
  return createSimulator(options);
}

interface SessionInternals {
  file: string;
  faults: string[];
  clock: VirtualClock;
  current?: Simulator;
}

/** Keyed by the session's client factory, which survives copies of the handle. */
const sessions = new WeakMap<AwsFactory, SessionInternals>();

function crashHandler(file: string): (engine: SimEngine) => never {
  return (engine) => {
    engine.state.now = engine.clock.now();
    writeStateSync(file, engine.state);
    process.stderr.write(`simulator: crash-after-calls reached; world saved to ${file}; exiting with 137\n`);
    process.exit(137);
  };
}

/**
 * What `--sim FILE` opens: the world kept in FILE, the per-call faults applied. When FILE
 * does not exist yet, commands that need no AWS still run; the first AWS call is a usage
 * error asking for `amipipe sim init`.
 */
export async function openSimSession(o: {
  file: string;
  faults: string[];
  root: string;
}): Promise<SessionHandle> {
  // Parse faults up front so an unknown fault is a usage error before anything runs.
  new Faults(o.faults);
  let state: SimState | undefined;
  try {
    state = JSON.parse(await readFile(o.file, "utf8")) as SimState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new UsageError(`cannot read simulator state ${o.file}: ${(error as Error).message}`);
    }
  }
  if (state && state.version !== 1)
    throw new UsageError(`${o.file} is not an amipipe simulator state (run amipipe sim init)`);
  const clock = new VirtualClock(state?.now ?? 0);
  const internals: SessionInternals = { file: o.file, faults: o.faults, clock };
  if (state)
    internals.current = createSimulator({ state, faults: o.faults, clock, onCrash: crashHandler(o.file) });
  const handle: SessionHandle = {
    clock,
    aws: simulatedFactory(() => {
      if (!internals.current) throw new UsageError(`no simulator state at ${o.file}: run amipipe sim init`);
      return internals.current.engine;
    }, clock),
    save: async () => {
      if (internals.current) await internals.current.save(o.file);
    },
  };
  sessions.set(handle.aws, internals);
  return handle;
}

/** Replaces a session's world (what `sim init` does); saved with the session. */
export function replaceSessionWorld(handle: Pick<SessionHandle, "aws">, state: SimState): Simulator {
  const internals = sessions.get(handle.aws);
  if (!internals) throw new Error("not a simulator session");
  // Faults kept in the new state already include the session's; do not apply them twice.
  const perCall = internals.faults.filter((f) => !state.faults.includes(f));
  internals.current = createSimulator({
    state,
    faults: perCall,
    clock: internals.clock,
    onCrash: crashHandler(internals.file),
  });
  return internals.current;
}

/** The engine behind a session (call log, timelines), when it has a world. */
export function sessionEngine(handle: Pick<SessionHandle, "aws">): SimEngine | undefined {
  return sessions.get(handle.aws)?.current?.engine;
}

/** The per-call faults a session was opened with. */
export function sessionFaults(handle: Pick<SessionHandle, "aws">): string[] {
  return [...(sessions.get(handle.aws)?.faults ?? [])];
}

/**
 * Ids drawn from the session's world (its seed and counters, saved with it): runs on the
 * simulator repeat exactly. Before `sim init` there is no world, and nothing needs an id.
 */
export function sessionIds(handle: Pick<SessionHandle, "aws">): IdPort {
  const state = () => {
    const current = sessions.get(handle.aws)?.current;
    if (!current) throw new UsageError("no simulator state: run amipipe sim init");
    return current.engine.state;
  };
  return simulatorIds(state);
}

/** Ids from a simulated world's seeded sequence (in-process simulators: tests, the demo). */
export function simulatorIds(state: () => SimState): IdPort {
  return {
    token: () => newHex(state(), "token", 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5"),
    hex: (bytes) => newHex(state(), "hex", bytes * 2),
  };
}
