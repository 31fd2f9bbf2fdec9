import { DescribeAlarmsCommand } from "@aws-sdk/client-cloudwatch";
import {
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { Ports } from "../ports/context.js";
import type { HttpPort } from "../ports/http.js";
import type { CheckResult } from "./types.js";

/** The environment's target group and the load balancer in front of it, looked up once. */
export interface EnvironmentEdge {
  environment: string;
  region: string;
  targetGroup: string;
  targetGroupArn?: string;
  /** The load balancer's DNS name, when the target group is behind one. */
  dnsName?: string;
}

export async function resolveEdge(
  ctx: Ports,
  o: { environment: string; region: string; targetGroup: string },
): Promise<EnvironmentEdge> {
  const elbv2 = ctx.aws.elbv2(o.region);
  const group = (await elbv2.send(new DescribeTargetGroupsCommand({ Names: [o.targetGroup] })))
    .TargetGroups?.[0];
  const edge: EnvironmentEdge = { ...o };
  if (!group?.TargetGroupArn) return edge;
  edge.targetGroupArn = group.TargetGroupArn;
  const lbArns = group.LoadBalancerArns ?? [];
  if (lbArns.length === 0) return edge;
  const lbs =
    (await elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: lbArns }))).LoadBalancers ?? [];
  const dns = (lbs.find((lb) => lb.Type === "application") ?? lbs[0])?.DNSName;
  if (dns) edge.dnsName = dns;
  return edge;
}

/** Every registered target of the environment is healthy (or still warming up), and at least one serves. */
export async function checkTargetHealth(
  ctx: Ports,
  edge: EnvironmentEdge,
  sample: number,
): Promise<CheckResult> {
  const health = edge.targetGroupArn
    ? await ctx.aws
        .elbv2(edge.region)
        .send(new DescribeTargetHealthCommand({ TargetGroupArn: edge.targetGroupArn }))
    : { TargetHealthDescriptions: [] };
  const states = (health.TargetHealthDescriptions ?? []).map((t) => ({
    id: t.Target?.Id ?? "",
    state: t.TargetHealth?.State ?? "unknown",
  }));
  const bad = states.filter((s) => !["healthy", "initial", "draining"].includes(s.state));
  const healthy = states.filter((s) => s.state === "healthy").length;
  return {
    name: "target-health",
    level: "environment",
    target: edge.environment,
    passed: bad.length === 0 && healthy > 0,
    summary: !edge.targetGroupArn
      ? `target group ${edge.targetGroup} not found`
      : bad.length > 0
        ? `unhealthy in ${edge.targetGroup}: ${bad.map((s) => `${s.id} ${s.state}`).join(", ")}`
        : `${healthy} healthy target(s) in ${edge.targetGroup}`,
    evidence: { sample, targetGroup: edge.targetGroup, targets: states },
  };
}

/** The environment's CloudWatch alarms are all quiet (none in ALARM, none missing). */
export async function checkAlarms(
  ctx: Ports,
  o: { region: string; environment: string; names: readonly string[]; sample: number },
): Promise<CheckResult> {
  const out = await ctx.aws
    .cloudwatch(o.region)
    .send(new DescribeAlarmsCommand({ AlarmNames: [...o.names] }));
  const states = (out.MetricAlarms ?? []).map((a) => ({
    name: a.AlarmName ?? "",
    state: a.StateValue ?? "INSUFFICIENT_DATA",
  }));
  const firing = states.filter((a) => a.state === "ALARM");
  const unknown = o.names.filter((n) => !states.some((s) => s.name === n));
  return {
    name: "alarms",
    level: "environment",
    target: o.environment,
    passed: firing.length === 0 && unknown.length === 0,
    summary:
      firing.length > 0
        ? `alarm ${firing.map((a) => a.name).join(", ")} firing`
        : unknown.length > 0
          ? `alarm(s) not found: ${unknown.join(", ")}`
          : `${states.length} alarm(s) quiet`,
    evidence: { sample: o.sample, alarms: states },
  };
}

const HTTP_TIMEOUT_MS = 5_000;

/** An HTTP GET through the load balancer (its DNS name + verify.http.path) answers the expected status. */
export async function checkHttp(
  http: HttpPort,
  edge: EnvironmentEdge,
  o: { path: string; expect: number; sample: number },
): Promise<CheckResult> {
  const base = { name: "http", level: "environment" as const, target: edge.environment };
  if (!edge.dnsName) {
    return {
      ...base,
      passed: false,
      summary: `target group ${edge.targetGroup} is behind no load balancer: nothing to send HTTP to`,
      evidence: { sample: o.sample, targetGroup: edge.targetGroup },
    };
  }
  const url = `http://${edge.dnsName}${o.path.startsWith("/") ? o.path : `/${o.path}`}`;
  const response = await http.get({
    url,
    timeoutMs: HTTP_TIMEOUT_MS,
    ...(edge.targetGroupArn ? { via: { targetGroupArn: edge.targetGroupArn } } : {}),
  });
  const passed = response.status === o.expect;
  return {
    ...base,
    passed,
    summary:
      response.status === 0
        ? `GET ${url} got no answer: ${response.error ?? "unknown error"}`
        : `GET ${url} → ${response.status}${passed ? "" : ` (expected ${o.expect})`}`,
    evidence: {
      sample: o.sample,
      url,
      status: response.status,
      expected: o.expect,
      ...(response.error ? { error: response.error } : {}),
    },
  };
}
