import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import { beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { bake } from "../../src/commands/bake.js";
import { promote } from "../../src/commands/promote.js";
import { recipeFromSurvey } from "../../src/commands/recipe-from-survey.js";
import type { RolloutCommandData } from "../../src/commands/rollout-result.js";
import { loadProject } from "../../src/config/load.js";
import type { CheckResult } from "../../src/verify/types.js";
import { editFile, exampleConfigCopy } from "../bake/world.js";
import { envFile, expectCapacityHeld, fleetOf, fork, run, statusOf } from "../rollout/scenario.js";
import { exampleWorld, LEGACY_AMI, REGION, type World } from "../rollout/world.js";
import { legacyServers, withHttp } from "./sim-world.js";

const LEGACY_INVENTORY = path.resolve(import.meta.dirname, "../../sim/legacy/web-legacy.inventory.json");

/** The example world with the example recipe baked by the real bake (no faults during the bake). */
let baked: World;
let ami: string;

beforeAll(async () => {
  // The example config as shipped: dev reboots one new instance and checks parity with a legacy server.
  baked = withHttp(await exampleWorld({ root: await exampleConfigCopy() }));
  ami = await bakeWeb(baked);
});

async function bakeWeb(world: World): Promise<string> {
  const result = await bake(world.ctx, { recipe: "web" });
  expect(result.ok).toBe(true);
  return result.data.amis[0]!.ami;
}

/** What staging and prod look like: config files, instances and load-balancer view. */
async function laterStages(world: World) {
  return {
    staging: {
      file: await envFile(world, "staging"),
      fleet: await fleetOf(world, "staging"),
      status: await statusOf(world, "staging"),
    },
    prod: {
      file: await envFile(world, "prod"),
      fleet: await fleetOf(world, "prod"),
      status: await statusOf(world, "prod"),
    },
  };
}

/** Promotes `image` to dev and expects the rollout to stop there: rolled back, the legacy server serving alone at full capacity. */
async function expectStoppedInDev(world: World, image: string): Promise<RolloutCommandData> {
  const before = await laterStages(world);
  const devFile = await envFile(world, "dev");
  const started = world.sim.clock.now();
  const outcome = await run(() => promote(world.ctx, { env: "dev", ami: image }));
  expect(outcome.exitCode).toBe(1);
  const data = outcome.data!;
  expect(data.outcome).toBe("rolled-back");
  expect(data.verified).toBe(false);
  // Not promoted: the pin is the legacy AMI again, and dev serves it with its one healthy server.
  expect(await envFile(world, "dev"), "the dev pin file is restored as it was").toBe(devFile);
  expect(await statusOf(world, "dev")).toMatchObject({
    pinned: LEGACY_AMI,
    serving: [LEGACY_AMI],
    healthy: 1,
    desired: 1,
    inSync: true,
  });
  expectCapacityHeld(world, "dev", 1, started);
  const leftovers = (await fleetOf(world, "dev")).filter(
    (i) => i.ami === image && !["terminated", "shutting-down"].includes(i.state),
  );
  expect(leftovers).toEqual([]);
  // The later stages never moved.
  expect(await laterStages(world)).toEqual(before);
  return data;
}

function finding(data: RolloutCommandData, name: string): CheckResult {
  const found = data.findings.find((f) => f.name === name);
  expect(
    found,
    `no ${name} finding among ${JSON.stringify(data.findings.map((f) => [f.name, f.summary]))}`,
  ).toBeDefined();
  return found!;
}

/** The kind of the rollout step that failed (its detail starts with "failed:"). */
function failedStep(data: RolloutCommandData): string | undefined {
  return data.steps.find((s) => s.detail.startsWith("failed:"))?.kind;
}

function expectFailedIn(data: RolloutCommandData, kind: string): void {
  expect(
    failedStep(data),
    `findings: ${data.findings.map((f) => `${f.name}: ${f.summary}`).join(" | ")}`,
  ).toBe(kind);
}

/** The example recipe with fluentd simply left out (and the waivers that only make sense with it). */
async function omitFluentd(root: string): Promise<void> {
  const file = path.join(root, "image-recipes", "web.yml");
  const recipe = YAML.parse(await readFile(file, "utf8"));
  delete recipe.agents.fluentd;
  recipe.services = recipe.services.filter((s: { name: string }) => s.name !== "fluentd");
  recipe.steps = recipe.steps.filter((s: { run: string }) => !s.run.includes("fluent"));
  delete recipe.parity;
  await writeFile(file, YAML.stringify(recipe));
}

describe("the lost access logs: fluentd missing on the new servers", () => {
  it("agent-missing=fluentd stops the rollout in dev with a finding naming the agent, its process and its port", async () => {
    const world = withHttp(await fork(baked, ["agent-missing=fluentd"]));
    const data = await expectStoppedInDev(world, ami);
    expectFailedIn(data, "prepare");
    const agent = finding(data, "agent:fluentd");
    expect(agent.summary).toContain("fluentd is not installed");
    expect(agent.summary).toContain("package fluent-package absent");
    expect(agent.summary).toContain("no fluentd process");
    expect(agent.summary).toContain("nothing listening on 24220");
  });

  it("a recipe that omits fluentd while the legacy servers run td-agent is stopped in dev by parity, naming td-agent, its process and port 24220", async () => {
    const world = withHttp(await fork(baked));
    await omitFluentd(world.root);
    const project = await loadProject(world.root);
    expect(project.recipes.get("web")!.recipe.agents.fluentd).toBeUndefined();
    const image = await bakeWeb(world);
    expect(image).not.toBe(ami);

    const data = await expectStoppedInDev(world, image);
    expectFailedIn(data, "prepare");
    // The recipe promises no fluentd, so its own instance checks pass; the legacy server says otherwise.
    expect(data.findings.map((f) => f.name)).toEqual(["parity"]);
    const parity = finding(data, "parity");
    expect(parity.summary).toContain("agent td-agent");
    expect(parity.summary).toContain("process td-agent");
    expect(parity.summary).toContain("port 24220");
    expect(parity.evidence.gaps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "agent", name: "td-agent" }),
        expect.objectContaining({ kind: "process", name: "td-agent" }),
        expect.objectContaining({ kind: "port", name: "24220" }),
      ]),
    );
  });

  it("log-delivery-stalled=fluentd stops the rollout during soak, before the old server leaves the target group", async () => {
    const world = withHttp(await fork(baked, ["log-delivery-stalled=fluentd"]));
    const legacy = await legacyServers(world, "dev");
    expect(legacy).toHaveLength(1);
    const data = await expectStoppedInDev(world, ami);
    expectFailedIn(data, "soak");
    expect(data.steps.map((s) => s.kind)).not.toContain("drain");
    const delivery = finding(data, "log-delivery:fluentd");
    expect(delivery.summary).toContain("fluentd delivers nothing");
    expect(delivery.summary).toContain("retries grow");
    // The legacy server was never deregistered: one registration episode, still open.
    const tg = Object.values(world.sim.engine.state.regions[REGION]!.targetGroups).find(
      (t) => t.name === "web-dev",
    )!;
    const episodes = tg.targets.filter((t) => t.id === legacy[0]);
    expect(episodes).toHaveLength(1);
    expect(episodes[0]!.deregisteredAt).toBeUndefined();
  });
});

