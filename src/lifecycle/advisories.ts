import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { TAG } from "../aws/tags.js";
import { messageOf, OperationFailed } from "../errors.js";
import type { Ports } from "../ports/context.js";
import type { Advisory } from "../probes/schema.js";
import { runProbe } from "../verify/ssm-probe.js";

export type { Advisory } from "../probes/schema.js";

export type AdvisoryReport =
  | { available: true; source: string; advisories: Advisory[] }
  | { available: false; source: string; reason: string };

/**
 * The security advisories a serving instance of `environment` still lacks, as its package
 * manager lists them (the `advisories` probe over SSM: `yum updateinfo list security updates`
 * on AL2, `dnf updateinfo list --security --updates` on AL2023). Asked of an instance running
 * `ami` (the environment's pin): its advisories are those a rebake of the same recipe fixes.
 */
export async function advisoriesFromServingInstance(
  ctx: Ports,
  o: { region: string; environment: string; ami: string },
): Promise<AdvisoryReport> {
  const described = await ctx.aws.ec2(o.region).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: `tag:${TAG.environment}`, Values: [o.environment] },
        { Name: "image-id", Values: [o.ami] },
        { Name: "instance-state-name", Values: ["running"] },
      ],
    }),
  );
  const instance = (described.Reservations ?? [])
    .flatMap((r) => r.Instances ?? [])
    .map((i) => i.InstanceId)
    .filter((id): id is string => Boolean(id))
    .sort()[0];
  if (!instance)
    return {
      available: false,
      source: o.environment,
      reason: `no running ${o.environment} instance runs ${o.ami} to ask`,
    };
  const source = `${o.environment} instance ${instance}`;
  try {
    const outcome = (
      await runProbe(ctx, {
        region: o.region,
        instanceIds: [instance],
        probe: "advisories",
        phase: `advisories ${o.environment}`,
      })
    ).get(instance);
    if (!outcome?.ok) return { available: false, source, reason: outcome?.error ?? "no answer" };
    const found = outcome.inventory.advisories;
    if (!found) return { available: false, source, reason: "the probe printed no advisories section" };
    if (!found.listed)
      return { available: false, source: `${source} (${found.tool})`, reason: found.error ?? "not listed" };
    return { available: true, source: `${source} (${found.tool} updateinfo)`, advisories: found.items };
  } catch (error) {
    // SSM could not reach the instance or refused the command: the report says so, the rebake goes on.
    if (error instanceof OperationFailed || (error as { $metadata?: unknown }).$metadata !== undefined)
      return { available: false, source, reason: messageOf(error) };
    throw error;
  }
}
