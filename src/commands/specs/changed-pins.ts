import { z } from "zod";
import { defineCommand, option, optionWithDefault } from "../spec.js";

export const changedPinsCommand = defineCommand({
  name: "changed-pins",
  summary: "environments whose pin changed between two commits (what a push must converge)",
  input: z.object({
    base: option("the commit before (empty or all zeros: every environment)", {
      value: "rev",
      inputHelp: "the commit before (e.g. github.event.before; empty or all zeros: every environment)",
    }),
    head: optionWithDefault("HEAD", "the commit after", { value: "rev" }),
  }),
  run: () => import("../changed-pins.js").then((m) => m.changedPins),
  facts: (data) => ({ changedEnvironments: data.environments }),
});
