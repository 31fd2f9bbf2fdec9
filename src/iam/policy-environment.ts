import { forcedInTag, servedInTag, TAG, verifiedInTag } from "../aws/tags.js";
import type { PolicyStatement } from "./document.js";
import { allow, arns, pascal, widenedSid } from "./policy-parts.js";
import { probeStatements } from "./policy-probes.js";
import type { EnvironmentScope, RoleScope } from "./scope.js";

/** Tag keys a rollout writes on instances already in its environment (old/new marks, retention). */
const INSTANCE_KEYS = [TAG.environment, TAG.role, TAG.rolloutId, TAG.rolloutMode, TAG.retainUntil];
/** Tag keys adoption writes on a hand-built server: the first rollout's tag-old step. */
const ADOPTION_KEYS = [TAG.environment, TAG.role, TAG.rolloutId, TAG.rolloutMode];

/**
 * One environment's role: its fleet (launch template versions, launches, target group, its own
 * instances or Auto Scaling group), its probes, alarms and lock, the preflight of its recipe's
 * parameters, and the verified-in tag of its own stage on images.
 */
export function environmentStatements(scope: RoleScope, env: EnvironmentScope): PolicyStatement[] {
  const a = arns(scope);
  const r = env.region;
  const E = pascal(env.name);
  const templateWidened = !env.launchTemplateId;
  const template = a.ec2(r, `launch-template/${env.launchTemplateId ?? "*"}`);
  const statements: PolicyStatement[] = [
    // ModifyLaunchTemplate: the default version follows the pin once the fleet serves it.
    allow(
      widenedSid(`NewVersionsOf${E}LaunchTemplate`, templateWidened),
      ["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"],
      [template],
    ),
    allow(
      `Register${E}Targets`,
      ["elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:RegisterTargets"],
      [a.elb(r, `targetgroup/${env.targetGroup}/*`)],
    ),
    ...launchStatements(scope, env, template, templateWidened),
    ...(env.autoScalingGroup ? [groupStatement(scope, env)] : instanceStatements(scope, env)),
    ...probeStatements(scope, {
      sid: `Probe${E}Instances`,
      documents: "all",
      environments: [env.name],
      instances: env.adoptable.map((id) => ({ region: r, id })),
    }),
    // The lock and the create-only claims that decide a takeover of it.
    allow(
      `${E}RolloutLock`,
      ["ssm:DeleteParameter", "ssm:GetParameter", "ssm:PutParameter"],
      [
        a.ssm(r, `parameter/amipipe/locks/${env.name}`),
        a.ssm(r, `parameter/amipipe/locks/${env.name}-takeover-*`),
      ],
    ),
    // status shows whoever holds any environment's lock (holder and run URL only).
    allow(`Read${E}RegionLocks`, ["ssm:GetParameter"], [a.ssm(r, "parameter/amipipe/locks/*")]),
    // Only this stage's evidence: another stage's verified-in, served-in or forced-in tag is that
    // stage's role's to write; a rollback removes its own stage's served-in record.
    allow(`Mark${E}EvidenceOnImages`, ["ec2:CreateTags"], [a.ec2(r, "image/*", "")], {
      StringEquals: { "ec2:Owner": scope.account },
      "ForAllValues:StringEquals": {
        "aws:TagKeys": [verifiedInTag(env.name), servedInTag(env.name), forcedInTag(env.name)],
      },
    }),
    // (DeleteTags evaluates no ec2:Owner: the tag keys bound it to this stage's own records.)
    allow(`Unmark${E}EvidenceOnImages`, ["ec2:DeleteTags"], [a.ec2(r, "image/*", "")], {
      "ForAllValues:StringEquals": { "aws:TagKeys": [servedInTag(env.name), forcedInTag(env.name)] },
    }),
  ];
  if (env.publishParameter)
    statements.push(
      allow(`Publish${E}Ami`, ["ssm:PutParameter"], [a.ssm(r, `parameter${env.publishParameter}`)]),
    );
  if (env.alarms.length > 0)
    statements.push(
      allow(
        `Read${E}SoakAlarms`,
        ["cloudwatch:DescribeAlarms"],
        env.alarms.map((name) => a.cloudwatch(r, `alarm:${name}`)),
      ),
    );
  return statements;
}

/**
 * RunInstances is authorized on every resource a launch touches
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ExamplePolicies_EC2.html#iam-example-runinstances):
 * the new instance, volumes and network interface only from the environment's launch template;
 * its subnets and the security groups of their VPC; only the account's own images of the
 * environment's recipe (or the hand-built image its pin history names); the template's key pair.
 * An Auto Scaling group is checked for the same permissions when it is given a launch template.
 */
