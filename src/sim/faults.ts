import { UsageError } from "../errors.js";
import { agentMissing } from "./faults/agent-missing.js";
import { capacity } from "./faults/capacity.js";
import { crashAfterCalls } from "./faults/crash-after-calls.js";
import { credentialsExpire } from "./faults/credentials-expire.js";
import { cronStaleTimezone } from "./faults/cron-stale-timezone.js";
import { eventualConsistency } from "./faults/eventual-consistency.js";
import type { CallView, FaultEffects, FaultSpec, LaunchView } from "./faults/fault.js";
import { imageBuildFails } from "./faults/image-build-fails.js";
import { logDeliveryStalled } from "./faults/log-delivery-stalled.js";
import { newInstancesUnhealthy } from "./faults/new-instances-unhealthy.js";
import { serviceNotEnabled } from "./faults/service-not-enabled.js";
import { throttle } from "./faults/throttle.js";
import type { InstanceFacts } from "./host/facts.js";
import type { SimError } from "./sim-error.js";

export type { CallView, FaultEffects, FaultSpec, LaunchView } from "./faults/fault.js";

/** Every fault of DESIGN §7, one module each under src/sim/faults/. */
export const FAULT_SPECS = [
  imageBuildFails,
  newInstancesUnhealthy,
  cronStaleTimezone,
  serviceNotEnabled,
  logDeliveryStalled,
  agentMissing,
  throttle,
  capacity,
  crashAfterCalls,
  eventualConsistency,
  credentialsExpire,
] as const;

export type FaultName = (typeof FAULT_SPECS)[number]["name"];

/** Each fault's argument kind, by name (what `--help` lists). */
export const FAULTS = Object.fromEntries(FAULT_SPECS.map((f) => [f.name, f.argument.kind])) as Record<
  FaultName,
  FaultSpec["argument"]["kind"]
>;

/** `NAME[=LABEL]  help` lines, for `--help` and the docs. */
export function faultHelp(): Array<{ usage: string; help: string }> {
  return FAULT_SPECS.map((f) => {
    const label = "label" in f.argument ? f.argument.label : undefined;
    const suffix =
      f.argument.kind === "none" ? "" : f.argument.kind === "optional" ? `[=${label}]` : `=${label}`;
    return { usage: `${f.name}${suffix}`, help: f.help };
  });
}

interface ActiveFault {
  name: FaultName;
  arg?: string;
  effects: FaultEffects;
}

function specOf(name: string): FaultSpec | undefined {
  return (FAULT_SPECS as readonly FaultSpec[]).find((f) => f.name === name);
}

function parseOne(text: string): ActiveFault {
  const eq = text.indexOf("=");
  const name = (eq < 0 ? text : text.slice(0, eq)).trim();
  const arg = eq < 0 ? undefined : text.slice(eq + 1).trim();
  const spec = specOf(name);
  if (!spec) throw new UsageError(`unknown fault '${name}' (known: ${Object.keys(FAULTS).join(", ")})`);
  if (spec.argument.kind === "none" && arg !== undefined)
    throw new UsageError(`fault '${name}' takes no argument (got: '${text}')`);
  if (spec.argument.kind === "required" && !arg)
    throw new UsageError(`fault '${name}' needs an argument: ${name}=${spec.argument.label ?? "ARG"}`);
  const effects = spec.effects(spec.argument.parse(arg));
  return arg === undefined
    ? { name: spec.name as FaultName, effects }
    : { name: spec.name as FaultName, arg, effects };
}

/**
 * Faults in force for a session, parsed from NAME[=ARG] strings (unknown names and bad
 * arguments are usage errors), and the questions the simulator asks them at each hook.
 */
export class Faults {
  private readonly list: ActiveFault[];

  constructor(specs: readonly string[] = []) {
    this.list = specs.map(parseOne);
  }

  has(name: FaultName): boolean {
    return this.list.some((f) => f.name === name);
  }

  /** The argument of the first NAME=ARG given (undefined when absent or given bare). */
  arg(name: FaultName): string | undefined {
    return this.list.find((f) => f.name === name && f.arg !== undefined)?.arg;
  }

  /** Every argument given for NAME (e.g. agent-missing=fluentd and agent-missing=newrelic-infra). */
  args(name: FaultName): string[] {
    return this.list.filter((f) => f.name === name && f.arg !== undefined).map((f) => f.arg as string);
  }

  /** The specs as NAME[=ARG] strings. */
  toStrings(): string[] {
    return this.list.map((f) => (f.arg === undefined ? f.name : `${f.name}=${f.arg}`));
  }

  private get effects(): FaultEffects[] {
    return this.list.map((f) => f.effects);
  }

  /** Whether the process dies before making this call. */
  diesBefore(call: CallView): boolean {
    return this.effects.some((e) => e.diesBefore?.(call) === true);
  }

  /** An error a fault answers this call with instead of the operation's answer. */
  answer(call: CallView): SimError | undefined {
    for (const e of this.effects) {
      const error = e.answers?.(call);
      if (error) return error;
    }
    return undefined;
  }

  /** How long the session's credentials last (undefined: longer than anything runs). */
  credentialsLifetimeMs(): number | undefined {
    const lifetimes = this.effects.flatMap((e) =>
      e.credentialsLifetimeMs === undefined ? [] : [e.credentialsLifetimeMs],
    );
    return lifetimes.length === 0 ? undefined : Math.min(...lifetimes);
  }

  refuseLaunch(launch: LaunchView): SimError | undefined {
    for (const e of this.effects) {
      const error = e.refusesLaunch?.(launch);
      if (error) return error;
    }
    return undefined;
  }

  failsHealthChecks(): boolean {
    return this.effects.some((e) => e.failsHealthChecks === true);
  }

  /** A new instance of the newest image, as the faults in force left it. */
  alterNewInstance(facts: InstanceFacts): InstanceFacts {
    return this.effects.reduce((f, e) => e.alterNewInstance?.(f) ?? f, facts);
  }

  buildFailure(build: { testsEnabled: boolean }): "build" | "test" | undefined {
    for (const e of this.effects) {
      const phase = e.failsBuild?.(build);
      if (phase) return phase;
    }
    return undefined;
  }

  /** The eventual-consistency lag a fault sets (undefined: the simulator's default). */
  consistencyLagMs(): number | undefined {
    const lags = this.effects.flatMap((e) => (e.consistencyLagMs === undefined ? [] : [e.consistencyLagMs]));
    return lags.length === 0 ? undefined : Math.max(...lags);
  }
}
