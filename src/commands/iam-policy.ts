import { loadProject } from "../config/load.js";
import { OperationFailed, UsageError } from "../errors.js";
import { lookUpAccountFacts } from "../iam/account-facts.js";
import type { PolicyDocument } from "../iam/document.js";
import { missingResources } from "../iam/missing.js";
import { buildIamPolicy, WIDENED_SID_SUFFIX } from "../iam/policy.js";
import { scopeFromProject } from "../iam/scope-from-project.js";
import type { CommandResult, Ports } from "./context.js";

export interface IamPolicyInput {
  env?: string;
  /** Print the policy even when a launch template or target group is missing (widened statements are marked). */
  allowWildcards?: boolean;
}

/**
 * Prints the least-privilege policy: for the whole toolkit, or (--env) for deploying one
 * environment. A launch template or target group the config names but the account lacks is
 * an error (exit 1): the policy would have to allow any launch template in the region. With
 * --allow-wildcards it is printed anyway, each widened statement's Sid ending in "Widened".
 */
export async function iamPolicy(ctx: Ports, input: IamPolicyInput): Promise<CommandResult<PolicyDocument>> {
  const project = await loadProject(ctx.root);
  const options = input.env ? { env: input.env } : {};
  if (input.env && !project.environments.has(input.env)) {
    throw new UsageError(
      `unknown environment "${input.env}" (known: ${[...project.environments.keys()].sort().join(", ")})`,
    );
  }
  ctx.progress.info("iam-policy", "looking up the account, the launch templates and the target groups");
  const facts = await lookUpAccountFacts(ctx.aws, project, options);
  const missing = missingResources(project, facts, options);
  if (missing.length > 0 && !input.allowWildcards) {
    throw new OperationFailed(
      [
        "the environments name resources this account does not have:",
        ...missing.map((m) => `  - ${m}`),
        "Create them (or fix the environment files) and run again, or pass --allow-wildcards to print",
        `a policy whose statements for them allow any launch template in the region (Sid ending in "${WIDENED_SID_SUFFIX}").`,
      ].join("\n"),
      "missing-resources",
      { missing },
    );
  }
  for (const m of missing) ctx.progress.warn("iam-policy", `${m}: printed with --allow-wildcards`);
  const policy = buildIamPolicy(scopeFromProject(project, facts, options));
  return { ok: true, data: policy, text: JSON.stringify(policy, null, 2) };
}
