import { probeDocuments } from "../probes/documents.js";
import type { PolicyDocument } from "./document.js";
import { pascal } from "./policy-parts.js";
import type { RolePolicy } from "./role-policies.js";
import { MAX_SESSION_SECONDS, type RoleRef, trustedSubject } from "./roles.js";

/** A CloudFormation template, as printed by `amipipe bootstrap`. */
export interface CloudFormationTemplate {
  AWSTemplateFormatVersion: "2010-09-09";
  Description: string;
  Parameters: Record<string, Record<string, unknown>>;
  Conditions: Record<string, unknown>;
  Resources: Record<
    string,
    { Type: string; Condition?: string; Properties: Record<string, unknown>; [k: string]: unknown }
  >;
  Outputs: Record<string, { Description: string; Value: unknown }>;
}

export interface BootstrapInput {
  /** Every role's policy (`rolePolicies` for `allRoles`), with the scope it was made for. */
  roles: readonly RolePolicy[];
  /** owner/name: the default of the GitHubRepository parameter. */
  repository?: string;
}

const GITHUB_ISSUER = "token.actions.githubusercontent.com";
const REPOSITORY_PATTERN = "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$";

const ref = (name: string) => ({ Ref: name });
const sub = (text: string) => ({ "Fn::Sub": text });
const managed = (name: string) => sub(`arn:\${AWS::Partition}:iam::aws:policy/${name}`);
const tags = (role: string) => [{ Key: "amipipe:role", Value: role }];
const ec2Trust = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
};

/**
 * What a real account needs, as one CloudFormation stack: GitHub's OIDC provider (or an existing
 * one, by parameter); each toolkit role, trusting only this repository's matching subject, with
 * its generated policy inline and a session long enough for its longest job; the Image Builder
 * and fleet instance profiles (or, by parameter, the policy attached to existing ones); the
 * probe documents; and, where a recipe names one, its log bucket.
 */
export function bootstrapTemplate(o: BootstrapInput): CloudFormationTemplate {
  const resources: CloudFormationTemplate["Resources"] = {};
  const outputs: CloudFormationTemplate["Outputs"] = {};
  const provider = {
    "Fn::If": ["CreateOidcProvider", ref("GitHubOidcProvider"), ref("ExistingOidcProviderArn")],
  };
  resources.GitHubOidcProvider = {
    Type: "AWS::IAM::OIDCProvider",
    Condition: "CreateOidcProvider",
    Properties: { Url: `https://${GITHUB_ISSUER}`, ClientIdList: ["sts.amazonaws.com"] },
  };
  const firstStages = o.roles.flatMap((r) =>
    r.ref.kind === "environment" && r.firstStage ? [r.ref.environment] : [],
  );
  for (const role of o.roles) {
    const id = `${pascal(role.role)}Role`;
    resources[id] = {
      Type: "AWS::IAM::Role",
      Properties: {
        RoleName: role.role,
        Description: `amipipe: ${role.purpose}`.slice(0, 1000),
        MaxSessionDuration: MAX_SESSION_SECONDS[role.ref.kind],
        AssumeRolePolicyDocument: githubTrust(provider, subjects(role.ref, firstStages)),
        Policies: [{ PolicyName: role.role, PolicyDocument: role.policy }],
        Tags: tags(role.ref.kind),
      },
    };
    outputs[`${pascal(role.role)}RoleArn`] = {
      Description: `the role ${role.purpose}`.slice(0, 1024),
      Value: { "Fn::GetAtt": [id, "Arn"] },
    };
  }
  addInstanceProfiles(resources, o.roles);
  for (const doc of probeDocuments()) {
    resources[`ProbeDocument${pascal(doc.probe)}`] = {
      Type: "AWS::SSM::Document",
      Properties: {
        Name: doc.name,
        DocumentType: "Command",
        DocumentFormat: "JSON",
        Content: doc.content,
        // The name holds the content's hash: new content is a new document.
        UpdateMethod: "Replace",
        Tags: tags("probe"),
      },
    };
  }
  const buckets = logBuckets(o.roles);
  for (const bucket of buckets) {
    resources[`LogBucket${pascal(bucket)}`] = {
      Type: "AWS::S3::Bucket",
      Condition: "CreateLogBuckets",
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: {
        BucketName: bucket,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
        Tags: tags("build-logs"),
      },
    };
  }
  const parameters: CloudFormationTemplate["Parameters"] = {
    GitHubRepository: {
      Type: "String",
      Description: "owner/name of the repository whose workflows assume the roles",
      AllowedPattern: REPOSITORY_PATTERN,
      ...(o.repository ? { Default: o.repository } : {}),
    },
    ExistingOidcProviderArn: {
      Type: "String",
      Default: "",
      Description: `ARN of the account's ${GITHUB_ISSUER} OIDC provider if it has one (an account holds one per URL); empty creates it`,
    },
    CreateInstanceProfiles: {
      Type: "String",
      Default: "true",
      AllowedValues: ["true", "false"],
      Description:
        "create the Image Builder and fleet instance profiles and their roles; false when they exist (the fleet's read policy is then attached to the existing roles)",
    },
  };
  const conditions: CloudFormationTemplate["Conditions"] = {
    CreateOidcProvider: { "Fn::Equals": [ref("ExistingOidcProviderArn"), ""] },
    CreateInstanceProfiles: { "Fn::Equals": [ref("CreateInstanceProfiles"), "true"] },
  };
  if (buckets.length > 0) {
    parameters.CreateLogBuckets = {
      Type: "String",
      Default: "false",
      AllowedValues: ["true", "false"],
      Description: `create the build log bucket(s) the recipes name (${buckets.join(", ")})`,
    };
    conditions.CreateLogBuckets = { "Fn::Equals": [ref("CreateLogBuckets"), "true"] };
  }
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Description:
      "amipipe: GitHub OIDC, one role per environment plus bake, gc and verify roles, instance profiles and the probe SSM documents (made by amipipe bootstrap)",
    Parameters: parameters,
    Conditions: conditions,
    Resources: resources,
    Outputs: outputs,
  };
}

