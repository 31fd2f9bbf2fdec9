import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bake } from "../../src/commands/bake.js";
import { UsageError } from "../../src/errors.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { callsOf, contextFor, exampleConfigCopy } from "./world.js";

/** The example config plus a second recipe, `api`, with a dev environment of its own. */
async function twoRecipes(): Promise<string> {
  const root = await exampleConfigCopy();
  const recipe = await readFile(path.join(root, "image-recipes/web.yml"), "utf8");
  await writeFile(path.join(root, "image-recipes/api.yml"), recipe.replace(/^name: web$/m, "name: api"));
  const dev = await readFile(path.join(root, "environments/dev.yml"), "utf8");
  await writeFile(
    path.join(root, "environments/api-dev.yml"),
    dev.replace(/^name: dev$/m, "name: api-dev").replace(/^recipe: web$/m, "recipe: api"),
  );
  return root;
}

describe("bake --all", () => {
  it("bakes every recipe in turn; a second run builds nothing and reports every recipe skipped", async () => {
    const root = await twoRecipes();
    const sim = await simulatorFromWorld(root, { faults: [] });
    const ctx = contextFor(sim, root);

    const first = await bake(ctx, { all: true });
    expect(first.ok).toBe(true);
    const data = first.data as {
      recipes: Array<{ recipe: string; skipped: boolean }>;
      skipped: boolean;
      amis: unknown[];
    };
    expect(data.recipes.map((r) => [r.recipe, r.skipped])).toEqual([
      ["api", false],
      ["web", false],
    ]);
    expect(data.skipped).toBe(false);
    expect(data.amis).toHaveLength(2);
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(2);

    const second = await bake(ctx, { all: true });
    expect(second.ok).toBe(true);
    expect(second.data).toMatchObject({
      recipes: [
        { recipe: "api", skipped: true },
        { recipe: "web", skipped: true },
      ],
      skipped: true,
      amis: data.amis,
    });
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(2);
  });

  it("a failed recipe does not stop the others: not ok (exit 1) naming it, the other recipe still baked", async () => {
    const root = await twoRecipes();
    // api gives up long before any build can finish.
    const file = path.join(root, "image-recipes/api.yml");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^ {2}timeout: 3h$/m, "  timeout: 5m"));
    const sim = await simulatorFromWorld(root, { faults: [] });
    const ctx = contextFor(sim, root);

    const result = await bake(ctx, { all: true });

    expect(result.ok).toBe(false);
    expect(result.data).toMatchObject({
      recipes: [{ recipe: "web", skipped: false }],
      skipped: false,
      failed: [{ recipe: "api", message: expect.stringContaining("gave up after") }],
    });
    expect((result.data as { amis: Array<{ recipe: string }> }).amis.map((a) => a.recipe)).toEqual(["web"]);
    expect(result.text).toContain("bake --all failed for 1 of 2 recipe(s): api");
  });

  it("exactly one of RECIPE and --all", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root, { faults: [] });
    const ctx = contextFor(sim, root);
    await expect(bake(ctx, {})).rejects.toThrow(UsageError);
    await expect(bake(ctx, { recipe: "web", all: true })).rejects.toThrow(/exactly one of RECIPE or --all/);
  });
});
