import { z } from "zod";
import { rolloutFacts } from "../facts.js";
import { argument, defineCommand, option } from "../spec.js";
import { repinFlags } from "./rollout-flags.js";
import { ROLLOUT_SERVICES } from "./rollout-services.js";

export const rollbackCommand = defineCommand({
  name: "rollback",
  summary: "re-pin ENV to an earlier AMI (default: the previous pin) and reconcile",
  input: z.object({
    env: argument("ENV", "the environment to roll back", { kind: "environment", input: "environment" }),
    to: option("AMI to roll back to", {
      kind: "ami",
      value: "ami",
      inputAliases: ["ami"],
      inputHelp: "AMI to roll back to (default: the previous pin in the environment's history)",
    }),
    ...repinFlags({
      help: "roll back --to an AMI the promotion policy refuses (needs --reason)",
      inputHelp: "roll back to an AMI the promotion policy refuses (needs a reason)",
    }),
  }),
  aws: ROLLOUT_SERVICES,
  run: () => import("../rollback.js").then((m) => m.rollback),
  facts: rolloutFacts,
});
