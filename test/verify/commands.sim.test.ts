import { readFile } from "node:fs/promises";
import path from "node:path";
import { RunInstancesCommand, StopInstancesCommand, TerminateInstancesCommand } from "@aws-sdk/client-ec2";
import {
  DeregisterTargetsCommand,
  DescribeTargetGroupsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { ListCommandInvocationsCommand } from "@aws-sdk/client-ssm";
import { beforeAll, describe, expect, it } from "vitest";
import { convergeEnvironment } from "../../src/app/converge.js";
import { bake } from "../../src/commands/bake.js";
import { parity } from "../../src/commands/parity.js";
import { promote } from "../../src/commands/promote.js";
import { survey } from "../../src/commands/survey.js";
import { verify } from "../../src/commands/verify.js";
import { loadProject } from "../../src/config/load.js";
import { filePinStore } from "../../src/gitops/file-pin-store.js";
import { inventorySchema } from "../../src/probes/schema.js";
import type { InstanceFacts } from "../../src/sim/host/instance.js";
import { targetHealthVerifier } from "../../src/verify/basic-verifier.js";
import { createRolloutVerifier } from "../../src/verify/rollout-verifier.js";
import { runProbe } from "../../src/verify/ssm-probe.js";
import { findingsOf } from "../../src/verify/types.js";
import { editFile } from "../bake/world.js";
import { evrOf, syntheticRpmDb } from "../probes/rpm-db.js";
import { fork, run } from "../rollout/scenario.js";
import { exampleWorld, LEGACY_AMI, REGION, type World } from "../rollout/world.js";
import { legacyServers, withHttp } from "./sim-world.js";

const LEGACY_INVENTORY = path.resolve(import.meta.dirname, "../../sim/legacy/web-legacy.inventory.json");
const MINUTE = 60_000;

const calls = (world: World, operation: string, since = 0) =>
  world.sim.engine.calls.slice(since).filter((c) => c.service === "ssm" && c.operation === operation);

let baked: World;
let ami: string;

beforeAll(async () => {
  baked = withHttp(await exampleWorld());
  const result = await bake(baked.ctx, { recipe: "web" });
  ami = result.data.amis[0]!.ami;
});

async function legacyIn(world: World, env: string): Promise<string> {
  const [id] = await legacyServers(world, env);
  expect(id).toBeDefined();
  return id!;
}

describe("amipipe survey --instance ID (inventory probe over SSM)", () => {
  it("gathers the legacy server's inventory through Run Command and writes the JSON parity reads", async () => {
    const world = withHttp(await fork(baked));
    const id = await legacyIn(world, "prod");
    const before = world.sim.engine.calls.length;
    const result = await survey(world.ctx, { instance: id, out: "old.json" });
    expect(result.ok).toBe(true);
    expect(result.data.timezone?.zone).toBe("Asia/Tokyo");
    expect(result.data.processes?.some((p) => p.args.includes("td-agent"))).toBe(true);
    expect(result.data.ports?.map((p) => p.port)).toEqual(expect.arrayContaining([80, 24220]));
    expect(result.data.cron?.entries.map((e) => e.schedule)).toEqual(expect.arrayContaining(["0 9 * * *"]));
    expect(result.text).toContain("written to old.json");
    // One command, its result fetched once; the waiting went through the virtual clock.
    expect(calls(world, "SendCommand", before)).toHaveLength(1);
    expect(calls(world, "GetCommandInvocation", before)).toHaveLength(1);

    const written = inventorySchema.parse(
      JSON.parse(await readFile(path.join(world.root, "old.json"), "utf8")),
    );
    expect(written.host.hostname).toBe(result.data.host.hostname);
    // The survey says the same as the inventory the legacy servers were modelled from.
    const same = await parity(
      { ...world.ctx },
      { old: LEGACY_INVENTORY, new: path.join(world.root, "old.json") },
    );
    expect(same.ok).toBe(true);
  });

  it("a server whose inventory does not fit in SSM's inline output fails with the limit named and the packages probe suggested", async () => {
    const world = withHttp(await fork(baked));
    const id = await legacyIn(world, "prod");
    // A big legacy server: 2,000 packages (compressed, the package list alone still fits).
    const facts = world.sim.engine.state.regions[REGION]!.instances[id]!.facts as InstanceFacts;
    facts.packages = syntheticRpmDb(2000).map((p) => ({ name: p.name, version: evrOf(p), arch: p.arch }));
    const outcome = await run(() => survey(world.ctx, { instance: id, out: "old.json" }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.code).toBe("survey-output-too-large");
    expect(outcome.message).toContain(
      `survey of ${id} failed: the inventory probe printed more than the 24,000 characters of output SSM Run Command returns inline`,
    );
    expect(outcome.message).toContain(`amipipe survey --instance ${id} --probe packages`);
    expect(outcome.message).not.toMatch(/JSON/);

    const packages = await survey(world.ctx, { instance: id, probe: "packages", out: "packages.json" });
    expect(packages.data.packages).toHaveLength(2000);
    expect(packages.text).toContain("2000 packages");
    const rest = await survey(world.ctx, { instance: id, probe: "instance" });
    expect(rest.data.packages).toBeUndefined();
    expect(rest.data.processes?.some((p) => p.args.includes("td-agent"))).toBe(true);
  });

  it("an unknown --probe is a usage error before any AWS call", async () => {
    const world = withHttp(await fork(baked));
    const before = world.sim.engine.calls.length;
    const outcome = await run(() => survey(world.ctx, { instance: "i-0123456789abcdef0", probe: "rpm" }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toContain("unknown probe 'rpm'");
    expect(world.sim.engine.calls.length).toBe(before);
  });

  it("surveying an id that does not exist is a usage error (exit 2) from one DescribeInstances, no SSM call", async () => {
    const world = withHttp(await fork(baked));
    const before = world.sim.engine.calls.length;
    const outcome = await run(() => survey(world.ctx, { instance: "i-0123456789abcdef0" }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toBe(
      "instance i-0123456789abcdef0 does not exist in ap-northeast-1 (the first environment's region; pass --region for another)",
    );
    const made = world.sim.engine.calls.slice(before).map((c) => c.operation);
    expect(made).toEqual(["DescribeInstances"]);
  });

  it("surveying a stopped or terminated server fails at once with its state, not after minutes of SSM retries", async () => {
    const world = withHttp(await fork(baked));
    const id = await legacyIn(world, "prod");
    const ec2 = world.ctx.aws.ec2(REGION);
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    world.sim.clock.advance(5 * MINUTE);
    const started = world.sim.clock.now();
    const before = world.sim.engine.calls.length;
    const stopped = await run(() => survey(world.ctx, { instance: id }));
    expect(stopped.exitCode).toBe(1);
    expect(stopped.message).toBe(`instance ${id} is stopped: start it or survey a running server`);
    expect(stopped.code).toBe("instance-not-running");
    expect(calls(world, "SendCommand", before)).toEqual([]);
    expect(world.sim.clock.now()).toBe(started);

    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    world.sim.clock.advance(5 * MINUTE);
    const terminated = await run(() => survey(world.ctx, { instance: id }));
    expect(terminated.exitCode).toBe(1);
    expect(terminated.message).toBe(`instance ${id} is terminated: survey a running server`);
  });

  it("a probe sent to a stopped instance fails at its first refusal, naming the state", async () => {
    const world = withHttp(await fork(baked));
    const id = await legacyIn(world, "dev");
    await world.ctx.aws.ec2(REGION).send(new StopInstancesCommand({ InstanceIds: [id] }));
    world.sim.clock.advance(5 * MINUTE);
    const started = world.sim.clock.now();
    await expect(
      runProbe(world.ctx, { region: REGION, instanceIds: [id], probe: "instance", phase: "test" }),
    ).rejects.toThrow(
      `cannot run probe instance: ${id} is stopped (only a running instance's SSM agent answers)`,
    );
    expect(world.sim.clock.now()).toBe(started);
  });

  it("a malformed instance id is a usage error before any AWS call", async () => {
    const world = withHttp(await fork(baked));
    const before = world.sim.engine.calls.length;
    const outcome = await run(() => survey(world.ctx, { instance: "web-prod-01" }));
    expect(outcome.exitCode).toBe(2);
    expect(world.sim.engine.calls.length).toBe(before);
  });
});

describe("amipipe verify ENV", () => {
  it("on the legacy fleet: environment checks only (target health, HTTP through the ALB, the hand-made launch template's hardening gaps), the legacy server named as not from the recipe", async () => {
    const world = withHttp(await fork(baked));
    const legacy = await legacyIn(world, "dev");
    const result = await verify(world.ctx, { env: "dev" });
    expect(result.data.notFromRecipe).toEqual([{ instance: legacy, ami: LEGACY_AMI }]);
    expect(result.data.checks.map((c) => [c.name, c.passed])).toEqual([
      ["target-health", true],
      ["http", true],
      ["hardening:imdsv2", false],
      ["hardening:root-volume-encrypted", false],
    ]);
    // The template the legacy servers came from answers IMDSv1 and leaves the root volume plain.
    expect(findingsOf(result.data.checks).map((f) => f.target)).toEqual([
      "dev: web-dev v1",
      "dev: web-dev v1",
    ]);
    expect(result.data.passed).toBe(false);
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(/hardening:imdsv2\s+dev: web-dev v1\s+FAIL\s+IMDSv2 is not required/);
    const http = result.data.checks.find((c) => c.name === "http")!;
    // Aimed at dev's own listener rule: the load balancer's DNS name with dev's Host header.
    expect(http.summary).toMatch(
      /^GET http:\/\/web-\S+\.elb\.amazonaws\.com\/health \(Host: dev\.web\.example\.jp\) → 200$/,
    );
    expect(result.text).toContain(
      `not baked from recipe web (only environment checks): ${legacy} (${LEGACY_AMI})`,
    );
    expect(result.text.split("\n").at(-1)).toBe(
      `dev: 2 finding(s) from environment checks; instance checks skipped on 1 instance(s) not baked from recipe web (${LEGACY_AMI})`,
    );
  });

  it("after a good rollout every instance and environment check passes, log delivery judged from two samples a minute apart", async () => {
    const world = withHttp(await fork(baked));
    // Parity with the legacy server is the rollout scenarios' subject (scenarios.test.ts); here
    // the rollout only has to leave a verified new instance serving dev.
    await editFile(world.root, "environments/dev.yml", "parity: true", "parity: false");
    const promoted = await run(() => promote(world.ctx, { env: "dev", ami }));
    expect(promoted.message ?? "").toBe("");
    expect(promoted.exitCode).toBe(0);
    // The soak sent HTTP through the load balancer on every sample.
    const soakHttp = promoted.data!.checks.filter((c) => c.name === "http");
    expect(soakHttp.length).toBeGreaterThanOrEqual(2);
    expect(soakHttp.every((c) => c.passed && c.evidence.status === 200)).toBe(true);
    const started = world.sim.clock.now();
    const result = await verify(world.ctx, { env: "dev" });
    expect(findingsOf(result.data.checks)).toEqual([]);
    expect(result.ok).toBe(true);
    const names = result.data.checks.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "timezone",
        "cron-timezone",
        "services",
        "agent:fluentd",
        "log-delivery:fluentd",
        "target-health",
        "http",
        "hardening:imdsv2",
        "hardening:root-volume-encrypted",
      ]),
    );
    const delivery = result.data.checks.find((c) => c.name === "log-delivery:fluentd")!;
    expect((delivery.evidence.samples as unknown[]).length).toBe(2);
    expect(world.sim.clock.now() - started).toBeGreaterThanOrEqual(MINUTE);
    expect(result.text).toMatch(/dev: all checks passed on 1 instance\(s\)/);
  });

  it("finds the lost logs an errors-only check let through: fluentd runs but delivers nothing (exit 1, the agent named)", async () => {
    const world = withHttp(await fork(baked, ["log-delivery-stalled=fluentd"]));
    // Rolled out with only the load balancer's view — the old checklist's "no errors, OK!".
    expect((await run(() => promote(world.ctx, { env: "dev", ami, reconcile: false }))).exitCode).toBe(0);
    const project = await loadProject(world.root);
    const loaded = project.environments.get("dev")!;
    const report = await convergeEnvironment(world.ctx, project, loaded, {
      pins: filePinStore(world.root, project),
      verifier: (group) => targetHealthVerifier(world.ctx.aws, { ...group, environment: "dev" }, []),
    });
    expect(report.outcome).toBe("converged");

    const result = await verify(world.ctx, { env: "dev" });
    expect(result.ok).toBe(false);
    const findings = findingsOf(result.data.checks);
    expect(findings.map((f) => f.name)).toEqual(["log-delivery:fluentd"]);
    expect(findings[0]!.summary).toContain("fluentd delivers nothing");
    expect(result.text).toMatch(/log-delivery:fluentd\s+i-\w+\s+FAIL\s+fluentd delivers nothing/);
  });

  it("an unknown environment is a usage error", async () => {
    const outcome = await run(() => verify(baked.ctx, { env: "qa" }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toContain("unknown environment 'qa'");
  });
});

describe("the rollout's verifier over the simulator's SSM", () => {
  async function launchNew(world: World, count: number, bootFor = 10 * MINUTE): Promise<string[]> {
    const out = await world.ctx.aws.ec2(REGION).send(
      new RunInstancesCommand({
        ImageId: ami,
        InstanceType: "t3.medium",
        MinCount: count,
        MaxCount: count,
        SubnetId: "subnet-0a1b2c3d4e5f60001",
      }),
    );
    const ids = out.Instances!.map((i) => i.InstanceId!);
    world.sim.clock.advance(bootFor);
    return ids;
  }

  async function devVerifier(world: World) {
    const project = await loadProject(world.root);
    return createRolloutVerifier(world.ctx, {
      project,
      env: project.environments.get("dev")!,
      stage: { first: true },
    });
  }

  it("checks 55 new instances with one SendCommand per 50 and one ListCommandInvocations page per command per round", async () => {
    const world = withHttp(await fork(baked));
    const ids = await launchNew(world, 55);
    const verifier = await devVerifier(world);
    const before = world.sim.engine.calls.length;
    const results = await verifier.instanceChecks(ids, "boot");
    expect(findingsOf(results)).toEqual([]);
    expect(new Set(results.map((r) => r.target))).toEqual(new Set(ids));

    expect(calls(world, "SendCommand", before)).toHaveLength(2);
    // Both commands finish within the first polling round: one page per command (50 and 5 rows).
    expect(calls(world, "ListCommandInvocations", before)).toHaveLength(2);
    // The instance probe prints more than the 2,500 characters a listing shows: each output is fetched whole, once.
    expect(calls(world, "GetCommandInvocation", before)).toHaveLength(55);
  });

  it("a soak sample over 120 new instances reads every log-delivery result from one ListCommandInvocations page per 50 instances", async () => {
    const world = withHttp(await fork(baked));
    const ids = await launchNew(world, 120);
    const verifier = await devVerifier(world);
    expect(findingsOf(await verifier.instanceChecks(ids, "boot"))).toEqual([]);
    await verifier.soakSample(1);
    world.sim.clock.advance(MINUTE);

    const before = world.sim.engine.calls.length;
    const sample = await verifier.soakSample(2);
    const delivery = sample.filter((r) => r.name === "log-delivery:fluentd");
    expect(new Set(delivery.map((r) => r.target))).toEqual(new Set(ids));
    expect(findingsOf(sample)).toEqual([]);
    // The agents probe's output fits in the listing: reading 120 results takes ceil(120/50) pages, no per-instance call.
    const reads = [
      ...calls(world, "ListCommandInvocations", before),
      ...calls(world, "GetCommandInvocation", before),
    ];
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(120 / 50) + 2);
    expect(calls(world, "GetCommandInvocation", before)).toEqual([]);
    // Sending takes one SendCommand per 50 instance ids (the API's limit).
    expect(calls(world, "SendCommand", before)).toHaveLength(Math.ceil(120 / 50));
  });

  it("a probe output cut in the listing is fetched whole with GetCommandInvocation and still judged", async () => {
    const world = withHttp(await fork(baked));
    const [id] = await launchNew(world, 1);
    const verifier = await devVerifier(world);
    const before = world.sim.engine.calls.length;
    const results = await verifier.instanceChecks([id!], "boot");
    expect(results.find((r) => r.name === "timezone")).toMatchObject({ passed: true, target: id });
    expect(findingsOf(results)).toEqual([]);

    const ssm = world.ctx.aws.ssm(REGION);
    const commands = Object.values(world.sim.engine.state.regions[REGION]!.commands);
    const sent = commands.find((c) => c.instanceIds.includes(id!))!;
    const listed = await ssm.send(new ListCommandInvocationsCommand({ CommandId: sent.id, Details: true }));
    const output = listed.CommandInvocations![0]!.CommandPlugins![0]!.Output!;
    expect(output).toHaveLength(2_500);
    expect(output.endsWith("\n---Output truncated---")).toBe(true);
    expect(calls(world, "GetCommandInvocation", before).map((c) => c.outcome)).toEqual(["ok"]);
  });

  it("waits for the SSM agent of an instance that has only just started running", async () => {
    const world = withHttp(await fork(baked));
    // Running after 20 s; its agent registers a little later.
    const ids = await launchNew(world, 1, 25_000);
    const verifier = await devVerifier(world);
    const before = world.sim.engine.calls.length;
    const results = await verifier.instanceChecks(ids, "boot");
    expect(results.find((r) => r.name === "timezone")?.passed).toBe(true);
    const sends = world.sim.engine.calls.slice(before).filter((c) => c.operation === "SendCommand");
    expect(sends.map((c) => c.outcome)).toContain("InvalidInstanceId");
    expect(sends.at(-1)!.outcome).toBe("ok");
    expect(world.ctx.progress.events.some((e) => e.waitingFor === "the SSM agent to register")).toBe(true);
  });

  it("soak samples take HTTP through the ALB: 200 while a target serves, 503 once none does", async () => {
    const world = withHttp(await fork(baked));
    const verifier = await devVerifier(world);
    const healthy = await verifier.soakSample(1);
    expect(healthy.find((c) => c.name === "http")).toMatchObject({
      passed: true,
      evidence: { status: 200, expected: 200 },
    });

    const legacy = await legacyIn(world, "dev");
    const elbv2 = world.ctx.aws.elbv2(REGION);
    const tg = (await elbv2.send(new DescribeTargetGroupsCommand({ Names: ["web-dev"] }))).TargetGroups![0]!
      .TargetGroupArn!;
    await elbv2.send(new DeregisterTargetsCommand({ TargetGroupArn: tg, Targets: [{ Id: legacy }] }));
    world.sim.clock.advance(6 * MINUTE);

    // The legacy server drained (300 s) and nothing else is registered.
    const empty = await verifier.soakSample(2);
    const http = empty.find((c) => c.name === "http")!;
    expect(http.passed).toBe(false);
    expect(http.evidence).toMatchObject({ status: 503, expected: 200 });
    expect(http.summary).toMatch(/→ 503 \(expected 200\)$/);
    expect(empty.find((c) => c.name === "target-health")!.passed).toBe(false);
  });
});
