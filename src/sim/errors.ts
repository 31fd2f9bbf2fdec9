import * as autoscaling from "@aws-sdk/client-auto-scaling";
import * as cloudwatch from "@aws-sdk/client-cloudwatch";
import * as ec2 from "@aws-sdk/client-ec2";
import * as elbv2 from "@aws-sdk/client-elastic-load-balancing-v2";
import * as imagebuilder from "@aws-sdk/client-imagebuilder";
import * as ssm from "@aws-sdk/client-ssm";
import * as sts from "@aws-sdk/client-sts";
import type { ServiceName } from "../aws/clients.js";
import { ProcessDied } from "../errors.js";
import { SimError } from "./sim-error.js";

export { SimError } from "./sim-error.js";

/**
 * Thrown in-process (instead of exiting) when `crash-after-calls=N` is reached: production
 * code sees the neutral ProcessDied it extends.
 */
export class SimulatedCrash extends ProcessDied {
  constructor(readonly afterCalls: number) {
    super(`simulated crash after ${afterCalls} API calls`);
  }
}

/** Each service's client module and the base class of its exceptions. */
const clientModules = {
  ec2: { module: ec2, base: ec2.EC2ServiceException },
  elbv2: { module: elbv2, base: elbv2.ElasticLoadBalancingV2ServiceException },
  imagebuilder: { module: imagebuilder, base: imagebuilder.ImagebuilderServiceException },
  ssm: { module: ssm, base: ssm.SSMServiceException },
  cloudwatch: { module: cloudwatch, base: cloudwatch.CloudWatchServiceException },
  autoscaling: { module: autoscaling, base: autoscaling.AutoScalingServiceException },
  sts: { module: sts, base: sts.STSServiceException },
} as const;

type ResponseMetadata = {
  httpStatusCode: number;
  requestId: string;
  attempts: number;
  totalRetryDelay: number;
};

/** A modeled exception class: it knows its own name and fault. */
type ModeledException = new (options: { message: string; $metadata: ResponseMetadata }) => Error;

/**
 * The class the client package exports for error `code`, if the service models that error
 * (EC2 models none: its errors are all EC2ServiceException, named by their code).
 */
function modeledException(service: ServiceName, code: string): ModeledException | undefined {
  const { module, base } = clientModules[service];
  const candidate: unknown = (module as Record<string, unknown>)[code];
  return typeof candidate === "function" && candidate.prototype instanceof base
    ? (candidate as ModeledException)
    : undefined;
}

/**
 * The error as the SDK's deserializer builds it: the modeled exception class when the service
 * has one by that name (so `instanceof ResourceAlreadyExistsException` holds), else the
 * service's base exception named by the code.
 */
export function toServiceException(service: ServiceName, error: SimError, requestId: string): Error {
  const $metadata = { httpStatusCode: error.status, requestId, attempts: 1, totalRetryDelay: 0 };
  const Modeled = modeledException(service, error.code);
  const exception = Modeled
    ? new Modeled({ message: error.message, $metadata })
    : new clientModules[service].base({
        name: error.code,
        message: error.message,
        $fault: error.status >= 500 ? "server" : "client",
        $metadata,
      });
  // The JSON and query protocols also expose the code as `Code` on the deserialized error.
  Object.assign(exception, { Code: error.code });
  return exception;
}

export function notFound(code: string, message: string): SimError {
  return new SimError(code, message, 400);
}
