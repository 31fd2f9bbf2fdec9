import { UsageError } from "../../errors.js";
import { parseDuration } from "../../ports/clock.js";
import type { InstanceFacts } from "../host/facts.js";
import type { SimError } from "../sim-error.js";

/**
 * One simulator fault (DESIGN §7): its name, its argument (kind, validation, help) and the
 * effects it has. Each fault lives in its own module under src/sim/faults/; the registry
 * (src/sim/faults.ts) lists them, and the simulator asks the faults in force at each of the
 * few places a fault can act (the hooks of FaultEffects).
 */
export interface FaultSpec<Name extends string = string, Arg = unknown> {
  name: Name;
  argument: {
    kind: "none" | "optional" | "required";
    /** The placeholder shown in help, e.g. "PHASE" for image-build-fails[=PHASE]. */
    label?: string;
    /** The argument, validated (throws UsageError); `text` is undefined when given bare. */
    parse(text: string | undefined): Arg;
  };
  /** What the fault does, for `--help` and DESIGN §7. */
  help: string;
  /** The effect hooks of one occurrence of the fault with its parsed argument. */
  effects(arg: Arg): FaultEffects;
}

/** What a call looks like to a fault before the simulator answers it. */
export interface CallView {
  service: string;
  operation: string;
  /** Calls this process made before this one. */
  callsSoFar: number;
  /** Virtual time of the call, and of the session's start. */
  now: number;
  sessionStart: number;
  /** The next draw in [0, 1) of the world's deterministic random sequence. */
  draw(): number;
}

export interface LaunchView {
  subnetId: string;
  availabilityZone: string;
  instanceType: string;
  /** The other zones of the region (for InsufficientInstanceCapacity's advice). */
  otherZones: string[];
}

/** The places a fault acts; each is optional. */
export interface FaultEffects {
  /** Before a call is logged: true when the process dies here (crash-after-calls). */
  diesBefore?(call: CallView): boolean;
  /** Instead of the operation's answer: an error (throttling, expired credentials). */
  answers?(call: CallView): SimError | undefined;
  /** When expired credentials start to fail calls, relative to the session's start. */
  credentialsLifetimeMs?: number;
  /** RunInstances / Auto Scaling launching into a subnet. */
  refusesLaunch?(launch: LaunchView): SimError | undefined;
  /** Instances of the newest image fail ALB health checks. */
  failsHealthChecks?: boolean;
  /** What actually happened on a new instance of the newest image. */
  alterNewInstance?(facts: InstanceFacts): InstanceFacts;
  /** The phase an image build fails in (undefined: it does not fail). */
  failsBuild?(build: { testsEnabled: boolean }): "build" | "test" | undefined;
  /** How long what a call creates or changes stays out of describes and lists. */
  consistencyLagMs?: number;
}

/** Keeps the fault's literal name in its type, so the registry knows every name. */
export function defineFault<const Name extends string, Arg>(
  spec: FaultSpec<Name, Arg>,
): FaultSpec<Name, Arg> {
  return spec;
}

export const noArgument = {
  kind: "none",
  parse: () => undefined,
} as const satisfies FaultSpec["argument"];

/** A required duration argument ("20m", "90s"), in milliseconds. */
export function durationArgument(fault: string): FaultSpec<string, number>["argument"] {
  return {
    kind: "required",
    label: "DURATION",
    parse(text) {
      const ms = parseDuration(text ?? "");
      if (ms === undefined)
        throw new UsageError(`${fault} needs a duration such as 90s, 20m or 1h (got: '${text ?? ""}')`);
      return ms;
    },
  };
}

/** A required free-text argument (a name), trimmed and non-empty. */
export function nameArgument(fault: string, label: string): FaultSpec<string, string>["argument"] {
  return {
    kind: "required",
    label,
    parse(text) {
      if (!text) throw new UsageError(`fault '${fault}' needs an argument: ${fault}=${label}`);
      return text;
    },
  };
}
