import { rm } from "node:fs/promises";
import {
  DescribeAlarmsCommand,
  PutCompositeAlarmCommand,
  SetAlarmStateCommand,
} from "@aws-sdk/client-cloudwatch";
import { DeregisterTargetsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { afterEach, describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { resolveTargetGroup } from "../../src/fleet/target-group.js";
import { simulatedHttp } from "../../src/sim/http.js";
import { targetHealthVerifier } from "../../src/verify/basic-verifier.js";
import { listenerFor } from "../../src/verify/listener.js";
import { createRolloutVerifier } from "../../src/verify/rollout-verifier.js";
import type { CheckResult } from "../../src/verify/types.js";
import { editFile } from "../bake/world.js";
import { exampleConfig, exampleWorld, REGION, type World } from "../rollout/world.js";
import { legacyServers, withHttp } from "./sim-world.js";

const MINUTE = 60_000;
const roots: string[] = [];

afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

/** The example world (its config copied to a temp root), with `edits` to sim/world.yml or environments/. */
async function world(edits: Array<{ file: string; from: string | RegExp; to: string }> = []): Promise<World> {
  const root = await exampleConfig();
  roots.push(root);
  for (const e of edits) await editFile(root, e.file, e.from, e.to);
  return withHttp(await exampleWorld({ root }));
}

/** One soak sample of the verifier the rollout uses for an image baked from the recipe. */
async function recipeSample(w: World, env: string, sample = 1): Promise<CheckResult[]> {
  const project = await loadProject(w.root);
  const verifier = createRolloutVerifier(w.ctx, {
    project,
    env: project.environments.get(env)!,
    stage: { first: false },
  });
  return verifier.soakSample(sample);
}

/** One soak sample of the verifier the rollout uses for an image without a recipe (a legacy AMI). */
async function basicSample(w: World, env: string): Promise<CheckResult[]> {
  const project = await loadProject(w.root);
  const loaded = project.environments.get(env)!.env;
  const group = await resolveTargetGroup(w.ctx.aws, REGION, loaded.fleet.targetGroup);
  return targetHealthVerifier(w.ctx.aws, { ...group, environment: env }, loaded.verify.alarms).soakSample(1);
}

const named = (results: readonly CheckResult[], name: string) => results.find((r) => r.name === name);

async function emptyDev(w: World): Promise<void> {
  const [legacy] = await legacyServers(w, "dev");
  const group = await resolveTargetGroup(w.ctx.aws, REGION, "web-dev");
  await w.ctx.aws
    .elbv2(REGION)
    .send(new DeregisterTargetsCommand({ TargetGroupArn: group.arn, Targets: [{ Id: legacy! }] }));
}

describe("one target-health verdict for both verifiers", () => {
  it("dev's only server draining away: nothing serves, and both verifiers fail the soak", async () => {
    const w = await world();
    await emptyDev(w);
    for (const results of [await recipeSample(w, "dev"), await basicSample(w, "dev")]) {
      const health = named(results, "target-health")!;
      expect(health.passed).toBe(false);
      expect(health.summary).toMatch(/^no target serves in web-dev \(1 draining\); dev wants 1$/);
    }
    // Drained: the group is empty, which is no pass either.
    w.sim.clock.advance(6 * MINUTE);
    for (const results of [await recipeSample(w, "dev"), await basicSample(w, "dev")])
      expect(named(results, "target-health")).toMatchObject({
        passed: false,
        summary: "no target serves in web-dev (no target registered); dev wants 1",
      });
  });

  it("a healthy fleet: the two verifiers give the same verdict", async () => {
    const w = await world();
    const full = named(await recipeSample(w, "staging"), "target-health")!;
    const basic = named(await basicSample(w, "staging"), "target-health")!;
    // The same verdict over the same states; only what each knows of the desired count differs.
    const { wants: _full, ...fullEvidence } = full.evidence;
    const { wants: _basic, ...basicEvidence } = basic.evidence;
    expect({ ...full, evidence: fullEvidence }).toEqual({ ...basic, evidence: basicEvidence });
    expect(full).toMatchObject({ passed: true, summary: "2 target(s) serving in web-staging" });
  });
});

describe("one alarms check, composite alarms included", () => {
  it("a composite alarm named in verify.alarms is watched: quiet while its rule is false, the soak fails once it fires", async () => {
    const w = await world([
      {
        file: "environments/staging.yml",
        from: "alarms: [web-staging-5xx]",
        to: "alarms: [web-staging-health]",
      },
    ]);
    const cloudwatch = w.ctx.aws.cloudwatch(REGION);
    await cloudwatch.send(
      new PutCompositeAlarmCommand({
        AlarmName: "web-staging-health",
        AlarmRule: 'ALARM("web-staging-5xx")',
      }),
    );

    for (const results of [await recipeSample(w, "staging"), await basicSample(w, "staging")])
      expect(named(results, "alarms")).toMatchObject({
        passed: true,
        summary: "1 alarm(s) quiet: web-staging-health OK",
        evidence: { alarms: [{ name: "web-staging-health", type: "composite", state: "OK" }] },
      });

    await cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: "web-staging-5xx", StateValue: "ALARM", StateReason: "42 5xx" }),
    );
    for (const results of [await recipeSample(w, "staging"), await basicSample(w, "staging")]) {
      const alarms = named(results, "alarms")!;
      expect(alarms.passed).toBe(false);
      expect(alarms.summary).toMatch(/^alarm web-staging-health is in ALARM: Alarm rule became TRUE/);
    }
  });

  it("the simulator answers DescribeAlarms as CloudWatch does: composite alarms only when AlarmTypes asks for them", async () => {
    const w = await world();
    const cloudwatch = w.ctx.aws.cloudwatch(REGION);
    await cloudwatch.send(
      new PutCompositeAlarmCommand({
        AlarmName: "web-health",
        AlarmRule: "ALARM(web-prod-5xx) OR ALARM(web-staging-5xx)",
      }),
    );
    const names = { AlarmNames: ["web-health", "web-prod-5xx"] };
    const plain = await cloudwatch.send(new DescribeAlarmsCommand(names));
    expect(plain.MetricAlarms?.map((a) => a.AlarmName)).toEqual(["web-prod-5xx"]);
    expect(plain.CompositeAlarms).toEqual([]);
    const both = await cloudwatch.send(
      new DescribeAlarmsCommand({ ...names, AlarmTypes: ["MetricAlarm", "CompositeAlarm"] }),
    );
    expect(both.CompositeAlarms?.map((a) => [a.AlarmName, a.StateValue, a.AlarmRule])).toEqual([
      ["web-health", "OK", "ALARM(web-prod-5xx) OR ALARM(web-staging-5xx)"],
    ]);
    await expect(
      cloudwatch.send(new PutCompositeAlarmCommand({ AlarmName: "broken", AlarmRule: "ALARM(web-dev-5xx)" })),
    ).rejects.toThrow(
      "Could not save the composite alarm as alarms [web-dev-5xx] in the alarm rule do not exist",
    );
  });

  it("an alarm that does not exist fails the check by name, in both verifiers", async () => {
    const w = await world([
      {
        file: "environments/staging.yml",
        from: "alarms: [web-staging-5xx]",
        to: "alarms: [web-staging-5xx, web-staging-latency]",
      },
    ]);
    for (const results of [await recipeSample(w, "staging"), await basicSample(w, "staging")])
      expect(named(results, "alarms")).toMatchObject({
        passed: false,
        summary: "alarm(s) not found in ap-northeast-1: web-staging-latency — the soak cannot watch them",
      });
  });
});

