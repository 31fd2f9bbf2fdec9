import { loadProject } from "../config/load.js";
import { UsageError } from "../errors.js";
import type { PolicyDocument } from "../iam/document.js";
import { type RolePolicy, rolePolicies } from "../iam/role-policies.js";
import { allRoles, type RoleRef } from "../iam/roles.js";
import type { CommandResult, Ports } from "./context.js";

export interface IamPolicyInput {
  /** The role of this environment. */
  env?: string;
  /** bake, gc or verify. */
  role?: string;
  /** Print the policy even when a launch template, target group or subnet is missing (widened statements are marked). */
  allowWildcards?: boolean;
}

export interface IamPoliciesData {
  roles: Array<{ role: string; purpose: string; policy: PolicyDocument }>;
}

const OTHER_ROLES = ["bake", "gc", "verify"] as const;

/**
 * Prints the least-privilege policy of one role (`--env ENV`: that environment's; `--role
 * bake|gc|verify`), or without either every role's, by role name. A launch template, target
 * group or subnet the config names but the account lacks is an error (exit 1); with
 * --allow-wildcards it is printed anyway, each widened statement's Sid ending in "Widened".
 */
export async function iamPolicy(
  ctx: Ports,
  input: IamPolicyInput,
): Promise<CommandResult<PolicyDocument | IamPoliciesData>> {
  const project = await loadProject(ctx.root);
  const names = [...project.environments.keys()].sort();
  if (input.env && input.role) throw new UsageError("give --env ENV or --role ROLE, not both");
  if (input.env && !project.environments.has(input.env))
    throw new UsageError(`unknown environment "${input.env}" (known: ${names.join(", ")})`);
  if (input.role && !(OTHER_ROLES as readonly string[]).includes(input.role))
    throw new UsageError(`unknown role "${input.role}" (known: ${OTHER_ROLES.join(", ")}; or --env ENV)`);
  const refs: RoleRef[] = input.env
    ? [{ kind: "environment", environment: input.env }]
    : input.role
      ? [{ kind: input.role as (typeof OTHER_ROLES)[number] }]
      : allRoles(names);
  const policies = await rolePolicies(
    { aws: ctx.aws, progress: ctx.progress, project, allowWildcards: input.allowWildcards === true },
    refs,
  );
  if (refs.length === 1) {
    const policy = policies[0]!.policy;
    return { ok: true, data: policy, text: JSON.stringify(policy, null, 2) };
  }
  const data: IamPoliciesData = {
    roles: policies.map(({ role, purpose, policy }) => ({ role, purpose, policy })),
  };
  return { ok: true, data, text: describeAll(policies) };
}

/** Every role's policy as one JSON object keyed by role name, each after a line saying what it is for. */
function describeAll(policies: readonly RolePolicy[]): string {
  return policies.map((p) => `# ${p.role}: ${p.purpose}\n${JSON.stringify(p.policy, null, 2)}`).join("\n\n");
}
