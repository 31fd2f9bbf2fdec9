import { z } from "zod";
import { defineCommand, flag, option } from "../spec.js";

export const iamPolicyCommand = defineCommand({
  name: "iam-policy",
  summary: "print the least-privilege IAM policy the toolkit needs",
  input: z.object({
    env: option("scope to one environment", { kind: "environment", input: "environment" }),
    allowWildcards: flag(
      "print the policy even when a launch template or target group is missing (widened statements marked)",
    ),
  }),
  aws: ["ec2", "elbv2", "ssm", "sts"],
  run: () => import("../iam-policy.js").then((m) => m.iamPolicy),
});
