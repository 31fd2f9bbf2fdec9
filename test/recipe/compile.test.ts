import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { recipeFindings } from "../../src/config/rules/recipe.js";
import { imageManifestSchema, MANIFEST_PATH } from "../../src/recipe/manifest.js";
import { awstoeDocument } from "./awstoe-schema.js";
import { compileExample, exampleRecipe, VARIANTS } from "./compiled-example.js";

const GOLDEN = path.join(import.meta.dirname, "golden");

describe.each(VARIANTS)("the example recipe on %s / %s", (os, arch) => {
  it("compiles to component documents that follow the AWSTOE format", async () => {
    const image = await compileExample(os, arch);
    for (const c of image.components) {
      const result = awstoeDocument.safeParse(parse(c.data));
      expect(result.error?.issues ?? [], c.name).toEqual([]);
      expect(c.data).toMatch(/^schemaVersion: 1\.0$/m);
    }
  });

  it("emits bash that bash parses, in every ExecuteBash step", async () => {
    const image = await compileExample(os, arch);
    for (const c of image.components)
      for (const phase of parse(c.data).phases as Array<{
        steps: Array<{ name: string; action: string; inputs: { commands: string[] } }>;
      }>)
        for (const step of phase.steps.filter((s) => s.action === "ExecuteBash")) {
          const r = spawnSync("bash", ["-n", "-c", step.inputs.commands.join("\n")], { encoding: "utf8" });
          expect(r.stderr, `${c.name} ${step.name}`).toBe("");
        }
  });

  it("writes the manifest the simulator and the probes read", async () => {
    const image = await compileExample(os, arch);
    const files = image.components.flatMap((c) =>
      (parse(c.data).phases as Array<{ steps: Array<{ action: string; inputs: unknown }> }>).flatMap(
        (p) => p.steps,
      ),
    );
    const manifestStep = files.find(
      (s) =>
        s.action === "CreateFile" &&
        (s.inputs as Array<{ path: string }>).some((f) => f.path === MANIFEST_PATH),
    );
    const content = ((manifestStep?.inputs ?? []) as Array<{ path: string; content: string }>).find(
      (f) => f.path === MANIFEST_PATH,
    )?.content as string;
    const manifest = imageManifestSchema.parse(JSON.parse(content));
    expect(manifest).toEqual(image.manifest);
    expect(manifest).toMatchObject({
      os,
      arch,
      timezone: "Asia/Tokyo",
      agents: { fluentd: { package: "fluent-package", service: "fluentd", monitorPort: 24220 } },
    });
  });

  it("matches its golden files (UPDATE_GOLDEN=1 rewrites them)", async () => {
    const image = await compileExample(os, arch);
    const dir = path.join(GOLDEN, `${os}-${arch}`);
    const files: Record<string, string> = Object.fromEntries(
      image.components.map((c) => [`${c.name}.yml`, c.data]),
    );
    files["image-recipe.json"] = `${JSON.stringify({ ...image.imageRecipe }, null, 2)}\n`;
    files["infrastructure.json"] = `${JSON.stringify(image.infrastructure, null, 2)}\n`;
    files["distribution.json"] = `${JSON.stringify(image.distribution, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    }
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, name);
      expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text, name).toBe(readFileSync(file, "utf8"));
    }
  });
});

describe("what the compiled image does about the seed's incidents", () => {
  it("sets the zone, then restarts crond in the build, and proves the canary fires in local time in the test phase", async () => {
    const image = await compileExample("amazon-linux-2", "x86_64");
    const system = image.components.find((c) => c.name === "amipipe-web-system")?.data as string;
    const tz = system.indexOf("timedatectl set-timezone Asia/Tokyo");
    expect(tz).toBeGreaterThan(0);
    expect(system.indexOf("systemctl try-restart crond", tz)).toBeGreaterThan(tz);
    const checks = image.components.find((c) => c.name === "amipipe-web-checks")?.data as string;
    for (const step of [
      "CheckTimezone",
      "CheckCrondStartedAfterZone",
      "CheckCronCanary",
      "CheckServicesEnabledAndActive",
      "CheckAgents",
      "CheckPortsListening",
      "CheckUsers",
      "CheckSshHardening",
      "CheckNoSecretsBaked",
    ]) {
      expect(checks).toContain(`name: ${step}`);
    }
  });

  it("never writes the New Relic license into the image", async () => {
    const image = await compileExample("amazon-linux-2", "x86_64");
    const all = image.components.map((c) => c.data).join("\n");
    expect(all).toContain("--name /web/newrelic/license");
    expect(all).not.toMatch(/license_key: [^%]/);
  });

  it("the AL2023 variant used here passes the migration lint", async () => {
    const loaded = await exampleRecipe("amazon-linux-2023");
    expect(recipeFindings(loaded.recipe).filter((f) => f.severity !== "warning")).toEqual([]);
  });
});