describe("log delivery judged during soak", () => {
  it("with parity off in dev, log-delivery-stalled=fluentd passes every instance check and is stopped by the soak's delivery samples", async () => {
    const world = withHttp(await fork(baked, ["log-delivery-stalled=fluentd"]));
    await editFile(world.root, "environments/dev.yml", "parity: true", "parity: false");
    const data = await expectStoppedInDev(world, ami);
    expectFailedIn(data, "soak");
    expect(data.steps.map((s) => s.kind)).toEqual([
      "tag-old",
      "launch",
      "prepare",
      "register",
      "wait-healthy",
      "soak",
    ]);
    expect(finding(data, "log-delivery:fluentd").summary).toContain("fluentd delivers nothing");
  });
});

describe("cron in UTC: crond started before the zone change", () => {
  it("cron-stale-timezone yields a finding that crond started before the zone change and jobs run 9 hours late; not promoted", async () => {
    const world = withHttp(await fork(baked, ["cron-stale-timezone"]));
    const data = await expectStoppedInDev(world, ami);
    const cron = finding(data, "cron-timezone");
    expect(cron.summary).toMatch(
      /crond started at .* JST \(\+0900\), before the zone was set to Asia\/Tokyo/,
    );
    expect(cron.summary).toContain("cron runs on UTC, not Asia/Tokyo: jobs fire 9 hours late — '0 9 * * *'");
    expect(cron.summary).toContain("runs at 18:00 JST");
    expect(cron.summary).toContain("Fix: restart crond after setting the zone, or reboot");
    expect(cron.evidence.crondStartedAt! < cron.evidence.localtimeChangedAt!).toBe(true);
    const image = (await world.ctx.aws.ec2(REGION).send(new DescribeImagesCommand({ ImageIds: [ami] })))
      .Images![0]!;
    expect(image.Tags?.some((t) => t.Key === "amipipe:verified-in:dev")).toBe(false);
  });
});

