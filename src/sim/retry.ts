/**
 * The SDK's standard retry decisions (throttling and transient errors, up to maxAttempts)
 * without the backoff wait: in the simulator, time is virtual and a real sleep between
 * attempts would only slow tests down. Passed to every client as `retryStrategy`.
 */
interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}

interface RetryErrorInfo {
  errorType: "THROTTLING" | "TRANSIENT" | "SERVER_ERROR" | "CLIENT_ERROR";
  error?: unknown;
}

export interface ImmediateRetryStrategy {
  mode: "standard";
  acquireInitialRetryToken(scope: string): Promise<RetryToken>;
  refreshRetryTokenForRetry(token: RetryToken, info: RetryErrorInfo): Promise<RetryToken>;
  recordSuccess(token: RetryToken): void;
}

const token = (count: number): RetryToken => ({ getRetryCount: () => count, getRetryDelay: () => 0 });

export function immediateRetryStrategy(maxAttempts: number): ImmediateRetryStrategy {
  return {
    mode: "standard",
    acquireInitialRetryToken: async () => token(0),
    refreshRetryTokenForRetry: async (current, info) => {
      const retryable = info.errorType === "THROTTLING" || info.errorType === "TRANSIENT";
      if (!retryable || current.getRetryCount() + 1 >= maxAttempts)
        throw info.error ?? new Error("no more retries");
      return token(current.getRetryCount() + 1);
    },
    recordSuccess: () => {},
  };
}
