import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/commands/context.js";
import { parity } from "../../src/commands/parity.js";
import { recipeFromSurvey } from "../../src/commands/recipe-from-survey.js";
import { loadProject } from "../../src/config/load.js";
import { Progress } from "../../src/ports/progress.js";
import { factsFromManifest, inventoryAt } from "../../src/probes/simulate.js";
import { VirtualClock } from "../../src/sim/clock.js";
import { faults, LAUNCH, MINUTE, webManifest, webManifestWithoutFluentd } from "../probes/fixtures.js";

const legacyFile = path.resolve(import.meta.dirname, "../../sim/legacy/web-legacy.inventory.json");

function offlineContext(root: string): CommandContext {
  const clock = new VirtualClock(LAUNCH);
  return { root, clock, progress: new Progress(clock), aws: undefined as never, env: { ci: false } };
}

describe("recipe-from-survey", () => {
  it("drafts a recipe from the legacy server that validates, with fluentd in place of td-agent", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "amipipe-draft-"));
    const result = await recipeFromSurvey(offlineContext(root), {
      inventory: legacyFile,
      name: "web",
      out: "image-recipes/web.yml",
    });
    expect((result.data as { written: string[] }).written).toEqual([
      "image-recipes/web.yml",
      "image-recipes/templates/fluentd.conf.njk",
    ]);
    const project = await loadProject(root);
    const recipe = project.recipes.get("web")!.recipe;
    expect(recipe.timezone).toBe("Asia/Tokyo");
    expect(recipe.agents.fluentd?.monitorPort).toBe(24220);
    expect(recipe.agents["newrelic-infra"]?.license).toBe("ssm:/web/newrelic/license");
    expect(recipe.services).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "httpd", port: 80 }),
        expect.objectContaining({ name: "crond" }),
      ]),
    );
    expect(recipe.packages.yum).toEqual(expect.arrayContaining(["httpd", "mariadb", "git"]));
    expect(recipe.packages.yum).not.toContain("td-agent");
    expect(recipe.packages.yum).not.toContain("bash");
    expect(recipe.cron.map((c) => c.schedule)).toEqual(["0 9 * * *", "30 9 * * *"]);
    expect(recipe.users.create.map((u) => u.name)).toEqual(["deploy"]);
    // Passenger ran inside httpd with no package behind it: the draft builds it from its gem.
    expect(recipe.steps.map((s) => s.name)).toEqual(["install-passenger"]);
    expect(recipe.steps[0]!.run).toContain("passenger-install-apache2-module --auto");
    expect(recipe.packages.yum).toEqual(expect.arrayContaining(["httpd-devel", "ruby-devel", "gcc-c++"]));
    expect(recipe.packages["amazon-linux-extras"]).toEqual(["ruby3.0"]);
  });

  it("the draft tells the reader what to review", async () => {
    const result = await recipeFromSurvey(offlineContext(tmpdir()), { inventory: legacyFile, name: "web" });
    expect(result.text).toContain("# REVIEW: td-agent is replaced by fluent-package");
    expect(result.text).toContain("# REVIEW: Amazon Linux 2 reaches end of support");
    expect(result.text).toContain("# REVIEW: software the server ran that no package provides (Passenger");
  });
});

describe("amipipe parity OLD.json NEW.json", () => {
  const newInventory = (manifest = webManifest) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "amipipe-parity-")), "new.json");
    const facts = factsFromManifest(manifest, { launchedAt: LAUNCH, faults: faults(), isNewestImage: true });
    writeFileSync(file, JSON.stringify(inventoryAt(facts, LAUNCH + 3 * MINUTE)));
    return file;
  };

  it("passes for a new instance of the example recipe", async () => {
    const result = await parity(offlineContext(tmpdir()), { old: legacyFile, new: newInventory() });
    expect(result.ok).toBe(true);
  });

  it("fails (exit 1) for an image without fluentd and lists td-agent's agent, process and port", async () => {
    const result = await parity(offlineContext(tmpdir()), {
      old: legacyFile,
      new: newInventory(webManifestWithoutFluentd),
    });
    expect(result.ok).toBe(false);
    expect(result.text).toContain("missing  agent   td-agent");
    expect(result.text).toContain("missing  process td-agent");
    expect(result.text).toContain("missing  port    24220");
  });
});
