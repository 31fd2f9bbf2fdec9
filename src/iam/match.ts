import type { PolicyDocument, PolicyStatement } from "./document.js";

/**
 * A request as IAM sees it before conditions: the action ("ec2:RunInstances") and, when
 * known, the resource ARN. Conditions are not evaluated here — they need request context
 * (tags, region) the call log does not carry.
 */
export interface AccessRequest {
  action: string;
  resource?: string;
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
  if (request.resource === undefined) return true;
  const resource = request.resource;
  return statement.Resource.some((r) => wildcardMatch(r, resource));
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