describe("HTTP aimed at the environment's own listener rule", () => {
  it("dev's HTTP check reaches dev's targets, not prod's: with dev's server gone it fails while prod answers 200", async () => {
    const w = await world();
    await emptyDev(w);
    w.sim.clock.advance(6 * MINUTE);
    const dev = named(await recipeSample(w, "dev"), "http")!;
    expect(dev).toMatchObject({
      passed: false,
      evidence: {
        status: 503,
        host: "dev.web.example.jp",
        via: "listener HTTP:80, rule 10 (Host: dev.web.example.jp)",
      },
    });
    expect(dev.summary).toMatch(/\/health \(Host: dev\.web\.example\.jp\) → 503 \(expected 200\)$/);
    const prod = named(await recipeSample(w, "prod"), "http")!;
    expect(prod).toMatchObject({
      passed: true,
      evidence: { status: 200, via: "listener HTTP:80, default rule" },
    });
    expect(prod.evidence.host).toBeUndefined();
  });

  it("a listener that redirects HTTP to HTTPS, with the HTTPS listener forwarding: the check goes over HTTPS and passes", async () => {
    const w = await world([
      {
        file: "sim/world.yml",
        from: /listeners:\n {6}- port: 80\n {8}protocol: HTTP\n {8}forward: \[web-prod\]\n/,
        to: [
          "listeners:",
          "      - { port: 80, protocol: HTTP, redirect: { protocol: HTTPS, port: 443, statusCode: 301 } }",
          "      - port: 443",
          "        protocol: HTTPS",
          "        forward: [web-prod]",
          "",
        ].join("\n"),
      },
    ]);
    const dev = named(await recipeSample(w, "dev"), "http")!;
    expect(dev.passed).toBe(true);
    expect(dev.summary).toMatch(
      /^GET https:\/\/web-\S+\.elb\.amazonaws\.com\/health \(Host: dev\.web\.example\.jp\) → 200$/,
    );
    expect(dev.evidence.via).toBe("listener HTTPS:443, rule 10 (Host: dev.web.example.jp)");

    // What the check used to send — plain HTTP to port 80 — is answered with the redirect.
    const dns = w.sim.engine.state.regions[REGION]!.loadBalancers[0]!.dnsName;
    const http = simulatedHttp(() => w.sim.engine);
    expect(
      await http.get({ url: `http://${dns}/health`, host: "dev.web.example.jp", timeoutMs: 1_000 }),
    ).toEqual({
      status: 301,
      location: "https://dev.web.example.jp:443/health",
    });
  });

  it("no listener forwards to the environment's target group: the check fails saying so, and listenerFor finds nothing", async () => {
    const w = await world([
      {
        file: "sim/world.yml",
        from: "          - { priority: 10, hostHeader: [dev.web.example.jp], forward: [web-dev] }\n",
        to: "",
      },
    ]);
    const dev = named(await recipeSample(w, "dev"), "http")!;
    expect(dev.passed).toBe(false);
    expect(dev.summary).toBe("no listener of web forwards to target group web-dev: HTTP cannot reach dev");
    const group = (name: string) => resolveTargetGroup(w.ctx.aws, REGION, name);
    expect(await listenerFor(w.ctx.aws, { group: await group("web-dev") })).toBeUndefined();
    expect(await listenerFor(w.ctx.aws, { group: await group("web-staging") })).toMatchObject({
      host: "stg.web.example.jp",
      via: "listener HTTP:80, rule 20 (Host: stg.web.example.jp)",
    });
  });

  it("verify.http.url is requested as given, with verify.http.host, and no listener is looked up", async () => {
    const w = await world();
    const dns = w.sim.engine.state.regions[REGION]!.loadBalancers[0]!.dnsName;
    await editFile(
      w.root,
      "environments/dev.yml",
      "http: { path: /health, expect: 200 }",
      `http: { url: "http://${dns}/health", host: dev.web.example.jp }`,
    );
    const before = w.sim.engine.calls.length;
    const dev = named(await recipeSample(w, "dev"), "http")!;
    expect(dev).toMatchObject({
      passed: true,
      evidence: {
        url: `http://${dns}/health`,
        host: "dev.web.example.jp",
        via: "verify.http.url",
        status: 200,
      },
    });
    const reads = w.sim.engine.calls.slice(before).map((c) => c.operation);
    expect(reads).not.toContain("DescribeListeners");
    expect(reads).not.toContain("DescribeRules");
  });

  it("verify.http.port picks the listener: a port no listener forwarding to the group has fails, naming why", async () => {
    const w = await world([
      {
        file: "environments/dev.yml",
        from: "http: { path: /health, expect: 200 }",
        to: "http: { path: /health, expect: 200, port: 8080 }",
      },
    ]);
    const dev = named(await recipeSample(w, "dev"), "http")!;
    expect(dev.passed).toBe(false);
    expect(dev.summary).toBe(
      "no listener of web forwards to target group web-dev the check can use (web listener HTTP:80, rule 10: not verify.http.port 8080): HTTP cannot reach dev",
    );
  });
});
