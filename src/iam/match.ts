import { conditionsHold, type RequestContext } from "./conditions.js";
import type { PolicyDocument, PolicyStatement } from "./document.js";

export type { RequestContext } from "./conditions.js";

/**
 * A request as IAM sees it: the action ("ec2:RunInstances"), when known the resource ARN,
 * and when known the request context (condition keys such as `aws:ResourceTag/…`,
 * `aws:RequestTag/…`, `aws:TagKeys`, `aws:RequestedRegion`). Without a context, conditions
 * are not evaluated (the request is judged by action and resource only).
 */
export interface AccessRequest {
  action: string;
  resource?: string;
  context?: RequestContext;
}

/** IAM wildcard match: `*` any run of characters, `?` one character. */
export function wildcardMatch(
  pattern: string,
  value: string,
  options: { ignoreCase?: boolean } = {},
): boolean {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`, options.ignoreCase ? "i" : "").test(value);
}

function statementMatches(statement: PolicyStatement, request: AccessRequest): boolean {
  // Action names are case-insensitive in IAM; ARNs are matched as written.
  if (!statement.Action.some((a) => wildcardMatch(a, request.action, { ignoreCase: true }))) return false;
  if (request.resource !== undefined) {
    const resource = request.resource;
    if (!statement.Resource.some((r) => wildcardMatch(r, resource))) return false;
  }
  if (request.context !== undefined && statement.Condition)
    return conditionsHold(statement.Condition, request.context);
  return true;
}

/**
 * Whether the policy allows the request: some Allow statement matches and no Deny does
 * (IAM's evaluation order). Without a resource, any resource the statement names counts.
 */
export function isAllowed(policy: PolicyDocument, request: AccessRequest): boolean {
  const matching = policy.Statement.filter((s) => statementMatches(s, request));
  if (
    matching.some((s) => s.Effect === "Deny" && (request.resource !== undefined || s.Resource.includes("*")))
  )
    return false;
  return matching.some((s) => s.Effect === "Allow");
}
