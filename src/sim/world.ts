import { createHash } from "node:crypto";
import { factsForImage } from "./facts.js";
import { Faults } from "./faults.js";
import { newHex, newId } from "./random.js";
import { createImageRecord, publishBaseImage } from "./services/ec2-images.js";
import { TIMINGS } from "./services/ec2-lifecycle.js";
import { nextPrivateIp } from "./services/ec2-network.js";
import {
  emptyState,
  type InstanceRecord,
  type ListenerRecord,
  type ListenerRuleRecord,
  type RedirectRecord,
  type RegionState,
  regionOf,
  type SimState,
} from "./state.js";
import { readInventory, readWorld } from "./world-file.js";
import type { World } from "./world-schema.js";

export { WORLD_FILE } from "./world-file.js";

const DAY = 86_400_000;

/** Builds a fresh simulator state from the world file under `root` (what `sim init` does). */
export async function loadWorld(root: string): Promise<SimState> {
  const { world, source, dir } = await readWorld(root);
  const state = emptyState({ account: world.account, now: world.start, seed: world.seed });
  const r = regionOf(state, world.region);
  addNetwork(r, world);
  for (const b of world.baseImages) {
    const o: Parameters<typeof publishBaseImage>[1] = {
      region: world.region,
      os: b.os,
      arch: b.arch,
      at: world.start - 14 * DAY,
    };
    if (b.release) o.release = b.release;
    publishBaseImage(state, o);
  }
  for (const [i, image] of world.images.entries()) {
    const inventory = image.inventory
      ? await readInventory(source, dir, image.inventory, ["images", i, "inventory"])
      : undefined;
    addImage(state, world, { image, inventory });
  }
  addLoadBalancing(state, world);
  addLaunchTemplates(state, world);
  await addFleets(state, world);
  addAlarms(r, world);
  for (const p of world.parameters) {
    r.parameters[p.name] = {
      name: p.name,
      type: p.type,
      value: p.value,
      version: 1,
      modifiedAt: world.start - DAY,
      tags: {},
    };
  }
  return state;
}

function addNetwork(r: RegionState, world: World): void {
  r.vpcs.push({
    id: world.vpc.id,
    cidr: world.vpc.cidr,
    tags: world.vpc.name ? { Name: world.vpc.name } : {},
  });
  for (const s of world.subnets)
    r.subnets.push({
      id: s.id,
      vpcId: world.vpc.id,
      availabilityZone: s.availabilityZone,
      cidr: s.cidr,
      tags: {},
      nextHost: 4,
    });
}

function addImage(
  state: SimState,
  world: World,
  o: { image: World["images"][number]; inventory: unknown },
): void {
  const { image } = o;
  const { imageId } = createImageRecord(state, {
    region: world.region,
    name: image.name,
    architecture: image.architecture,
    at: image.created,
    tags: image.tags,
    ...(image.description !== undefined ? { description: image.description } : {}),
    ...(o.inventory !== undefined ? { inventory: o.inventory } : {}),
  });
  // The world names its legacy AMI; keep that id instead of the generated one.
  const r = regionOf(state, world.region);
  const record = r.images[imageId]!;
  delete r.images[imageId];
  record.id = image.id;
  r.images[image.id] = record;
}

/** Load balancers, their target groups and listeners (forwarding to target groups by name). */
function addLoadBalancing(state: SimState, world: World): void {
  const { region, account } = world;
  const r = regionOf(state, region);
  for (const lb of world.loadBalancers) {
    const hex = newHex(state, "elb", 16);
    const arn = `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/app/${lb.name}/${hex}`;
    r.loadBalancers.push({
      arn,
      name: lb.name,
      dnsName: `${lb.name}-${parseInt(hex.slice(0, 8), 16)}.${region}.elb.amazonaws.com`,
      vpcId: world.vpc.id,
      subnets: lb.subnets,
      scheme: "internet-facing",
      createdAt: world.start - 365 * DAY,
      securityGroups: [],
    });
  }
  const lbArn = (name: string | undefined) => r.loadBalancers.find((lb) => lb.name === name)?.arn;
  for (const tg of world.targetGroups) {
    const arn = `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/${tg.name}/${newHex(state, "tg", 16)}`;
    const lb = lbArn(tg.loadBalancer);
    r.targetGroups[arn] = {
      arn,
      name: tg.name,
      vpcId: world.vpc.id,
      protocol: "HTTP",
      port: tg.port,
      healthCheck: { ...tg.healthCheck, port: "traffic-port", protocol: "HTTP", matcher: "200" },
      deregistrationDelaySeconds: tg.deregistrationDelaySeconds,
      loadBalancerArns: lb ? [lb] : [],
      targets: [],
      tags: {},
    };
  }
  for (const lb of world.loadBalancers) {
    for (const l of lb.listeners) {
      const arn = `${lbArn(lb.name)!.replace(":loadbalancer/", ":listener/")}/${newHex(state, "listener", 16)}`;
      const forward = (names: readonly string[] = []) =>
        names.map((t) => ({ targetGroupArn: targetGroupArn(r, t), weight: 1 }));
      const listener: ListenerRecord = {
        arn,
        loadBalancerArn: lbArn(lb.name)!,
        port: l.port,
        protocol: l.protocol,
        forward: forward(l.forward),
      };
      if (l.redirect) listener.redirect = redirectRecord(l.redirect);
      if (l.rules.length > 0) {
        listener.defaultRuleArn = ruleArn(arn, "default");
        listener.rules = l.rules.map((rule) => {
          const record: ListenerRuleRecord = {
            arn: ruleArn(arn, String(rule.priority)),
            priority: rule.priority,
            forward: forward(rule.forward),
          };
          if (rule.hostHeader) record.hostHeader = rule.hostHeader;
          if (rule.pathPattern) record.pathPattern = rule.pathPattern;
          if (rule.redirect) record.redirect = redirectRecord(rule.redirect);
          return record;
        });
      }
      r.listeners.push(listener);
    }
  }
}

