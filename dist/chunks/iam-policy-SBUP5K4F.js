import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  autoScalingGroupName
} from "./chunk-FC66HR4N.js";
import {
  loadProject
} from "./chunk-MAB7OMU6.js";
import "./chunk-ZCDM74UX.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-XDF3WVTU.js";
import "./chunk-X6XA3Y4X.js";
import {
  require_dist_cjs
} from "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
import "./chunk-IVT7V2TT.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/iam/account-facts.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var import_client_sts = __toESM(require_dist_cjs2(), 1);
async function lookUpAccountFacts(aws, project, options = {}) {
  const envs = [...project.environments.values()].map((e) => e.env).filter((e) => !options.env || e.name === options.env);
  const regions = [...new Set(envs.map((e) => e.region))].sort();
  const firstRegion = regions[0] ?? "us-east-1";
  const identity = await aws.sts(firstRegion).send(new import_client_sts.GetCallerIdentityCommand({}));
  const partition = identity.Arn?.split(":")[1] ?? "aws";
  const launchTemplateIds = /* @__PURE__ */ new Map();
  const profiles = /* @__PURE__ */ new Set();
  for (const region of regions) {
    const names = [...new Set(envs.filter((e) => e.region === region).map((e) => e.fleet.launchTemplate))];
    const found = await aws.ec2(region).send(
      new import_client_ec2.DescribeLaunchTemplatesCommand({ Filters: [{ Name: "launch-template-name", Values: names }] })
    );
    for (const lt of found.LaunchTemplates ?? []) {
      if (!lt.LaunchTemplateId || !lt.LaunchTemplateName) continue;
      launchTemplateIds.set(`${region}/${lt.LaunchTemplateName}`, lt.LaunchTemplateId);
      const versions = await aws.ec2(region).send(
        new import_client_ec2.DescribeLaunchTemplateVersionsCommand({
          LaunchTemplateId: lt.LaunchTemplateId,
          Versions: ["$Latest"]
        })
      );
      for (const v of versions.LaunchTemplateVersions ?? []) {
        const profile = v.LaunchTemplateData?.IamInstanceProfile;
        const name = profile?.Name ?? profile?.Arn?.split("/").pop();
        if (name) profiles.add(name);
      }
    }
  }
  return {
    partition,
    account: identity.Account ?? "*",
    launchTemplateIds,
    launchTemplateProfiles: [...profiles].sort()
  };
}

// src/iam/scope.ts
function regionsOf(scope) {
  return [...new Set(scope.environments.map((e) => e.region))].sort();
}

