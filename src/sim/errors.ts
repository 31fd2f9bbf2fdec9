import { AutoScalingServiceException } from "@aws-sdk/client-auto-scaling";
import { CloudWatchServiceException } from "@aws-sdk/client-cloudwatch";
import { EC2ServiceException } from "@aws-sdk/client-ec2";
import { ElasticLoadBalancingV2ServiceException } from "@aws-sdk/client-elastic-load-balancing-v2";
import { ImagebuilderServiceException } from "@aws-sdk/client-imagebuilder";
import { SSMServiceException } from "@aws-sdk/client-ssm";
import { STSServiceException } from "@aws-sdk/client-sts";
import type { ServiceName } from "../aws/clients.js";

/**
 * An AWS error answer from a simulated operation: the error code AWS uses (e.g.
 * "InvalidInstanceID.NotFound"), its message and HTTP status. The engine turns it into the
 * service's own ServiceException, as the SDK's deserializer would.
 */
export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = "SimError";
  }
}

/** Thrown in-process (instead of exiting) when `crash-after-calls=N` is reached. */
export class SimulatedCrash extends Error {
  constructor(readonly afterCalls: number) {
    super(`simulated crash after ${afterCalls} API calls`);
    this.name = "SimulatedCrash";
  }
}

const exceptionClasses = {
  ec2: EC2ServiceException,
  elbv2: ElasticLoadBalancingV2ServiceException,
  imagebuilder: ImagebuilderServiceException,
  ssm: SSMServiceException,
  cloudwatch: CloudWatchServiceException,
  autoscaling: AutoScalingServiceException,
  sts: STSServiceException,
} as const;

export function toServiceException(service: ServiceName, error: SimError, requestId: string): Error {
  const Ctor = exceptionClasses[service];
  const exception = new Ctor({
    name: error.code,
    message: error.message,
    $fault: error.status >= 500 ? "server" : "client",
    $metadata: { httpStatusCode: error.status, requestId, attempts: 1, totalRetryDelay: 0 },
  });
  // The JSON and query protocols also expose the code as `Code` on the deserialized error.
  Object.assign(exception, { Code: error.code });
  return exception;
}

/** The throttling error code each service answers with. */
export const THROTTLING_CODE: Record<ServiceName, string> = {
  ec2: "RequestLimitExceeded",
  elbv2: "Throttling",
  autoscaling: "Throttling",
  cloudwatch: "Throttling",
  sts: "Throttling",
  ssm: "ThrottlingException",
  imagebuilder: "ThrottlingException",
};

export function notFound(code: string, message: string): SimError {
  return new SimError(code, message, 400);
}
