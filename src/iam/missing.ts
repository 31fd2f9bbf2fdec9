import type { Project } from "../config/load.js";
import type { AccountFacts } from "./scope-from-project.js";

/**
 * Launch templates and target groups the environments name that the account does not have,
 * one sentence each. A policy built anyway would have to allow any launch template in the
 * region, and the rollout would fail at its first look-up.
 */
export function missingResources(
  project: Project,
  facts: AccountFacts,
  options: { env?: string } = {},
): string[] {
  const missing: string[] = [];
  const envs = [...project.environments.values()]
    .map((e) => e.env)
    .filter((e) => !options.env || e.name === options.env)
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const env of envs) {
    if (!facts.launchTemplateIds.has(`${env.region}/${env.fleet.launchTemplate}`))
      missing.push(
        `launch template ${env.fleet.launchTemplate} (environment ${env.name}) not found in ${env.region}`,
      );
    if (!facts.targetGroups.has(`${env.region}/${env.fleet.targetGroup}`))
      missing.push(
        `target group ${env.fleet.targetGroup} (environment ${env.name}) not found in ${env.region}`,
      );
  }
  return missing;
}
