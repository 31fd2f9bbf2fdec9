import { SimError } from "../sim-error.js";
import { defineFault, durationArgument } from "./fault.js";

/**
 * The session's credentials expire DURATION of virtual time after it started (a role session
 * of configure-aws-credentials lasts one hour by default). AWS answers every call signed with
 * them ExpiredToken (query and EC2 APIs) or ExpiredTokenException (JSON APIs):
 * https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 */
const JSON_SERVICES = new Set(["ssm", "imagebuilder"]);

export const credentialsExpire = defineFault({
  name: "credentials-expire",
  argument: durationArgument("credentials-expire"),
  help: "every call after DURATION of virtual time fails with ExpiredToken",
  effects: (lifetime) => ({
    credentialsLifetimeMs: lifetime,
    answers: (call) =>
      call.now >= call.sessionStart + lifetime
        ? new SimError(
            JSON_SERVICES.has(call.service) ? "ExpiredTokenException" : "ExpiredToken",
            "The security token included in the request is expired",
            400,
          )
        : undefined,
  }),
});
