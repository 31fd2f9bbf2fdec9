import { z } from "zod";
import { argument, defineCommand, option, optionWithDefault } from "../spec.js";

export const compileCommand = defineCommand({
  name: "compile",
  summary: "write the Image Builder component documents and resource specs",
  input: z.object({
    recipe: argument("RECIPE", "the recipe to compile", { kind: "recipe" }),
    out: optionWithDefault("out", "output directory", { value: "dir" }),
    baseAmi: option(
      "the base AMI to compile for (default: the recipe's base, resolved through SSM when AWS or --sim is at hand): the recipe version and AMI name are then exactly what bake creates",
      { kind: "ami", value: "ami" },
    ),
  }),
  aws: ["ssm", "ec2"],
  run: () => import("../compile.js").then((m) => m.compile),
});
