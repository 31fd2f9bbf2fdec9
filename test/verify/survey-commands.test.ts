import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import type { Ports } from "../../src/commands/context.js";
import { parity } from "../../src/commands/parity.js";
import { recipeFromSurvey } from "../../src/commands/recipe-from-survey.js";
import { loadProject } from "../../src/config/load.js";
import { sequentialIds } from "../../src/ports/ids.js";
import { Progress } from "../../src/ports/progress.js";
import { VirtualClock } from "../../src/sim/clock.js";
import { factsFromManifest, inventoryAt } from "../../src/sim/host/instance.js";
import { faults, LAUNCH, MINUTE, webManifest, webManifestWithoutFluentd } from "../probes/fixtures.js";
import { run } from "../rollout/scenario.js";

const repo = path.resolve(import.meta.dirname, "../..");
const legacyFile = path.resolve(import.meta.dirname, "../../sim/legacy/web-legacy.inventory.json");

function offlineContext(root: string): Ports {
  const clock = new VirtualClock(LAUNCH);
  return {
    root,
    clock,
    progress: new Progress(clock),
    aws: undefined as never,
    ids: sequentialIds(),
    run: { ci: false },
  };
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
    // The groups the legacy server gave deploy come along; sudo and keys are for a person to decide.
    expect(recipe.users.create[0]).toMatchObject({ groups: ["wheel"], sudo: false });
    expect(recipe.users.create[0]!.sshKeys).toBeUndefined();
    // Passenger ran inside httpd with no package behind it: the draft builds it from its gem.
    // td-agent shipped with @type bigquery_insert, a plugin fluent-package does not bundle.
    expect(recipe.steps.map((s) => s.name)).toEqual(["install-passenger", "install-fluent-plugin-bigquery"]);
    expect(recipe.steps[0]!.run).toContain("passenger-install-apache2-module --auto");
    expect(recipe.packages.yum).toEqual(expect.arrayContaining(["httpd-devel", "ruby-devel", "gcc-c++"]));
    expect(recipe.packages["amazon-linux-extras"]).toEqual(["ruby3.0"]);
  });

  it("the draft's log output names no destination: validate fails at that line until every environment says where logs go", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "amipipe-draft-"));
    mkdirSync(path.join(root, "environments"));
    copyFileSync(path.join(repo, "environments/dev.yml"), path.join(root, "environments/dev.yml"));
    const result = await recipeFromSurvey(offlineContext(root), {
      inventory: legacyFile,
      name: "web",
      out: "image-recipes/web.yml",
    });
    expect(result.text).toContain(
      "`amipipe validate` fails until every environment's vars define log_destination",
    );
    const templateFile = path.join(root, "image-recipes/templates/fluentd.conf.njk");
    const template = readFileSync(templateFile, "utf8");
    // Logs must go somewhere real: no stdout/null output, the monitor port the toolkit provides.
    expect(template).not.toMatch(/@type (stdout|null)/);
    expect(template).toContain("port {{ fluentd_monitor_port }}");
    expect(template).not.toContain("monitor_port | default");
    expect(template).toContain("@type bigquery_insert");
    expect(template).toContain("{# REVIEW: where the logs go.");
    const line =
      template.split("\n").findIndex((l) => l.includes("project {{ log_destination.project }}")) + 1;
    expect(line).toBeGreaterThan(0);

    const error = await loadProject(root).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toContain(`image-recipes/templates/fluentd.conf.njk:${line}:`);
    expect(error?.message).toContain("'log_destination' is undefined for environment 'dev'");

    // The user fills in the real destination: the draft validates.
    const env = path.join(root, "environments/dev.yml");
    writeFileSync(
      env,
      readFileSync(env, "utf8").replace(
        "\nvars:\n",
        "\nvars:\n  log_destination: { project: example-web-logs, dataset: web_dev, table: access_log }\n",
      ),
    );
    const project = await loadProject(root);
    expect(project.recipes.get("web")!.recipe.steps.map((s) => s.name)).toContain(
      "install-fluent-plugin-bigquery",
    );
  });

  it("--out refuses to replace an existing recipe without --force, and says which files it wrote and which it kept", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "amipipe-draft-"));
    const out = "image-recipes/web.yml";
    mkdirSync(path.join(root, "image-recipes/templates"), { recursive: true });
    writeFileSync(path.join(root, out), "name: web # edited by hand\n");
    writeFileSync(path.join(root, "image-recipes/templates/fluentd.conf.njk"), "# ported td-agent.conf\n");

    const refused = await run(() =>
      recipeFromSurvey(offlineContext(root), { inventory: legacyFile, name: "web", out }),
    );
    expect(refused.exitCode).toBe(2);
    expect(refused.message).toBe(
      "image-recipes/web.yml exists: not overwriting it (run with --force to replace it, or choose another --out)",
    );
    expect(readFileSync(path.join(root, out), "utf8")).toBe("name: web # edited by hand\n");

    const forced = await recipeFromSurvey(offlineContext(root), {
      inventory: legacyFile,
      name: "web",
      out,
      force: true,
    });
    expect(forced.data).toMatchObject({
      written: ["image-recipes/web.yml"],
      kept: ["image-recipes/templates/fluentd.conf.njk"],
    });
    expect(forced.text).toContain("wrote image-recipes/web.yml");
    expect(forced.text).toContain(
      "kept image-recipes/templates/fluentd.conf.njk (it exists; the draft's version was not written",
    );
    expect(readFileSync(path.join(root, "image-recipes/templates/fluentd.conf.njk"), "utf8")).toBe(
      "# ported td-agent.conf\n",
    );
    expect(readFileSync(path.join(root, out), "utf8")).toContain(
      "# Recipe drafted by `amipipe recipe-from-survey`",
    );
  });

  it("multi-line steps are YAML literal blocks, so every line of the script (and its redirection) stays a line", async () => {
    const result = await recipeFromSurvey(offlineContext(tmpdir()), { inventory: legacyFile, name: "web" });
    expect(result.text).toContain("    run: |\n      gem install passenger --no-document\n");
    expect(result.text).toContain(
      "\n      passenger-install-apache2-module --snippet > /etc/httpd/conf.modules.d/10-passenger.conf\n",
    );
    expect(result.text).not.toMatch(/run: >/);
    const step = (YAML.parse(result.text) as { steps: Array<{ run: string }> }).steps[0]!;
    expect(step.run.split("\n")).toEqual([
      "gem install passenger --no-document",
      "passenger-install-apache2-module --auto --languages ruby",
      "passenger-install-apache2-module --snippet > /etc/httpd/conf.modules.d/10-passenger.conf",
      "",
    ]);
  });

  it("the draft tells the reader what to review", async () => {
    const result = await recipeFromSurvey(offlineContext(tmpdir()), { inventory: legacyFile, name: "web" });
    expect(result.text).toContain("# REVIEW: td-agent is replaced by fluent-package");
    expect(result.text).toContain("# REVIEW: Amazon Linux 2 reaches end of support");
    expect(result.text).toContain("# REVIEW: software the server ran that no package provides (Passenger");
    expect(result.text).toContain("# REVIEW: sudo — a survey does not read /etc/sudoers");
    expect(result.text).toContain(
      "# REVIEW: the template's output names no destination: it reads log_destination from each environment's vars",
    );
    expect(result.text).toContain(
      "# REVIEW: sshKeys — never write keys into a recipe: store each user's authorized keys in SSM",
    );
  });
});

