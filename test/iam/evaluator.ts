// The independent IAM evaluator: @cloud-copilot/iam-simulate (AGPL-3.0), a devDependency used by
// tests only; nothing under src/ or dist/ may reference it (test/iam/license-boundary.test.ts).
import { runSimulation } from "@cloud-copilot/iam-simulate";
import type { PolicyDocument } from "../../src/iam/document.js";
import type { AuthRequest } from "./authorization-requests.js";

export const ACCOUNT = "123456789012";

export interface Verdict {
  request: AuthRequest;
  role: string;
  result: "Allowed" | "ImplicitlyDenied" | "ExplicitlyDenied";
  /** Context keys the evaluator dropped because the action does not support them. */
  ignored: string[];
}

/**
 * What AWS would answer `request` made by `role` holding only `policy` (same account, no SCPs,
 * no resource policy). A request the evaluator rejects as malformed (an ARN that fits none of
 * the action's resource types, a wildcard resource for an action that takes ARNs) throws.
 */
export async function evaluate(policy: PolicyDocument, role: string, request: AuthRequest): Promise<Verdict> {
  const response = await runSimulation(
    {
      request: {
        action: request.action,
        principal: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/amipipe`,
        resource: { resource: amazonOwned(request.resource), accountId: ACCOUNT },
        contextVariables: request.context,
      },
      identityPolicies: [{ name: role, policy }],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    {},
  );
  if (response.resultType === "error")
    throw new Error(
      `the evaluator rejects ${request.action} on ${request.resource} (${request.why}): ${JSON.stringify(response.errors)}`,
    );
  if (response.resultType === "wildcard")
    return { request, role, result: response.overallResult as Verdict["result"], ignored: [] };
  return {
    request,
    role,
    result: response.overallResult as Verdict["result"],
    ignored: response.result.ignoredContextKeys ?? [],
  };
}

/**
 * AWS-owned SSM parameters and documents have no account in their ARNs
 * (`arn:aws:ssm:ap-northeast-1::parameter/aws/service/…`), which iam-simulate cannot match to
 * the reference's ARN format (it needs an account there). They are judged as account `aws`:
 * like the empty account in IAM, only a wildcard account in a policy matches it.
 */
function amazonOwned(arn: string): string {
  return arn.replace(/^(arn:aws[^:]*:ssm:[^:]+)::/, "$1:aws:");
}

/** "ec2:RunInstances on arn:…:image/ami-… (launch: image ami-…) as amipipe-prod: ImplicitlyDenied". */
export function describe(v: Verdict): string {
  return `${v.request.action} on ${v.request.resource} (${v.request.why}) as ${v.role}: ${v.result}`;
}
