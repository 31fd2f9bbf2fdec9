import { z } from "zod";
import { buildsFrom } from "../facts.js";
import { defineCommand, flag, optionalArgument } from "../spec.js";

export const rebakeCommand = defineCommand({
  name: "rebake",
  summary: "rebake with OS updates; diff packages against prod; pin dev when something changed",
  input: z.object({
    recipe: optionalArgument("RECIPE", "the recipe to rebake", {
      kind: "recipe",
      inputHelp: "the recipe to rebake (empty: every recipe an environment uses)",
    }),
    all: flag("rebake every recipe an environment uses, in turn", {
      fromInputs: (inputs) => inputs.recipe === undefined,
    }),
    security: flag("apply security updates only"),
  }),
  aws: ["ec2", "imagebuilder", "ssm"],
  run: () => import("../rebake.js").then((m) => m.rebake),
  facts: (data) =>
    "recipes" in data
      ? { amis: data.amis, pinChanges: data.pinChanges }
      : {
          recipe: data.recipe,
          amis: data.bake.amis,
          builds: buildsFrom(data.bake.architectures),
          pinChanges: data.pinned ? [data.pinned] : [],
        },
});