describe("amipipe parity OLD.json NEW.json", () => {
  const newInventory = (manifest = webManifest) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "amipipe-parity-")), "new.json");
    const facts = factsFromManifest(manifest, { launchedAt: LAUNCH, faults: faults(), isNewestImage: true });
    writeFileSync(file, JSON.stringify(inventoryAt(facts, LAUNCH + 3 * MINUTE)));
    return file;
  };

  it("passes for a new instance of the example recipe, listing the equivalences it relied on", async () => {
    const result = await parity(offlineContext(tmpdir()), { old: legacyFile, new: newInventory() });
    expect(result.ok).toBe(true);
    expect(result.text).toContain(
      "covered  td-agent → fluentd (fluent-package), the td-agent successor (process, service, agent)",
    );
    expect(result.text.split("\n").at(-1)).toBe(
      "parity: web covers web-prod-01; 2 equivalence(s) applied, 0 gap(s) waived (no --recipe: no waivers)",
    );
    expect(result.data.equivalences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ old: "td-agent", new: "fluentd", package: "fluent-package" }),
      ]),
    );
  });

  it("shows the recipe's waivers it applied and those that matched nothing", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "amipipe-parity-"));
    await recipeFromSurvey(offlineContext(root), {
      inventory: legacyFile,
      name: "web",
      out: "image-recipes/web.yml",
    });
    const recipeFile = path.join(root, "image-recipes/web.yml");
    writeFileSync(
      recipeFile,
      readFileSync(recipeFile, "utf8").replace(
        "  waive: []",
        [
          "  waive:",
          "    - { kind: agent, name: td-agent, reason: access logs now go to S3 from the ALB }",
          "    - { kind: process, name: memcached, reason: moved to ElastiCache }",
        ].join("\n"),
      ),
    );
    const result = await parity(offlineContext(root), {
      old: legacyFile,
      new: newInventory(webManifestWithoutFluentd),
      recipe: "web",
    });
    expect(result.text).toContain("waived   agent   td-agent: access logs now go to S3 from the ALB");
    expect(result.text).toContain(
      "unused   waiver process memcached (nothing to waive: moved to ElastiCache)",
    );
    expect(result.text).toMatch(/; 1 equivalence\(s\) applied, 1 gap\(s\) waived by recipe web$/);
  });

  it("instance ids instead of files: a usage error (exit 2) saying to survey them first", async () => {
    const outcome = await run(() =>
      parity(offlineContext(tmpdir()), { old: "i-0123456789abcdef0", new: newInventory() }),
    );
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message).toBe(
      "i-0123456789abcdef0 is an instance id, and parity compares inventory files: run `amipipe survey --instance i-0123456789abcdef0 --out old.json` first, then pass old.json",
    );
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
