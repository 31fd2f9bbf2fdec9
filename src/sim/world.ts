import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { TAG } from "../aws/tags.js";
import { ARCHITECTURES, BASE_OS } from "../config/schema.js";
import { YamlSource } from "../config/yaml-source.js";
import { findingsFromIssues } from "../config/zod-problems.js";
import { ConfigError, type ConfigProblem } from "../errors.js";
import { inventorySchema } from "../probes/schema.js";
import { factsForImage } from "./facts.js";
import { Faults } from "./faults.js";
import { newHex, newId } from "./random.js";
import { createImageRecord, publishBaseImage } from "./services/ec2-images.js";
import { nextPrivateIp } from "./services/ec2-network.js";
import { emptyState, type InstanceRecord, regionOf, type SimState } from "./state.js";

export const WORLD_FILE = "sim/world.yml";

const isoTime = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const ms = v instanceof Date ? v.getTime() : Date.parse(v);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: "custom", message: `an ISO time like 2026-05-01T00:00:00Z (got: '${String(v)}')` });
    return z.NEVER;
  }
  return ms;
});
const tags = z.record(z.string(), z.string()).default({});
const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}-[0-9a-f]{8,17}$`), `an id like ${prefix}-0123456789abcdef0`);

export const worldSchema = z.strictObject({
  account: z.string().regex(/^\d{12}$/, "a 12-digit AWS account id"),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region like ap-northeast-1"),
  start: isoTime,
  seed: z.number().int().default(1),
  vpc: z.strictObject({ id: id("vpc"), cidr: z.string(), name: z.string().optional() }),
  subnets: z
    .array(z.strictObject({ id: id("subnet"), availabilityZone: z.string(), cidr: z.string() }))
    .min(1),
  baseImages: z
    .array(
      z.strictObject({ os: z.enum(BASE_OS), arch: z.enum(ARCHITECTURES), release: z.string().optional() }),
    )
    .default([]),
  images: z
    .array(
      z.strictObject({
        id: id("ami"),
        name: z.string(),
        description: z.string().optional(),
        architecture: z.enum(ARCHITECTURES).default("x86_64"),
        created: isoTime,
        /** Inventory JSON (relative to the world file) its instances report. */
        inventory: z.string().optional(),
        tags,
      }),
    )
    .default([]),
  loadBalancers: z
    .array(
      z.strictObject({
        name: z.string(),
        subnets: z.array(z.string()).min(2),
        listeners: z
          .array(
            z.strictObject({
              port: z.number().int(),
              protocol: z.enum(["HTTP", "HTTPS"]),
              forward: z.array(z.string()).min(1),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
  targetGroups: z
    .array(
      z.strictObject({
        name: z.string(),
        loadBalancer: z.string().optional(),
        port: z.number().int().default(80),
        healthCheck: z.strictObject({
          path: z.string().default("/"),
          intervalSeconds: z.number().int().min(5).max(300).default(30),
          timeoutSeconds: z.number().int().min(2).max(120).default(5),
          healthyThreshold: z.number().int().min(2).max(10).default(5),
          unhealthyThreshold: z.number().int().min(2).max(10).default(2),
        }),
        deregistrationDelaySeconds: z.number().int().min(0).max(3600).default(300),
      }),
    )
    .default([]),
  launchTemplates: z
    .array(
      z.strictObject({
        name: z.string(),
        imageId: z.string(),
        instanceType: z.string().default("t3.medium"),
        tags,
      }),
    )
    .default([]),
  fleets: z
    .array(
      z.strictObject({
        environment: z.string(),
        count: z.number().int().min(0),
        image: id("ami"),
        instanceType: z.string().default("t3.medium"),
        targetGroup: z.string().optional(),
        launchedAt: isoTime,
      }),
    )
    .default([]),
  alarms: z
    .array(
      z.strictObject({
        name: z.string(),
        targetGroup: z.string(),
        metric: z.string(),
        threshold: z.number(),
        state: z.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]).default("OK"),
      }),
    )
    .default([]),
  parameters: z
    .array(
      z.strictObject({
        name: z.string(),
        type: z.enum(["String", "StringList", "SecureString"]),
        value: z.string(),
      }),
    )
    .default([]),
});

export type World = z.infer<typeof worldSchema>;

/** Reads sim/world.yml under `root`; every problem is reported with file:line:column. */
export async function readWorld(root: string): Promise<{ world: World; source: YamlSource; dir: string }> {
  const file = path.join(root, WORLD_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ConfigError([
      { file: WORLD_FILE, line: 1, column: 1, path: "", message: `no world file (expected ${file})` },
    ]);
  }
  const source = new YamlSource(WORLD_FILE, text);
  if (source.syntaxProblems.length > 0) throw new ConfigError(source.syntaxProblems);
  const data = source.value();
  const parsed = worldSchema.safeParse(data);
  if (!parsed.success)
    throw new ConfigError(
      findingsFromIssues(parsed.error.issues, worldSchema, data).map((f) => source.problem(f)),
    );
  const world = parsed.data;
  const problems: ConfigProblem[] = [];
  const subnetIds = new Set(world.subnets.map((s) => s.id));
  const tgNames = new Set(world.targetGroups.map((t) => t.name));
  const imageIds = new Set(world.images.map((i) => i.id));
  world.loadBalancers.forEach((lb, i) => {
    lb.subnets.forEach((s, j) => {
      if (!subnetIds.has(s))
        problems.push(
          source.problem({ path: ["loadBalancers", i, "subnets", j], message: `unknown subnet '${s}'` }),
        );
    });
    lb.listeners.forEach((l, j) => {
      l.forward.forEach((t, k) => {
        if (!tgNames.has(t))
          problems.push(
            source.problem({
              path: ["loadBalancers", i, "listeners", j, "forward", k],
              message: `unknown target group '${t}'`,
            }),
          );
      });
    });
  });
  world.fleets.forEach((f, i) => {
    if (!imageIds.has(f.image))
      problems.push(source.problem({ path: ["fleets", i, "image"], message: `unknown image '${f.image}'` }));
    if (f.targetGroup && !tgNames.has(f.targetGroup))
      problems.push(
        source.problem({
          path: ["fleets", i, "targetGroup"],
          message: `unknown target group '${f.targetGroup}'`,
        }),
      );
  });
  world.alarms.forEach((a, i) => {
    if (!tgNames.has(a.targetGroup))
      problems.push(
        source.problem({
          path: ["alarms", i, "targetGroup"],
          message: `unknown target group '${a.targetGroup}'`,
        }),
      );
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return { world, source, dir: path.dirname(file) };
}

async function readInventory(
  source: YamlSource,
  dir: string,
  ref: string,
  at: Array<string | number>,
): Promise<unknown> {
  const file = path.resolve(dir, ref);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError([
      source.problem({ path: at, message: `cannot read inventory ${ref}: ${(error as Error).message}` }),
    ]);
  }
  const parsed = inventorySchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError([
      source.problem({
        path: at,
        message: `${ref} is not an inventory: ${first?.path.join(".")}: ${first?.message}`,
      }),
    ]);
  }
  return parsed.data;
}

/** Builds a fresh simulator state from the world file under `root` (what `sim init` does). */
export async function loadWorld(root: string): Promise<SimState> {
  const { world, source, dir } = await readWorld(root);
  const state = emptyState({ account: world.account, now: world.start, seed: world.seed });
  const region = world.region;
  const r = regionOf(state, region);

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

  for (const b of world.baseImages) {
    const o: Parameters<typeof publishBaseImage>[1] = {
      region,
      os: b.os,
      arch: b.arch,
      at: world.start - 14 * 86_400_000,
    };
    if (b.release) o.release = b.release;
    publishBaseImage(state, o);
  }

  for (const [i, image] of world.images.entries()) {
    const { imageId } = createImageRecord(state, {
      region,
      name: image.name,
      architecture: image.architecture,
      at: image.created,
      tags: image.tags,
      ...(image.description !== undefined ? { description: image.description } : {}),
      ...(image.inventory
        ? { inventory: await readInventory(source, dir, image.inventory, ["images", i, "inventory"]) }
        : {}),
    });
    // The world names its legacy AMI; keep that id instead of the generated one.
    const record = r.images[imageId]!;
    delete r.images[imageId];
    record.id = image.id;
    r.images[image.id] = record;
  }

  for (const lb of world.loadBalancers) {
    const hex = newHex(state, "elb", 16);
    const arn = `arn:aws:elasticloadbalancing:${region}:${world.account}:loadbalancer/app/${lb.name}/${hex}`;
    r.loadBalancers.push({
      arn,
      name: lb.name,
      dnsName: `${lb.name}-${parseInt(hex.slice(0, 8), 16)}.${region}.elb.amazonaws.com`,
      vpcId: world.vpc.id,
      subnets: lb.subnets,
      scheme: "internet-facing",
      createdAt: world.start - 365 * 86_400_000,
      securityGroups: [],
    });
  }
  const lbArn = (name: string | undefined) => r.loadBalancers.find((lb) => lb.name === name)?.arn;
  for (const tg of world.targetGroups) {
    const arn = `arn:aws:elasticloadbalancing:${region}:${world.account}:targetgroup/${tg.name}/${newHex(state, "tg", 16)}`;
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
  const tgArn = (name: string) => Object.values(r.targetGroups).find((t) => t.name === name)?.arn as string;
  for (const lb of world.loadBalancers) {
    for (const l of lb.listeners) {
      r.listeners.push({
        arn: `${lbArn(lb.name)!.replace(":loadbalancer/", ":listener/")}/${newHex(state, "listener", 16)}`,
        loadBalancerArn: lbArn(lb.name)!,
        port: l.port,
        protocol: l.protocol,
        forward: l.forward.map((t) => ({ targetGroupArn: tgArn(t), weight: 1 })),
      });
    }
  }

  for (const lt of world.launchTemplates) {
    const ltId = newId(state, "lt");
    r.launchTemplates[ltId] = {
      id: ltId,
      name: lt.name,
      createdAt: world.start - 365 * 86_400_000,
      defaultVersion: 1,
      tags: lt.tags,
      versions: [
        {
          number: 1,
          createdAt: world.start - 365 * 86_400_000,
          data: {
            ImageId: lt.imageId,
            InstanceType: lt.instanceType,
            MetadataOptions: { HttpTokens: "optional" },
          },
        },
      ],
    };
  }

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
          { at: fleet.launchedAt + 20_000, state: "running" },
        ],
        reboots: [],
        tags: {
          Name: `web-${fleet.environment}-${String(n + 1).padStart(2, "0")}`,
          [TAG.environment]: fleet.environment,
        },
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
        r.targetGroups[tgArn(fleet.targetGroup)]!.targets.push({
          id: instanceId,
          port: 80,
          registeredAt: fleet.launchedAt + 600_000,
        });
    }
  }

  for (const a of world.alarms) {
    const tg = r.targetGroups[tgArn(a.targetGroup)]!;
    const lb = r.loadBalancers.find((l) => tg.loadBalancerArns.includes(l.arn));
    r.alarms[a.name] = {
      name: a.name,
      arn: `arn:aws:cloudwatch:${region}:${world.account}:alarm:${a.name}`,
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
          at: world.start - 86_400_000,
          state: a.state,
          reason: "Threshold Crossed: no datapoints were above the threshold",
        },
      ],
    };
  }

  for (const p of world.parameters) {
    r.parameters[p.name] = {
      name: p.name,
      type: p.type,
      value: p.value,
      version: 1,
      modifiedAt: world.start - 86_400_000,
      tags: {},
    };
  }
  return state;
}
