import type { LoadedEnvironment, Project } from "../config/load.js";
import type { Ports } from "../ports/context.js";
import type { Inventory } from "../probes/schema.js";
import { INSTANCE_SECTIONS, PARITY_CHECK, PROBE_FAILURE } from "./catalogue.js";
import { instanceChecks } from "./checks/instance.js";
import { expectationsFromRecipe } from "./expectations.js";
import { probeFor } from "./probe-sections.js";
import { bootStates } from "./reboot-proof.js";
import { environmentScope, soakSampler } from "./sampler.js";
import { runProbe } from "./ssm-probe.js";
import type { CheckResult, RolloutVerifier } from "./types.js";

/**
 * The verifier the rollout uses for an image baked from the environment's recipe: the
 * catalogue's instance checks over SSM on new instances (after boot and after a reboot), parity
 * of a serving instance against a new one (first stage), and during soak every environment check
 * of the catalogue — target health, HTTP along the environment's own listener rule, alarms, the
 * launch template's hardening (once), log delivery sampled on every new instance.
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
  const probe = probeFor(INSTANCE_SECTIONS);

  const soakSample = soakSampler(
    environmentScope({
      aws: ctx.aws,
      environment: env.name,
      region,
      targetGroup: env.fleet.targetGroup,
      wants: env.fleet.count,
      alarms: env.verify.alarms,
      ...(ctx.http ? { http: { port: ctx.http, settings: env.verify.http } } : {}),
      recipe: { ports: ctx, env, expected, newInstances, agentSamples, phase },
    }),
  );

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
      const outcomes = await runProbe(ctx, { region, instanceIds, probe, phase });
      return instanceIds.flatMap((id) => {
        const outcome = outcomes.get(id);
        if (!outcome?.ok) return [failedProbe(PROBE_FAILURE, id, outcome?.error ?? "no answer")];
        return instanceChecks(outcome.inventory, expected, { target: id, phase: checkPhase });
      });
    },

    async parity(servingInstanceId, newInstanceId) {
      if (!parityOn) return [];
      ctx.progress.info(phase, `parity: surveying ${servingInstanceId} (serving) and ${newInstanceId} (new)`);
      const outcomes = await runProbe(ctx, {
        region,
        instanceIds: [servingInstanceId, newInstanceId],
        probe,
        phase,
      });
      const older = outcomes.get(servingInstanceId);
      const newer = outcomes.get(newInstanceId);
      for (const [id, outcome] of [
        [servingInstanceId, older],
        [newInstanceId, newer],
      ] as const)
        if (!outcome?.ok)
          return [
            failedProbe(
              PARITY_CHECK.name,
              newInstanceId,
              `survey of ${id} failed: ${outcome?.error ?? "no answer"}`,
            ),
          ];
      if (!older?.ok || !newer?.ok) return [];
      return [
        PARITY_CHECK.compare(older.inventory, newer.inventory, {
          target: newInstanceId,
          waivers: recipe.parity.waive,
        }),
      ];
    },

    bootStates(instanceIds) {
      return bootStates(ctx, { region, ids: instanceIds, phase });
    },

    soakSample,
  };
}
