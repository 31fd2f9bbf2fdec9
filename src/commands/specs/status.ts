import { z } from "zod";
import { defineCommand } from "../spec.js";

export const statusCommand = defineCommand({
  name: "status",
  summary: "pinned and serving AMIs per environment",
  input: z.object({}),
  // SSM holds the environment lock that status reports.
  aws: ["ec2", "elbv2", "ssm"],
  run: () => import("../status.js").then((m) => m.status),
});
