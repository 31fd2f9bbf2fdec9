import { z } from "zod";
import { rolloutFacts } from "../facts.js";
import { argument, defineCommand, option } from "../spec.js";
import { breakLockFlag } from "./rollout-flags.js";
import { ROLLOUT_SERVICES } from "./rollout-services.js";

export const reconcileCommand = defineCommand({
  name: "reconcile",
  summary: "converge ENV to its pin",
  input: z.object({
    env: argument("ENV", "the environment to converge", { kind: "environment", input: "environment" }),
    breakLock: breakLockFlag(),
    reason: option("why a lock that has not expired is broken (needed with --break-lock then)", {
      value: "text",
      inputHelp: "why a lock that has not expired is broken (needed with break-lock then)",
    }),
  }),
  aws: ROLLOUT_SERVICES,
  run: () => import("../reconcile.js").then((m) => m.reconcile),
  facts: rolloutFacts,
});
