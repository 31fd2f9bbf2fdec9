import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { loadWorld, WORLD_FILE } from "../../src/sim/world.js";
import { ROOT } from "./world.js";

/** A project whose sim/world.yml is the repository's, edited by `edit`. */
async function projectWith(edit: (text: string) => string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "amipipe-world-"));
  await mkdir(path.join(root, "sim"));
  const text = await readFile(path.join(ROOT, WORLD_FILE), "utf8");
  await writeFile(path.join(root, WORLD_FILE), edit(text));
  return root;
}

async function problemsOf(root: string): Promise<string[]> {
  const error = await loadWorld(root).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problems.map((p) => `${p.line}: ${p.message}`);
}

describe("the world file", () => {
  it("builds the legacy fleet serving behind its target groups", async () => {
    const state = await loadWorld(ROOT);
    const region = Object.values(state.regions)[0]!;
    const prod = Object.values(region.targetGroups).find((tg) => tg.name === "web-prod")!;
    expect(prod.targets).toHaveLength(2);
    expect(region.alarms["web-prod-5xx"]?.dimensions.map((d) => d.name)).toEqual([
      "TargetGroup",
      "LoadBalancer",
    ]);
  });

  it("names every target group, subnet and image it uses but does not define, at its line", async () => {
    const root = await projectWith((text) =>
      text
        .replace("targetGroup: web-prod, launchedAt", "targetGroup: web-live, launchedAt")
        .replace("subnets: [subnet-0a1b2c3d4e5f60001,", "subnets: [subnet-0a1b2c3d4e5f6ffff,")
        .replace(
          "- { name: web-staging-5xx, targetGroup: web-staging",
          "- { name: web-staging-5xx, targetGroup: stg",
        ),
    );
    const lines = (await readFile(path.join(root, WORLD_FILE), "utf8")).split("\n");
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(await problemsOf(root)).toEqual([
      `${lineOf("subnet-0a1b2c3d4e5f6ffff")}: unknown subnet 'subnet-0a1b2c3d4e5f6ffff'`,
      `${lineOf("web-live")}: unknown target group 'web-live'`,
      `${lineOf("targetGroup: stg")}: unknown target group 'stg'`,
    ]);
  });
});