// src/iam/policy.ts
function buildIamPolicy(scope) {
  const statements = [
    ...readStatements(scope),
    ...fleetStatements(scope),
    ...verificationStatements(scope),
    ...lockStatements(scope),
    ...imageTagStatements(scope),
    ...scope.kind === "toolkit" ? [...bakeStatements(scope), ...cleanupStatements(scope)] : [],
    ...passRoleStatements(scope)
  ];
  return {
    Version: "2012-10-17",
    Statement: statements.filter((s) => s.Action.length > 0 && s.Resource.length > 0)
  };
}
var arn = (scope) => ({
  ec2: (region, resource, account = scope.account) => `arn:${scope.partition}:ec2:${region}:${account}:${resource}`,
  elb: (region, resource) => `arn:${scope.partition}:elasticloadbalancing:${region}:${scope.account}:${resource}`,
  imagebuilder: (region, resource) => `arn:${scope.partition}:imagebuilder:${region}:${scope.account}:${resource}`,
  ssm: (region, resource, account = scope.account) => `arn:${scope.partition}:ssm:${region}:${account}:${resource}`,
  cloudwatch: (region, resource) => `arn:${scope.partition}:cloudwatch:${region}:${scope.account}:${resource}`,
  autoscaling: (region, resource) => `arn:${scope.partition}:autoscaling:${region}:${scope.account}:${resource}`,
  iam: (resource) => `arn:${scope.partition}:iam::${scope.account}:${resource}`
});
var envNames = (scope) => scope.environments.map((e) => e.name).sort();
var perRegion = (scope, f) => regionsOf(scope).flatMap(f);
var perEnv = (scope, f) => [...new Set(scope.environments.flatMap(f))].sort();
var inRegions = (scope) => ({
  StringEquals: { "aws:RequestedRegion": regionsOf(scope) }
});
function readStatements(scope) {
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
    "ssm:ListCommandInvocations"
  ];
  const groups = scope.environments.some((e) => e.autoScalingGroup);
  if (scope.kind === "toolkit") actions.push("ec2:DescribeSnapshots");
  if (scope.kind === "toolkit" || groups) actions.push("autoscaling:DescribeAutoScalingGroups");
  if (groups) actions.push("autoscaling:DescribeInstanceRefreshes");
  return [
    {
      Sid: "ReadFleetAndImageState",
      Effect: "Allow",
      Action: actions.sort(),
      Resource: ["*"],
      Condition: inRegions(scope)
    },
    // GetCallerIdentity needs no permission, but SCPs can still deny it; listing it documents the need.
    { Sid: "IdentifyAccount", Effect: "Allow", Action: ["sts:GetCallerIdentity"], Resource: ["*"] }
  ];
}
function fleetStatements(scope) {
  const a = arn(scope);
  const envs = envNames(scope);
  const launchTemplates = perEnv(scope, (e) => [
    a.ec2(e.region, `launch-template/${e.launchTemplateId ?? "*"}`)
  ]);
  const standalone = scope.environments.filter((e) => !e.autoScalingGroup);
  const groups = scope.environments.filter((e) => e.autoScalingGroup);
  const statements = [
    {
      Sid: "NewLaunchTemplateVersions",
      Effect: "Allow",
      Action: ["ec2:CreateLaunchTemplateVersion"],
      Resource: launchTemplates
    },
    {
      Sid: "RegisterTargetsInEnvironmentTargetGroups",
      Effect: "Allow",
      Action: ["elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:RegisterTargets"],
      Resource: perEnv(scope, (e) => [a.elb(e.region, `targetgroup/${e.targetGroup}/*`)])
    }
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
          a.ec2(r, "network-interface/*")
        ]),
        Condition: { StringEquals: { "aws:RequestTag/amipipe:environment": envs } }
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
            a.ec2(r, "key-pair/*")
          ])
        ]
      },
      {
        Sid: "TagInstancesAtLaunch",
        Effect: "Allow",
        Action: ["ec2:CreateTags"],
        Resource: perRegion(scope, (r) => [
          a.ec2(r, "instance/*"),
          a.ec2(r, "volume/*"),
          a.ec2(r, "network-interface/*")
        ]),
        Condition: { StringEquals: { "ec2:CreateAction": "RunInstances" } }
      },
      {
        Sid: "ManageEnvironmentInstances",
        Effect: "Allow",
        Action: [
          "ec2:CreateTags",
          "ec2:RebootInstances",
          "ec2:StartInstances",
          "ec2:StopInstances",
          "ec2:TerminateInstances"
        ],
        Resource: perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
        Condition: { StringEquals: { "aws:ResourceTag/amipipe:environment": envs } }
      }
    );
  }
  if (groups.length > 0) {
    statements.push({
      Sid: "RefreshEnvironmentAutoScalingGroups",
      Effect: "Allow",
      Action: [
        "autoscaling:RollbackInstanceRefresh",
        "autoscaling:StartInstanceRefresh",
        "autoscaling:UpdateAutoScalingGroup"
      ],
      Resource: [
        ...new Set(
          groups.map(
            (e) => a.autoscaling(e.region, `autoScalingGroup:*:autoScalingGroupName/${e.autoScalingGroup}`)
          )
        )
      ].sort()
    });
  }
  return statements;
}
function verificationStatements(scope) {
  const a = arn(scope);
  const alarms = perEnv(scope, (e) => e.alarms.map((name) => a.cloudwatch(e.region, `alarm:${name}`)));
  return [
    {
      Sid: "RunProbeScriptDocument",
      Effect: "Allow",
      Action: ["ssm:SendCommand"],
      Resource: perRegion(scope, (r) => [a.ssm(r, "document/AWS-RunShellScript", "")])
    },
    {
      Sid: "RunProbesOnEnvironmentInstances",
      Effect: "Allow",
      Action: ["ssm:SendCommand"],
      Resource: perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
      Condition: { StringLike: { "ssm:resourceTag/amipipe:environment": envNames(scope) } }
    },
    { Sid: "ReadSoakAlarms", Effect: "Allow", Action: ["cloudwatch:DescribeAlarms"], Resource: alarms }
  ];
}
function lockStatements(scope) {
  const a = arn(scope);
  return [
    {
      Sid: "EnvironmentRolloutLocks",
      Effect: "Allow",
      Action: ["ssm:DeleteParameter", "ssm:GetParameter", "ssm:PutParameter"],
      Resource: perEnv(scope, (e) => [a.ssm(e.region, `parameter/amipipe/locks/${e.name}`)])
    }
  ];
}
function imageTagStatements(scope) {
  const a = arn(scope);
  const actions = scope.kind === "toolkit" ? ["ec2:CreateTags", "ec2:DeleteTags"] : ["ec2:CreateTags"];
  return [
    {
      Sid: "TagImagesWithAmipipeKeys",
      Effect: "Allow",
      Action: actions,
      Resource: perRegion(scope, (r) => [
        a.ec2(r, "image/*", ""),
        ...scope.kind === "toolkit" ? [a.ec2(r, "snapshot/*", "")] : []
      ]),
      Condition: { "ForAllValues:StringLike": { "aws:TagKeys": ["amipipe:*"] } }
    }
  ];
}
function bakeStatements(scope) {
  const a = arn(scope);
  const recipes = scope.recipes.map((r) => r.name).sort();
  const named = (kind) => perRegion(scope, (r) => recipes.map((name) => a.imagebuilder(r, `${kind}/amipipe-${name}-*`)));
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
        "imagebuilder:UpdateInfrastructureConfiguration"
      ],
      Resource: [
        ...named("component"),
        ...named("image-recipe"),
        ...named("infrastructure-configuration"),
        ...named("distribution-configuration"),
        ...named("image")
      ]
    },
    {
      Sid: "FindExistingImageBuilderResources",
      Effect: "Allow",
      Action: [
        "imagebuilder:ListComponents",
        "imagebuilder:ListDistributionConfigurations",
        "imagebuilder:ListImageRecipes",
        "imagebuilder:ListInfrastructureConfigurations"
      ],
      Resource: ["*"],
      Condition: inRegions(scope)
    },
    {
      Sid: "ResolveAmazonLinuxBaseImages",
      Effect: "Allow",
      Action: ["ssm:GetParameter"],
      Resource: perRegion(scope, (r) => [a.ssm(r, "parameter/aws/service/ami-amazon-linux-latest/*", "")])
    }
  ];
}
function cleanupStatements(scope) {
  const a = arn(scope);
  return [
    {
      Sid: "DeregisterToolkitImages",
      Effect: "Allow",
      Action: ["ec2:DeregisterImage"],
      Resource: perRegion(scope, (r) => [a.ec2(r, "image/*", "")]),
      Condition: { Null: { "aws:ResourceTag/amipipe:recipe": "false" } }
    },
    {
      Sid: "DeleteSnapshotsOfDeregisteredImages",
      Effect: "Allow",
      Action: ["ec2:DeleteSnapshot"],
      Resource: perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")])
    }
  ];
}
function passRoleStatements(scope) {
  const a = arn(scope);
  return [
    {
      Sid: "PassInstanceProfileRoles",
      Effect: "Allow",
      Action: ["iam:PassRole"],
      Resource: [...new Set(scope.passRoles)].sort().map((role) => a.iam(`role/${role}`)),
      Condition: {
        StringEquals: { "iam:PassedToService": ["ec2.amazonaws.com", "imagebuilder.amazonaws.com"] }
      }
    }
  ];
}

