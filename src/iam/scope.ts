/**
 * What a role's policy is scoped to: the account, the regions and the concrete resources the
 * environments name. Built from config plus a few look-ups in the account (account id, launch
 * templates, subnets, the servers serving each target group).
 */
export interface EnvironmentScope {
  name: string;
  region: string;
  recipe: string;
  launchTemplate: string;
  /** lt-… id when it could be resolved; ARNs of launch templates use the id, not the name. */
  launchTemplateId?: string;
  targetGroup: string;
  subnets: string[];
  /** The VPCs of the subnets: the only ones whose security groups a launch may use. */
  vpcs: string[];
  autoScalingGroup?: string;
  alarms: string[];
  /** SSM parameters (names, e.g. /web/newrelic/license) the environment's recipe reads at boot. */
  recipeParameters: string[];
  /** Roles of the instance profiles the launch template names (passed to EC2 on launch). */
  instanceRoles: string[];
  /** Key pairs the launch template names. */
  keyPairs: string[];
  /**
   * Servers built by hand that serve the target group without the environment's tag: the only
   * instances the first rollout may adopt (tag into the environment) and survey.
   */
  adoptable: string[];
  /**
   * AMIs the pin or its history names that are not images of the recipe (the hand-built
   * fleet's image): the only such images a launch or rollback may use.
   */
  adoptedImages: string[];
  /** The SSM parameter the environment publishes its AMI to (undefined: publishes nothing). */
  publishParameter?: string;
}

export interface RecipeScope {
  name: string;
  /** The instance profile Image Builder build instances run with (its role shares the name). */
  instanceProfile: string;
  /** Where the recipe's images are built and distributed to. */
  regions: string[];
  /** `ssm:/path` base images: the parameters bake resolves. */
  baseParameters: string[];
  /** SSM parameters (names) the recipe's instances read at boot: the build's test phase boots one too. */
  parameters: string[];
  /** The S3 bucket the build instances write their logs to, if the recipe names one. */
  logsBucket?: string;
}

/**
 * The toolkit's roles. `environment`: promote, rollback, reconcile, verify and survey for one
 * environment (the GitHub environment's jobs). `bake`: bake and rebake. `gc`: deregistering
 * images and deleting their snapshots. `verify`: the hourly checks of every environment.
 */
export type RoleKind = "environment" | "bake" | "gc" | "verify";

export interface RoleScope {
  kind: RoleKind;
  partition: string;
  account: string;
  /** The role's environment (kind environment), or every environment. */
  environments: EnvironmentScope[];
  recipes: RecipeScope[];
}

/** The regions a role acts in: its environments', and for the bake role those its recipes are distributed to. */
export function regionsOf(scope: RoleScope): string[] {
  const recipes = scope.kind === "bake" ? scope.recipes.flatMap((r) => r.regions) : [];
  return [...new Set([...scope.environments.map((e) => e.region), ...recipes])].sort();
}
