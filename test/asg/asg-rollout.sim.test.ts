import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  CreateAutoScalingGroupCommand,
  DescribeAutoScalingGroupsCommand,
} from "@aws-sdk/client-auto-scaling";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { DescribeTargetGroupsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { bake } from "../../src/commands/bake.js";
import { loadProject } from "../../src/config/load.js";
import { rolloutAsgFleet } from "../../src/fleet/asg/rollout.js";
import { describeImage } from "../../src/fleet/image.js";
import { resolveTargetGroup } from "../../src/fleet/target-group.js";
import { Progress } from "../../src/ports/progress.js";
import { createSimulator, type Simulator, simulatorFromWorld } from "../../src/sim/session.js";
import { targetHealthVerifier } from "../../src/verify/basic-verifier.js";
import { launchTemplateHardening } from "../../src/verify/launch-template.js";
import { createRolloutVerifier } from "../../src/verify/rollout-verifier.js";
import { contextFor, exampleConfigCopy } from "../lifecycle/world.js";

const REGION = "ap-northeast-1";
const LEGACY = "ami-0a1b2c3d4e5f60000";
const SUBNETS = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002", "subnet-0a1b2c3d4e5f60003"];

/** The example config with prod as an Auto Scaling group `web-prod` of two, launched from web-prod $Latest. */
async function asgWorld() {
  const root = await exampleConfigCopy();
  const file = path.join(root, "environments", "prod.yml");
  const text = await readFile(file, "utf8");
  await writeFile(file, text.replace("  kind: instances\n", "  kind: asg\n  autoScalingGroup: web-prod\n"));
  const sim = await simulatorFromWorld(root);
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
  return { root, sim };
}

/**
 * Rolls prod's group to `ami` with the verifier the rollout uses: the recipe's full checks for
 * baked images, target health and alarms alone for the legacy AMI (it makes no recipe promises).
 */
async function rollTo(sim: Simulator, root: string, ami: string, rolloutId: string) {
  const project = await loadProject(root);
  const loaded = project.environments.get("prod")!;
  const env = loaded.env;
  const group = await resolveTargetGroup(sim.aws, REGION, "web-prod");
  const verifier =
    ami === LEGACY
      ? targetHealthVerifier(sim.aws, { ...group, environment: "prod" }, env.verify.alarms)
      : createRolloutVerifier(contextFor(sim, root), { project, env: loaded, stage: { first: false } });
  const started = sim.clock.now();
  const result = await rolloutAsgFleet({
    aws: sim.aws,
    clock: sim.clock,
    progress: new Progress(sim.clock),
    env,
    image: await describeImage(sim.aws, REGION, ami),
    rolloutId,
    verifier,
    deadline: sim.clock.now() + 2 * 3_600_000,
  });
  return { result, started };
}

async function groupAmis(sim: Simulator): Promise<{ version: string | undefined; amis: string[] }> {
  const group = (
    await sim.aws
      .autoscaling(REGION)
      .send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ["web-prod"] }))
  ).AutoScalingGroups![0]!;
  const ids = (group.Instances ?? []).map((i) => i.InstanceId!);
  const described = await sim.aws.ec2(REGION).send(new DescribeInstancesCommand({ InstanceIds: ids }));
  const amis = (described.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.ImageId!);
  return { version: group.LaunchTemplate?.Version, amis: [...new Set(amis)] };
}

const minHealthySince = (sim: Simulator, since: number) =>
  Math.min(
    ...sim.engine
      .timeline("web-prod", REGION)
      .filter((p) => p.at >= since)
      .map((p) => p.healthy),
  );

