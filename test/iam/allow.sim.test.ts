import { CreateTagsCommand, DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTHORIZATION_DATA } from "../../src/iam/authorization-data.js";
import { actionsOf } from "../../src/iam/document.js";
import { publishBaseImage } from "../../src/sim/services/ec2-images.js";
import { IAM_PREFIX } from "./authorization-requests.js";
import { describe as describeVerdict, evaluate, type Verdict } from "./evaluator.js";
import { REGION, type Scenario, scenario } from "./scenario.js";

/** Every witnessed request judged against the policy of the role that made it (identical requests once). */
async function verdicts(s: Scenario): Promise<Verdict[]> {
  const seen = new Map<string, Verdict>();
  for (const w of s.witnessed) {
    const policy = s.policies.get(w.role);
    if (!policy) throw new Error(`no policy for role ${w.role}`);
    for (const request of w.requests) {
      const key = JSON.stringify([w.role, request.action, request.resource, request.context]);
      if (!seen.has(key)) seen.set(key, await evaluate(policy, w.role, request));
    }
  }
  return [...seen.values()];
}

async function servingInstance(s: Scenario, env: string): Promise<string> {
  const found = await s.sim.aws.ec2(REGION).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: "tag:amipipe:environment", Values: [env] },
        { Name: "instance-state-name", Values: ["running"] },
      ],
    }),
  );
  return found.Reservations![0]!.Instances![0]!.InstanceId!;
}