// src/iam/scope-from-project.ts
function scopeFromProject(project, facts, options = {}) {
  const loaded = [...project.environments.values()].filter((e) => !options.env || e.env.name === options.env);
  const environments = loaded.map(({ env }) => {
    const scope = {
      name: env.name,
      region: env.region,
      recipe: env.recipe,
      launchTemplate: env.fleet.launchTemplate,
      targetGroup: env.fleet.targetGroup,
      subnets: env.fleet.subnets,
      alarms: env.verify.alarms
    };
    const id = facts.launchTemplateIds.get(`${env.region}/${env.fleet.launchTemplate}`);
    if (id) scope.launchTemplateId = id;
    if (env.fleet.kind === "asg") scope.autoScalingGroup = autoScalingGroupName(env);
    return scope;
  });
  const recipeNames = new Set(environments.map((e) => e.recipe));
  const recipes = [...project.recipes.values()].filter(({ recipe }) => !options.env || recipeNames.has(recipe.name)).map(({ recipe }) => ({ name: recipe.name, instanceProfile: recipe.imageBuilder.instanceProfile }));
  const kind = options.env ? "environment" : "toolkit";
  const passRoles = [
    ...facts.launchTemplateProfiles,
    ...kind === "toolkit" ? recipes.map((r) => r.instanceProfile) : []
  ];
  return { partition: facts.partition, account: facts.account, environments, recipes, passRoles, kind };
}

// src/commands/iam-policy.ts
async function iamPolicy(ctx, input) {
  const project = await loadProject(ctx.root);
  const options = input.env ? { env: input.env } : {};
  if (input.env && !project.environments.has(input.env)) {
    throw new UsageError(
      `unknown environment "${input.env}" (known: ${[...project.environments.keys()].sort().join(", ")})`
    );
  }
  ctx.progress.info("iam-policy", "looking up the account and the environments' launch templates");
  const facts = await lookUpAccountFacts(ctx.aws, project, options);
  const scope = scopeFromProject(project, facts, options);
  for (const env of scope.environments) {
    if (!env.launchTemplateId) {
      ctx.progress.warn(
        "iam-policy",
        `launch template ${env.launchTemplate} not found in ${env.region}: its statements allow any launch template there`
      );
    }
  }
  const policy = buildIamPolicy(scope);
  return { ok: true, data: policy, text: JSON.stringify(policy, null, 2) };
}
export {
  iamPolicy
};
