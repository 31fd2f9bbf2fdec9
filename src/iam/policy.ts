import type { PolicyDocument, PolicyStatement } from "./document.js";
import { environmentStatements } from "./policy-environment.js";
import { bakeStatements, gcStatements } from "./policy-images.js";
import { allow, arns, readStatements } from "./policy-parts.js";
import { probeStatements } from "./policy-probes.js";
import type { RoleScope } from "./scope.js";

export { WIDENED_SID_SUFFIX } from "./policy-parts.js";

/**
 * The least-privilege policy of one role. Each action sits in the narrowest statement AWS lets
 * it: the resource types the Service Authorization Reference lists for it (src/iam/authorization-data.ts),
 * narrowed to the ARNs the config names and by the condition keys the reference lists for them;
 * actions without resource types take Resource "*", limited to the role's regions.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
export function buildRolePolicy(scope: RoleScope): PolicyDocument {
  const statements = statementsOf(scope);
  return {
    Version: "2012-10-17",
    Statement: statements.filter((s) => s.Action.length > 0 && s.Resource.length > 0),
  };
}

/** Reads the fleet commands make: instances, images, launch templates, target health, SSM results. */
const FLEET_READS = [
  "ec2:DescribeImages",
  "ec2:DescribeInstanceStatus",
  "ec2:DescribeInstances",
  "ec2:DescribeLaunchTemplateVersions",
  "ec2:DescribeLaunchTemplates",
  // The launch-template hardening check: a root volume may be encrypted by the account default.
  "ec2:GetEbsEncryptionByDefault",
  "elasticloadbalancing:DescribeLoadBalancers",
  // The listener rules that forward to an environment's target group (where its HTTP check goes).
  "elasticloadbalancing:DescribeListeners",
  "elasticloadbalancing:DescribeRules",
  "elasticloadbalancing:DescribeTargetGroups",
  "elasticloadbalancing:DescribeTargetHealth",
  // The deregistration delay and health-check settings a rollout waits by.
  "elasticloadbalancing:DescribeTargetGroupAttributes",
  // Which architecture the fleet's instance type runs (the image of a bake it may take).
  "ec2:DescribeInstanceTypes",
  "ssm:GetCommandInvocation",
  "ssm:ListCommandInvocations",
];

function statementsOf(scope: RoleScope): PolicyStatement[] {
  const groups = scope.environments.some((e) => e.autoScalingGroup);
  const groupReads = groups
    ? ["autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeInstanceRefreshes"]
    : [];
  switch (scope.kind) {
    case "environment": {
      const env = scope.environments[0];
      if (!env || scope.environments.length !== 1)
        throw new Error("an environment role's scope holds exactly one environment");
      // The preflight learns that the recipe's parameters exist from their metadata, never their values.
      const preflight = env.recipeParameters.length > 0 ? ["ssm:DescribeParameters"] : [];
      return [
        ...readStatements(scope, [...FLEET_READS, ...groupReads, ...preflight]),
        ...environmentStatements(scope, env),
      ];
    }
    case "bake":
      return [
        ...readStatements(scope, [
          "ec2:DescribeImages",
          "ec2:DescribeInstances",
          // The SSM-parameter preflight before a build (names only, never values).
          "ssm:DescribeParameters",
          "imagebuilder:ListComponents",
          "imagebuilder:ListDistributionConfigurations",
          "imagebuilder:ListImageRecipes",
          "imagebuilder:ListInfrastructureConfigurations",
          "ssm:GetCommandInvocation",
          "ssm:ListCommandInvocations",
        ]),
        ...bakeStatements(scope),
      ];
    case "gc":
      return [
        ...readStatements(scope, [
          // Which images launch templates and groups still name, and what instances run.
          "autoscaling:DescribeAutoScalingGroups",
          "ec2:DescribeImages",
          "ec2:DescribeInstances",
          "ec2:DescribeLaunchTemplateVersions",
          "ec2:DescribeLaunchTemplates",
          "ec2:DescribeSnapshots",
        ]),
        ...gcStatements(scope),
      ];
    case "verify": {
      const a = arns(scope);
      const alarms = scope.environments.flatMap((e) =>
        e.alarms.map((n) => a.cloudwatch(e.region, `alarm:${n}`)),
      );
      // What verify, status and diagram read: no instance status (that is the rollouts' wait).
      const reads = FLEET_READS.filter(
        (a) => a !== "ec2:DescribeInstanceStatus" && a !== "ec2:DescribeInstanceTypes",
      );
      return [
        ...readStatements(scope, [...reads, ...(groups ? ["autoscaling:DescribeAutoScalingGroups"] : [])]),
        ...probeStatements(scope, {
          sid: "ProbeEnvironmentInstances",
          documents: "all",
          environments: scope.environments.map((e) => e.name),
        }),
        ...(alarms.length > 0 ? [allow("ReadSoakAlarms", ["cloudwatch:DescribeAlarms"], alarms)] : []),
        // status shows who holds each environment's lock.
        allow(
          "ReadLocks",
          ["ssm:GetParameter"],
          [...new Set(scope.environments.map((e) => e.region))].map((r) =>
            a.ssm(r, "parameter/amipipe/locks/*"),
          ),
        ),
      ];
    }
  }
}