/**
 * A listener rule's ARN, derived from its listener's and its priority rather than drawn from
 * the seeded sequence, so worlds without rules keep every id they had.
 */
function ruleArn(listenerArn: string, priority: string): string {
  const hex = createHash("sha256").update(`${listenerArn} ${priority}`).digest("hex").slice(0, 16);
  return `${listenerArn.replace(":listener/", ":listener-rule/")}/${hex}`;
}

function redirectRecord(
  r: NonNullable<World["loadBalancers"][number]["listeners"][number]["redirect"]>,
): RedirectRecord {
  const record: RedirectRecord = { statusCode: r.statusCode === 302 ? "HTTP_302" : "HTTP_301" };
  if (r.protocol) record.protocol = r.protocol;
  if (r.port !== undefined) record.port = String(r.port);
  if (r.host) record.host = r.host;
  if (r.path) record.path = r.path;
  return record;
}

function targetGroupArn(r: RegionState, name: string): string {
  return Object.values(r.targetGroups).find((t) => t.name === name)?.arn as string;
}

function addLaunchTemplates(state: SimState, world: World): void {
  const r = regionOf(state, world.region);
  for (const lt of world.launchTemplates) {
    const ltId = newId(state, "lt");
    r.launchTemplates[ltId] = {
      id: ltId,
      name: lt.name,
      createdAt: world.start - 365 * DAY,
      defaultVersion: 1,
      tags: lt.tags,
      versions: [
        {
          number: 1,
          createdAt: world.start - 365 * DAY,
          data: {
            ImageId: lt.imageId,
            InstanceType: lt.instanceType,
            MetadataOptions: { HttpTokens: "optional" },
            ...(lt.iamInstanceProfile ? { IamInstanceProfile: { Name: lt.iamInstanceProfile } } : {}),
          },
        },
      ],
    };
  }
}

/** The instances already serving each environment, registered in their target group. */
async function addFleets(state: SimState, world: World): Promise<void> {
  const r = regionOf(state, world.region);
  const noFaults = new Faults([]);

  for (const fleet of world.fleets) {
    const image = r.images[fleet.image]!;
    for (let n = 0; n < fleet.count; n++) {
      const subnet = r.subnets[n % r.subnets.length]!;
      const instanceId = newId(state, "i");
      const instance: InstanceRecord = {
        id: instanceId,
        reservationId: newId(state, "r"),
        imageId: image.id,
        instanceType: fleet.instanceType,
        architecture: image.architecture,
        subnetId: subnet.id,
        vpcId: subnet.vpcId,
        availabilityZone: subnet.availabilityZone,
        privateIp: nextPrivateIp(subnet),
        launchedAt: fleet.launchedAt,
        transitions: [
          { at: fleet.launchedAt, state: "pending" },
          { at: fleet.launchedAt + TIMINGS.pendingToRunning, state: "running" },
        ],
        reboots: [],
        // Servers built by hand carry no amipipe tags: a rollout finds them through their
        // target group and adopts them (tags them) at its first step.
        tags: { Name: `web-${fleet.environment}-${String(n + 1).padStart(2, "0")}` },
        metadataOptions: { httpTokens: "optional", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 },
        blockDevices: image.blockDevices.map((b) => ({
          deviceName: b.deviceName,
          volumeId: newId(state, "vol"),
          volumeSize: b.volumeSize,
          volumeType: b.volumeType,
          deleteOnTermination: true,
        })),
        securityGroupIds: [],
        facts: await factsForImage(image, {
          launchedAt: fleet.launchedAt,
          faults: noFaults,
          isNewestImage: false,
        }),
      };
      r.instances[instanceId] = instance;
      if (fleet.targetGroup)
        r.targetGroups[targetGroupArn(r, fleet.targetGroup)]!.targets.push({
          id: instanceId,
          port: 80,
          registeredAt: fleet.launchedAt + 600_000,
        });
    }
  }
}

/** Target-group alarms, each in the state the world gives it since a day before the start. */
function addAlarms(r: RegionState, world: World): void {
  for (const a of world.alarms) {
    const tg = r.targetGroups[targetGroupArn(r, a.targetGroup)]!;
    const lb = r.loadBalancers.find((l) => tg.loadBalancerArns.includes(l.arn));
    r.alarms[a.name] = {
      name: a.name,
      arn: `arn:aws:cloudwatch:${world.region}:${world.account}:alarm:${a.name}`,
      description: `${a.metric} of ${a.targetGroup} above ${a.threshold}`,
      metricName: a.metric,
      namespace: "AWS/ApplicationELB",
      statistic: "Sum",
      period: 60,
      evaluationPeriods: 1,
      threshold: a.threshold,
      comparisonOperator: "GreaterThanThreshold",
      dimensions: [
        { name: "TargetGroup", value: tg.arn.slice(tg.arn.indexOf("targetgroup/")) },
        ...(lb ? [{ name: "LoadBalancer", value: lb.arn.slice(lb.arn.indexOf("app/")) }] : []),
      ],
      history: [
        {
          at: world.start - DAY,
          state: a.state,
          reason: "Threshold Crossed: no datapoints were above the threshold",
        },
      ],
    };
  }
}
