import { DescribeAlarmsCommand } from "@aws-sdk/client-cloudwatch";
import {
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { CommandContext } from "../commands/context.js";
import type { LoadedEnvironment, Project } from "../config/load.js";
import type { Inventory } from "../probes/schema.js";
import { instanceChecks } from "./checks/instance.js";
import { checkLogDelivery } from "./checks/log-delivery.js";
import { expectationsFromRecipe } from "./expectations.js";
import { checkParity } from "./parity.js";
import { runProbe } from "./ssm-probe.js";
import type { CheckResult, RolloutVerifier } from "./types.js";

/**
 * The verifier the rollout uses: instance checks over SSM on new instances (after boot and
 * after a reboot), parity of a serving instance against a new one (first stage), and during
 * soak the target group's health, the environment's alarms and log delivery sampled on
 * every new instance.
 */
export function createRolloutVerifier(
  ctx: CommandContext,
  o: { project: Project; env: LoadedEnvironment; stage: { first: boolean } },
): RolloutVerifier {
  const env = o.env.env;
  const region = env.region;
  const recipe = o.project.recipes.get(env.recipe)?.recipe;
  if (!recipe) throw new Error(`environment ${env.name}: recipe ${env.recipe} is not loaded`);
  const expected = expectationsFromRecipe(recipe);
  const phase = `verify ${env.name}`;
  const newInstances = new Set<string>();
  const agentSamples = new Map<string, Inventory[]>();
  const parityOn = env.verify.parity ?? o.stage.first;

  const failedProbe = (name: string, target: string, error: string): CheckResult => ({
    name,
    level: "instance",
    target,
    passed: false,
    summary: error,
    evidence: {},
  });

  return {
    async instanceChecks(instanceIds, checkPhase) {
      for (const id of instanceIds) newInstances.add(id);
      ctx.progress.info(phase, `instance checks (${checkPhase}) on ${instanceIds.join(", ")}`);
      const outcomes = await runProbe(ctx, { region, instanceIds, probe: "instance", phase });
      return instanceIds.flatMap((id) => {
        const outcome = outcomes.get(id);
        if (!outcome?.ok) return [failedProbe("probe", id, outcome?.error ?? "no answer")];
        return instanceChecks(outcome.inventory, expected, { target: id, phase: checkPhase });
      });
    },

    async parity(servingInstanceId, newInstanceId) {
      if (!parityOn) return [];
      ctx.progress.info(phase, `parity: surveying ${servingInstanceId} (serving) and ${newInstanceId} (new)`);
      const outcomes = await runProbe(ctx, {
        region,
        instanceIds: [servingInstanceId, newInstanceId],
        probe: "instance",
        phase,
      });
      const older = outcomes.get(servingInstanceId);
      const newer = outcomes.get(newInstanceId);
      if (!older?.ok)
        return [
          failedProbe(
            "parity",
            newInstanceId,
            `survey of ${servingInstanceId} failed: ${older?.error ?? "no answer"}`,
          ),
        ];
      if (!newer?.ok)
        return [
          failedProbe(
            "parity",
            newInstanceId,
            `survey of ${newInstanceId} failed: ${newer?.error ?? "no answer"}`,
          ),
        ];
      return [
        checkParity(older.inventory, newer.inventory, {
          target: newInstanceId,
          waivers: recipe.parity.waive,
        }),
      ];
    },

    async soakSample(sampleIndex) {
      const results: CheckResult[] = [
        await targetHealthCheck(ctx, region, env.fleet.targetGroup, env.name, sampleIndex),
      ];
      if (env.verify.alarms.length > 0)
        results.push(await alarmsCheck(ctx, region, env.verify.alarms, env.name));
      const logAgents = expected.agents.filter((a) => a.monitorPort !== undefined);
      if (logAgents.length === 0 || newInstances.size === 0) return results;
      const ids = [...newInstances];
      const outcomes = await runProbe(ctx, { region, instanceIds: ids, probe: "agents", phase });
      for (const id of ids) {
        const outcome = outcomes.get(id);
        if (!outcome?.ok) {
          results.push(failedProbe("log-delivery", id, outcome?.error ?? "no answer"));
          continue;
        }
        const series = [...(agentSamples.get(id) ?? []), outcome.inventory];
        agentSamples.set(id, series);
        // Delivery is judged from the second sample on: flat counters need two points.
        if (series.length >= 2)
          for (const agent of logAgents) results.push(checkLogDelivery(series, agent, id));
      }
      return results;
    },
  };
}

async function targetHealthCheck(
  ctx: CommandContext,
  region: string,
  targetGroup: string,
  environment: string,
  sample: number,
): Promise<CheckResult> {
  const elbv2 = ctx.aws.elbv2(region);
  const groups = await elbv2.send(new DescribeTargetGroupsCommand({ Names: [targetGroup] }));
  const arn = groups.TargetGroups?.[0]?.TargetGroupArn;
  const health = arn
    ? await elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: arn }))
    : { TargetHealthDescriptions: [] };
  const states = (health.TargetHealthDescriptions ?? []).map((t) => ({
    id: t.Target?.Id ?? "",
    state: t.TargetHealth?.State ?? "unknown",
  }));
  const bad = states.filter((s) => !["healthy", "initial", "draining"].includes(s.state));
  return {
    name: "target-health",
    level: "environment",
    target: environment,
    passed: bad.length === 0 && states.some((s) => s.state === "healthy"),
    summary:
      bad.length === 0
        ? `${states.filter((s) => s.state === "healthy").length} healthy target(s) in ${targetGroup}`
        : `unhealthy in ${targetGroup}: ${bad.map((s) => `${s.id} ${s.state}`).join(", ")}`,
    evidence: { sample, targetGroup, targets: states },
  };
}

async function alarmsCheck(
  ctx: CommandContext,
  region: string,
  names: string[],
  environment: string,
): Promise<CheckResult> {
  const out = await ctx.aws.cloudwatch(region).send(new DescribeAlarmsCommand({ AlarmNames: names }));
  const states = (out.MetricAlarms ?? []).map((a) => ({
    name: a.AlarmName ?? "",
    state: a.StateValue ?? "INSUFFICIENT_DATA",
  }));
  const firing = states.filter((a) => a.state === "ALARM");
  const unknown = names.filter((n) => !states.some((s) => s.name === n));
  return {
    name: "alarms",
    level: "environment",
    target: environment,
    passed: firing.length === 0 && unknown.length === 0,
    summary:
      firing.length > 0
        ? `alarm ${firing.map((a) => a.name).join(", ")} firing`
        : unknown.length > 0
          ? `alarm(s) not found: ${unknown.join(", ")}`
          : `${states.length} alarm(s) quiet`,
    evidence: { alarms: states },
  };
}
