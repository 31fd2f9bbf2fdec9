import type { ConditionBlock, PolicyDocument, PolicyStatement } from "./document.js";
import { type EnvironmentScope, type PolicyScope, regionsOf } from "./scope.js";

/**
 * The least-privilege policy, one statement per service and purpose. Each action sits in the
 * narrowest statement AWS lets it: actions that support resource-level permissions get the
 * ARNs the config names; actions that support tag conditions get `amipipe:*` tag conditions;
 * the rest (List/Describe/Get without resource types) are limited to the environments' regions.
 * Reference: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
export function buildIamPolicy(scope: PolicyScope): PolicyDocument {
  const statements: PolicyStatement[] = [
    ...readStatements(scope),
    ...fleetStatements(scope),
    ...verificationStatements(scope),
    ...lockStatements(scope),
    ...imageTagStatements(scope),
    ...(scope.kind === "toolkit" ? [...bakeStatements(scope), ...cleanupStatements(scope)] : []),
    ...passRoleStatements(scope),
  ];
  return {
    Version: "2012-10-17",
    Statement: statements.filter((s) => s.Action.length > 0 && s.Resource.length > 0),
  };
}

/** Actions IAM checks that are not API operations of their own (so the call log never shows them). */
export const AUTHORIZATION_ONLY_ACTIONS = ["iam:PassRole"] as const;

const arn = (scope: PolicyScope) => ({
  ec2: (region: string, resource: string, account = scope.account) =>
    `arn:${scope.partition}:ec2:${region}:${account}:${resource}`,
  elb: (region: string, resource: string) =>
    `arn:${scope.partition}:elasticloadbalancing:${region}:${scope.account}:${resource}`,
  imagebuilder: (region: string, resource: string) =>
    `arn:${scope.partition}:imagebuilder:${region}:${scope.account}:${resource}`,
  ssm: (region: string, resource: string, account = scope.account) =>
    `arn:${scope.partition}:ssm:${region}:${account}:${resource}`,
  cloudwatch: (region: string, resource: string) =>
    `arn:${scope.partition}:cloudwatch:${region}:${scope.account}:${resource}`,
  autoscaling: (region: string, resource: string) =>
    `arn:${scope.partition}:autoscaling:${region}:${scope.account}:${resource}`,
  iam: (resource: string) => `arn:${scope.partition}:iam::${scope.account}:${resource}`,
});

const envNames = (scope: PolicyScope) => scope.environments.map((e) => e.name).sort();
const perRegion = (scope: PolicyScope, f: (region: string) => string[]) => regionsOf(scope).flatMap(f);
const perEnv = (scope: PolicyScope, f: (env: EnvironmentScope) => string[]) =>
  [...new Set(scope.environments.flatMap(f))].sort();
const inRegions = (scope: PolicyScope): ConditionBlock => ({
  StringEquals: { "aws:RequestedRegion": regionsOf(scope) },
});

/** Reads without resource-level permissions: only region-scoped. */
function readStatements(scope: PolicyScope): PolicyStatement[] {
  const actions = [
    "ec2:DescribeImages",
    "ec2:DescribeInstances",
    "ec2:DescribeInstanceStatus",
    "ec2:DescribeLaunchTemplates",
    "ec2:DescribeLaunchTemplateVersions",
    // The launch-template hardening check: a root volume may be encrypted by the account default.
    "ec2:GetEbsEncryptionByDefault",
    "elasticloadbalancing:DescribeLoadBalancers",
    "elasticloadbalancing:DescribeTargetGroups",
    "elasticloadbalancing:DescribeTargetHealth",
    "ssm:GetCommandInvocation",
    "ssm:ListCommandInvocations",
  ];
  const groups = scope.environments.some((e) => e.autoScalingGroup);
  // gc reads every group's launch template version, so the toolkit reads groups even without asg fleets.
  if (scope.kind === "toolkit") actions.push("ec2:DescribeSnapshots");
  if (scope.kind === "toolkit" || groups) actions.push("autoscaling:DescribeAutoScalingGroups");
  if (groups) actions.push("autoscaling:DescribeInstanceRefreshes");
  return [
    {
      Sid: "ReadFleetAndImageState",
      Effect: "Allow",
      Action: actions.sort(),
      Resource: ["*"],
      Condition: inRegions(scope),
    },
    // GetCallerIdentity needs no permission, but SCPs can still deny it; listing it documents the need.
    { Sid: "IdentifyAccount", Effect: "Allow", Action: ["sts:GetCallerIdentity"], Resource: ["*"] },
  ];
}

