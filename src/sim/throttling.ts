import { SimError } from "./sim-error.js";

/**
 * EC2's request token buckets, in virtual time, with the documented sizes and refill rates:
 * https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html
 * Each API has its own request bucket (per account and Region), sized by its category; a
 * request takes one token, and past the bucket the call answers RequestLimitExceeded. The
 * instance-changing APIs also take one resource token per instance from a second bucket.
 * Other services document no bucket sizes: they are not throttled by default.
 */
interface Bucket {
  size: number;
  /** Tokens added per second. */
  refill: number;
}

const REQUEST_BUCKETS = {
  /** Describe*, Get* and other reads. */
  nonMutating: { size: 100, refill: 20 },
  /** Describe* with no filter, no id list and no page size. */
  unfilteredUnpaginated: { size: 50, refill: 10 },
  mutating: { size: 200, refill: 5 },
  /** Mutating actions that take the most time and resources. */
  resourceIntensive: { size: 50, refill: 5 },
} satisfies Record<string, Bucket>;

const RESOURCE_INTENSIVE = new Set(["RunInstances", "StartInstances", "TerminateInstances"]);

/** Resource token buckets: one token per instance the call acts on. */
const RESOURCE_BUCKETS: Record<string, Bucket> = {
  RunInstances: { size: 1000, refill: 2 },
  TerminateInstances: { size: 1000, refill: 20 },
  StartInstances: { size: 1000, refill: 2 },
  StopInstances: { size: 1000, refill: 20 },
};

function requestBucket(operation: string, input: Record<string, unknown>): Bucket {
  if (/^(Describe|Get|List)/.test(operation)) {
    const narrowed = Object.keys(input).some((k) => k === "Filters" || k === "MaxResults" || /Ids$/.test(k));
    return operation.startsWith("Describe") && !narrowed
      ? REQUEST_BUCKETS.unfilteredUnpaginated
      : REQUEST_BUCKETS.nonMutating;
  }
  return RESOURCE_INTENSIVE.has(operation) ? REQUEST_BUCKETS.resourceIntensive : REQUEST_BUCKETS.mutating;
}

function resourceTokens(operation: string, input: Record<string, unknown>): number {
  if (operation === "RunInstances") return Number(input.MaxCount ?? 1);
  return Array.isArray(input.InstanceIds) ? input.InstanceIds.length : 0;
}

const limitExceeded = () => new SimError("RequestLimitExceeded", "Request limit exceeded.", 503);

/** The buckets of one simulator session (they start full, as after a quiet period). */
export class TokenBuckets {
  private readonly levels = new Map<string, { tokens: number; at: number }>();

  private take(key: string, bucket: Bucket, tokens: number, now: number): boolean {
    const level = this.levels.get(key) ?? { tokens: bucket.size, at: now };
    level.tokens = Math.min(bucket.size, level.tokens + ((now - level.at) / 1000) * bucket.refill);
    level.at = now;
    this.levels.set(key, level);
    if (level.tokens < tokens) return false;
    level.tokens -= tokens;
    return true;
  }

  /** RequestLimitExceeded when the call finds its bucket empty; undefined when it may go on. */
  admit(o: {
    service: string;
    operation: string;
    region: string;
    input: unknown;
    now: number;
  }): SimError | undefined {
    if (o.service !== "ec2") return undefined;
    const input = (o.input ?? {}) as Record<string, unknown>;
    if (!this.take(`${o.region}:${o.operation}`, requestBucket(o.operation, input), 1, o.now))
      return limitExceeded();
    const resource = RESOURCE_BUCKETS[o.operation];
    const tokens = resourceTokens(o.operation, input);
    if (resource && tokens > 0 && !this.take(`${o.region}:${o.operation}:resource`, resource, tokens, o.now))
      return limitExceeded();
    return undefined;
  }
}
