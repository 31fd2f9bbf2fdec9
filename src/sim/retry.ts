import type { Clock } from "../ports/clock.js";

/**
 * The SDK's standard retry decisions (throttling and transient errors, up to maxAttempts) with
 * the backoff spent in virtual time: the strategy sleeps on the simulator's clock and hands the
 * SDK a zero delay, so a throttled caller waits as long as it would against AWS — and EC2's
 * token buckets refill meanwhile — while the test runs in milliseconds. Passed to every
 * simulated client as `retryStrategy`.
 */
interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}

interface RetryErrorInfo {
  errorType: "THROTTLING" | "TRANSIENT" | "SERVER_ERROR" | "CLIENT_ERROR";
  error?: unknown;
}

export interface VirtualRetryStrategy {
  mode: "standard";
  acquireInitialRetryToken(scope: string): Promise<RetryToken>;
  refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken>;
  recordSuccess(token: RetryToken): void;
}

/** The SDK's standard backoff bounds (base 100 ms, doubling, at most 20 s), without jitter. */
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 20_000;

const token = (count: number): RetryToken => ({ getRetryCount: () => count, getRetryDelay: () => 0 });

export function virtualRetryStrategy(maxAttempts: number, clock: () => Clock): VirtualRetryStrategy {
  return {
    mode: "standard",
    acquireInitialRetryToken: async () => token(0),
    refreshRetryTokenForRetry: async (current, info) => {
      const retryable = info.errorType === "THROTTLING" || info.errorType === "TRANSIENT";
      if (!retryable || current.getRetryCount() + 1 >= maxAttempts)
        throw info.error ?? new Error("no more retries");
      await clock().sleep(Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** current.getRetryCount()));
      return token(current.getRetryCount() + 1);
    },
    recordSuccess: () => {},
  };
}
