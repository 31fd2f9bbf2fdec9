import { autoScalingGroupName } from "../config/asg.js";
import { environmentsInOrder, type Project } from "../config/load.js";
import { publishedParameter } from "../config/publish.js";
import { resolveBaseParameter } from "../recipe/base-image.js";
import { recipeParameters } from "../rollout/preflight.js";
import type { AccountFacts } from "./account-facts.js";
import type { RoleRef } from "./roles.js";
import type { EnvironmentScope, RecipeScope, RoleScope } from "./scope.js";

/**
 * The scope of one role's policy. Instance profile roles are assumed to share the profile's
 * name (what the bootstrap stack creates, and the console's default).
 */
export function roleScope(project: Project, facts: AccountFacts, ref: RoleRef): RoleScope {
  const loaded = environmentsInOrder(project).filter(
    (e) => ref.kind !== "environment" || e.env.name === ref.environment,
  );
  const environments: EnvironmentScope[] = loaded.map(({ env }) => {
    const f = facts.environments.get(env.name);
    const recipe = project.recipes.get(env.recipe)?.recipe;
    const scope: EnvironmentScope = {
      name: env.name,
      region: env.region,
      recipe: env.recipe,
      launchTemplate: env.fleet.launchTemplate,
      targetGroup: env.fleet.targetGroup,
      subnets: [...env.fleet.subnets],
      vpcs: f?.vpcs ?? [],
      alarms: [...env.verify.alarms],
      recipeParameters: recipe ? recipeParameters(recipe).map((r) => r.parameter) : [],
      instanceRoles: f?.instanceProfiles ?? [],
      keyPairs: f?.keyPairs ?? [],
      adoptable: f?.adoptable ?? [],
      adoptedImages: f?.adoptedImages ?? [],
    };
    if (f?.launchTemplateId) scope.launchTemplateId = f.launchTemplateId;
    const published = publishedParameter(env);
    if (published) scope.publishParameter = published;
    if (env.fleet.kind === "asg") scope.autoScalingGroup = autoScalingGroupName(env);
    return scope;
  });
  const recipes: RecipeScope[] = [...project.recipes.values()]
    .map(
      ({ recipe }): RecipeScope => ({
        ...(recipe.imageBuilder.logsBucket ? { logsBucket: recipe.imageBuilder.logsBucket } : {}),
        name: recipe.name,
        instanceProfile: recipe.imageBuilder.instanceProfile,
        parameters: recipeParameters(recipe).map((r) => r.parameter),
        regions: [
          ...new Set(
            environmentsInOrder(project)
              .filter((e) => e.env.recipe === recipe.name)
              .map((e) => e.env.region),
          ),
        ],
        baseParameters: [
          ...new Set(
            recipe.architectures.flatMap((arch) => {
              const source = resolveBaseParameter(recipe.base, arch);
              return source.kind === "ssm" ? [source.parameter] : [];
            }),
          ),
        ].sort(),
      }),
    )
    // A recipe no environment uses is never baked (bake needs a region to build in).
    .filter((r) => r.regions.length > 0)
    .filter((r) => ref.kind !== "environment" || environments.some((e) => e.recipe === r.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { kind: ref.kind, partition: facts.partition, account: facts.account, environments, recipes };
}
