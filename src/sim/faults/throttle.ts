import { UsageError } from "../../errors.js";
import { SimError } from "../sim-error.js";
import { defineFault } from "./fault.js";

/** The throttling error code each service answers with. */
export const THROTTLING_CODE: Record<string, string> = {
  ec2: "RequestLimitExceeded",
  elbv2: "Throttling",
  autoscaling: "Throttling",
  cloudwatch: "Throttling",
  sts: "Throttling",
  ssm: "ThrottlingException",
  imagebuilder: "ThrottlingException",
};

/** The throttling answer of `service` (EC2 answers 503, the others 400). */
export function throttled(service: string): SimError {
  return new SimError(
    THROTTLING_CODE[service] ?? "ThrottlingException",
    service === "ec2" ? "Request limit exceeded." : "Rate exceeded",
    service === "ec2" ? 503 : 400,
  );
}

export const throttle = defineFault({
  name: "throttle",
  argument: {
    kind: "required",
    label: "RATE",
    parse(text) {
      const rate = Number(text);
      if (!text || !Number.isFinite(rate) || rate < 0 || rate > 1)
        throw new UsageError(`throttle needs a rate between 0 and 1 (got: '${text ?? ""}')`);
      return rate;
    },
  },
  help: "that share of calls answer RequestLimitExceeded / ThrottlingException",
  effects: (rate) => ({
    answers: (call) => (call.draw() < rate ? throttled(call.service) : undefined),
  }),
});
