import { loadProject } from "../config/load.js";
import { UsageError } from "../errors.js";
import { lookUpAccountFacts } from "../iam/account-facts.js";
import type { PolicyDocument } from "../iam/document.js";
import { buildIamPolicy } from "../iam/policy.js";
import { scopeFromProject } from "../iam/scope-from-project.js";
import type { CommandContext, CommandResult } from "./context.js";

export interface IamPolicyInput {
  env?: string;
}

/** Prints the least-privilege policy: for the whole toolkit, or (--env) for deploying one environment. */
export async function iamPolicy(
  ctx: CommandContext,
  input: IamPolicyInput,
): Promise<CommandResult<PolicyDocument>> {
  const project = await loadProject(ctx.root);
  const options = input.env ? { env: input.env } : {};
  if (input.env && !project.environments.has(input.env)) {
    throw new UsageError(
      `unknown environment "${input.env}" (known: ${[...project.environments.keys()].sort().join(", ")})`,
    );
  }
  ctx.progress.info("iam-policy", "looking up the account and the environments' launch templates");
  const facts = await lookUpAccountFacts(ctx.aws, project, options);
  const scope = scopeFromProject(project, facts, options);
  for (const env of scope.environments) {
    if (!env.launchTemplateId) {
      ctx.progress.warn(
        "iam-policy",
        `launch template ${env.launchTemplate} not found in ${env.region}: its statements allow any launch template there`,
      );
    }
  }
  const policy = buildIamPolicy(scope);
  return { ok: true, data: policy, text: JSON.stringify(policy, null, 2) };
}
