import type { LoadedEnvironment, Project } from "../config/load.js";
import { launchTemplateHardening } from "../lifecycle/hardening.js";
import type { Ports } from "../ports/context.js";
import type { Inventory } from "../probes/schema.js";
import { instanceChecks } from "./checks/instance.js";
import { checkLogDelivery } from "./checks/log-delivery.js";
import {
  checkAlarms,
  checkHttp,
  checkTargetHealth,
  type EnvironmentEdge,
  resolveEdge,
} from "./environment.js";
import { expectationsFromRecipe } from "./expectations.js";
import { checkParity } from "./parity.js";
import { bootStates } from "./reboot-proof.js";
import { runProbe } from "./ssm-probe.js";
import type { CheckResult, RolloutVerifier } from "./types.js";

/**
 * The verifier the rollout uses: instance checks over SSM on new instances (after boot and
 * after a reboot), parity of a serving instance against a new one (first stage), and during
 * soak the target group's health, HTTP through the load balancer, the environment's alarms
 * and log delivery sampled on every new instance, and once the hardening of the launch
 * template version the fleet runs (IMDSv2 required, root volume encrypted).
 */
export function createRolloutVerifier(
  ctx: Ports,
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
  let edge: Promise<EnvironmentEdge> | undefined;
  let hardeningChecked = false;

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

    bootStates(instanceIds) {
      return bootStates(ctx, { region, ids: instanceIds, phase });
    },

    async soakSample(sampleIndex) {
      edge ??= resolveEdge(ctx, { environment: env.name, region, targetGroup: env.fleet.targetGroup });
      const through = await edge;
      const results: CheckResult[] = [await checkTargetHealth(ctx, through, sampleIndex)];
      if (ctx.http)
        results.push(
          await checkHttp(ctx.http, through, {
            path: env.verify.http.path,
            expect: env.verify.http.expect,
            sample: sampleIndex,
          }),
        );
      if (env.verify.alarms.length > 0)
        results.push(
          await checkAlarms(ctx, {
            region,
            environment: env.name,
            names: env.verify.alarms,
            sample: sampleIndex,
          }),
        );
      if (!hardeningChecked) {
        // The launch template version in use does not change while the fleet soaks: checked once.
        hardeningChecked = true;
        results.push(...(await launchTemplateHardening(ctx.aws, env)));
      }
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
