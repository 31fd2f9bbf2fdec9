import { z } from "zod";
import { rolloutFacts } from "../facts.js";
import { argument, defineCommand, option } from "../spec.js";
import { repinFlags } from "./rollout-flags.js";
import { ROLLOUT_SERVICES } from "./rollout-services.js";

export const promoteCommand = defineCommand({
  name: "promote",
  summary: "pin ENV to an AMI and reconcile",
  input: z.object({
    env: argument("ENV", "the environment to pin", { kind: "environment", input: "environment" }),
    ami: option("AMI to pin", { kind: "ami", conflicts: "from" }),
    from: option("take the pin of this environment (default: promotion.from)", {
      kind: "environment",
      value: "env",
    }),
    ...repinFlags({
      help: "override the promotion policy (needs --reason)",
      inputHelp: "override the promotion policy (needs a reason)",
    }),
  }),
  aws: ROLLOUT_SERVICES,
  run: () => import("../promote.js").then((m) => m.promote),
  facts: rolloutFacts,
});
