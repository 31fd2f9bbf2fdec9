import type {
  DeregisterTargetsCommandInput,
  DescribeListenersCommandInput,
  DescribeListenersCommandOutput,
  DescribeLoadBalancersCommandInput,
  DescribeLoadBalancersCommandOutput,
  DescribeTagsCommandInput,
  DescribeTagsCommandOutput,
  DescribeTargetGroupAttributesCommandInput,
  DescribeTargetGroupAttributesCommandOutput,
  DescribeTargetGroupsCommandInput,
  DescribeTargetGroupsCommandOutput,
  DescribeTargetHealthCommandInput,
  DescribeTargetHealthCommandOutput,
  ModifyTargetGroupAttributesCommandInput,
  ModifyTargetGroupAttributesCommandOutput,
  ModifyTargetGroupCommandInput,
  ModifyTargetGroupCommandOutput,
  RegisterTargetsCommandInput,
  TargetGroup,
  TargetHealthDescription,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { SimCallContext, SimEngine } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import type { RegionState, TargetGroupRecord } from "../state.js";
import { stateAt } from "./ec2-lifecycle.js";
import { healthAt, listedEpisodes, notRegisteredHealth, pruneEpisodes } from "./elbv2-health.js";
import { actionsOf, describeRules } from "./elbv2-rules.js";
import { page, tagList } from "./filters.js";

type Out<T> = Omit<T, "$metadata">;

function findTargetGroup(r: RegionState, arn: string | undefined): TargetGroupRecord {
  const tg = arn ? r.targetGroups[arn] : undefined;
  if (!tg) throw notFound("TargetGroupNotFound", `Target groups '${arn}' not found`);
  return tg;
}

function toTargetGroup(tg: TargetGroupRecord): TargetGroup {
  return {
    TargetGroupArn: tg.arn,
    TargetGroupName: tg.name,
    Protocol: tg.protocol as "HTTP",
    Port: tg.port,
    VpcId: tg.vpcId,
    HealthCheckProtocol: tg.healthCheck.protocol as "HTTP",
    HealthCheckPort: tg.healthCheck.port,
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: tg.healthCheck.intervalSeconds,
    HealthCheckTimeoutSeconds: tg.healthCheck.timeoutSeconds,
    HealthyThresholdCount: tg.healthCheck.healthyThreshold,
    UnhealthyThresholdCount: tg.healthCheck.unhealthyThreshold,
    HealthCheckPath: tg.healthCheck.path,
    Matcher: { HttpCode: tg.healthCheck.matcher },
    LoadBalancerArns: [...tg.loadBalancerArns],
    TargetType: "instance",
    ProtocolVersion: "HTTP1",
    IpAddressType: "ipv4",
  };
}

function describeLoadBalancers(
  input: DescribeLoadBalancersCommandInput,
  { r }: SimCallContext,
): Out<DescribeLoadBalancersCommandOutput> {
  const names = input.Names ?? [];
  const arns = input.LoadBalancerArns ?? [];
  const found = r.loadBalancers.filter(
    (lb) => (names.length === 0 || names.includes(lb.name)) && (arns.length === 0 || arns.includes(lb.arn)),
  );
  const missing = [
    ...names.filter((n) => !found.some((lb) => lb.name === n)),
    ...arns.filter((a) => !found.some((lb) => lb.arn === a)),
  ];
  if (missing.length > 0)
    throw notFound("LoadBalancerNotFound", `Load balancers '[${missing.join(", ")}]' not found`);
  const { items, nextToken } = page(found, input.PageSize, input.Marker, { min: 1, max: 400, default: 400 });
  return {
    LoadBalancers: items.map((lb) => ({
      LoadBalancerArn: lb.arn,
      LoadBalancerName: lb.name,
      DNSName: lb.dnsName,
      CanonicalHostedZoneId: "Z14GRHDCWA56QT",
      CreatedTime: new Date(lb.createdAt),
      Scheme: lb.scheme as "internet-facing",
      VpcId: lb.vpcId,
      State: { Code: "active" },
      Type: "application",
      IpAddressType: "ipv4",
      SecurityGroups: [...lb.securityGroups],
      AvailabilityZones: lb.subnets.map((s) => ({
        SubnetId: s,
        ZoneName: r.subnets.find((x) => x.id === s)?.availabilityZone ?? "",
      })),
    })),
    ...(nextToken ? { NextMarker: nextToken } : {}),
  };
}

function describeTargetGroups(
  input: DescribeTargetGroupsCommandInput,
  { r }: SimCallContext,
): Out<DescribeTargetGroupsCommandOutput> {
  const names = input.Names ?? [];
  const arns = input.TargetGroupArns ?? [];
  if (input.LoadBalancerArn && !r.loadBalancers.some((lb) => lb.arn === input.LoadBalancerArn)) {
    throw notFound("LoadBalancerNotFound", `Load balancer '${input.LoadBalancerArn}' not found`);
  }
  const found = Object.values(r.targetGroups).filter(
    (tg) =>
      (names.length === 0 || names.includes(tg.name)) &&
      (arns.length === 0 || arns.includes(tg.arn)) &&
      (!input.LoadBalancerArn || tg.loadBalancerArns.includes(input.LoadBalancerArn)),
  );
  const missing = [
    ...names.filter((n) => !found.some((tg) => tg.name === n)),
    ...arns.filter((a) => !found.some((tg) => tg.arn === a)),
  ];
  if (missing.length > 0) throw notFound("TargetGroupNotFound", `One or more target groups not found`);
  const { items, nextToken } = page(found, input.PageSize, input.Marker, { min: 1, max: 400, default: 400 });
  return { TargetGroups: items.map(toTargetGroup), ...(nextToken ? { NextMarker: nextToken } : {}) };
}

function describeListeners(
  input: DescribeListenersCommandInput,
  { r }: SimCallContext,
): Out<DescribeListenersCommandOutput> {
  if (!input.LoadBalancerArn && !input.ListenerArns?.length)
    throw new SimError("ValidationError", "You must specify either listener ARNs or a load balancer ARN");
  if (input.LoadBalancerArn && !r.loadBalancers.some((lb) => lb.arn === input.LoadBalancerArn)) {
    throw notFound("LoadBalancerNotFound", `Load balancer '${input.LoadBalancerArn}' not found`);
  }
  const listeners = r.listeners.filter(
    (l) =>
      (!input.LoadBalancerArn || l.loadBalancerArn === input.LoadBalancerArn) &&
      (!input.ListenerArns?.length || input.ListenerArns.includes(l.arn)),
  );
  if (input.ListenerArns?.length && listeners.length < input.ListenerArns.length)
    throw notFound("ListenerNotFound", "One or more listeners not found");
  return {
    Listeners: listeners.map((l) => ({
      ListenerArn: l.arn,
      LoadBalancerArn: l.loadBalancerArn,
      Port: l.port,
      Protocol: l.protocol as "HTTP",
      DefaultActions: actionsOf(l),
    })),
  };
}

function registerTargets(input: RegisterTargetsCommandInput, ctx: SimCallContext): Record<string, never> {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  const targets = input.Targets ?? [];
  const invalid = targets.filter((t) => {
    const instance = t.Id ? ctx.r.instances[t.Id] : undefined;
    return !instance || instance.vpcId !== tg.vpcId || stateAt(instance, ctx.now) !== "running";
  });
  if (invalid.length > 0) {
    throw new SimError(
      "InvalidTarget",
      `The following targets are not in a running state and cannot be registered: '${invalid.map((t) => t.Id).join("', '")}'`,
    );
  }
  for (const t of targets) {
    const port = t.Port ?? tg.port;
    const current = [...tg.targets].reverse().find((e) => e.id === t.Id && e.port === port);
    // Registering a registered target changes nothing; a draining one is registered anew.
    if (current && current.deregisteredAt === undefined) continue;
    tg.targets.push({ id: t.Id!, port, registeredAt: ctx.now });
  }
  return {};
}

function deregisterTargets(input: DeregisterTargetsCommandInput, ctx: SimCallContext): Record<string, never> {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  for (const t of input.Targets ?? []) {
    const port = t.Port ?? tg.port;
    const current = tg.targets.find(
      (e) => e.id === t.Id && e.port === port && e.deregisteredAt === undefined,
    );
    if (current) current.deregisteredAt = ctx.now;
  }
  pruneEpisodes(tg, ctx.now);
  return {};
}

function describeTargetHealth(
  input: DescribeTargetHealthCommandInput,
  ctx: SimCallContext,
): Out<DescribeTargetHealthCommandOutput> {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  const describe = (
    id: string,
    port: number,
    health: { state: string; reason?: string; description?: string },
  ): TargetHealthDescription => ({
    Target: { Id: id, Port: port },
    HealthCheckPort: tg.healthCheck.port === "traffic-port" ? String(port) : tg.healthCheck.port,
    TargetHealth: {
      State: health.state as "healthy",
      ...(health.reason ? { Reason: health.reason as "Elb.InitialHealthChecking" } : {}),
      ...(health.description ? { Description: health.description } : {}),
    },
  });
  if (input.Targets?.length) {
    return {
      TargetHealthDescriptions: input.Targets.map((t) => {
        const port = t.Port ?? tg.port;
        if (!t.Id || !ctx.r.instances[t.Id])
          throw new SimError("InvalidTarget", `The target '${t.Id}' is not valid`);
        const episode = [...tg.targets]
          .reverse()
          .find((e) => e.id === t.Id && e.port === port && e.registeredAt <= ctx.now);
        const health = episode ? healthAt(tg, episode, ctx.r, ctx.now) : undefined;
        return describe(t.Id, port, health ?? notRegisteredHealth());
      }),
    };
  }
  return {
    TargetHealthDescriptions: listedEpisodes(tg, ctx.r, ctx.now).map(({ episode, health }) =>
      describe(episode.id, episode.port, health),
    ),
  };
}

function attributesOf(tg: TargetGroupRecord) {
  return [
    { Key: "deregistration_delay.timeout_seconds", Value: String(tg.deregistrationDelaySeconds) },
    { Key: "stickiness.enabled", Value: "false" },
    { Key: "load_balancing.algorithm.type", Value: "round_robin" },
    { Key: "slow_start.duration_seconds", Value: "0" },
  ];
}

function describeTargetGroupAttributes(
  input: DescribeTargetGroupAttributesCommandInput,
  ctx: SimCallContext,
): Out<DescribeTargetGroupAttributesCommandOutput> {
  return { Attributes: attributesOf(findTargetGroup(ctx.r, input.TargetGroupArn)) };
}

function modifyTargetGroupAttributes(
  input: ModifyTargetGroupAttributesCommandInput,
  ctx: SimCallContext,
): Out<ModifyTargetGroupAttributesCommandOutput> {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  for (const a of input.Attributes ?? []) {
    if (a.Key === "deregistration_delay.timeout_seconds") {
      const seconds = Number(a.Value);
      if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600)
        throw new SimError("ValidationError", `Invalid deregistration delay '${a.Value}'`);
      tg.deregistrationDelaySeconds = seconds;
    }
  }
  return { Attributes: attributesOf(tg) };
}

