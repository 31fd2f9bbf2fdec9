/**
 * What a policy is scoped to: the account, the regions and the concrete resources the
 * environments name. Built from config plus a few look-ups (account id, launch template ids).
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
  autoScalingGroup?: string;
  alarms: string[];
  /** SSM parameters (names, e.g. /web/newrelic/license) the environment's recipe reads at boot. */
  recipeParameters?: string[];
}

export interface RecipeScope {
  name: string;
  /** The instance profile Image Builder build instances run with. */
  instanceProfile: string;
}

export interface PolicyScope {
  partition: string;
  account: string;
  environments: EnvironmentScope[];
  recipes: RecipeScope[];
  /** Roles the toolkit may hand to EC2 / Image Builder (the instance profiles' roles). */
  passRoles: string[];
  /**
   * "toolkit": everything amipipe does (bake, rollouts, gc, rebake).
   * "environment": what deploying one environment needs (no bake, no gc).
   */
  kind: "toolkit" | "environment";
}

export function regionsOf(scope: PolicyScope): string[] {
  return [...new Set(scope.environments.map((e) => e.region))].sort();
}
