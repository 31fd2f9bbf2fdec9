import { createHash } from "node:crypto";

/**
 * What git says a fleet's instances run besides the AMI: the user data rendered from the
 * recipe's templates with the environment's vars, and the instance type. Its digest is the
 * `amipipe:config` tag of every instance the toolkit launches; an instance whose digest
 * differs from the environment's is drift, rolled like a new AMI (canary, soak, drain).
 */
export interface FleetConfig {
  userData: string;
  /** Unset: the launch template's own instance type. */
  instanceType?: string;
}

/**
 * The version of the launch-template hardening the toolkit applies (IMDSv2, encrypted EBS):
 * raising it after a change to that policy makes every fleet drift onto the new settings.
 */
export const HARDENING_VERSION = 1;

export function configDigest(config: FleetConfig): string {
  return createHash("sha256")
    .update(
      `hardening ${HARDENING_VERSION}\ninstance-type ${config.instanceType ?? "$template"}\n${config.userData}`,
    )
    .digest("hex")
    .slice(0, 16);
}

/** The inputs a user data script records about itself (see renderUserData), to explain drift to a person. */
export interface RecordedInputs {
  vars: Record<string, unknown>;
}

const INPUTS_PREFIX = "# amipipe-inputs: ";

/** The comment line renderUserData writes: the environment's vars, base64 JSON. */
export function inputsLine(inputs: RecordedInputs): string {
  return `${INPUTS_PREFIX}${Buffer.from(JSON.stringify(inputs), "utf8").toString("base64")}`;
}

/** The inputs recorded in a user data script (plain text), when it has them. */
export function recordedInputs(userData: string): RecordedInputs | undefined {
  const line = userData.split("\n").find((l) => l.startsWith(INPUTS_PREFIX));
  if (!line) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(line.slice(INPUTS_PREFIX.length), "base64").toString("utf8"));
    return typeof parsed === "object" && parsed && typeof parsed.vars === "object"
      ? (parsed as RecordedInputs)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A person's reading of how two sets of vars differ: "passenger_max_pool_size 8 → 12, db_pool added". */
export function varsChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const out: string[] = [];
  const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const a = before[key];
    const b = after[key];
    if (!(key in after)) out.push(`${key} removed (was ${show(a)})`);
    else if (!(key in before)) out.push(`${key} added (${show(b)})`);
    else if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${key} ${show(a)} → ${show(b)}`);
  }
  return out;
}
