import { describeTargetHealth } from "../fleet/target-group.js";
import { checkAlarms } from "./alarms.js";
import { checkLogDelivery } from "./checks/log-delivery.js";
import { checkHttp } from "./http-check.js";
import { launchTemplateHardening } from "./launch-template.js";
import { probeFor } from "./probe-sections.js";
import type { EnvironmentScope } from "./scope.js";
import { runProbe } from "./ssm-probe.js";
import { targetHealthVerdict } from "./target-health.js";
import type { CheckResult } from "./types.js";

/**
 * How the catalogue's environment-level checks are evaluated (catalogue.ts loads this module
 * when a soak first samples, so compiling a recipe loads no AWS client).
 */

export async function targetHealthCheck(s: EnvironmentScope, sample: number): Promise<CheckResult[]> {
  const group = await s.group();
  if (!group)
    return [
      {
        name: "target-health",
        level: "environment",
        target: s.environment,
        passed: false,
        summary: `target group ${s.targetGroup} not found in ${s.region}`,
        evidence: { sample, targetGroup: s.targetGroup },
      },
    ];
  const targets = await describeTargetHealth(s.aws, group);
  return [
    targetHealthVerdict({
      environment: s.environment,
      targetGroup: s.targetGroup,
      targets,
      wants: s.wants,
      sample,
    }),
  ];
}

export async function httpCheck(s: EnvironmentScope, sample: number): Promise<CheckResult[]> {
  if (!s.http) return [];
  return [
    await checkHttp(s.http.port, {
      environment: s.environment,
      lookup: () => s.route(),
      settings: s.http.settings,
      sample,
    }),
  ];
}

export async function alarmsCheck(s: EnvironmentScope, sample: number): Promise<CheckResult[]> {
  return checkAlarms(s.aws, { region: s.region, environment: s.environment, names: s.alarms, sample });
}

export async function hardeningCheck(s: EnvironmentScope): Promise<CheckResult[]> {
  return s.recipe ? launchTemplateHardening(s.aws, s.recipe.env) : [];
}

/** Every new instance's agents probed once per sample; delivery judged from the second sample on. */
export async function logDeliveryCheck(s: EnvironmentScope): Promise<CheckResult[]> {
  const recipe = s.recipe;
  if (!recipe) return [];
  const logAgents = recipe.expected.agents.filter((a) => a.monitorPort !== undefined);
  if (logAgents.length === 0 || recipe.newInstances.size === 0) return [];
  const ids = [...recipe.newInstances];
  const outcomes = await runProbe(recipe.ports, {
    region: s.region,
    instanceIds: ids,
    probe: probeFor(["agents", "monitors"]),
    phase: recipe.phase,
  });
  const results: CheckResult[] = [];
  for (const id of ids) {
    const outcome = outcomes.get(id);
    if (!outcome?.ok) {
      results.push({
        name: "log-delivery",
        level: "environment",
        target: id,
        passed: false,
        summary: outcome?.error ?? "no answer",
        evidence: {},
      });
      continue;
    }
    const series = [...(recipe.agentSamples.get(id) ?? []), outcome.inventory];
    recipe.agentSamples.set(id, series);
    // Flat counters need two points.
    if (series.length >= 2) for (const agent of logAgents) results.push(checkLogDelivery(series, agent, id));
  }
  return results;
}