function modifyTargetGroup(
  input: ModifyTargetGroupCommandInput,
  ctx: SimCallContext,
): Out<ModifyTargetGroupCommandOutput> {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  const hc = tg.healthCheck;
  if (input.HealthCheckPath !== undefined) hc.path = input.HealthCheckPath;
  if (input.HealthCheckIntervalSeconds !== undefined) hc.intervalSeconds = input.HealthCheckIntervalSeconds;
  if (input.HealthCheckTimeoutSeconds !== undefined) hc.timeoutSeconds = input.HealthCheckTimeoutSeconds;
  if (input.HealthyThresholdCount !== undefined) hc.healthyThreshold = input.HealthyThresholdCount;
  if (input.UnhealthyThresholdCount !== undefined) hc.unhealthyThreshold = input.UnhealthyThresholdCount;
  if (input.Matcher?.HttpCode !== undefined) hc.matcher = input.Matcher.HttpCode;
  return { TargetGroups: [toTargetGroup(tg)] };
}

function describeTags(
  input: DescribeTagsCommandInput,
  { r }: SimCallContext,
): Out<DescribeTagsCommandOutput> {
  return {
    TagDescriptions: (input.ResourceArns ?? []).map((arn) => {
      const tg = r.targetGroups[arn];
      if (tg) return { ResourceArn: arn, Tags: tagList(tg.tags) };
      if (r.loadBalancers.some((lb) => lb.arn === arn)) return { ResourceArn: arn, Tags: [] };
      throw notFound("TargetGroupNotFound", `Resource '${arn}' not found`);
    }),
  };
}

/** Elastic Load Balancing v2: the ALB, its listeners and their rules, target groups and target health. */
export function register(engine: SimEngine): void {
  engine.register("elbv2", {
    DescribeLoadBalancers: describeLoadBalancers,
    DescribeTargetGroups: describeTargetGroups,
    DescribeListeners: describeListeners,
    DescribeRules: describeRules,
    RegisterTargets: registerTargets,
    DeregisterTargets: deregisterTargets,
    DescribeTargetHealth: describeTargetHealth,
    DescribeTargetGroupAttributes: describeTargetGroupAttributes,
    ModifyTargetGroupAttributes: modifyTargetGroupAttributes,
    ModifyTargetGroup: modifyTargetGroup,
    DescribeTags: describeTags,
  });
}
