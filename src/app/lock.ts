import { DeleteParameterCommand, GetParameterCommand, PutParameterCommand } from "@aws-sdk/client-ssm";
import type { AwsFactory } from "../aws/clients.js";
import { OperationFailed, UsageError } from "../errors.js";
import type { Clock } from "../ports/clock.js";
import type { IdPort } from "../ports/ids.js";

/**
 * One rollout per environment at a time: a conditional write in SSM Parameter Store
 * (PutParameter with Overwrite=false fails with ParameterAlreadyExists while someone holds it).
 * The value names the holder (actor, run URL) and an expiry. A lock past its expiry, or held by
 * an earlier attempt of the same run (a re-run), is taken over; so is any lock with --break-lock.
 */
export interface LockHolder {
  actor: string;
  runUrl?: string;
  acquiredAt: string;
  expiresAt: string;
  token: string;
}

export interface EnvironmentLock {
  holder: LockHolder;
  /** The holder this run took the lock from, and why it could (absent when the lock was free). */
  tookOver?: LockTakeover;
  release(): Promise<void>;
}

export interface LockTakeover {
  previous: LockHolder;
  /** expired: past its expiry; same-run: an earlier attempt of this run; broken: --break-lock. */
  why: "expired" | "same-run" | "broken";
}

export function lockParameterName(environment: string): string {
  return `/amipipe/locks/${environment}`;
}

export interface AcquireOptions {
  aws: AwsFactory;
  clock: Clock;
  ids: IdPort;
  region: string;
  environment: string;
  actor: string;
  /** The run's URL (a GitHub Actions run): a later attempt of the same run takes the lock over. */
  runUrl?: string;
  /** How long the lock is valid without release (the rollout's timeout plus a margin). */
  ttlMs: number;
  /** Take a held lock over (its holder is known to be dead). */
  breakLock?: boolean;
  /** Why a lock that has not expired is broken (required with breakLock for such a lock). */
  breakReason?: string;
  /** The command that asks, for the refusal's hint (default: reconcile, which resumes). */
  command?: string;
}

export async function acquireLock(o: AcquireOptions): Promise<EnvironmentLock> {
  const ssm = o.aws.ssm(o.region);
  const name = lockParameterName(o.environment);
  const now = o.clock.now();
  const holder: LockHolder = {
    actor: o.actor,
    acquiredAt: new Date(now).toISOString(),
    expiresAt: new Date(now + o.ttlMs).toISOString(),
    token: o.ids.token(),
  };
  if (o.runUrl) holder.runUrl = o.runUrl;
  const value = JSON.stringify(holder);
  const put = (Name: string, Overwrite: boolean) =>
    ssm.send(new PutParameterCommand({ Name, Value: value, Type: "String", Overwrite }));
  const held = (claim?: string, tookOver?: LockTakeover): EnvironmentLock => ({
    holder,
    ...(tookOver ? { tookOver } : {}),
    release: () => releaseLock(o.aws, o.region, o.environment, holder.token, claim),
  });

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await put(name, false);
      return held();
    } catch (error) {
      if (errorName(error) !== "ParameterAlreadyExists") throw error;
    }
    const current = await readLock(o.aws, o.region, o.environment);
    if (!current) continue; // released in between (or unreadable and gone): try the conditional write again
    const why = takeoverGround(current, o, now);
    if (!why) throw lockedError(o, current);
    // SSM has no compare-and-swap: takers of one holder's lock race on a create-only claim
    // named after that holder's token, so at most one of them takes it over. The claim is
    // removed when the winner releases the lock.
    const claim = claimParameterName(o.environment, current.token);
    try {
      await put(claim, false);
    } catch (error) {
      if (errorName(error) !== "ParameterAlreadyExists") throw error;
      throw new OperationFailed(
        `environment ${o.environment}: another run is taking over the lock of ${describeHolder(current)} at this moment`,
        "locked",
        current,
      );
    }
    // Still the holder the claim names? (It may have released it meanwhile: then start over.)
    const again = await readLock(o.aws, o.region, o.environment);
    if (again?.token !== current.token) {
      await deleteQuietly(o.aws, o.region, claim);
      continue;
    }
    await put(name, true);
    return held(claim, { previous: current, why });
  }
  const current = await readLock(o.aws, o.region, o.environment);
  throw lockedError(o, current);
}

/** The create-only claim that decides who takes over the lock held under `token`. */
export function claimParameterName(environment: string, token: string): string {
  return `${lockParameterName(environment)}-takeover-${token.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
}

async function deleteQuietly(aws: AwsFactory, region: string, name: string): Promise<void> {
  await aws
    .ssm(region)
    .send(new DeleteParameterCommand({ Name: name }))
    .catch((error: unknown) => {
      if (errorName(error) !== "ParameterNotFound") throw error;
    });
}

function takeoverGround(
  current: LockHolder,
  o: AcquireOptions,
  now: number,
): LockTakeover["why"] | undefined {
  if (!(Date.parse(current.expiresAt) > now)) return "expired";
  if (o.runUrl && current.runUrl && sameRun(o.runUrl, current.runUrl)) return "same-run";
  if (o.breakLock) {
    // The holder's lock has not expired: its run may well be alive. Only a person who says why may break it.
    if (!o.breakReason?.trim())
      throw new UsageError(
        `the lock of ${o.environment} is held by ${describeHolder(current)} and has not expired: its run may still be live. ` +
          `--break-lock needs --reason TEXT to take it over (recorded in the warning), or wait until ${current.expiresAt}`,
      );
    return "broken";
  }
  return undefined;
}

/** Attempts of one GitHub Actions run share its URL (an attempt suffix aside). */
function sameRun(a: string, b: string): boolean {
  const run = (url: string) => url.replace(/\/attempts\/\d+\/?$/, "").replace(/\/$/, "");
  return run(a) === run(b);
}

function lockedError(o: AcquireOptions, current: LockHolder | undefined): OperationFailed {
  const command = o.command ?? "reconcile";
  return new OperationFailed(
    `environment ${o.environment} is locked by ${current ? describeHolder(current) : "another run"}. ` +
      `If that run is dead, take the lock over with --break-lock ` +
      `(\`amipipe ${command} ${o.environment} --break-lock\`)`,
    "locked",
    current,
  );
}

export async function readLock(
  aws: AwsFactory,
  region: string,
  environment: string,
): Promise<LockHolder | undefined> {
  try {
    const result = await aws
      .ssm(region)
      .send(new GetParameterCommand({ Name: lockParameterName(environment) }));
    const parsed = JSON.parse(result.Parameter?.Value ?? "") as Partial<LockHolder>;
    if (typeof parsed.actor !== "string" || typeof parsed.expiresAt !== "string") return undefined;
    return parsed as LockHolder;
  } catch (error) {
    if (errorName(error) === "ParameterNotFound" || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Deletes the lock only while it is still ours (a takeover after expiry is not undone). */
async function releaseLock(
  aws: AwsFactory,
  region: string,
  environment: string,
  token: string,
  claim?: string,
): Promise<void> {
  const current = await readLock(aws, region, environment);
  if (current?.token !== token) return;
  await deleteQuietly(aws, region, lockParameterName(environment));
  if (claim) await deleteQuietly(aws, region, claim);
}

export function describeHolder(holder: LockHolder): string {
  const run = holder.runUrl ? ` (${holder.runUrl})` : "";
  return `${holder.actor}${run} since ${holder.acquiredAt}, until ${holder.expiresAt}`;
}

function errorName(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : undefined;
}