/** Launching, replacing and draining standalone fleets and Auto Scaling groups. */
function fleetStatements(scope: PolicyScope): PolicyStatement[] {
  const a = arn(scope);
  const envs = envNames(scope);
  const launchTemplates = perEnv(scope, (e) => [
    a.ec2(e.region, `launch-template/${e.launchTemplateId ?? "*"}`),
  ]);
  const standalone = scope.environments.filter((e) => !e.autoScalingGroup);
  const groups = scope.environments.filter((e) => e.autoScalingGroup);
  const statements: PolicyStatement[] = [
    {
      Sid: "NewLaunchTemplateVersions",
      Effect: "Allow",
      Action: ["ec2:CreateLaunchTemplateVersion"],
      Resource: launchTemplates,
    },
    {
      Sid: "RegisterTargetsInEnvironmentTargetGroups",
      Effect: "Allow",
      Action: ["elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:RegisterTargets"],
      Resource: perEnv(scope, (e) => [a.elb(e.region, `targetgroup/${e.targetGroup}/*`)]),
    },
  ];
  if (standalone.length > 0) {
    statements.push(
      {
        Sid: "LaunchTaggedInstances",
        Effect: "Allow",
        Action: ["ec2:RunInstances"],
        Resource: perRegion(scope, (r) => [
          a.ec2(r, "instance/*"),
          a.ec2(r, "volume/*"),
          a.ec2(r, "network-interface/*"),
        ]),
        Condition: { StringEquals: { "aws:RequestTag/amipipe:environment": envs } },
      },
      {
        Sid: "LaunchFromTemplatesIntoEnvironmentSubnets",
        Effect: "Allow",
        Action: ["ec2:RunInstances"],
        Resource: [
          ...launchTemplates,
          ...perEnv(scope, (e) => e.subnets.map((s) => a.ec2(e.region, `subnet/${s}`))),
          ...perRegion(scope, (r) => [
            a.ec2(r, "security-group/*"),
            a.ec2(r, "image/*", ""),
            a.ec2(r, "key-pair/*"),
          ]),
        ],
      },
      {
        Sid: "TagInstancesAtLaunch",
        Effect: "Allow",
        Action: ["ec2:CreateTags"],
        Resource: perRegion(scope, (r) => [
          a.ec2(r, "instance/*"),
          a.ec2(r, "volume/*"),
          a.ec2(r, "network-interface/*"),
        ]),
        Condition: { StringEquals: { "ec2:CreateAction": "RunInstances" } },
      },
      {
        Sid: "ManageEnvironmentInstances",
        Effect: "Allow",
        Action: [
          "ec2:CreateTags",
          "ec2:RebootInstances",
          "ec2:StartInstances",
          "ec2:StopInstances",
          "ec2:TerminateInstances",
        ],
        Resource: perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
        Condition: { StringEquals: { "aws:ResourceTag/amipipe:environment": envs } },
      },
    );
  }
  if (groups.length > 0) {
    statements.push({
      Sid: "RefreshEnvironmentAutoScalingGroups",
      Effect: "Allow",
      Action: [
        "autoscaling:RollbackInstanceRefresh",
        "autoscaling:StartInstanceRefresh",
        "autoscaling:UpdateAutoScalingGroup",
      ],
      Resource: [
        ...new Set(
          groups.map((e) =>
            a.autoscaling(e.region, `autoScalingGroup:*:autoScalingGroupName/${e.autoScalingGroup}`),
          ),
        ),
      ].sort(),
    });
  }
  return statements;
}

/** Probes over SSM Run Command and the alarms the soak watches. */
function verificationStatements(scope: PolicyScope): PolicyStatement[] {
  const a = arn(scope);
  const alarms = perEnv(scope, (e) => e.alarms.map((name) => a.cloudwatch(e.region, `alarm:${name}`)));
  return [
    {
      Sid: "RunProbeScriptDocument",
      Effect: "Allow",
      Action: ["ssm:SendCommand"],
      Resource: perRegion(scope, (r) => [a.ssm(r, "document/AWS-RunShellScript", "")]),
    },
    {
      Sid: "RunProbesOnEnvironmentInstances",
      Effect: "Allow",
      Action: ["ssm:SendCommand"],
      Resource: perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
      Condition: { StringLike: { "ssm:resourceTag/amipipe:environment": envNames(scope) } },
    },
    { Sid: "ReadSoakAlarms", Effect: "Allow", Action: ["cloudwatch:DescribeAlarms"], Resource: alarms },
  ];
}