describe("every call of every scenario is allowed by its role's policy, judged by iam-simulate", () => {
  let standalone: Scenario;
  let asg: Scenario;
  let failing: Scenario;

  beforeAll(async () => {
    standalone = await scenario();
    const s = standalone;
    // A hand-built prod server, surveyed before any rollout adopted it.
    const legacy = Object.values(s.sim.engine.state.regions[REGION]!.instances).find((i) =>
      i.tags.Name?.startsWith("web-prod"),
    )!.id;
    await s.run("amipipe-prod", "survey hand-built", "survey", { instance: legacy });
    const ami = await s.bake();
    await s.run("amipipe-dev", "promote dev", "promote", { env: "dev", ami, reconcile: true });
    await s.run("amipipe-staging", "promote staging", "promote", { env: "staging", reconcile: true });
    await s.run("amipipe-prod", "promote prod", "promote", { env: "prod", reconcile: true });
    await s.run("amipipe-prod", "verify prod", "verify", { env: "prod" });
    for (const env of ["dev", "staging", "prod"])
      await s.run("amipipe-verify", `hourly verify ${env}`, "verify", { env });
    await s.run("amipipe-verify", "status", "status", {});
    await s.run("amipipe-verify", "diagram", "diagram", {});
    await s.run("amipipe-prod", "survey", "survey", { instance: await servingInstance(s, "prod") });
    await s.run("amipipe-prod", "rollback prod", "rollback", { env: "prod", reconcile: true });
    await s.run("amipipe-prod", "reconcile prod", "reconcile", { env: "prod" });
    await s.run("amipipe-prod", "promote prod again", "promote", { env: "prod", reconcile: true });
    s.sim.clock.advance(2 * 86_400_000);
    await s.run("amipipe-gc", "gc", "gc", { keep: 2 });
    // A month on, a new Amazon Linux release and a bigger build instance: the rebake updates the
    // infrastructure configuration and asks a prod instance which advisories it lacks.
    s.sim.clock.advance(30 * 86_400_000);
    publishBaseImage(s.sim.engine.state, {
      region: REGION,
      os: "amazon-linux-2",
      arch: "x86_64",
      at: s.sim.clock.now(),
    });
    await s.edit("image-recipes/web.yml", "x86_64: t3.medium", "x86_64: t3.large");
    await s.run("amipipe-bake", "rebake", "rebake", { recipe: "web", security: true });

    asg = await scenario({ asg: true });
    const a = asg;
    const asgAmi = await a.bake();
    await a.run("amipipe-dev", "promote dev", "promote", { env: "dev", ami: asgAmi, reconcile: true });
    await a.run("amipipe-staging", "promote staging", "promote", { env: "staging", reconcile: true });
    await a.run("amipipe-prod", "promote prod (instance refresh)", "promote", {
      env: "prod",
      reconcile: true,
    });
    await a.run("amipipe-prod", "rollback prod (refresh back)", "rollback", { env: "prod", reconcile: true });
    await a.run("amipipe-verify", "hourly verify prod", "verify", { env: "prod" });
    await a.run("amipipe-verify", "status", "status", {});
    await a.run("amipipe-verify", "diagram", "diagram", {});

    // A release whose instances never turn healthy: the rollout removes them, the old fleet serves on.
    // A release whose instances never turn healthy: the rollout removes them (instances) or rolls
    // the refresh back (Auto Scaling), and the old fleet serves on.
    failing = await scenario({ asg: true, faults: ["new-instances-unhealthy"] });
    const f = failing;
    const failingAmi = await f.bake();
    await f.run("amipipe-dev", "promote dev (rolled back)", "promote", {
      env: "dev",
      ami: failingAmi,
      reconcile: true,
    });
    // As if staging had passed it: prod's promotion policy reads this tag.
    await f.sim.aws.ec2(REGION).send(
      new CreateTagsCommand({
        Resources: [failingAmi],
        Tags: [{ Key: "amipipe:verified-in:staging", Value: "2026-05-01T00:00:00Z" }],
      }),
    );
    await f.run("amipipe-prod", "promote prod (refresh rolled back)", "promote", {
      env: "prod",
      ami: failingAmi,
      reconcile: true,
    });
  }, 240_000);

  afterAll(async () => {
    await standalone?.cleanup();
    await asg?.cleanup();
    await failing?.cleanup();
  });

  it("runs every step of both scenarios to success, so the log holds the whole happy path", () => {
    for (const s of [standalone, asg])
      expect(s.outcomes).toEqual(Object.fromEntries(Object.keys(s.outcomes).map((k) => [k, true])));
    expect(standalone.witnessed.filter((w) => w.error).map((w) => w.error)).toEqual([]);
    expect(asg.witnessed.filter((w) => w.error).map((w) => w.error)).toEqual([]);
    expect(failing.outcomes["bake"]).toBe(true);
    expect(failing.outcomes["promote dev (rolled back)"]).toMatch(/^not ok/);
    expect(failing.outcomes["promote prod (refresh rolled back)"]).toMatch(/^not ok/);
    const operations = failing.witnessed.map((w) => `${w.role} ${w.call.operation}`);
    expect(operations).toContain("amipipe-dev TerminateInstances");
    expect(operations).toContain("amipipe-prod RollbackInstanceRefresh");
  });

  it("allows every request of a rollout that fails and removes its new instances", async () => {
    expect((await verdicts(failing)).filter((v) => v.result !== "Allowed").map(describeVerdict)).toEqual([]);
  });

  it("allows every request of the instances fleet's calls (bake, promote, verify, survey, rollback, reconcile, gc, rebake, the locks)", async () => {
    const denied = (await verdicts(standalone)).filter((v) => v.result !== "Allowed").map(describeVerdict);
    expect(denied).toEqual([]);
  });

  it("allows every request of the Auto Scaling fleet's calls (instance refresh and its rollback)", async () => {
    const all = await verdicts(asg);
    expect(all.some((v) => v.request.action === "autoscaling:StartInstanceRefresh")).toBe(true);
    expect(all.some((v) => v.request.action === "ec2:RunInstances" && v.role === "amipipe-prod")).toBe(true);
    expect(all.filter((v) => v.result !== "Allowed").map(describeVerdict)).toEqual([]);
  });

  /** Actions a role needs on a path these scenarios do not take, and which path. */
  const PATHS_NOT_TAKEN: Record<string, string> = {
    "amipipe-bake: ssm:GetCommandInvocation":
      "rebake's advisories probe: an answer longer than the 2,500 characters ListCommandInvocations shows is read again whole (src/verify/ssm-probe.ts)",
  };

  it("knows every operation the scenarios called from the code (the table scripts/gen-iam-data.mjs made)", () => {
    const called = new Set(
      [standalone, asg, failing].flatMap((sc) =>
        sc.witnessed.map((w) => `${IAM_PREFIX[w.call.service]}:${w.call.operation}`),
      ),
    );
    expect([...called].filter((a) => !AUTHORIZATION_DATA.operations.includes(a))).toEqual([]);
  });

  it("grants no action that no call of its kind of role needed", () => {
    const kindOf = (role: string) =>
      ["amipipe-bake", "amipipe-gc", "amipipe-verify"].includes(role) ? role : "environment";
    const needed = new Map<string, Set<string>>();
    for (const s of [standalone, asg, failing])
      for (const w of s.witnessed)
        for (const r of w.requests) {
          const set = needed.get(kindOf(w.role)) ?? new Set<string>();
          set.add(r.action);
          needed.set(kindOf(w.role), set);
        }
    const unneeded: string[] = [];
    for (const s of [standalone, asg])
      for (const [role, policy] of s.policies)
        for (const action of actionsOf(policy))
          if (!needed.get(kindOf(role))?.has(action) && !PATHS_NOT_TAKEN[`${role}: ${action}`])
            unneeded.push(`${role}: ${action}`);
    expect([...new Set(unneeded)].sort()).toEqual([]);
  });
});
