import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { renderTemplate, templateContext } from "../../src/config/templates.js";
import { FLUENT_PACKAGE } from "../../src/recipe/agents.js";
import { writeFileCommand } from "../../src/recipe/shell.js";
import { renderUserData } from "../../src/recipe/user-data.js";
import {
  factsFromInventory,
  factsFromManifest,
  fluentdConfigFromUserData,
  inventoryAt,
} from "../../src/sim/host/instance.js";
import { checkLogDelivery } from "../../src/verify/checks/log-delivery.js";
import { type ExpectedAgent, expectationsFromRecipe } from "../../src/verify/expectations.js";
import { checkParity } from "../../src/verify/parity.js";
import { faults, LAUNCH, legacyInventory, MINUTE, webManifest } from "../probes/fixtures.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const MATCH = /<match httpd\.access>[\s\S]*?<\/match>/;

let fluentd: ExpectedAgent;
let exampleConfig: string;
let exampleUserData: string;
beforeAll(async () => {
  const project = await loadProject(REPO);
  const web = project.recipes.get("web")!;
  fluentd = expectationsFromRecipe(web.recipe).agents.find((a) => a.name === "fluentd")!;
  const source = readFileSync(path.join(web.dir, web.recipe.agents.fluentd!.config), "utf8");
  exampleUserData = Buffer.from(renderUserData(web, project.environments.get("prod")!)).toString("base64");
  exampleConfig = renderTemplate(source, templateContext(web.recipe, project.environments.get("prod")!.env));
});

/** User data as EC2 holds it (base64) writing this fluentd config, as src/recipe/user-data.ts does. */
const userDataWriting = (config: string) =>
  Buffer.from(`#!/bin/bash\n${writeFileCommand(FLUENT_PACKAGE.configFile, config)}\n`).toString("base64");

const soak = (userData?: string) => {
  const facts = factsFromManifest(webManifest, {
    launchedAt: LAUNCH,
    faults: faults(),
    isNewestImage: true,
    ...(userData ? { userData } : {}),
  });
  return [inventoryAt(facts, LAUNCH + 5 * MINUTE), inventoryAt(facts, LAUNCH + 10 * MINUTE)];
};

describe("lost logs: outputs that deliver nowhere are not delivery", () => {
  it("the simulator's monitor_agent reports the output types the launched config has", () => {
    const [, last] = soak(
      userDataWriting(exampleConfig.replace(MATCH, "<match httpd.access>\n  @type null\n</match>")),
    );
    const outputs = last!.monitors![0]!.plugins.filter((p) => p.category === "output");
    expect(outputs.map((p) => p.type)).toEqual(["null"]);
  });

  it("fluentd whose only output is @type null fails log delivery, naming the plugin type", () => {
    const samples = soak(
      userDataWriting(exampleConfig.replace(MATCH, "<match httpd.access>\n  @type null\n</match>")),
    );
    // The null output's emit counters do grow: counting them was the bug.
    expect(samples[1]!.monitors![0]!.plugins.find((p) => p.type === "null")!.emitRecords).toBeGreaterThan(0);
    const result = checkLogDelivery(samples, fluentd, "i-new");
    expect(result.passed).toBe(false);
    expect(result.summary).toMatch(/^fluentd delivers nowhere: its only outputs are @type null/);
  });

  it("@type stdout alone fails the same way", () => {
    const config = exampleConfig.replace(MATCH, "<match **>\n  @id out_debug\n  @type stdout\n</match>");
    const result = checkLogDelivery(soak(userDataWriting(config)), fluentd, "i-new");
    expect(result.passed).toBe(false);
    expect(result.summary).toContain("@type stdout (out_debug)");
  });

  it("the example's bigquery_insert output, launched with the user data a rollout gives it, delivers", () => {
    expect(fluentdConfigFromUserData(exampleUserData)).toContain("@type bigquery_insert");
    const samples = soak(exampleUserData);
    expect(
      samples[1]!.monitors![0]!.plugins.filter((p) => p.category === "output").map((p) => p.type),
    ).toEqual(["bigquery_insert"]);
    expect(checkLogDelivery(samples, fluentd, "i-new").passed).toBe(true);
  });
});

describe("cron in UTC: parity compares the timezone", () => {
  const legacy = () => inventoryAt(factsFromInventory(legacyInventory()), LAUNCH);
  const utcInstance = () =>
    inventoryAt(
      factsFromManifest(
        { ...webManifest, timezone: "UTC" },
        { launchedAt: LAUNCH, faults: faults(), isNewestImage: true },
      ),
      LAUNCH + 3 * MINUTE,
    );

  it("a recipe without timezone (UTC) against the Asia/Tokyo legacy server is a parity finding", () => {
    const result = checkParity(legacy(), utcInstance(), { target: "i-new", waivers: [] });
    expect(result.passed).toBe(false);
    expect(result.summary).toContain(
      "timezone differs: old Asia/Tokyo, new UTC — cron schedules fire 9 hours later",
    );
  });

  it("a timezone waiver with a reason accepts it", () => {
    const result = checkParity(legacy(), utcInstance(), {
      target: "i-new",
      waivers: [{ kind: "timezone", name: "Asia/Tokyo", reason: "jobs were rewritten for UTC schedules" }],
    });
    expect(result.passed).toBe(true);
    expect((result.evidence.waived as Array<{ kind: string }>).map((g) => g.kind)).toEqual(["timezone"]);
  });
});
