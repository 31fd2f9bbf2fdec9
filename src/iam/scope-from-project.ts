import { autoScalingGroupName } from "../config/asg.js";
import type { Project } from "../config/load.js";
import { recipeParameters } from "../rollout/preflight.js";
import type { EnvironmentScope, PolicyScope, RecipeScope } from "./scope.js";

/** Facts looked up in the account: the launch templates' ids and the roles their instance profiles carry. */
export interface AccountFacts {
  partition: string;
  account: string;
  /** "region/name" → lt-… */
  launchTemplateIds: Map<string, string>;
  /** Instance profile names the environments' launch templates use. */
  launchTemplateProfiles: string[];
  /** "region/name" of the environments' target groups that exist. */
  targetGroups: Set<string>;
}

/**
 * The policy scope for the whole toolkit, or for deploying one environment. Instance profile
 * roles are assumed to share the profile's name (the default when a profile is created from
 * the console or with a role of the same name).
 */
export function scopeFromProject(
  project: Project,
  facts: AccountFacts,
  options: { env?: string } = {},
): PolicyScope {
  const loaded = [...project.environments.values()].filter((e) => !options.env || e.env.name === options.env);
  const environments: EnvironmentScope[] = loaded.map(({ env }) => {
    const scope: EnvironmentScope = {
      name: env.name,
      region: env.region,
      recipe: env.recipe,
      launchTemplate: env.fleet.launchTemplate,
      targetGroup: env.fleet.targetGroup,
      subnets: env.fleet.subnets,
      alarms: env.verify.alarms,
    };
    const id = facts.launchTemplateIds.get(`${env.region}/${env.fleet.launchTemplate}`);
    if (id) scope.launchTemplateId = id;
    if (env.fleet.kind === "asg") scope.autoScalingGroup = autoScalingGroupName(env);
    const recipe = project.recipes.get(env.recipe)?.recipe;
    if (recipe) scope.recipeParameters = recipeParameters(recipe).map((r) => r.parameter);
    return scope;
  });
  const recipeNames = new Set(environments.map((e) => e.recipe));
  const recipes: RecipeScope[] = [...project.recipes.values()]
    .filter(({ recipe }) => !options.env || recipeNames.has(recipe.name))
    .map(({ recipe }) => ({ name: recipe.name, instanceProfile: recipe.imageBuilder.instanceProfile }));
  const kind = options.env ? "environment" : "toolkit";
  const passRoles = [
    ...facts.launchTemplateProfiles,
    ...(kind === "toolkit" ? recipes.map((r) => r.instanceProfile) : []),
  ];
  return { partition: facts.partition, account: facts.account, environments, recipes, passRoles, kind };
}
