import { z } from "zod";
import { defineCommand, flag, optionWithDefault } from "../spec.js";

export const gcCommand = defineCommand({
  name: "gc",
  summary:
    "deregister unpinned old AMIs and delete their snapshots; terminate retained old instances past their retention",
  input: z.object({
    dryRun: flag("only list what would be deregistered, deleted and terminated"),
    keep: optionWithDefault("3", "keep the newest N per recipe and architecture", {
      kind: "count",
      value: "n",
    }),
    olderThan: optionWithDefault("0s", "only images older than this", {
      kind: "duration",
      example: "7d or 12h",
      value: "duration",
    }),
  }),
  aws: ["ec2", "autoscaling"],
  run: () => import("../gc.js").then((m) => m.gc),
});
