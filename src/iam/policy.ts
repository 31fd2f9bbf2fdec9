import { TAG } from "../aws/tags.js";
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
    ...preflightStatements(scope),
    ...imageTagStatements(scope),
    ...(scope.kind === "toolkit" ? [...bakeStatements(scope), ...cleanupStatements(scope)] : []),
    ...passRoleStatements(scope),
  ];
  return {
    Version: "2012-10-17",
    Statement: statements.filter((s) => s.Action.length > 0 && s.Resource.length > 0),
  };
}

/**
 * Actions IAM checks on the caller's behalf that no toolkit call names, so the call log never
 * shows them: passing the instance profiles' roles (RunInstances from a launch template with an
 * instance profile; Image Builder infrastructure configurations), and the service-linked role
 * Image Builder creates on an account's first CreateImage.
 */
export const AUTHORIZATION_ONLY_ACTIONS = ["iam:PassRole", "iam:CreateServiceLinkedRole"] as const;

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

/** Statements widened to a wildcard because a resource the config names was not found say so in their Sid. */
export const WIDENED_SID_SUFFIX = "Widened";
const widenedSid = (sid: string, widened: boolean) => (widened ? `${sid}${WIDENED_SID_SUFFIX}` : sid);

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
    // The soak's HTTP check finds the listener rule that forwards to the environment's group.
    "elasticloadbalancing:DescribeListeners",
    "elasticloadbalancing:DescribeLoadBalancers",
    "elasticloadbalancing:DescribeRules",
    "elasticloadbalancing:DescribeTargetGroups",
    "elasticloadbalancing:DescribeTargetGroupAttributes",
    "ec2:DescribeInstanceTypes",
    "sts:GetCallerIdentity",
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
  // A launch template not found in the account (allowed only with --allow-wildcards) is any template in its region.
  const templatesWidened = scope.environments.some((e) => !e.launchTemplateId);
  const launchTemplates = perEnv(scope, (e) => [
    a.ec2(e.region, `launch-template/${e.launchTemplateId ?? "*"}`),
  ]);
  const standalone = scope.environments.filter((e) => !e.autoScalingGroup);
  const groups = scope.environments.filter((e) => e.autoScalingGroup);
  const statements: PolicyStatement[] = [
    {
      Sid: widenedSid("NewLaunchTemplateVersions", templatesWidened),
      Effect: "Allow",
      // ModifyLaunchTemplate: the default version follows the pin once the fleet serves it.
      Action: ["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"],
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
        Sid: widenedSid("LaunchFromTemplatesIntoEnvironmentSubnets", templatesWidened),
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
      ...adoptionStatements(scope, standalone),
      {
        Sid: "TagEnvironmentInstances",
        Effect: "Allow",
        Action: ["ec2:CreateTags"],
        Resource: perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
        Condition: {
          StringEquals: { "aws:ResourceTag/amipipe:environment": envs },
          "ForAllValues:StringLike": { "aws:TagKeys": ["amipipe:*"] },
          // Moving an instance to another environment is adoption's business, never this statement's.
          Null: { "aws:RequestTag/amipipe:environment": "true" },
        },
      },
      {
        Sid: "UntagRetainedInstances",
        Effect: "Allow",
        Action: ["ec2:DeleteTags"],
        Resource: perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
        Condition: {
          StringEquals: { "aws:ResourceTag/amipipe:environment": envs },
          // retain-until when a retained instance serves again; role and rollout id when a
          // rolled-back rollout unmarks the fleet it meant to replace.
          "ForAllValues:StringEquals": { "aws:TagKeys": [TAG.retainUntil, TAG.role, TAG.rolloutId] },
        },
      },
      {
        Sid: "ManageEnvironmentInstances",
        Effect: "Allow",
        Action: ["ec2:RebootInstances", "ec2:StartInstances", "ec2:StopInstances", "ec2:TerminateInstances"],
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

/**
 * The first rollout of an environment adopts the instances serving its target group: servers
 * built by hand carry no amipipe tags, so they are tagged `amipipe:environment=<env>` (and
 * `amipipe:role=old`) before anything else touches them. One statement per environment ties
 * the requested environment to the instance's: an instance without the tag, or already that
 * environment's. Only `amipipe:*` keys may be written. EC2 evaluates `aws:RequestTag/…` and
 * `aws:TagKeys` on CreateTags, and `aws:ResourceTag/…` on the instance it tags.
 */
function adoptionStatements(scope: PolicyScope, envs: readonly EnvironmentScope[]): PolicyStatement[] {
  const a = arn(scope);
  const names = [...new Set(envs.map((e) => e.name))].sort();
  return names.map((name) => ({
    Sid: `AdoptInstancesInto${pascal(name)}`,
    Effect: "Allow" as const,
    Action: ["ec2:CreateTags"],
    Resource: [
      ...new Set(envs.filter((e) => e.name === name).map((e) => a.ec2(e.region, "instance/*"))),
    ].sort(),
    Condition: {
      StringEquals: { "aws:RequestTag/amipipe:environment": name },
      StringEqualsIfExists: { "aws:ResourceTag/amipipe:environment": name },
      "ForAllValues:StringLike": { "aws:TagKeys": ["amipipe:*"] },
    },
  }));
}

/** "staging-eu" → "StagingEu": a Sid may hold only letters and digits. */
function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
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

/** The rollout's preflight: the SSM parameters the recipe reads at boot exist (names only, never values). */
function preflightStatements(scope: PolicyScope): PolicyStatement[] {
  const a = arn(scope);
  const parameters = perEnv(scope, (e) =>
    (e.recipeParameters ?? []).map((name) => a.ssm(e.region, `parameter${name}`)),
  );
  return [
    {
      Sid: "PreflightRecipeParameters",
      Effect: "Allow",
      Action: ["ssm:GetParameters"],
      Resource: parameters,
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
      // Image Builder creates AWSServiceRoleForImageBuilder with the caller's permissions on the
      // account's first CreateImage. Auto Scaling's role comes with the first group, and the
      // toolkit only updates groups that exist, so it needs none.
      Sid: "CreateImageBuilderServiceLinkedRole",
      Effect: "Allow",
      Action: ["iam:CreateServiceLinkedRole"],
      Resource: [a.iam("role/aws-service-role/imagebuilder.amazonaws.com/AWSServiceRoleForImageBuilder")],
      Condition: { StringEquals: { "iam:AWSServiceName": "imagebuilder.amazonaws.com" } },
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
      // Bake tags every snapshot behind a baked image with its provenance, amipipe:recipe included.
      Sid: "DeleteSnapshotsOfDeregisteredImages",
      Effect: "Allow",
      Action: ["ec2:DeleteSnapshot"],
      Resource: perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")]),
      Condition: { Null: { "aws:ResourceTag/amipipe:recipe": "false" } },
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
