import { z } from "zod";
import { defineCommand, flag } from "../spec.js";

export const validateCommand = defineCommand({
  name: "validate",
  summary: "validate all recipes and environments",
  input: z.object({
    eolError: flag("treat an end-of-life base OS as an error, not a warning"),
  }),
  run: () => import("../validate.js").then((m) => m.validate),
});