/**
 * The OIDC subjects a role trusts. The bake role also trusts the first stages' environments:
 * the security rebake runs there (it pins the first stage), and a first stage deploys only
 * from the branches its promotion allows (main by default, set by `amipipe github setup`).
 */
function subjects(ref: RoleRef, firstStages: readonly string[]): unknown[] {
  // A CloudFormation Fn::Sub reference to the stack parameter.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's syntax, not JavaScript's.
  const repo = "${GitHubRepository}";
  const own = sub(trustedSubject(ref, repo));
  if (ref.kind !== "bake") return [own];
  return [
    own,
    ...firstStages.map((environment) => sub(trustedSubject({ kind: "environment", environment }, repo))),
  ];
}

function githubTrust(provider: unknown, subs: unknown[]) {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Federated: provider },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: {
          StringEquals: { [`${GITHUB_ISSUER}:aud`]: "sts.amazonaws.com", [`${GITHUB_ISSUER}:sub`]: subs },
        },
      },
    ],
  };
}

/**
 * The instance profiles the toolkit passes: Image Builder's build instances (the recipes'
 * `imageBuilder.instanceProfile`) and the fleets' (named by the launch templates), each with a
 * role of the same name; the fleet roles may read the SSM parameters their recipes read at boot.
 */
function addInstanceProfiles(
  resources: CloudFormationTemplate["Resources"],
  roles: readonly RolePolicy[],
): void {
  const builders = new Map<string, { buckets: string[]; parameters: string[] }>();
  const fleets = new Map<string, string[]>();
  for (const { scope } of roles) {
    if (scope.kind === "bake")
      for (const recipe of scope.recipes) {
        const b = builders.get(recipe.instanceProfile) ?? { buckets: [], parameters: [] };
        if (recipe.logsBucket) b.buckets.push(recipe.logsBucket);
        // Builds run in the recipe's first region (bakeRegions' home).
        const home = recipe.regions[0];
        if (home)
          b.parameters.push(
            ...recipe.parameters.map(
              (p) => `arn:${scope.partition}:ssm:${home}:${scope.account}:parameter${p}`,
            ),
          );
        builders.set(recipe.instanceProfile, b);
      }
    if (scope.kind === "environment")
      for (const env of scope.environments)
        for (const profile of env.instanceRoles)
          fleets.set(profile, [
            ...(fleets.get(profile) ?? []),
            ...env.recipeParameters.map(
              (p) => `arn:${scope.partition}:ssm:${env.region}:${scope.account}:parameter${p}`,
            ),
          ]);
  }
  const profile = (
    id: string,
    name: string,
    managedPolicies: unknown[],
    policies: Array<{ PolicyName: string; PolicyDocument: PolicyDocument }>,
    role: string,
  ) => {
    resources[`${id}Role`] = {
      Type: "AWS::IAM::Role",
      Condition: "CreateInstanceProfiles",
      Properties: {
        RoleName: name,
        Description: `amipipe: ${role}`,
        AssumeRolePolicyDocument: ec2Trust,
        ManagedPolicyArns: managedPolicies,
        ...(policies.length > 0 ? { Policies: policies } : {}),
        Tags: tags(role),
      },
    };
    resources[`${id}Profile`] = {
      Type: "AWS::IAM::InstanceProfile",
      Condition: "CreateInstanceProfiles",
      Properties: { InstanceProfileName: name, Roles: [ref(`${id}Role`)] },
    };
  };
  for (const [name, { buckets, parameters }] of [...builders].sort()) {
    const logs = [...new Set(buckets)].sort();
    const reads = [...new Set(parameters)].sort();
    const statements = [
      ...(logs.length > 0
        ? [
            {
              Sid: "WriteBuildLogs",
              Effect: "Allow" as const,
              Action: ["s3:PutObject"],
              Resource: logs.map((b) => `arn:aws:s3:::${b}/*`),
            },
          ]
        : []),
      // The test phase boots the image, whose agents read their licenses as the fleet's do.
      ...(reads.length > 0
        ? [
            {
              Sid: "ReadRecipeParametersAtBoot",
              Effect: "Allow" as const,
              Action: ["ssm:GetParameter"],
              Resource: reads,
            },
          ]
        : []),
    ];
    profile(
      `ImageBuilder${pascal(name)}`,
      name,
      // What Image Builder's build and test instances need, and the SSM agent they run components with.
      [managed("EC2InstanceProfileForImageBuilder"), managed("AmazonSSMManagedInstanceCore")],
      statements.length > 0
        ? [
            {
              PolicyName: "amipipe-build-instance",
              PolicyDocument: { Version: "2012-10-17", Statement: statements },
            },
          ]
        : [],
      "image-builder-instance",
    );
  }
  for (const [name, parameters] of [...fleets].sort()) {
    const id = `Fleet${pascal(name)}`;
    // The SSM agent (the probes run through it).
    profile(id, name, [managed("AmazonSSMManagedInstanceCore")], [], "fleet-instance");
    const arns = [...new Set(parameters)].sort();
    if (arns.length === 0) continue;
    resources[`${id}RecipeParameters`] = {
      Type: "AWS::IAM::Policy",
      Properties: {
        PolicyName: "amipipe-recipe-parameters",
        Roles: [{ "Fn::If": ["CreateInstanceProfiles", ref(`${id}Role`), name] }],
        PolicyDocument: {
          Version: "2012-10-17",
          Statement: [
            {
              // The boot script reads the agents' licenses and users' keys (SecureStrings under
              // the account's aws/ssm key, whose policy lets the account's principals decrypt through SSM).
              Sid: "ReadRecipeParametersAtBoot",
              Effect: "Allow",
              Action: ["ssm:GetParameter"],
              Resource: arns,
            },
          ],
        },
      },
    };
  }
}

function logBuckets(roles: readonly RolePolicy[]): string[] {
  return [
    ...new Set(
      roles.flatMap((r) =>
        r.scope.kind === "bake" ? r.scope.recipes.flatMap((x) => (x.logsBucket ? [x.logsBucket] : [])) : [],
      ),
    ),
  ].sort();
}
