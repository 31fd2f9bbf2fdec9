import type { ServiceName } from "../aws/clients.js";
import { redactDeep } from "../redact.js";
import { callSubjects } from "./call-subjects.js";
import type { VirtualClock } from "./clock.js";
import { SimError, SimulatedCrash, toServiceException } from "./errors.js";
import type { CallView, FaultName, Faults } from "./faults.js";
import {
  requestViolations,
  responseViolations,
  SimulatorModelViolation,
  validationError,
} from "./model/check.js";
import { draw, newHex } from "./random.js";
import { healthyCountHistory } from "./services/elbv2-health.js";
import { type CallRecord, type RegionState, regionOf, type SimState } from "./state.js";
import { TokenBuckets } from "./throttling.js";

export { type FaultName, Faults } from "./faults.js";
export type { CallRecord } from "./state.js";

/** What a simulated operation receives besides its input. */
export interface SimCallContext {
  engine: SimEngine;
  state: SimState;
  region: string;
  /** The region's records. */
  r: RegionState;
  /** Virtual time of the call (ms). */
  now: number;
  account: string;
  /** This call's record in `engine.calls` (its input as sent): what an observer of the call log reads. */
  call: CallRecord;
}

// biome-ignore lint/suspicious/noExplicitAny: handlers take the SDK command input of their operation.
export type SimHandler = (input: any, ctx: SimCallContext) => unknown;

export interface SimEngineOptions {
  state: SimState;
  clock: VirtualClock;
  faults: Faults;
  /** What happens when `crash-after-calls=N` is reached; default throws SimulatedCrash. */
  onCrash?: (engine: SimEngine) => never;
}

/** How many call records the state file keeps. */
export const PERSISTED_CALLS = 5_000;

/**
 * The simulated AWS: a table of operation handlers per service over one JSON state, a
 * virtual clock, faults, and a log of every call. Requests reach it from the real SDK
 * clients through `middleware()`, placed beneath the SDK's retry middleware.
 */
export class SimEngine {
  readonly state: SimState;
  readonly clock: VirtualClock;
  readonly faults: Faults;
  /** Every call made through this engine (this process). */
  readonly calls: CallRecord[] = [];
  private readonly handlers = new Map<string, SimHandler>();
  private readonly beforeCall: Array<(ctx: SimCallContext) => Promise<void> | void> = [];
  private readonly onCrash: ((engine: SimEngine) => never) | undefined;
  /** Virtual time the session started (credentials-expire counts from here). */
  readonly sessionStart: number;
  private readonly buckets = new TokenBuckets();

  constructor(o: SimEngineOptions) {
    this.state = o.state;
    this.clock = o.clock;
    this.faults = o.faults;
    this.onCrash = o.onCrash;
    this.sessionStart = o.clock.now();
  }

  /** When the session's credentials expire (virtual ms), if a fault makes them. */
  credentialsExpireAt(): number | undefined {
    const lifetime = this.faults.credentialsLifetimeMs();
    return lifetime === undefined ? undefined : this.sessionStart + lifetime;
  }

  register(service: ServiceName, handlers: Record<string, SimHandler>): void {
    for (const [operation, handler] of Object.entries(handlers))
      this.handlers.set(`${service}:${operation}`, handler);
  }

  /** Runs before every call's handler: models that advance lazily (instance refreshes) catch up to the clock. */
  onCall(hook: (ctx: SimCallContext) => Promise<void> | void): void {
    this.beforeCall.push(hook);
  }

  /** Whether the simulator models `operation` of `service`. */
  supports(service: ServiceName, operation: string): boolean {
    return this.handlers.has(`${service}:${operation}`);
  }

  fault(name: FaultName): boolean {
    return this.faults.has(name);
  }