describe("services that only ran because someone started them", () => {
  it("service-not-enabled=httpd is caught by the boot/reboot check before the instance takes traffic", async () => {
    const world = withHttp(await fork(baked, ["service-not-enabled=httpd"]));
    const data = await expectStoppedInDev(world, ami);
    expectFailedIn(data, "prepare");
    expect(data.steps.map((s) => s.kind)).not.toContain("register");
    const services = finding(data, "services");
    expect(services.summary).toContain("httpd");
    expect(services.summary).toMatch(/not enabled at boot/);
  });
});

describe("recipe-from-survey", () => {
  it("the recipe drafted from the legacy server's inventory validates, bakes, rolls out to dev and passes parity", async () => {
    const root = await exampleConfigCopy();
    await rm(path.join(root, "image-recipes"), { recursive: true });
    const drafted = await recipeFromSurvey(
      { ...baked.ctx, root },
      { inventory: LEGACY_INVENTORY, name: "web", out: "image-recipes/web.yml" },
    );
    expect(drafted.ok).toBe(true);
    // The draft does not guess where logs go: validate fails until each environment says.
    await expect(loadProject(root)).rejects.toThrow(/'log_destination' is undefined for environment 'dev'/);
    for (const env of ["dev", "staging", "prod"])
      await editFile(
        root,
        `environments/${env}.yml`,
        "\nvars:\n",
        `\nvars:\n  log_destination: { project: example-web-logs, dataset: web_${env}, table: access_log }\n`,
      );
    await loadProject(root);

    const world = withHttp(await exampleWorld({ root }));
    const image = await bakeWeb(world);
    const started = world.sim.clock.now();
    const outcome = await run(() => promote(world.ctx, { env: "dev", ami: image }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.data?.findings ?? []).toEqual([]);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.data).toMatchObject({ outcome: "converged", verified: true });
    const parity = outcome.data!.checks.filter((c) => c.name === "parity");
    expect(parity).toHaveLength(1);
    expect(parity[0]!.passed).toBe(true);
    const http = outcome.data!.checks.filter((c) => c.name === "http");
    expect(http.length).toBeGreaterThanOrEqual(2);
    expect(http.every((c) => c.passed)).toBe(true);
    expect(await statusOf(world, "dev")).toMatchObject({
      pinned: image,
      serving: [image],
      healthy: 1,
      inSync: true,
    });
    expectCapacityHeld(world, "dev", 1, started);
  });
});
