import { z } from "zod";
import { argument, defineCommand, flag, option, optionWithDefault } from "../spec.js";

export const recipeFromSurveyCommand = defineCommand({
  name: "recipe-from-survey",
  summary: "draft a recipe from an old server's inventory",
  input: z.object({
    inventory: argument("INVENTORY", "the inventory JSON to draft a recipe from"),
    name: optionWithDefault("web", "recipe name"),
    out: option("write the recipe here instead of stdout", { value: "file" }),
    force: flag("replace an existing --out recipe file (templates are never overwritten)", {
      inputHelp: "replace an existing `out` recipe file (templates are never overwritten)",
    }),
  }),
  run: () => import("../recipe-from-survey.js").then((m) => m.recipeFromSurvey),
});
