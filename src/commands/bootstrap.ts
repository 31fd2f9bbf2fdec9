import { writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { displayPath } from "../config/display-path.js";
import { loadProject } from "../config/load.js";
import { UsageError } from "../errors.js";
import { bootstrapTemplate, type CloudFormationTemplate } from "../iam/bootstrap.js";
import { rolePolicies } from "../iam/role-policies.js";
import { allRoles } from "../iam/roles.js";
import type { CommandResult, Ports } from "./context.js";

export interface BootstrapInput {
  /** owner/name: the default of the stack's GitHubRepository parameter. */
  repo?: string;
  /** Write the template to this file (relative to the config root) instead of printing it. */
  out?: string;
  /** Make the template even when a launch template, target group or subnet is missing (widened statements marked). */
  allowWildcards?: boolean;
}

export interface BootstrapData {
  template: CloudFormationTemplate;
  /** Each role's inline policy: statements and size as IAM counts it (JSON without whitespace). */
  roles: Array<{ role: string; statements: number; characters: number }>;
  out?: string;
}

/**
 * IAM counts a role's inline policies, without whitespace, against 10,240 characters.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const INLINE_POLICY_LIMIT = 10_240;

/**
 * `amipipe bootstrap [--repo owner/name] [--out FILE]`: the CloudFormation template of what a
 * real account needs (GitHub OIDC, the toolkit's roles with their generated policies, instance
 * profiles, the probe documents), made from the config and a look-up of the account.
 */
export async function bootstrap(ctx: Ports, input: BootstrapInput): Promise<CommandResult<BootstrapData>> {
  if (input.repo && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(input.repo))
    throw new UsageError(`--repo must be owner/name (got '${input.repo}')`);
  const project = await loadProject(ctx.root);
  const roles = await rolePolicies(
    { aws: ctx.aws, progress: ctx.progress, project, allowWildcards: input.allowWildcards === true },
    allRoles([...project.environments.keys()]),
  );
  const sizes = roles.map((r) => ({
    role: r.role,
    statements: r.policy.Statement.length,
    characters: JSON.stringify(r.policy).length,
  }));
  for (const s of sizes)
    if (s.characters > INLINE_POLICY_LIMIT)
      ctx.progress.warn(
        "bootstrap",
        `${s.role}'s policy has ${s.characters} characters, more than IAM's ${INLINE_POLICY_LIMIT} for a role's inline policies`,
      );
  const template = bootstrapTemplate({ roles, ...(input.repo ? { repository: input.repo } : {}) });
  // YAML 1.1 quoting: a 1.1 reader (PyYAML, many tools) would read an unquoted 2012-10-17 as a date.
  const yaml = stringify(template, { version: "1.1", lineWidth: 0, aliasDuplicateObjects: false });
  const data: BootstrapData = { template, roles: sizes };
  if (!input.out) return { ok: true, data, text: yaml };
  const file = path.resolve(ctx.root, input.out);
  await writeFile(file, yaml);
  data.out = file;
  const shown = displayPath(ctx, file);
  return {
    ok: true,
    data,
    text: [
      `wrote ${shown}: ${roles.length} roles (${roles.map((r) => r.role).join(", ")}), ${
        Object.values(template.Resources).filter((r) => r.Type === "AWS::SSM::Document").length
      } probe documents`,
      ...sizes.map((s) => `  ${s.role}: ${s.statements} statements, ${s.characters} characters`),
      "Deploy it (the template is larger than CloudFormation takes inline, so through an S3 bucket):",
      `  aws cloudformation deploy --stack-name amipipe --template-file ${shown} --s3-bucket BUCKET \\`,
      `    --capabilities CAPABILITY_NAMED_IAM --parameter-overrides GitHubRepository=${input.repo ?? "OWNER/NAME"}`,
    ].join("\n"),
  };
}
