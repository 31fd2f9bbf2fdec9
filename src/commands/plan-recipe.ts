import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { loadProject } from "../config/load.js";
import { type Recipe, recipeSchema } from "../config/schema.js";
import { YamlSource } from "../config/yaml-source.js";
import { UsageError } from "../errors.js";
import { diffRecipes, formatRecipePlan } from "../recipe/plan.js";
import type { CommandResult, Ports } from "./context.js";
import { findRecipe } from "./find-recipe.js";

const run = promisify(execFile);

export interface PlanRecipeInput {
  recipe: string;
  against?: string;
}

/** What a recipe change adds and removes compared with a git revision (text for a PR comment). */
export async function planRecipe(ctx: Ports, input: PlanRecipeInput): Promise<CommandResult> {
  const against = input.against ?? "HEAD";
  const project = await loadProject(ctx.root);
  const loaded = findRecipe(project, input.recipe);
  const before = await recipeAt(ctx.root, loaded.file, against);
  const plan = diffRecipes(before, loaded.recipe, { at: ctx.clock.now() });
  return { ok: true, data: { ...plan, against }, text: formatRecipePlan(plan, against) };
}

async function recipeAt(root: string, file: string, ref: string): Promise<Recipe | undefined> {
  let top: string;
  try {
    top = (await run("git", ["-C", root, "rev-parse", "--show-toplevel"])).stdout.trim();
  } catch {
    throw new UsageError(`${root} is not in a git repository; plan-recipe compares with a git revision`);
  }
  try {
    await run("git", ["-C", root, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`unknown git revision '${ref}'`);
  }
  const rel = path.relative(top, file).split(path.sep).join("/");
  let text: string;
  try {
    text = (await run("git", ["-C", top, "show", `${ref}:${rel}`], { maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch {
    return undefined;
  }
  const source = new YamlSource(`${ref}:${rel}`, text);
  const parsed = source.syntaxProblems.length ? undefined : recipeSchema.safeParse(source.value());
  if (!parsed?.success)
    throw new UsageError(
      `the recipe at ${ref}:${rel} does not validate; compare with a revision where it does`,
    );
  return parsed.data;
}
