import { z } from "zod";
import { buildsFrom } from "../facts.js";
import { defineCommand, flag, option, optionalArgument } from "../spec.js";

export const bakeCommand = defineCommand({
  name: "bake",
  summary: "build the golden image(s) of RECIPE (or of every recipe with --all) with EC2 Image Builder",
  input: z.object({
    recipe: optionalArgument("RECIPE", "the recipe to bake", {
      kind: "recipe",
      inputHelp: "the recipe to bake (empty: every recipe)",
    }),
    all: flag("bake every recipe under image-recipes/ in turn", {
      fromInputs: (inputs) => inputs.recipe === undefined,
    }),
    force: flag("build even if an image for this recipe hash and base AMI exists"),
    keepFailedInstance: flag("keep the build instance when the build fails (for debugging)"),
    // No default here: the recipe's imageBuilder.timeout applies unless this is given.
    timeout: option("give up waiting after this long (default: the recipe's imageBuilder.timeout)", {
      kind: "duration",
      example: "90m or 3h",
      value: "duration",
    }),
  }),
  aws: ["ec2", "imagebuilder", "ssm"],
  run: () => import("../bake.js").then((m) => m.bake),
  facts: (data) =>
    "recipes" in data
      ? { skipped: data.skipped, amis: data.amis }
      : {
          recipe: data.recipe,
          recipeHash: data.recipeHash,
          skipped: data.skipped,
          amis: data.amis,
          builds: buildsFrom(data.architectures),
        },
});