describe("Auto Scaling fleet", () => {
  it("rolls forward, rolls a failing release back mid-refresh, then rolls back by re-pin", async () => {
    const { root, sim } = await asgWorld();
    expect((await groupAmis(sim)).amis).toEqual([LEGACY]);
    const good = (await bake(contextFor(sim, root), { recipe: "web" })).data.amis[0]!.ami;

    // Forward: a numbered launch template version and a refresh that never drops below two healthy.
    const forward = await rollTo(sim, root, good, "r-forward");
    expect(forward.result).toMatchObject({ ok: true, outcome: "refreshed", status: "Successful" });
    const afterForward = await groupAmis(sim);
    expect(afterForward.amis).toEqual([good]);
    expect(afterForward.version).toMatch(/^\d+$/);
    expect(afterForward.version).toBe(forward.result.launchTemplate!.version);
    expect(minHealthySince(sim, forward.started)).toBeGreaterThanOrEqual(2);
    const instanceChecks = forward.result.checks.filter((c) => c.level === "instance");
    expect(new Set(instanceChecks.map((c) => c.target)).size).toBe(2);
    expect(instanceChecks.filter((c) => !c.passed)).toEqual([]);
    expect(forward.result.checks.filter((c) => c.level === "environment").length).toBeGreaterThanOrEqual(2);
    // The soak checked the hardening of the version the group now launches, once.
    expect(
      forward.result.checks
        .filter((c) => c.name.startsWith("hardening:"))
        .map((c) => [c.name, c.passed, c.target]),
    ).toEqual([
      ["hardening:imdsv2", true, `prod: web-prod v${afterForward.version}`],
      ["hardening:root-volume-encrypted", true, `prod: web-prod v${afterForward.version}`],
    ]);
    const refreshes = () => sim.engine.state.regions[REGION]!.autoScalingGroups["web-prod"]!.refreshes;
    expect(refreshes()[0]!.preferences).toMatchObject({
      minHealthyPercentage: 100,
      maxHealthyPercentage: 200,
      autoRollback: true,
      alarms: ["web-prod-5xx"],
      checkpointPercentages: [50, 100],
    });
    expect(sim.engine.calls.some((c) => c.operation === "UpdateAutoScalingGroup")).toBe(true);
    const hardening = await launchTemplateHardening(
      sim.aws,
      (await loadProject(root)).environments.get("prod")!.env,
    );
    expect(hardening.map((c) => [c.name, c.passed, c.target])).toEqual([
      ["hardening:imdsv2", true, `prod: web-prod v${afterForward.version}`],
      ["hardening:root-volume-encrypted", true, `prod: web-prod v${afterForward.version}`],
    ]);

    // A release whose instances never pass ALB health checks: the refresh is rolled back.
    const bad = (await bake(contextFor(sim, root), { recipe: "web", force: true })).data.amis[0]!.ami;
    const faulty = createSimulator({
      state: sim.engine.state,
      clock: sim.clock,
      faults: ["new-instances-unhealthy"],
    });
    const failing = await rollTo(faulty, root, bad, "r-bad");
    expect(failing.result).toMatchObject({ ok: false, outcome: "rolled-back", status: "RollbackSuccessful" });
    expect((await groupAmis(faulty)).amis).toEqual([good]);
    // Newest first: the failed refresh was rolled back on our soak finding, the unhealthy new targets.
    expect(refreshes()[0]).toMatchObject({
      status: "RollbackSuccessful",
      statusReason: "Rollback requested",
    });
    expect(failing.result.checks.some((c) => c.name === "target-health" && !c.passed)).toBe(true);
    expect(minHealthySince(faulty, failing.started)).toBeGreaterThanOrEqual(2);

    // Rollback by re-pin: the earlier AMI through the same path.
    const back = await rollTo(sim, root, LEGACY, "r-rollback");
    expect(back.result).toMatchObject({ ok: true, outcome: "refreshed" });
    expect((await groupAmis(sim)).amis).toEqual([LEGACY]);
    expect(minHealthySince(sim, back.started)).toBeGreaterThanOrEqual(2);
  });

  it("a 5xx alarm during the refresh rolls it back and the old AMI keeps serving", async () => {
    const { root, sim } = await asgWorld();
    const good = (await bake(contextFor(sim, root), { recipe: "web" })).data.amis[0]!.ami;
    const alarm = sim.engine.state.regions[REGION]!.alarms["web-prod-5xx"]!;
    alarm.history.push({
      at: sim.clock.now() + 2 * 60_000,
      state: "ALARM",
      reason: "Threshold crossed: 42 5xx responses",
    });
    const { result } = await rollTo(sim, root, good, "r-alarm");
    expect(result).toMatchObject({ ok: false, outcome: "rolled-back", status: "RollbackSuccessful" });
    // Whichever sees it first — the refresh's AlarmSpecification or the soak's alarm check — undoes it.
    const soakSaw = result.checks.some((c) => !c.passed && JSON.stringify(c).includes("web-prod-5xx"));
    expect(soakSaw || /Alarm web-prod-5xx is in ALARM state/.test(result.summary)).toBe(true);
    expect((await groupAmis(sim)).amis).toEqual([LEGACY]);
  });

  it("a finding on a new instance (crond still in UTC) rolls the refresh back before it goes further", async () => {
    const { root, sim } = await asgWorld();
    const good = (await bake(contextFor(sim, root), { recipe: "web" })).data.amis[0]!.ami;
    const faulty = createSimulator({
      state: sim.engine.state,
      clock: sim.clock,
      faults: ["cron-stale-timezone"],
    });
    const { result } = await rollTo(faulty, root, good, "r-cron");
    expect(result).toMatchObject({ ok: false, outcome: "rolled-back", status: "RollbackSuccessful" });
    const findings = result.checks.filter((c) => !c.passed);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.level === "instance")).toBe(true);
    expect(findings.map((f) => f.name).join(" ")).toMatch(/cron/);
    expect(faulty.engine.calls.some((c) => c.operation === "RollbackInstanceRefresh")).toBe(true);
    expect((await groupAmis(faulty)).amis).toEqual([LEGACY]);
  });

  it("rollout.maxSurge becomes the refresh's MaxHealthyPercentage: 50% of two surges one at a time", async () => {
    const { root, sim } = await asgWorld();
    const file = path.join(root, "environments", "prod.yml");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace("retention: 24h", "maxSurge: 50%\n  retention: 24h"),
    );
    const good = (await bake(contextFor(sim, root), { recipe: "web" })).data.amis[0]!.ami;
    const forward = await rollTo(sim, root, good, "r-surge");
    expect(forward.result).toMatchObject({ ok: true, outcome: "refreshed" });
    const refresh = sim.engine.state.regions[REGION]!.autoScalingGroups["web-prod"]!.refreshes[0]!;
    expect(refresh.preferences).toMatchObject({ minHealthyPercentage: 100, maxHealthyPercentage: 150 });
    expect(minHealthySince(sim, forward.started)).toBeGreaterThanOrEqual(2);
  });

  it("does nothing when the group already runs the pinned AMI", async () => {
    const { root, sim } = await asgWorld();
    const good = (await bake(contextFor(sim, root), { recipe: "web" })).data.amis[0]!.ami;
    await rollTo(sim, root, good, "r1");
    const calls = sim.engine.calls.length;
    const again = await rollTo(sim, root, good, "r2");
    expect(again.result.outcome).toBe("converged");
    expect(sim.engine.calls.slice(calls).filter((c) => !/^(Describe|Get|List)/.test(c.operation))).toEqual(
      [],
    );
  });
});
