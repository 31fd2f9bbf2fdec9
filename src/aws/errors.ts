/**
 * Error classes of AWS answers, by the error name the SDK gives them
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html).
 */

export function errorName(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const e = error as { name?: unknown; Code?: unknown };
  return typeof e.name === "string" ? e.name : typeof e.Code === "string" ? e.Code : "";
}

export function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

const THROTTLING = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "TooManyRequestsException",
  "SlowDown",
  "EC2ThrottledException",
  "ProvisionedThroughputExceededException",
]);

/** The request was refused for its rate; the SDK's retries already back off from these. */
export function isThrottling(error: unknown): boolean {
  return THROTTLING.has(errorName(error)) || httpStatus(error) === 429;
}

/** Names that mean "no such resource". Right after creating a resource, AWS can answer these for a while. */
const NOT_FOUND =
  /(NotFound|NotFoundException|DoesNotExist|\.NotFound$)|^(ParameterNotFound|ResourceNotFoundException|InvocationDoesNotExist|InvalidCommandId|TargetGroupNotFound|LoadBalancerNotFound|ListenerNotFound|AlarmNotFound)$/;

export function isNotFound(error: unknown): boolean {
  return NOT_FOUND.test(errorName(error));
}

/** EC2 has no capacity for the instance type in that Availability Zone: try another subnet. */
export function isCapacity(error: unknown): boolean {
  return [
    "InsufficientInstanceCapacity",
    "InsufficientHostCapacity",
    "InsufficientCapacity",
    "Unsupported",
  ].includes(errorName(error));
}

/** Credentials or permissions are wrong: retrying cannot help. */
export function isAccessDenied(error: unknown): boolean {
  return /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|AuthFailure|ExpiredToken|InvalidClientTokenId|UnrecognizedClientException)$/.test(
    errorName(error),
  );
}

/** A 4xx answer other than throttling: a poller should stop at once (SDK waiters keep retrying these). */
export function isClientFault(error: unknown): boolean {
  const status = httpStatus(error);
  return status !== undefined && status >= 400 && status < 500 && !isThrottling(error);
}
