import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import type { CommandResult, Ports } from "../../src/commands/context.js";
import { commandLoaders } from "../../src/commands/registry.js";
import { messageOf } from "../../src/errors.js";
import { actionsOf, type PolicyDocument } from "../../src/iam/document.js";
import { isAllowed, type RequestContext } from "../../src/iam/match.js";
import { AUTHORIZATION_ONLY_ACTIONS } from "../../src/iam/policy.js";
import { simulatedHttp } from "../../src/sim/http.js";
import { createImageRecord } from "../../src/sim/services/ec2-images.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import type { CallRecord } from "../../src/sim/state.js";
import { contextFor, exampleConfigCopy } from "../lifecycle/world.js";

/** SDK client names → IAM service prefixes. */
const IAM_PREFIX: Record<string, string> = {
  ec2: "ec2",
  elbv2: "elasticloadbalancing",
  imagebuilder: "imagebuilder",
  ssm: "ssm",
  cloudwatch: "cloudwatch",
  autoscaling: "autoscaling",
  sts: "sts",
};

const REGION = "ap-northeast-1";

/** The ARN IAM authorizes for a resource id a call names. */
function arnOf(id: string, region: string, account: string): string {
  if (id.startsWith("i-")) return `arn:aws:ec2:${region}:${account}:instance/${id}`;
  if (id.startsWith("ami-")) return `arn:aws:ec2:${region}::image/${id}`;
  if (id.startsWith("snap-")) return `arn:aws:ec2:${region}::snapshot/${id}`;
  throw new Error(`no ARN for ${id}`);
}

/** The request context of one call on one resource: its region, the resource's tags then, the request's tags. */
function requestContext(call: CallRecord, resourceTags: Record<string, string> = {}): RequestContext {
  const context: Record<string, string | string[]> = { "aws:RequestedRegion": call.region };
  for (const [key, value] of Object.entries(resourceTags)) {
    context[`aws:ResourceTag/${key}`] = value;
    context[`ec2:ResourceTag/${key}`] = value;
    context[`ssm:resourceTag/${key}`] = value;
  }
  for (const [key, value] of Object.entries(call.requestTags ?? {})) context[`aws:RequestTag/${key}`] = value;
  if (call.tagKeys) context["aws:TagKeys"] = call.tagKeys;
  return context;
}

async function run(ctx: Ports, command: string, input: Record<string, unknown>): Promise<CommandResult> {
  const load = commandLoaders[command];
  if (!load) throw new Error(`no command ${command}`);
  return (await load())(ctx, input);
}

