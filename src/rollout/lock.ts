import { randomUUID } from "node:crypto";
import { DeleteParameterCommand, GetParameterCommand, PutParameterCommand } from "@aws-sdk/client-ssm";
import type { AwsFactory } from "../aws/clients.js";
import { OperationFailed } from "../errors.js";
import type { Clock } from "../ports/clock.js";

/**
 * One rollout per environment at a time: a conditional write in SSM Parameter Store
 * (PutParameter with Overwrite=false fails with ParameterAlreadyExists while someone holds it).
 * The value names the holder and an expiry; a lock past its expiry (a run that died) is taken over.
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
  release(): Promise<void>;
}

export function lockParameterName(environment: string): string {
  return `/amipipe/locks/${environment}`;
}

export interface AcquireOptions {
  aws: AwsFactory;
  clock: Clock;
  region: string;
  environment: string;
  actor: string;
  runUrl?: string;
  /** How long the lock is valid without release (the rollout's timeout plus a margin). */
  ttlMs: number;
}

export async function acquireLock(o: AcquireOptions): Promise<EnvironmentLock> {
  const ssm = o.aws.ssm(o.region);
  const name = lockParameterName(o.environment);
  const now = o.clock.now();
  const holder: LockHolder = {
    actor: o.actor,
    acquiredAt: new Date(now).toISOString(),
    expiresAt: new Date(now + o.ttlMs).toISOString(),
    token: randomUUID(),
  };
  if (o.runUrl) holder.runUrl = o.runUrl;
  const value = JSON.stringify(holder);

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await ssm.send(new PutParameterCommand({ Name: name, Value: value, Type: "String", Overwrite: false }));
      return {
        holder,
        release: () => releaseLock(o.aws, o.region, o.environment, holder.token),
      };
    } catch (error) {
      if (errorName(error) !== "ParameterAlreadyExists") throw error;
    }
    const current = await readLock(o.aws, o.region, o.environment);
    if (current && Date.parse(current.expiresAt) > now) {
      throw new OperationFailed(
        `environment ${o.environment} is locked by ${describeHolder(current)}`,
        "locked",
        current,
      );
    }
    // Stale (its run died) or unreadable: take it over. The delete names no version, so two
    // runs taking over the same stale lock at once race only on the PutParameter that follows.
    await ssm.send(new DeleteParameterCommand({ Name: name })).catch((error: unknown) => {
      if (errorName(error) !== "ParameterNotFound") throw error;
    });
  }
  const current = await readLock(o.aws, o.region, o.environment);
  throw new OperationFailed(
    `environment ${o.environment} is locked by ${current ? describeHolder(current) : "another run"}`,
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
): Promise<void> {
  const current = await readLock(aws, region, environment);
  if (current?.token !== token) return;
  await aws
    .ssm(region)
    .send(new DeleteParameterCommand({ Name: lockParameterName(environment) }))
    .catch((error: unknown) => {
      if (errorName(error) !== "ParameterNotFound") throw error;
    });
}

export function describeHolder(holder: LockHolder): string {
  const run = holder.runUrl ? ` (${holder.runUrl})` : "";
  return `${holder.actor}${run} since ${holder.acquiredAt}, until ${holder.expiresAt}`;
}

function errorName(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : undefined;
}