function launchStatements(
  scope: RoleScope,
  env: EnvironmentScope,
  template: string,
  templateWidened: boolean,
): PolicyStatement[] {
  const a = arns(scope);
  const r = env.region;
  const E = pascal(env.name);
  const statements: PolicyStatement[] = [
    allow(
      widenedSid(`Launch${E}InstancesFromItsTemplate`, templateWidened),
      ["ec2:RunInstances"],
      [a.ec2(r, "instance/*"), a.ec2(r, "volume/*"), a.ec2(r, "network-interface/*")],
      { ArnLike: { "ec2:LaunchTemplate": template } },
    ),
    allow(
      widenedSid(`Launch${E}IntoItsSubnets`, templateWidened),
      ["ec2:RunInstances"],
      [
        template,
        ...env.subnets.map((s) => a.ec2(r, `subnet/${s}`)),
        ...env.keyPairs.map((k) => a.ec2(r, `key-pair/${k}`)),
      ],
    ),
    // Subnets the account does not have (allowed only with --allow-wildcards) leave no VPC to name.
    allow(
      widenedSid(`Launch${E}WithSecurityGroupsOfItsVpc`, env.vpcs.length === 0),
      ["ec2:RunInstances"],
      [a.ec2(r, "security-group/*")],
      env.vpcs.length > 0
        ? { ArnEquals: { "ec2:Vpc": env.vpcs.map((v) => a.ec2(r, `vpc/${v}`)) } }
        : undefined,
    ),
    allow(`Launch${E}RecipeImages`, ["ec2:RunInstances"], [a.ec2(r, "image/*", "")], {
      StringEquals: { "ec2:Owner": scope.account, [`aws:ResourceTag/${TAG.recipe}`]: env.recipe },
    }),
    // The tags a launch sets (TagSpecifications) are authorized as CreateTags on the new resources.
    allow(
      `Tag${E}InstancesAtLaunch`,
      ["ec2:CreateTags"],
      [a.ec2(r, "instance/*"), a.ec2(r, "volume/*"), a.ec2(r, "network-interface/*")],
      {
        StringEquals: { "ec2:CreateAction": "RunInstances", [`aws:RequestTag/${TAG.environment}`]: env.name },
      },
    ),
  ];
  if (env.adoptedImages.length > 0)
    statements.push(
      allow(
        `Launch${E}AdoptedImages`,
        ["ec2:RunInstances"],
        env.adoptedImages.map((ami) => a.ec2(r, `image/${ami}`, "")),
        { StringEquals: { "ec2:Owner": scope.account } },
      ),
    );
  if (env.instanceRoles.length > 0)
    statements.push(
      allow(
        `Pass${E}InstanceRole`,
        ["iam:PassRole"],
        env.instanceRoles.map((role) => a.iam(`role/${role}`)),
        { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } },
      ),
    );
  return statements;
}

/** A standalone fleet: adopting its hand-built servers, marking, stopping and replacing its instances. */
function instanceStatements(scope: RoleScope, env: EnvironmentScope): PolicyStatement[] {
  const a = arns(scope);
  const r = env.region;
  const E = pascal(env.name);
  const own = { StringEquals: { [`aws:ResourceTag/${TAG.environment}`]: env.name } };
  const statements: PolicyStatement[] = [
    allow(`Mark${E}Instances`, ["ec2:CreateTags"], [a.ec2(r, "instance/*")], {
      ...own,
      // Moving an instance to another environment is never a rollout's business.
      StringEqualsIfExists: { [`aws:RequestTag/${TAG.environment}`]: env.name },
      "ForAllValues:StringEquals": { "aws:TagKeys": INSTANCE_KEYS },
    }),
    // retain-until when a retained instance serves again; role and rollout id when a
    // rolled-back rollout unmarks the fleet it meant to replace.
    allow(`Unmark${E}Instances`, ["ec2:DeleteTags"], [a.ec2(r, "instance/*")], {
      ...own,
      "ForAllValues:StringEquals": { "aws:TagKeys": [TAG.retainUntil, TAG.role, TAG.rolloutId] },
    }),
    allow(
      `Manage${E}Instances`,
      ["ec2:RebootInstances", "ec2:StartInstances", "ec2:StopInstances", "ec2:TerminateInstances"],
      [a.ec2(r, "instance/*")],
      own,
    ),
  ];
  // Only the servers its target group served when the policy was made, and only into this environment.
  if (env.adoptable.length > 0)
    statements.push(
      allow(
        `Adopt${E}HandBuiltServers`,
        ["ec2:CreateTags"],
        env.adoptable.map((id) => a.ec2(r, `instance/${id}`)),
        {
          StringEquals: { [`aws:RequestTag/${TAG.environment}`]: env.name },
          "ForAllValues:StringEquals": { "aws:TagKeys": ADOPTION_KEYS },
        },
      ),
    );
  return statements;
}

function groupStatement(scope: RoleScope, env: EnvironmentScope): PolicyStatement {
  const a = arns(scope);
  return allow(
    `Refresh${pascal(env.name)}AutoScalingGroup`,
    [
      "autoscaling:RollbackInstanceRefresh",
      "autoscaling:StartInstanceRefresh",
      "autoscaling:UpdateAutoScalingGroup",
    ],
    [a.autoscaling(env.region, `autoScalingGroup:*:autoScalingGroupName/${env.autoScalingGroup}`)],
  );
}
