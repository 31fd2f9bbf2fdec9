import type { AwsFactory } from "../aws/clients.js";
import { OperationFailed } from "../errors.js";
import { resolveTargetGroup, type TargetGroupRef } from "../fleet/target-group.js";
import type { HttpPort } from "../ports/http.js";
import { ENVIRONMENT_CHECKS } from "./catalogue.js";
import type { HttpSettings } from "./http-route.js";
import { findRoutes, type RouteLookup } from "./listener.js";
import type { EnvironmentScope, RecipeScope } from "./scope.js";
import type { CheckResult } from "./types.js";

/**
 * The scope of one verifier's soak samples; the target group and the listener routes are looked
 * up on first use and kept (neither changes while a fleet soaks).
 */
export function environmentScope(o: {
  aws: AwsFactory;
  environment: string;
  region: string;
  targetGroup: string;
  wants: number;
  alarms: readonly string[];
  http?: { port: HttpPort; settings: HttpSettings };
  recipe?: RecipeScope;
  /** The target group as the rollout already resolved it. */
  group?: TargetGroupRef;
}): EnvironmentScope {
  let group: Promise<TargetGroupRef | undefined> | undefined = o.group ? Promise.resolve(o.group) : undefined;
  let route: Promise<RouteLookup> | undefined;
  const scope: EnvironmentScope = {
    environment: o.environment,
    region: o.region,
    targetGroup: o.targetGroup,
    wants: o.wants,
    alarms: o.alarms,
    aws: o.aws,
    group: () => {
      group ??= resolveTargetGroup(o.aws, o.region, o.targetGroup).catch((error: unknown) => {
        // A missing target group is the target-health check's finding, not an error of the soak.
        if (error instanceof OperationFailed && error.code === "not-found") return undefined;
        throw error;
      });
      return group;
    },
    route: () => {
      route ??= scope.group().then((found) =>
        findRoutes(o.aws, {
          targetGroup: o.targetGroup,
          group: found,
          ...(o.http ? { http: o.http.settings } : {}),
        }),
      );
      return route;
    },
  };
  if (o.http) scope.http = o.http;
  if (o.recipe) scope.recipe = o.recipe;
  return scope;
}

/**
 * One soak sample: the catalogue's environment checks that fit the scope, in catalogue order.
 * Checks for recipe images run only when the scope has a recipe; `once` checks only in the
 * first sample this sampler takes. The one place soak samples are put together, for the full
 * verifier and the target-health verifier alike.
 */
export function soakSampler(scope: EnvironmentScope): (sample: number) => Promise<CheckResult[]> {
  const checks = ENVIRONMENT_CHECKS.filter((c) => c.images === "any-image" || scope.recipe);
  const done = new Set<string>();
  return async (sample) => {
    const results: CheckResult[] = [];
    for (const check of checks) {
      if (check.cadence === "once") {
        if (done.has(check.name)) continue;
        done.add(check.name);
      }
      results.push(...(await check.evaluate(scope, sample)));
    }
    return results;
  };
}
