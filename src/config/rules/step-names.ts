import type { Recipe } from "../schema.js";
import type { Finding } from "../yaml-source.js";

/** The AWSTOE step name of a recipe step: AWSTOE step names take letters, digits and `_` only. */
export function recipeStepName(name: string): string {
  return `Recipe_${name.replace(/-/g, "_")}`;
}

/**
 * Steps whose names differ only by `-` and `_` map to the same AWSTOE name, and AWSTOE refuses a
 * document with two steps of one name: said at validate, on the later step.
 */
export function stepNameFindings(recipe: Pick<Recipe, "steps">): Finding[] {
  const seen = new Map<string, string>();
  const out: Finding[] = [];
  recipe.steps.forEach((step, i) => {
    const mapped = recipeStepName(step.name);
    const earlier = seen.get(mapped);
    if (earlier !== undefined)
      out.push({
        path: ["steps", i, "name"],
        message: `'${step.name}' and '${earlier}' both become the AWSTOE step ${mapped} (a step name keeps letters, digits and _ only); rename one`,
      });
    else seen.set(mapped, step.name);
  });
  return out;
}
