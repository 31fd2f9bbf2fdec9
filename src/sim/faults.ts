import { UsageError } from "../errors.js";

/** The faults of DESIGN §7, with whether they take an argument. */
export const FAULTS = {
  "image-build-fails": "optional",
  "new-instances-unhealthy": "none",
  "cron-stale-timezone": "none",
  "service-not-enabled": "required",
  "log-delivery-stalled": "required",
  "agent-missing": "required",
  throttle: "required",
  capacity: "required",
  "crash-after-calls": "required",
} as const;

export type FaultName = keyof typeof FAULTS;

interface ParsedFault {
  name: FaultName;
  arg?: string;
}

function isFaultName(name: string): name is FaultName {
  return Object.hasOwn(FAULTS, name);
}

function parseOne(text: string): ParsedFault {
  const eq = text.indexOf("=");
  const name = (eq < 0 ? text : text.slice(0, eq)).trim();
  const arg = eq < 0 ? undefined : text.slice(eq + 1).trim();
  if (!isFaultName(name)) {
    throw new UsageError(`unknown fault '${name}' (known: ${Object.keys(FAULTS).join(", ")})`);
  }
  const kind = FAULTS[name];
  if (kind === "none" && arg !== undefined)
    throw new UsageError(`fault '${name}' takes no argument (got: '${text}')`);
  if (kind === "required" && !arg) throw new UsageError(`fault '${name}' needs an argument: ${name}=…`);
  if (name === "throttle") {
    const rate = Number(arg);
    if (!Number.isFinite(rate) || rate < 0 || rate > 1)
      throw new UsageError(`throttle needs a rate between 0 and 1 (got: '${arg}')`);
  }
  if (name === "crash-after-calls" && !/^\d+$/.test(arg ?? "")) {
    throw new UsageError(`crash-after-calls needs a whole number of calls (got: '${arg}')`);
  }
  if (name === "image-build-fails" && arg !== undefined && !["build", "test"].includes(arg)) {
    throw new UsageError(`image-build-fails takes the phase 'build' or 'test' (got: '${arg}')`);
  }
  return arg === undefined ? { name } : { name, arg };
}

/** Faults in force for a session: parsed from NAME[=ARG] strings; unknown names are usage errors. */
export class Faults {
  private readonly list: ParsedFault[];

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
}
