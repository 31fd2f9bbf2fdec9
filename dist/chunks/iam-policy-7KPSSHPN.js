import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  recipeParameters
} from "./chunk-IYEALWL5.js";
import {
  autoScalingGroupName
} from "./chunk-J523DA24.js";
import {
  TAG
} from "./chunk-MHZV5H25.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import {
  loadProject
} from "./chunk-FX7HTSWJ.js";
import "./chunk-GMKHYUC3.js";
import "./chunk-FXIBIJX2.js";
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-OOMH36IZ.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-RG3TGDQG.js";
import "./chunk-5QRSPSR7.js";
import {
  require_dist_cjs4 as require_dist_cjs
} from "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-DNSQREQD.js";
import "./chunk-SIRB34BK.js";
import {
  OperationFailed,
  UsageError
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/iam/account-facts.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs2(), 1);
var import_client_sts = __toESM(require_dist_cjs3(), 1);
async function lookUpAccountFacts(aws, project, options = {}) {
  const envs = [...project.environments.values()].map((e) => e.env).filter((e) => !options.env || e.name === options.env);
  const regions = [...new Set(envs.map((e) => e.region))].sort();
  const firstRegion = regions[0] ?? "us-east-1";
  const identity = await aws.sts(firstRegion).send(new import_client_sts.GetCallerIdentityCommand({}));
  const partition = identity.Arn?.split(":")[1] ?? "aws";
  const launchTemplateIds = /* @__PURE__ */ new Map();
  const profiles = /* @__PURE__ */ new Set();
  const targetGroups = /* @__PURE__ */ new Set();
  for (const region of regions) {
    const groupNames = [...new Set(envs.filter((e) => e.region === region).map((e) => e.fleet.targetGroup))];
    for (const name of groupNames.sort()) {
      try {
        const found2 = await aws.elbv2(region).send(new import_client_elastic_load_balancing_v2.DescribeTargetGroupsCommand({ Names: [name] }));
        if ((found2.TargetGroups ?? []).some((g) => g.TargetGroupName === name))
          targetGroups.add(`${region}/${name}`);
      } catch (error) {
        if (!(error instanceof Error && /TargetGroupNotFound/.test(error.name))) throw error;
      }
    }
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
    launchTemplateProfiles: [...profiles].sort(),
    targetGroups
  };
}

