import type { AwsFactory } from "../aws/clients.js";
import type { Project } from "../config/load.js";
import { OperationFailed } from "../errors.js";
import type { Progress } from "../ports/progress.js";
import { lookUpAccountFacts } from "./account-facts.js";
import type { PolicyDocument } from "./document.js";
import { missingResources } from "./missing.js";
import { buildRolePolicy, WIDENED_SID_SUFFIX } from "./policy.js";
import { type RoleRef, roleName, rolePurpose } from "./roles.js";
import type { RoleScope } from "./scope.js";
import { roleScope } from "./scope-from-project.js";

export interface RolePolicy {
  ref: RoleRef;
  /** The IAM role name (amipipe-prod, amipipe-bake, …). */
  role: string;
  purpose: string;
  policy: PolicyDocument;
  /** What the policy was made for. */
  scope: RoleScope;
  /** An environment role of a first stage (no promotion.from): where the security rebake runs. */
  firstStage: boolean;
}

/**
 * The policies of the given roles, scoped by looking the environments up in the account. A
 * launch template, target group or subnet the config names but the account lacks is an error
 * (exit 1): the policy would have to allow any launch template in the region. With
 * `allowWildcards` the policies are made anyway, each widened statement's Sid ending in "Widened".
 */
export async function rolePolicies(
  o: { aws: AwsFactory; progress: Progress; project: Project; allowWildcards?: boolean },
  refs: readonly RoleRef[],
): Promise<RolePolicy[]> {
  const only = refs.length === 1 && refs[0]?.kind === "environment" ? refs[0].environment : undefined;
  o.progress.info("iam", "looking up the account, launch templates, subnets and target groups");
  const facts = await lookUpAccountFacts(o.aws, o.project, only ? { env: only } : {});
  const missing = missingResources(o.project, facts);
  if (missing.length > 0 && !o.allowWildcards) {
    throw new OperationFailed(
      [
        "the environments name resources this account does not have:",
        ...missing.map((m) => `  - ${m}`),
        "Create them (or fix the environment files) and run again, or pass --allow-wildcards to print",
        `policies whose statements for them allow any such resource in the region (Sid ending in "${WIDENED_SID_SUFFIX}").`,
      ].join("\n"),
      "missing-resources",
      { missing },
    );
  }
  for (const m of missing) o.progress.warn("iam", `${m}: policy widened (--allow-wildcards)`);
  return refs.map((ref) => {
    const scope = roleScope(o.project, facts, ref);
    const env = ref.kind === "environment" ? o.project.environments.get(ref.environment)?.env : undefined;
    return {
      ref,
      role: roleName(ref),
      purpose: rolePurpose(ref),
      policy: buildRolePolicy(scope),
      scope,
      firstStage: env !== undefined && env.promotion.from === undefined,
    };
  });
}