  /**
   * Answers one API call, in AWS's order: the process may die before it (crash-after-calls);
   * the call is logged; faults may answer it (throttle, credentials-expire); EC2's token buckets
   * may refuse it; the request is checked against AWS's model of the operation; then the
   * operation's handler answers, and its response is checked against the model too.
   */
  async handle(
    service: ServiceName,
    operation: string,
    region: string,
    input: unknown,
  ): Promise<Record<string, unknown>> {
    const at = this.clock.now();
    const view: CallView = {
      service,
      operation,
      callsSoFar: this.calls.length,
      now: at,
      sessionStart: this.sessionStart,
      draw: () => draw(this.state),
    };
    if (this.faults.diesBefore(view)) {
      this.state.now = at;
      if (this.onCrash) this.onCrash(this);
      throw new SimulatedCrash(this.calls.length);
    }
    const record: CallRecord = {
      service,
      operation,
      region,
      at,
      outcome: "ok",
      ...callSubjects(service, operation, input, regionOf(this.state, region)),
    };
    this.calls.push({ ...record, input: redactDeep(redactInput(service, operation, input)) });
    const inMemory = this.calls[this.calls.length - 1]!;
    this.state.callCount += 1;
    this.state.calls.push(record);
    if (this.state.calls.length > PERSISTED_CALLS * 2)
      this.state.calls.splice(0, this.state.calls.length - PERSISTED_CALLS);
    const requestId = newHex(this.state, "request", 32).replace(
      /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
      "$1-$2-$3-$4-$5",
    );
    try {
      const refused =
        this.faults.answer(view) ?? this.buckets.admit({ service, operation, region, input, now: at });
      if (refused) throw refused;
      const handler = this.handlers.get(`${service}:${operation}`);
      if (!handler) {
        throw new SimError(
          "UnsupportedOperation",
          `The simulator does not model ${service}:${operation}.`,
          400,
        );
      }
      const violations = requestViolations(service, operation, input);
      if (violations.length > 0) throw validationError(service, violations);
      const ctx: SimCallContext = {
        engine: this,
        state: this.state,
        region,
        r: regionOf(this.state, region),
        now: at,
        account: this.state.account,
        call: inMemory,
      };
      for (const hook of this.beforeCall) await hook(ctx);
      const output = ((await handler(structuredClone(input ?? {}), ctx)) ?? {}) as Record<string, unknown>;
      const wrong = responseViolations(service, operation, output);
      if (wrong.length > 0) throw new SimulatorModelViolation(service, operation, wrong);
      return {
        ...output,
        $metadata: { httpStatusCode: 200, requestId, attempts: 1, totalRetryDelay: 0 },
      };
    } catch (error) {
      if (error instanceof SimError) {
        record.outcome = error.code;
        inMemory.outcome = error.code;
        throw toServiceException(service, error, requestId);
      }
      record.outcome = error instanceof Error ? error.name : "Error";
      inMemory.outcome = record.outcome;
      throw error;
    }
  }

  /**
   * Healthy-target count of a target group (name or ARN) over virtual time, as steps
   * `{at, healthy}`: proves "healthy targets ≥ desired at every moment" without sampling.
   */
  timeline(targetGroup: string, region?: string): Array<{ at: number; healthy: number }> {
    for (const [name, r] of Object.entries(this.state.regions)) {
      if (region && name !== region) continue;
      const tg = Object.values(r.targetGroups).find((t) => t.name === targetGroup || t.arn === targetGroup);
      if (tg) return healthyCountHistory(tg, r, this.clock.now());
    }
    throw new Error(`no target group ${targetGroup} in the simulated world`);
  }
}

/** Field names whose values are secret wherever they appear in a request. */
const SECRET_FIELDS = /^(SecretAccessKey|SessionToken|Password|ClientSecret)$/;

/**
 * The request as sent, with secret values replaced: a SecureString parameter's value and any
 * credential-like field. User data stays (it is readable by anyone with
 * DescribeLaunchTemplateVersions, so it must hold no secret in the first place).
 */
function redactInput(service: string, operation: string, input: unknown): Record<string, unknown> {
  const copy = structuredClone((input ?? {}) as Record<string, unknown>);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        if (SECRET_FIELDS.test(key) && typeof inner === "string")
          (value as Record<string, unknown>)[key] = "<redacted>";
        else walk(inner);
      }
  };
  walk(copy);
  if (service === "ssm" && operation === "PutParameter" && copy.Type === "SecureString" && "Value" in copy)
    copy.Value = "<redacted>";
  return copy;
}
