import { z } from "zod";
import { argument, defineCommand } from "../spec.js";
import { ROLLOUT_SERVICES } from "./rollout-services.js";

export const verifyCommand = defineCommand({
  name: "verify",
  summary: "run environment checks now",
  input: z.object({
    env: argument("ENV", "the environment to check", { kind: "environment", input: "environment" }),
  }),
  aws: ROLLOUT_SERVICES,
  run: () => import("../verify.js").then((m) => m.verify),
  facts: (data) => ({ checks: data.checks }),
});