/** One rollout per environment at a time: a lock parameter per environment. */
function lockStatements(scope: PolicyScope): PolicyStatement[] {
  const a = arn(scope);
  return [
    {
      Sid: "EnvironmentRolloutLocks",
      Effect: "Allow",
      Action: ["ssm:DeleteParameter", "ssm:GetParameter", "ssm:PutParameter"],
      Resource: perEnv(scope, (e) => [a.ssm(e.region, `parameter/amipipe/locks/${e.name}`)]),
    },
  ];
}

/** `amipipe:*` tags on AMIs (verified-in, pinned): only amipipe keys may be written or removed. */
function imageTagStatements(scope: PolicyScope): PolicyStatement[] {
  const a = arn(scope);
  const actions = scope.kind === "toolkit" ? ["ec2:CreateTags", "ec2:DeleteTags"] : ["ec2:CreateTags"];
  return [
    {
      Sid: "TagImagesWithAmipipeKeys",
      Effect: "Allow",
      Action: actions,
      Resource: perRegion(scope, (r) => [
        a.ec2(r, "image/*", ""),
        ...(scope.kind === "toolkit" ? [a.ec2(r, "snapshot/*", "")] : []),
      ]),
      Condition: { "ForAllValues:StringLike": { "aws:TagKeys": ["amipipe:*"] } },
    },
  ];
}

/** Image Builder resources named after the recipes. */
function bakeStatements(scope: PolicyScope): PolicyStatement[] {
  const a = arn(scope);
  const recipes = scope.recipes.map((r) => r.name).sort();
  const named = (kind: string) =>
    perRegion(scope, (r) => recipes.map((name) => a.imagebuilder(r, `${kind}/amipipe-${name}-*`)));
  return [
    {
      Sid: "BuildImagesFromRecipes",
      Effect: "Allow",
      Action: [
        "imagebuilder:CreateComponent",
        "imagebuilder:CreateDistributionConfiguration",
        "imagebuilder:CreateImage",
        "imagebuilder:CreateImageRecipe",
        "imagebuilder:CreateInfrastructureConfiguration",
        "imagebuilder:GetDistributionConfiguration",
        "imagebuilder:GetImage",
        "imagebuilder:GetInfrastructureConfiguration",
        "imagebuilder:ListImageBuildVersions",
        "imagebuilder:ListImagePackages",
        "imagebuilder:UpdateDistributionConfiguration",
        "imagebuilder:UpdateInfrastructureConfiguration",
      ],
      Resource: [
        ...named("component"),
        ...named("image-recipe"),
        ...named("infrastructure-configuration"),
        ...named("distribution-configuration"),
        ...named("image"),
      ],
    },
    {
      Sid: "FindExistingImageBuilderResources",
      Effect: "Allow",
      Action: [
        "imagebuilder:ListComponents",
        "imagebuilder:ListDistributionConfigurations",
        "imagebuilder:ListImageRecipes",
        "imagebuilder:ListInfrastructureConfigurations",
      ],
      Resource: ["*"],
      Condition: inRegions(scope),
    },
    {
      Sid: "ResolveAmazonLinuxBaseImages",
      Effect: "Allow",
      Action: ["ssm:GetParameter"],
      Resource: perRegion(scope, (r) => [a.ssm(r, "parameter/aws/service/ami-amazon-linux-latest/*", "")]),
    },
  ];
}

/** gc: only images the toolkit built, and the snapshots behind them. */
function cleanupStatements(scope: PolicyScope): PolicyStatement[] {
  const a = arn(scope);
  return [
    {
      Sid: "DeregisterToolkitImages",
      Effect: "Allow",
      Action: ["ec2:DeregisterImage"],
      Resource: perRegion(scope, (r) => [a.ec2(r, "image/*", "")]),
      Condition: { Null: { "aws:ResourceTag/amipipe:recipe": "false" } },
    },
    {
      Sid: "DeleteSnapshotsOfDeregisteredImages",
      Effect: "Allow",
      Action: ["ec2:DeleteSnapshot"],
      Resource: perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")]),
    },
  ];
}

/** Only the instance profiles' roles, and only to EC2 and Image Builder. */
function passRoleStatements(scope: PolicyScope): PolicyStatement[] {
  const a = arn(scope);
  return [
    {
      Sid: "PassInstanceProfileRoles",
      Effect: "Allow",
      Action: ["iam:PassRole"],
      Resource: [...new Set(scope.passRoles)].sort().map((role) => a.iam(`role/${role}`)),
      Condition: {
        StringEquals: { "iam:PassedToService": ["ec2.amazonaws.com", "imagebuilder.amazonaws.com"] },
      },
    },
  ];
}
