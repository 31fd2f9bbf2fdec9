import type { Project } from "../config/load.js";
import type { AccountFacts } from "./account-facts.js";

/**
 * Launch templates, target groups and subnets the environments name that the account does not
 * have, one sentence each. A policy built anyway would have to allow any launch template in the
 * region, and the rollout would fail at its first look-up.
 */
export function missingResources(project: Project, facts: AccountFacts): string[] {
  const missing: string[] = [];
  const envs = [...project.environments.values()]
    .map((e) => e.env)
    .filter((e) => facts.environments.has(e.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const env of envs) {
    const f = facts.environments.get(env.name)!;
    if (!f.launchTemplateId)
      missing.push(
        `launch template ${env.fleet.launchTemplate} (environment ${env.name}) not found in ${env.region}`,
      );
    if (!f.targetGroupFound)
      missing.push(
        `target group ${env.fleet.targetGroup} (environment ${env.name}) not found in ${env.region}`,
      );
    for (const subnet of f.missingSubnets)
      missing.push(`subnet ${subnet} (environment ${env.name}) not found in ${env.region}`);
  }
  return missing;
}
