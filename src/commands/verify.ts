import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import { describeInstancesById, describeInstancesWhere } from "../aws/fleet.js";
import { TAG } from "../aws/tags.js";
import { environmentsInOrder, loadProject } from "../config/load.js";
import type { Environment } from "../config/schema.js";
import { UsageError } from "../errors.js";
import { observeTargetGroups } from "../fleet/target-group.js";
import { foldAgentConsequences } from "../verify/checks/agents.js";
import { expectationsFromRecipe } from "../verify/expectations.js";
import { createRolloutVerifier } from "../verify/rollout-verifier.js";
import { formatChecks, verifyHeadline } from "../verify/table.js";
import type { CheckResult } from "../verify/types.js";
import type { CommandResult, Ports } from "./context.js";

export interface VerifyData {
  environment: string;
  checks: CheckResult[];
  passed: boolean;
  /** Running instances whose AMI was not baked from the environment's recipe: no recipe checks on them. */
  notFromRecipe: Array<{ instance: string; ami: string }>;
}

/**
 * The environment's running instances: those tagged with it, and those registered in its
 * target group (servers built by hand carry no amipipe tags until a rollout adopts them).
 */
async function runningInstances(
  ctx: Ports,
  env: Environment,
): Promise<Array<{ instance: string; ami: string }>> {
  const tagged = await describeInstancesWhere(ctx.aws, env.region, [
    { Name: `tag:${TAG.environment}`, Values: [env.name] },
    { Name: "instance-state-name", Values: ["running"] },
  ]);
  const known = new Set(tagged.map((i) => i.InstanceId));
  let registered: string[] = [];
  try {
    const group = (await observeTargetGroups(ctx.aws, env.region, [env.fleet.targetGroup])).get(
      env.fleet.targetGroup,
    );
    registered = (group?.targets ?? []).map((t) => t.instanceId).filter((id) => !known.has(id));
  } catch (error) {
    // A missing target group is the target-health check's finding, not a reason to stop here.
    const name = (error as { name?: string }).name ?? "";
    if (!name.startsWith("TargetGroupNotFound")) throw error;
  }
  const adopted =
    registered.length > 0 ? [...(await describeInstancesById(ctx.aws, env.region, registered)).values()] : [];
  return [...tagged, ...adopted]
    .filter((i) => i.State?.Name === "running")
    .flatMap((i) => (i.InstanceId && i.ImageId ? [{ instance: i.InstanceId, ami: i.ImageId }] : []));
}

/** Log delivery is judged from two samples of fluentd's counters this far apart. */
const DELIVERY_SAMPLE_GAP_MS = 60_000;

/**
 * Environment and instance checks now: instance checks on the running instances baked from
 * the environment's recipe, then the environment checks (target health, HTTP through the
 * load balancer, alarms, launch template hardening), sampled twice a minute apart when log
 * delivery is to be judged.
 */
export async function verify(ctx: Ports, input: { env: string }): Promise<CommandResult<VerifyData>> {
  const project = await loadProject(ctx.root);
  const loaded = project.environments.get(input.env);
  if (!loaded)
    throw new UsageError(
      `unknown environment '${input.env}' (known: ${[...project.environments.keys()].join(", ")})`,
    );
  const env = loaded.env;
  const recipe = project.recipes.get(env.recipe)?.recipe;
  if (!recipe) throw new UsageError(`environment ${env.name} uses unknown recipe '${env.recipe}'`);
  const ec2 = ctx.aws.ec2(env.region);
  const running = await runningInstances(ctx, env);
  const amis = [...new Set(running.map((i) => i.ami))];
  const images =
    amis.length > 0 ? ((await ec2.send(new DescribeImagesCommand({ ImageIds: amis }))).Images ?? []) : [];
  const fromRecipe = new Set(
    images
      .filter((image) => image.Tags?.some((t) => t.Key === TAG.recipe && t.Value === env.recipe))
      .flatMap((image) => (image.ImageId ? [image.ImageId] : [])),
  );
  const ids = running.filter((i) => fromRecipe.has(i.ami)).map((i) => i.instance);
  const notFromRecipe = running.filter((i) => !fromRecipe.has(i.ami));

  const verifier = createRolloutVerifier(ctx, {
    project,
    env: loaded,
    stage: { first: environmentsInOrder(project)[0]?.env.name === env.name },
  });
  const checks = ids.length > 0 ? await verifier.instanceChecks(ids, "boot") : [];
  const first = await verifier.soakSample(1);
  const judgesDelivery =
    ids.length > 0 && expectationsFromRecipe(recipe).agents.some((a) => a.monitorPort !== undefined);
  if (judgesDelivery) {
    ctx.progress.waiting(
      `verify ${env.name}`,
      "second sample of log delivery in a minute",
      "fluentd counters to move",
    );
    await ctx.clock.sleep(DELIVERY_SAMPLE_GAP_MS);
    const second = await verifier.soakSample(2);
    const repeated = new Set(second.map((c) => `${c.name} ${c.target}`));
    // The second sample repeats most environment checks; the first's findings and the checks
    // taken only once (launch template hardening) stay in the report.
    checks.push(...first.filter((c) => !c.passed || !repeated.has(`${c.name} ${c.target}`)), ...second);
  } else checks.push(...first);

  // An absent agent is one finding: its silent monitor_agent goes into that finding's evidence.
  const results = foldAgentConsequences(checks);
  const passed = results.every((c) => c.passed);
  const lines = [formatChecks(results), ""];
  if (notFromRecipe.length > 0)
    lines.push(
      `not baked from recipe ${env.recipe} (only environment checks): ${notFromRecipe.map((i) => `${i.instance} (${i.ami})`).join(", ")}`,
    );
  lines.push(
    verifyHeadline({
      environment: env.name,
      recipe: env.recipe,
      checks: results,
      checked: ids.length,
      notFromRecipe,
    }),
  );
  return {
    ok: passed,
    data: { environment: env.name, checks: results, passed, notFromRecipe },
    text: lines.join("\n"),
  };
}
