import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  type Rule,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { AwsFactory } from "../aws/clients.js";
import { collectPages } from "../aws/pagination.js";
import type { TargetGroupRef } from "../fleet/target-group.js";
import type { Finding } from "../ports/verifier.js";
import { type HttpRoute, type HttpSettings, type ListenerSet, routesTo } from "./http-route.js";

/** Where HTTP to an environment goes: its target group, the load balancers in front of it and the routes found. */
export interface RouteLookup {
  targetGroup: string;
  /** Absent: the target group does not exist. */
  targetGroupArn?: string;
  /** The application load balancers the target group is attached to. */
  loadBalancers: string[];
  routes: HttpRoute[];
  /** Why each rule that forwards to the group could not be used by the check. */
  rejected: string[];
}

/**
 * Every route from the target group's load balancers to it: DescribeLoadBalancers (their DNS
 * names), DescribeListeners and DescribeRules per listener, then the listener rules evaluated
 * as an ALB does (http-route.ts). `group` undefined: the target group does not exist.
 */
export async function findRoutes(
  aws: AwsFactory,
  o: { targetGroup: string; group: TargetGroupRef | undefined; http?: HttpSettings },
): Promise<RouteLookup> {
  const settings = o.http ?? { path: "/", expect: 200 };
  const lookup: RouteLookup = { targetGroup: o.targetGroup, loadBalancers: [], routes: [], rejected: [] };
  const group = o.group;
  if (!group) return lookup;
  lookup.targetGroupArn = group.arn;
  if (group.loadBalancerArns.length === 0) return lookup;
  const elbv2 = aws.elbv2(group.region);
  const lbs =
    (await elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: group.loadBalancerArns })))
      .LoadBalancers ?? [];
  for (const lb of lbs) {
    if (lb.Type !== "application" || !lb.LoadBalancerArn || !lb.DNSName) continue;
    lookup.loadBalancers.push(lb.LoadBalancerName ?? lb.LoadBalancerArn);
    const listeners = await collectPages(async (marker) => {
      const page = await elbv2.send(
        new DescribeListenersCommand({
          LoadBalancerArn: lb.LoadBalancerArn,
          ...(marker ? { Marker: marker } : {}),
        }),
      );
      return { items: page.Listeners, next: page.NextMarker };
    });
    const rules = new Map<string, Rule[]>();
    for (const listener of listeners) {
      if (!listener.ListenerArn) continue;
      rules.set(
        listener.ListenerArn,
        await collectPages(async (marker) => {
          const page = await elbv2.send(
            new DescribeRulesCommand({
              ListenerArn: listener.ListenerArn,
              ...(marker ? { Marker: marker } : {}),
            }),
          );
          return { items: page.Rules, next: page.NextMarker };
        }),
      );
    }
    const set: ListenerSet = { dnsName: lb.DNSName, listeners, rules };
    const found = routesTo(group.arn, set, settings);
    lookup.routes.push(...found.routes);
    lookup.rejected.push(...found.rejected.map((r) => `${lb.LoadBalancerName ?? lb.DNSName} ${r}`));
  }
  return lookup;
}

/**
 * The route HTTP takes to the environment's target group, or undefined when no listener
 * forwards to it (or none in a way the check can reproduce: see `findRoutes(…).rejected`).
 * For the rollout's preflight: an environment whose target group no listener uses serves
 * nobody, whatever its target health says.
 */
export async function listenerFor(
  aws: AwsFactory,
  o: { group: TargetGroupRef; http?: HttpSettings },
): Promise<HttpRoute | undefined> {
  return (await findRoutes(aws, { targetGroup: o.group.name, ...o })).routes[0];
}

/**
 * The rollout's preflight: a target group no listener rule forwards to serves nobody, however
 * healthy its targets (AWS reports them `unused`). Said before anything launches, with the
 * rules that were considered.
 */
export async function listenerPreflight(
  aws: AwsFactory,
  o: { environment: string; group: TargetGroupRef; http?: HttpSettings },
): Promise<Finding[]> {
  // An explicit URL is the user's own route (a CDN, another proxy): nothing to look up.
  if (o.http?.url) return [];
  const lookup = await findRoutes(aws, { targetGroup: o.group.name, ...o });
  if (lookup.routes.length > 0) return [];
  const why =
    lookup.loadBalancers.length === 0
      ? `target group ${o.group.name} is attached to no application load balancer`
      : `no listener rule of ${lookup.loadBalancers.join(", ")} forwards to target group ${o.group.name}${lookup.rejected.length > 0 ? ` (${lookup.rejected.join("; ")})` : ""}`;
  return [
    {
      name: "preflight:listener",
      level: "environment",
      target: o.environment,
      passed: false,
      summary: `${why}: new instances would serve nobody; add a listener rule that forwards to it, or fix fleet.targetGroup`,
      evidence: { targetGroup: o.group.name, loadBalancers: lookup.loadBalancers, rejected: lookup.rejected },
    },
  ];
}
