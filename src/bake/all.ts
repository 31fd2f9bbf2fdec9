import { environmentsInOrder, type Project } from "../config/load.js";
import { AmipipeError, messageOf, UsageError } from "../errors.js";
import type { Ports } from "../ports/context.js";

/** A recipe whose run failed while the others went on. */
export interface RecipeFailure {
  recipe: string;
  message: string;
}

/** The outcome of running one recipe-level operation over every recipe. */
export interface EachRecipe<T> {
  done: T[];
  failed: RecipeFailure[];
}

/** Every recipe under image-recipes/, in name order (the order `--all` runs them). */
export function recipeNames(project: Project): string[] {
  const names = [...project.recipes.keys()].sort();
  if (names.length === 0) throw new UsageError("no recipe under image-recipes/: nothing to bake");
  return names;
}

/** The recipes some environment uses: a recipe no environment uses has no region to bake in. */
export function recipesInUse(project: Project): Set<string> {
  return new Set(environmentsInOrder(project).map((e) => e.env.recipe));
}

/**
 * Runs `run` for each recipe in turn. A recipe that fails is recorded and the next one still
 * runs; usage and config errors (exit 2: nothing could have run) stop everything at once.
 */
export async function forEachRecipe<T>(
  ctx: Ports,
  names: readonly string[],
  phase: string,
  run: (recipe: string) => Promise<T>,
): Promise<EachRecipe<T>> {
  const done: T[] = [];
  const failed: RecipeFailure[] = [];
  for (const recipe of names) {
    try {
      done.push(await run(recipe));
    } catch (error) {
      if (error instanceof AmipipeError && error.exitCode === 2) throw error;
      const message = messageOf(error);
      failed.push({ recipe, message });
      ctx.progress.warn(`${phase} ${recipe}`, `failed; going on with the other recipes: ${message}`);
    }
  }
  return { done, failed };
}

/** The message of a run over every recipe where some failed: which, and why. */
export function failureMessage(what: string, total: number, failed: readonly RecipeFailure[]): string {
  return [
    `${what} failed for ${failed.length} of ${total} recipe(s): ${failed.map((f) => f.recipe).join(", ")}`,
    ...failed.map((f) => `${f.recipe}: ${f.message.replace(/\n/g, "\n  ")}`),
  ].join("\n");
}
