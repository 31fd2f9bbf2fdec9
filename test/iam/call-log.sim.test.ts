import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import type { CommandContext, CommandResult } from "../../src/commands/context.js";
import { commandLoaders } from "../../src/commands/registry.js";
import { messageOf } from "../../src/errors.js";
import { actionsOf, type PolicyDocument } from "../../src/iam/document.js";
import { isAllowed } from "../../src/iam/match.js";
import { AUTHORIZATION_ONLY_ACTIONS } from "../../src/iam/policy.js";
import { createImageRecord } from "../../src/sim/services/ec2-images.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
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

async function run(
  ctx: CommandContext,
  command: string,
  input: Record<string, unknown>,
): Promise<CommandResult> {
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
    const ctx = contextFor(sim, root);
    // Two older web images: one long unused, one still tagged as pinned though no pin names it any more.
    const now = sim.clock.now();
    const image = (days: number, tags: Record<string, string> = {}) =>
      createImageRecord(sim.engine.state, {
        region: REGION,
        name: `web-old-${days}`,
        architecture: "x86_64",
        at: now - days * 86_400_000,
        tags: { "amipipe:recipe": "web", "amipipe:arch": "x86_64", ...tags },
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
    // Every command succeeded, so the log holds the whole happy path (rollouts included).
    expect(failures).toEqual({});
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(outcomes).map((k) => [k, true])));
  });
});
