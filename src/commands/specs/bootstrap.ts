import { z } from "zod";
import { defineCommand, fieldMeta, flag, option } from "../spec.js";

export const bootstrapCommand = defineCommand({
  name: "bootstrap",
  summary:
    "print (or --out FILE) the CloudFormation template of what a real account needs: GitHub OIDC, one role per environment and the bake, gc and verify roles, instance profiles, the probe documents",
  input: z.object({
    repo: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "owner/name")
      .optional()
      .register(fieldMeta, {
        help: "the repository whose workflows may assume the roles (default: GITHUB_REPOSITORY)",
        value: "owner/name",
        env: "GITHUB_REPOSITORY",
        runner: "repository",
        type: "string",
      }),
    out: option("write the template to this file (relative to the config root) instead of printing it", {
      value: "file",
    }),
    allowWildcards: flag(
      "make the template even when a launch template, target group or subnet is missing (widened statements marked)",
    ),
  }),
  aws: ["ec2", "elbv2", "ssm", "sts"],
  run: () => import("../bootstrap.js").then((m) => m.bootstrap),
});