describe("least-privilege IAM policy, proven by the call log", () => {
  it("allows every call the toolkit makes across all its commands, and nothing it never calls", async () => {
    const root = await exampleConfigCopy();
    // The scenario needs the happy path through every stage; parity's own calls (SSM probes)
    // are the survey's, which runs below, and parity findings are other tests' subject.
    const devFile = path.join(root, "environments", "dev.yml");
    await writeFile(devFile, (await readFile(devFile, "utf8")).replace("  parity: true", "  parity: false"));
    const sim = await simulatorFromWorld(root);
    // HTTP through the simulated load balancer, as `--sim` gives every command: the soak's HTTP
    // check reads listeners and rules, and the policy must allow those reads.
    const ctx = { ...contextFor(sim, root), http: simulatedHttp(() => sim.engine) };
    // Two older web images: one long unused, one still tagged as pinned though no pin names it any more.
    const now = sim.clock.now();
    // Bake tags an image's snapshots with the image's provenance; so are these.
    const image = (days: number, tags: Record<string, string> = {}) =>
      createImageRecord(sim.engine.state, {
        region: REGION,
        name: `web-old-${days}`,
        architecture: "x86_64",
        at: now - days * 86_400_000,
        tags: { "amipipe:recipe": "web", "amipipe:arch": "x86_64", ...tags },
        snapshotTags: { "amipipe:recipe": "web", "amipipe:arch": "x86_64" },
      });
    image(120);
    image(60, { "amipipe:pinned": "staging" });
    const outcomes: Record<string, boolean> = {};
    const failures: Record<string, string> = {};
    const step = async (label: string, command: string, input: Record<string, unknown>) => {
      const result = await run(ctx, command, input);
      outcomes[label] = result.ok;
      return result;
    };

    const tolerate = async (label: string, command: string, input: Record<string, unknown>) => {
      try {
        return await step(label, command, input);
      } catch (error) {
        outcomes[label] = false;
        failures[label] = messageOf(error);
        return undefined;
      }
    };
    const baked = (await step("bake", "bake", { recipe: "web" })).data as { amis: Array<{ ami: string }> };
    const ami = baked.amis[0]!.ami;
    await tolerate("promote dev", "promote", { env: "dev", ami, reconcile: true });
    await tolerate("promote staging", "promote", { env: "staging", reconcile: true });
    await tolerate("promote prod", "promote", { env: "prod", reconcile: true });
    await tolerate("verify", "verify", { env: "prod" });
    await tolerate("status", "status", {});
    const prod = await sim.aws.ec2(REGION).send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: "tag:amipipe:environment", Values: ["prod"] },
          { Name: "instance-state-name", Values: ["running"] },
        ],
      }),
    );
    await tolerate("survey", "survey", { instance: prod.Reservations![0]!.Instances![0]!.InstanceId });
    await tolerate("rollback", "rollback", { env: "prod", reconcile: true });
    await tolerate("reconcile", "reconcile", { env: "prod" });
    sim.clock.advance(2 * 86_400_000);
    await tolerate("gc", "gc", { keep: 2 });
    // A bigger build instance: the next bake updates the Image Builder infrastructure configuration.
    const recipeFile = path.join(root, "image-recipes", "web.yml");
    await writeFile(
      recipeFile,
      (await readFile(recipeFile, "utf8")).replace("x86_64: t3.medium", "x86_64: t3.large"),
    );
    await tolerate("rebake", "rebake", { recipe: "web", security: true });
    await tolerate("diagram", "diagram", {});
    const policy = (await step("iam-policy", "iam-policy", {})).data as PolicyDocument;

    const recorded = new Set(sim.engine.calls.map((c) => `${IAM_PREFIX[c.service]}:${c.operation}`));
    const denied = [...recorded].filter((action) => !isAllowed(policy, { action })).sort();
    expect(denied).toEqual([]);
    const granted = actionsOf(policy).filter(
      (a) => !(AUTHORIZATION_ONLY_ACTIONS as readonly string[]).includes(a),
    );
    const neverCalled = granted.filter((a) => !recorded.has(a));
    expect(neverCalled).toEqual([]);
    expect(granted.every((a) => !a.includes("*"))).toBe(true);
    // Each call on an instance, image or snapshot, judged with that resource's tags at the
    // time of the call and the tags the call wrote: what IAM evaluates the conditions on.
    const account = sim.engine.state.account;
    const deniedOnResources = sim.engine.calls.flatMap((call) =>
      (call.resources ?? []).flatMap(({ id, tags }) => {
        const action = `${IAM_PREFIX[call.service]}:${call.operation}`;
        const resource = arnOf(id, call.region, account);
        return isAllowed(policy, { action, resource, context: requestContext(call, tags) })
          ? []
          : [
              `${action} on ${id} tagged ${JSON.stringify(tags)} with ${JSON.stringify(call.requestTags ?? {})}`,
            ];
      }),
    );
    expect(deniedOnResources).toEqual([]);
    // Launches carry the environment tag the launch statement requires.
    const launches = sim.engine.calls.filter((c) => c.operation === "RunInstances");
    expect(launches.length).toBeGreaterThan(0);
    for (const call of launches) {
      const resource = `arn:aws:ec2:${call.region}:${account}:instance/*`;
      expect(isAllowed(policy, { action: "ec2:RunInstances", resource, context: requestContext(call) })).toBe(
        true,
      );
    }
    // The first rollouts adopted hand-built servers: instances without any amipipe tag were
    // tagged into their environment (the world's legacy fleet is found through its target group).
    const adoptions = sim.engine.calls.filter(
      (c) =>
        c.operation === "CreateTags" &&
        c.requestTags?.["amipipe:environment"] &&
        c.resources?.some(
          (r) => r.id.startsWith("i-") && !Object.keys(r.tags).some((k) => k.startsWith("amipipe:")),
        ),
    );
    expect(adoptions.map((c) => c.requestTags?.["amipipe:environment"]).sort()).toEqual([
      "dev",
      "prod",
      "staging",
    ]);
    // Launching from the environments' templates passes their instance profile's role to EC2.
    const profiles = Object.values(sim.engine.state.regions[REGION]!.launchTemplates).flatMap((t) =>
      t.versions.flatMap((v) => {
        const name = (v.data.IamInstanceProfile as { Name?: string } | undefined)?.Name;
        return name ? [name] : [];
      }),
    );
    expect(new Set(profiles)).toEqual(new Set(["web-instance"]));
    for (const profile of new Set(profiles)) {
      expect(
        isAllowed(policy, {
          action: "iam:PassRole",
          resource: `arn:aws:iam::${account}:role/${profile}`,
          context: { "iam:PassedToService": "ec2.amazonaws.com" },
        }),
      ).toBe(true);
    }
    // Every command succeeded, so the log holds the whole happy path (rollouts included).
    expect(failures).toEqual({});
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(outcomes).map((k) => [k, true])));
  });
});
