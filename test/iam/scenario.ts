import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { CreateAutoScalingGroupCommand } from "@aws-sdk/client-auto-scaling";
import { DescribeTargetGroupsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { CommandResult, Ports } from "../../src/commands/context.js";
import { commandLoaders } from "../../src/commands/registry.js";
import { loadProject } from "../../src/config/load.js";
import { messageOf } from "../../src/errors.js";
import type { PolicyDocument } from "../../src/iam/document.js";
import { rolePolicies } from "../../src/iam/role-policies.js";
import { allRoles } from "../../src/iam/roles.js";
import type { CallRecord } from "../../src/sim/engine.js";
import { simulatedHttp } from "../../src/sim/http.js";
import { createImageRecord } from "../../src/sim/services/ec2-images.js";
import { type Simulator, simulatorFromWorld } from "../../src/sim/session.js";
import { contextFor, exampleConfigCopy } from "../lifecycle/world.js";
import { type AuthRequest, requestsFor } from "./authorization-requests.js";

export const REGION = "ap-northeast-1";
export const SUBNETS = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002", "subnet-0a1b2c3d4e5f60003"];

/** One call a command made while running as a role, and what AWS would have authorized for it. */
export interface Witnessed {
  role: string;
  step: string;
  call: CallRecord;
  requests: AuthRequest[];
  /** Set when the requests could not be built (a call the model does not know). */
  error?: string;
}

export interface Scenario {
  root: string;
  sim: Simulator;
  ctx: Ports;
  /** Every role's policy, made from the world before anything ran (as the bootstrap stack holds them). */
  policies: Map<string, PolicyDocument>;
  witnessed: Witnessed[];
  /** Steps and whether their command succeeded (or the message it failed with). */
  outcomes: Record<string, true | string>;
  /** Runs `command` as `role`; its calls are witnessed under that role. */
  run(
    role: string,
    step: string,
    command: string,
    input: Record<string, unknown>,
  ): Promise<CommandResult | undefined>;
  /** Bakes the web recipe as the bake role and answers the AMI it built. */
  bake(): Promise<string>;
  /** Replaces text in a config file (e.g. to change the recipe between bakes). */
  edit(file: string, from: string, to: string): Promise<void>;
  cleanup(): Promise<void>;
}

/**
 * The example config on the simulator, with two older web images (for gc), every role's
 * policy generated as `amipipe bootstrap` would, and a witness on the engine: each call a
 * command makes is turned into the authorization requests AWS would evaluate, from its input as
 * sent and the world just before it ran.
 */
export async function scenario(o: { asg?: boolean; faults?: string[] } = {}): Promise<Scenario> {
  const root = await exampleConfigCopy();
  // The happy path through every stage; parity findings are other tests' subject.
  await edit(root, "environments/dev.yml", "  parity: true", "  parity: false");
  if (o.asg)
    await edit(
      root,
      "environments/prod.yml",
      "  kind: instances\n",
      "  kind: asg\n  autoScalingGroup: web-prod\n",
    );
  const sim = await simulatorFromWorld(root, o.faults ? { faults: o.faults } : {});
  // HTTP through the simulated load balancer, as on AWS: the soak's check reads the listeners.
  const ctx = { ...contextFor(sim, root), http: simulatedHttp(() => sim.engine) };
  const now = sim.clock.now();
  // Older images bake made: Image Builder's own tag, the recipe's, and snapshots bake tagged.
  const image = (days: number, tags: Record<string, string> = {}) =>
    createImageRecord(sim.engine.state, {
      region: REGION,
      name: `web-old-${days}`,
      architecture: "x86_64",
      at: now - days * 86_400_000,
      tags: { CreatedBy: "EC2 Image Builder", "amipipe:recipe": "web", "amipipe:arch": "x86_64", ...tags },
      snapshotTags: { "amipipe:recipe": "web", "amipipe:arch": "x86_64" },
    });
  image(120);
  image(60, { "amipipe:pinned": "staging" });
  if (o.asg) await createProdGroup(sim);
  const project = await loadProject(root);
  const policies = new Map(
    (
      await rolePolicies(
        { aws: sim.aws, progress: ctx.progress, project },
        allRoles([...project.environments.keys()]),
      )
    ).map((p) => [p.role, p.policy]),
  );
  const witnessed: Witnessed[] = [];
  let current: { role: string; step: string } | undefined;
  sim.engine.onCall((call) => {
    const record = call.call;
    if (!current) return;
    try {
      witnessed.push({ ...current, call: record, requests: requestsFor(record, call.state) });
    } catch (error) {
      witnessed.push({ ...current, call: record, requests: [], error: messageOf(error) });
    }
  });
  const outcomes: Record<string, true | string> = {};
  const s: Scenario = {
    root,
    sim,
    ctx,
    policies,
    witnessed,
    outcomes,
    async run(role, step, command, input) {
      const load = commandLoaders[command];
      if (!load) throw new Error(`no command ${command}`);
      current = { role, step };
      try {
        const result = await (await load())(ctx, input);
        outcomes[step] = result.ok ? true : `not ok: ${result.text.slice(0, 500)}`;
        return result;
      } catch (error) {
        outcomes[step] = messageOf(error);
        return undefined;
      } finally {
        current = undefined;
      }
    },
    async bake() {
      const result = await s.run("amipipe-bake", "bake", "bake", { recipe: "web" });
      const ami = (result?.data as { amis?: Array<{ ami: string }> } | undefined)?.amis?.[0]?.ami;
      if (!ami) throw new Error(`the bake built nothing: ${String(s.outcomes.bake)}`);
      return ami;
    },
    edit: (file, from, to) => edit(root, file, from, to),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
  return s;
}

async function edit(root: string, file: string, from: string, to: string): Promise<void> {
  const full = path.join(root, file);
  const text = await readFile(full, "utf8");
  if (!text.includes(from)) throw new Error(`no "${from}" in ${file}`);
  await writeFile(full, text.replace(from, to));
}

/** prod as the Auto Scaling group web-prod of two, launched from web-prod $Latest (made by hand, before the toolkit). */
async function createProdGroup(sim: Simulator): Promise<void> {
  const tg = await sim.aws.elbv2(REGION).send(new DescribeTargetGroupsCommand({ Names: ["web-prod"] }));
  await sim.aws.autoscaling(REGION).send(
    new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: "web-prod",
      LaunchTemplate: { LaunchTemplateName: "web-prod", Version: "$Latest" },
      MinSize: 2,
      MaxSize: 4,
      DesiredCapacity: 2,
      VPCZoneIdentifier: SUBNETS.join(","),
      TargetGroupARNs: [tg.TargetGroups![0]!.TargetGroupArn!],
      HealthCheckType: "ELB",
      HealthCheckGracePeriod: 300,
    }),
  );
  sim.clock.advance(15 * 60_000);
}
