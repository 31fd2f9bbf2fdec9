import { resourceTypesOf } from "./authorization.js";
import type { ConditionBlock, PolicyStatement } from "./document.js";
import { type RoleScope, regionsOf } from "./scope.js";

/** ARNs of the account's resources, as the Service Authorization Reference formats them. */
export function arns(scope: Pick<RoleScope, "partition" | "account">) {
  const p = scope.partition;
  const account = scope.account;
  return {
    /** Images and snapshots carry no account in their ARNs; the owner is a condition key. */
    ec2: (region: string, resource: string, owner = account) => `arn:${p}:ec2:${region}:${owner}:${resource}`,
    elb: (region: string, resource: string) =>
      `arn:${p}:elasticloadbalancing:${region}:${account}:${resource}`,
    imagebuilder: (region: string, resource: string) =>
      `arn:${p}:imagebuilder:${region}:${account}:${resource}`,
    ssm: (region: string, resource: string, owner = account) => `arn:${p}:ssm:${region}:${owner}:${resource}`,
    cloudwatch: (region: string, resource: string) => `arn:${p}:cloudwatch:${region}:${account}:${resource}`,
    autoscaling: (region: string, resource: string) =>
      `arn:${p}:autoscaling:${region}:${account}:${resource}`,
    iam: (resource: string) => `arn:${p}:iam::${account}:${resource}`,
  };
}

/** Statements widened to a wildcard because a resource the config names was not found say so in their Sid. */
export const WIDENED_SID_SUFFIX = "Widened";
export const widenedSid = (sid: string, widened: boolean) => (widened ? `${sid}${WIDENED_SID_SUFFIX}` : sid);

export const perRegion = (scope: RoleScope, f: (region: string) => string[]) =>
  [...new Set(regionsOf(scope).flatMap(f))].sort();

export const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

export const inRegions = (scope: RoleScope): ConditionBlock => ({
  StringEquals: { "aws:RequestedRegion": regionsOf(scope) },
});

export function allow(
  sid: string,
  actions: readonly string[],
  resources: readonly string[],
  condition?: ConditionBlock,
): PolicyStatement {
  const statement: PolicyStatement = {
    Sid: sid,
    Effect: "Allow",
    Action: sorted(actions),
    Resource: sorted(resources),
  };
  if (condition) statement.Condition = condition;
  return statement;
}

/**
 * Statements granting each action only on the resources of the types AWS authorizes it on
 * (src/iam/authorization-data.ts): one per resource type, Sid `<sid><Type>`. A resource no
 * action applies to, or an action no resource fits, is a mistake in the caller.
 */
export function allowByType(
  sid: string,
  actions: readonly string[],
  resources: readonly string[],
  condition?: ConditionBlock,
): PolicyStatement[] {
  const groups = new Map<string, { actions: string[]; resources: string[] }>();
  for (const resource of resources) {
    const fitting = actions.filter((a) => resourceTypesOf(a, resource).length > 0);
    if (fitting.length === 0)
      throw new Error(`${sid}: no action of ${actions.join(", ")} applies to ${resource}`);
    const type = resourceTypesOf(fitting[0]!, resource)[0]!;
    const group = groups.get(type) ?? { actions: fitting, resources: [] };
    group.resources.push(resource);
    groups.set(type, group);
  }
  const used = new Set([...groups.values()].flatMap((g) => g.actions));
  const unused = actions.filter((a) => !used.has(a));
  if (unused.length > 0) throw new Error(`${sid}: ${unused.join(", ")} fit none of ${resources.join(", ")}`);
  return [...groups.entries()].map(([type, g]) =>
    allow(`${sid}${pascal(type)}`, g.actions, g.resources, condition),
  );
}

/** "staging-eu" → "StagingEu": a Sid may hold only letters and digits. */
export function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** Reads that take no resource (Resource "*"), limited to the role's regions. */
export function readStatements(scope: RoleScope, actions: readonly string[]): PolicyStatement[] {
  return [allow("ReadState", actions, ["*"], inRegions(scope))];
}
