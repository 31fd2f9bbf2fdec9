import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Recipe, recipeSchema } from "../../src/config/schema.js";
import { diffRecipes, formatRecipePlan } from "../../src/recipe/plan.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const example = (): Recipe =>
  recipeSchema.parse(parse(readFileSync(path.join(REPO, "image-recipes/web.yml"), "utf8")));
const AT = Date.parse("2026-11-25T00:00:00Z");

describe("plan-recipe risks", () => {
  it("Asia/Tokyo → UTC says cron fires 9 hours later in local terms, with the recipe's own entry", () => {
    const after = { ...example(), timezone: "UTC" };
    const plan = diffRecipes(example(), after, { at: AT });
    expect(plan.risks).toEqual([
      {
        kind: "timezone",
        item: "Asia/Tokyo → UTC",
        message:
          "timezone Asia/Tokyo → UTC: cron schedules are read in the image's zone, so every entry fires 9 hours later in Asia/Tokyo terms " +
          "(daily-mail '0 9 * * *' ran at 09:00 Asia/Tokyo, now at 09:00 UTC = 18:00 Asia/Tokyo); local times in logs and applications shift too",
      },
    ]);
  });

  it("a zone with daylight saving time gives the range of the shift", () => {
    const after = { ...example(), timezone: "America/New_York" };
    const [risk] = diffRecipes(example(), after, { at: AT }).risks;
    expect(risk?.message).toContain(
      "fires 13 hours to 14 hours (daylight saving time) later in Asia/Tokyo terms",
    );
  });

  it("removing fluentd, a service, a cron entry, or disabling a service are risks", () => {
    const before = example();
    const after: Recipe = {
      ...before,
      agents: { "newrelic-infra": before.agents["newrelic-infra"]! },
      services: before.services
        .filter((s) => s.name !== "fluentd" && s.name !== "httpd")
        .map((s) => (s.name === "crond" ? { ...s, enabled: false } : s)),
      cron: before.cron.filter((c) => c.name !== "daily-notice"),
    };
    const risks = diffRecipes(before, after, { at: AT }).risks;
    expect(risks.map((r) => [r.kind, r.item])).toEqual([
      ["agent-removed", "fluentd"],
      ["service-removed", "httpd"],
      ["service-disabled", "crond"],
      ["service-removed", "fluentd"],
      ["cron-removed", "daily-notice"],
    ]);
    expect(risks[0]!.message).toContain("logs are no longer shipped");
    expect(risks[1]!.message).toContain("(nor port 80)");
  });

  it("a base OS change points at validate's migration lint", () => {
    const after: Recipe = { ...example(), base: "amazon-linux-2023" };
    const [risk] = diffRecipes(example(), after, { at: AT }).risks;
    expect(risk).toMatchObject({ kind: "base-os", item: "amazon-linux-2 → amazon-linux-2023" });
    expect(risk!.message).toContain("run 'amipipe validate' for the migration lint");
  });

  it("the Risks section comes above the diff; a plain addition has none", () => {
    const after = { ...example(), timezone: "UTC" };
    const text = formatRecipePlan(diffRecipes(example(), after, { at: AT }), "HEAD");
    expect(text.indexOf("**Risks**")).toBeGreaterThan(0);
    expect(text.indexOf("**Risks**")).toBeLessThan(text.indexOf("**Timezone**"));
    expect(text).toContain("- ⚠️ timezone Asia/Tokyo → UTC:");
    const added = {
      ...example(),
      packages: { ...example().packages, yum: [...example().packages.yum, "jq"] },
    };
    expect(formatRecipePlan(diffRecipes(example(), added), "HEAD")).not.toContain("Risks");
  });
});
