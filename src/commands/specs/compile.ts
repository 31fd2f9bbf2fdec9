import { z } from "zod";
import { argument, defineCommand, optionWithDefault } from "../spec.js";

export const compileCommand = defineCommand({
  name: "compile",
  summary: "write the Image Builder component documents and resource specs",
  input: z.object({
    recipe: argument("RECIPE", "the recipe to compile", { kind: "recipe" }),
    out: optionWithDefault("out", "output directory", { value: "dir" }),
  }),
  run: () => import("../compile.js").then((m) => m.compile),
});
