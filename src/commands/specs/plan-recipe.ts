import { z } from "zod";
import { argument, defineCommand, optionWithDefault } from "../spec.js";

export const planRecipeCommand = defineCommand({
  name: "plan-recipe",
  summary: "readable diff of what a recipe change adds and removes",
  input: z.object({
    recipe: argument("RECIPE", "the recipe to plan", { kind: "recipe" }),
    against: optionWithDefault("HEAD", "git ref to compare with", { value: "ref" }),
  }),
  run: () => import("../plan-recipe.js").then((m) => m.planRecipe),
});
