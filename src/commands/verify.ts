import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { environmentsInOrder, loadProject } from "../config/load.js";
import { UsageError } from "../errors.js";
import { createRolloutVerifier } from "../verify/rollout-verifier.js";
import { formatChecks } from "../verify/table.js";
import type { CheckResult } from "../verify/types.js";
import type { CommandContext, CommandResult } from "./context.js";

export interface VerifyData {
  environment: string;
  checks: CheckResult[];
  passed: boolean;
}

/** Environment and instance checks now, on the instances serving ENV. */
export async function verify(
  ctx: CommandContext,
  input: { env: string },
): Promise<CommandResult<VerifyData>> {
  const project = await loadProject(ctx.root);
  const ordered = environmentsInOrder(project);
  const loaded = project.environments.get(input.env);
  if (!loaded)
    throw new UsageError(
      `unknown environment '${input.env}' (known: ${[...project.environments.keys()].join(", ")})`,
    );
  const env = loaded.env;
  const described = await ctx.aws.ec2(env.region).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: "tag:amipipe:environment", Values: [env.name] },
        { Name: "instance-state-name", Values: ["running"] },
      ],
    }),
  );
  const ids = (described.Reservations ?? [])
    .flatMap((r) => r.Instances ?? [])
    .flatMap((i) => (i.InstanceId ? [i.InstanceId] : []));
  const verifier = createRolloutVerifier(ctx, {
    project,
    env: loaded,
    stage: { first: ordered[0]?.env.name === env.name },
  });
  const checks = [
    ...(ids.length > 0 ? await verifier.instanceChecks(ids, "boot") : []),
    ...(await verifier.soakSample(0)),
  ];
  const passed = checks.every((c) => c.passed);
  const text = `${formatChecks(checks)}\n\n${env.name}: ${passed ? "all checks passed" : `${checks.filter((c) => !c.passed).length} finding(s)`} on ${ids.length} instance(s)`;
  return { ok: passed, data: { environment: env.name, checks, passed }, text };
}