// src/iam/missing.ts
function missingResources(project, facts, options = {}) {
  const missing = [];
  const envs = [...project.environments.values()].map((e) => e.env).filter((e) => !options.env || e.name === options.env).sort((a, b) => a.name.localeCompare(b.name));
  for (const env of envs) {
    if (!facts.launchTemplateIds.has(`${env.region}/${env.fleet.launchTemplate}`))
      missing.push(
        `launch template ${env.fleet.launchTemplate} (environment ${env.name}) not found in ${env.region}`
      );
    if (!facts.targetGroups.has(`${env.region}/${env.fleet.targetGroup}`))
      missing.push(
        `target group ${env.fleet.targetGroup} (environment ${env.name}) not found in ${env.region}`
      );
  }
  return missing;
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
    ...preflightStatements(scope),
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
var WIDENED_SID_SUFFIX = "Widened";
var widenedSid = (sid, widened) => widened ? `${sid}${WIDENED_SID_SUFFIX}` : sid;
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
    "elasticloadbalancing:DescribeTargetGroupAttributes",
    "ec2:DescribeInstanceTypes",
    "sts:GetCallerIdentity",
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
  const templatesWidened = scope.environments.some((e) => !e.launchTemplateId);
  const launchTemplates = perEnv(scope, (e) => [
    a.ec2(e.region, `launch-template/${e.launchTemplateId ?? "*"}`)
  ]);
  const standalone = scope.environments.filter((e) => !e.autoScalingGroup);
  const groups = scope.environments.filter((e) => e.autoScalingGroup);
  const statements = [
    {
      Sid: widenedSid("NewLaunchTemplateVersions", templatesWidened),
      Effect: "Allow",
      // ModifyLaunchTemplate: the default version follows the pin once the fleet serves it.
      Action: ["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"],
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
        Sid: widenedSid("LaunchFromTemplatesIntoEnvironmentSubnets", templatesWidened),
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
          Null: { "aws:RequestTag/amipipe:environment": "true" }
        }
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
          "ForAllValues:StringEquals": { "aws:TagKeys": [TAG.retainUntil, TAG.role, TAG.rolloutId] }
        }
      },
      {
        Sid: "ManageEnvironmentInstances",
        Effect: "Allow",
        Action: ["ec2:RebootInstances", "ec2:StartInstances", "ec2:StopInstances", "ec2:TerminateInstances"],
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
function adoptionStatements(scope, envs) {
  const a = arn(scope);
  const names = [...new Set(envs.map((e) => e.name))].sort();
  return names.map((name) => ({
    Sid: `AdoptInstancesInto${pascal(name)}`,
    Effect: "Allow",
    Action: ["ec2:CreateTags"],
    Resource: [
      ...new Set(envs.filter((e) => e.name === name).map((e) => a.ec2(e.region, "instance/*")))
    ].sort(),
    Condition: {
      StringEquals: { "aws:RequestTag/amipipe:environment": name },
      StringEqualsIfExists: { "aws:ResourceTag/amipipe:environment": name },
      "ForAllValues:StringLike": { "aws:TagKeys": ["amipipe:*"] }
    }
  }));
}
function pascal(name) {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
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
function preflightStatements(scope) {
  const a = arn(scope);
  const parameters = perEnv(
    scope,
    (e) => (e.recipeParameters ?? []).map((name) => a.ssm(e.region, `parameter${name}`))
  );
  return [
    {
      Sid: "PreflightRecipeParameters",
      Effect: "Allow",
      Action: ["ssm:GetParameters"],
      Resource: parameters
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
      // Image Builder creates AWSServiceRoleForImageBuilder with the caller's permissions on the
      // account's first CreateImage. Auto Scaling's role comes with the first group, and the
      // toolkit only updates groups that exist, so it needs none.
      Sid: "CreateImageBuilderServiceLinkedRole",
      Effect: "Allow",
      Action: ["iam:CreateServiceLinkedRole"],
      Resource: [a.iam("role/aws-service-role/imagebuilder.amazonaws.com/AWSServiceRoleForImageBuilder")],
      Condition: { StringEquals: { "iam:AWSServiceName": "imagebuilder.amazonaws.com" } }
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
      // Bake tags every snapshot behind a baked image with its provenance, amipipe:recipe included.
      Sid: "DeleteSnapshotsOfDeregisteredImages",
      Effect: "Allow",
      Action: ["ec2:DeleteSnapshot"],
      Resource: perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")]),
      Condition: { Null: { "aws:ResourceTag/amipipe:recipe": "false" } }
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
    const recipe = project.recipes.get(env.recipe)?.recipe;
    if (recipe) scope.recipeParameters = recipeParameters(recipe).map((r) => r.parameter);
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
  ctx.progress.info("iam-policy", "looking up the account, the launch templates and the target groups");
  const facts = await lookUpAccountFacts(ctx.aws, project, options);
  const missing = missingResources(project, facts, options);
  if (missing.length > 0 && !input.allowWildcards) {
    throw new OperationFailed(
      [
        "the environments name resources this account does not have:",
        ...missing.map((m) => `  - ${m}`),
        "Create them (or fix the environment files) and run again, or pass --allow-wildcards to print",
        `a policy whose statements for them allow any launch template in the region (Sid ending in "${WIDENED_SID_SUFFIX}").`
      ].join("\n"),
      "missing-resources",
      { missing }
    );
  }
  for (const m of missing) ctx.progress.warn("iam-policy", `${m}: printed with --allow-wildcards`);
  const policy = buildIamPolicy(scopeFromProject(project, facts, options));
  return { ok: true, data: policy, text: JSON.stringify(policy, null, 2) };
}
export {
  iamPolicy
};
