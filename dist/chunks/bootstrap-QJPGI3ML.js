import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  MAX_SESSION_SECONDS,
  allRoles,
  pascal,
  rolePolicies,
  trustedSubject
} from "./chunk-KBTEVWHN.js";
import "./chunk-4VLGMKWT.js";
import "./chunk-J523DA24.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-BXYUEG23.js";
import "./chunk-DUHWOJWS.js";
import "./chunk-I6SAK64H.js";
import "./chunk-W5NYEKSD.js";
import "./chunk-WOQP25UV.js";
import {
  probeDocuments
} from "./chunk-VZVMQFDZ.js";
import {
  displayPath
} from "./chunk-RQQVW77K.js";
import {
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import {
  require_dist
} from "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-4HLE3N6X.js";
import "./chunk-CXZE2OG5.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/commands/bootstrap.ts
var import_yaml = __toESM(require_dist(), 1);
import { writeFile } from "node:fs/promises";
import path from "node:path";

// src/iam/bootstrap.ts
var GITHUB_ISSUER = "token.actions.githubusercontent.com";
var REPOSITORY_PATTERN = "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$";
var ref = (name) => ({ Ref: name });
var sub = (text) => ({ "Fn::Sub": text });
var managed = (name) => sub(`arn:\${AWS::Partition}:iam::aws:policy/${name}`);
var tags = (role) => [{ Key: "amipipe:role", Value: role }];
var ec2Trust = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }]
};
function bootstrapTemplate(o) {
  const resources = {};
  const outputs = {};
  const provider = {
    "Fn::If": ["CreateOidcProvider", ref("GitHubOidcProvider"), ref("ExistingOidcProviderArn")]
  };
  resources.GitHubOidcProvider = {
    Type: "AWS::IAM::OIDCProvider",
    Condition: "CreateOidcProvider",
    Properties: { Url: `https://${GITHUB_ISSUER}`, ClientIdList: ["sts.amazonaws.com"] }
  };
  const firstStages = o.roles.flatMap(
    (r) => r.ref.kind === "environment" && r.firstStage ? [r.ref.environment] : []
  );
  for (const role of o.roles) {
    const id = `${pascal(role.role)}Role`;
    resources[id] = {
      Type: "AWS::IAM::Role",
      Properties: {
        RoleName: role.role,
        Description: `amipipe: ${role.purpose}`.slice(0, 1e3),
        MaxSessionDuration: MAX_SESSION_SECONDS[role.ref.kind],
        AssumeRolePolicyDocument: githubTrust(provider, subjects(role.ref, firstStages)),
        Policies: [{ PolicyName: role.role, PolicyDocument: role.policy }],
        Tags: tags(role.ref.kind)
      }
    };
    outputs[`${pascal(role.role)}RoleArn`] = {
      Description: `the role ${role.purpose}`.slice(0, 1024),
      Value: { "Fn::GetAtt": [id, "Arn"] }
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
        Tags: tags("probe")
      }
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
          RestrictPublicBuckets: true
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }]
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
        Tags: tags("build-logs")
      }
    };
  }
  const parameters = {
    GitHubRepository: {
      Type: "String",
      Description: "owner/name of the repository whose workflows assume the roles",
      AllowedPattern: REPOSITORY_PATTERN,
      ...o.repository ? { Default: o.repository } : {}
    },
    ExistingOidcProviderArn: {
      Type: "String",
      Default: "",
      Description: `ARN of the account's ${GITHUB_ISSUER} OIDC provider if it has one (an account holds one per URL); empty creates it`
    },
    CreateInstanceProfiles: {
      Type: "String",
      Default: "true",
      AllowedValues: ["true", "false"],
      Description: "create the Image Builder and fleet instance profiles and their roles; false when they exist (the fleet's read policy is then attached to the existing roles)"
    }
  };
  const conditions = {
    CreateOidcProvider: { "Fn::Equals": [ref("ExistingOidcProviderArn"), ""] },
    CreateInstanceProfiles: { "Fn::Equals": [ref("CreateInstanceProfiles"), "true"] }
  };
  if (buckets.length > 0) {
    parameters.CreateLogBuckets = {
      Type: "String",
      Default: "false",
      AllowedValues: ["true", "false"],
      Description: `create the build log bucket(s) the recipes name (${buckets.join(", ")})`
    };
    conditions.CreateLogBuckets = { "Fn::Equals": [ref("CreateLogBuckets"), "true"] };
  }
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: "amipipe: GitHub OIDC, one role per environment plus bake, gc and verify roles, instance profiles and the probe SSM documents (made by amipipe bootstrap)",
    Parameters: parameters,
    Conditions: conditions,
    Resources: resources,
    Outputs: outputs
  };
}
function subjects(ref2, firstStages) {
  const repo = "${GitHubRepository}";
  const own = sub(trustedSubject(ref2, repo));
  if (ref2.kind !== "bake") return [own];
  return [
    own,
    ...firstStages.map((environment) => sub(trustedSubject({ kind: "environment", environment }, repo)))
  ];
}
function githubTrust(provider, subs) {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Federated: provider },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: {
          StringEquals: { [`${GITHUB_ISSUER}:aud`]: "sts.amazonaws.com", [`${GITHUB_ISSUER}:sub`]: subs }
        }
      }
    ]
  };
}
function addInstanceProfiles(resources, roles) {
  const builders = /* @__PURE__ */ new Map();
  const fleets = /* @__PURE__ */ new Map();
  for (const { scope } of roles) {
    if (scope.kind === "bake")
      for (const recipe of scope.recipes) {
        const b = builders.get(recipe.instanceProfile) ?? { buckets: [], parameters: [] };
        if (recipe.logsBucket) b.buckets.push(recipe.logsBucket);
        const home = recipe.regions[0];
        if (home)
          b.parameters.push(
            ...recipe.parameters.map(
              (p) => `arn:${scope.partition}:ssm:${home}:${scope.account}:parameter${p}`
            )
          );
        builders.set(recipe.instanceProfile, b);
      }
    if (scope.kind === "environment")
      for (const env of scope.environments)
        for (const profile2 of env.instanceRoles)
          fleets.set(profile2, [
            ...fleets.get(profile2) ?? [],
            ...env.recipeParameters.map(
              (p) => `arn:${scope.partition}:ssm:${env.region}:${scope.account}:parameter${p}`
            )
          ]);
  }
  const profile = (id, name, managedPolicies, policies, role) => {
    resources[`${id}Role`] = {
      Type: "AWS::IAM::Role",
      Condition: "CreateInstanceProfiles",
      Properties: {
        RoleName: name,
        Description: `amipipe: ${role}`,
        AssumeRolePolicyDocument: ec2Trust,
        ManagedPolicyArns: managedPolicies,
        ...policies.length > 0 ? { Policies: policies } : {},
        Tags: tags(role)
      }
    };
    resources[`${id}Profile`] = {
      Type: "AWS::IAM::InstanceProfile",
      Condition: "CreateInstanceProfiles",
      Properties: { InstanceProfileName: name, Roles: [ref(`${id}Role`)] }
    };
  };
  for (const [name, { buckets, parameters }] of [...builders].sort()) {
    const logs = [...new Set(buckets)].sort();
    const reads = [...new Set(parameters)].sort();
    const statements = [
      ...logs.length > 0 ? [
        {
          Sid: "WriteBuildLogs",
          Effect: "Allow",
          Action: ["s3:PutObject"],
          Resource: logs.map((b) => `arn:aws:s3:::${b}/*`)
        }
      ] : [],
      // The test phase boots the image, whose agents read their licenses as the fleet's do.
      ...reads.length > 0 ? [
        {
          Sid: "ReadRecipeParametersAtBoot",
          Effect: "Allow",
          Action: ["ssm:GetParameter"],
          Resource: reads
        }
      ] : []
    ];
    profile(
      `ImageBuilder${pascal(name)}`,
      name,
      // What Image Builder's build and test instances need, and the SSM agent they run components with.
      [managed("EC2InstanceProfileForImageBuilder"), managed("AmazonSSMManagedInstanceCore")],
      statements.length > 0 ? [
        {
          PolicyName: "amipipe-build-instance",
          PolicyDocument: { Version: "2012-10-17", Statement: statements }
        }
      ] : [],
      "image-builder-instance"
    );
  }
  for (const [name, parameters] of [...fleets].sort()) {
    const id = `Fleet${pascal(name)}`;
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
              Resource: arns
            }
          ]
        }
      }
    };
  }
}
function logBuckets(roles) {
  return [
    ...new Set(
      roles.flatMap(
        (r) => r.scope.kind === "bake" ? r.scope.recipes.flatMap((x) => x.logsBucket ? [x.logsBucket] : []) : []
      )
    )
  ].sort();
}

// src/commands/bootstrap.ts
var INLINE_POLICY_LIMIT = 10240;
async function bootstrap(ctx, input) {
  if (input.repo && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(input.repo))
    throw new UsageError(`--repo must be owner/name (got '${input.repo}')`);
  const project = await loadProject(ctx.root);
  const roles = await rolePolicies(
    { aws: ctx.aws, progress: ctx.progress, project, allowWildcards: input.allowWildcards === true },
    allRoles([...project.environments.keys()])
  );
  const sizes = roles.map((r) => ({
    role: r.role,
    statements: r.policy.Statement.length,
    characters: JSON.stringify(r.policy).length
  }));
  for (const s of sizes)
    if (s.characters > INLINE_POLICY_LIMIT)
      ctx.progress.warn(
        "bootstrap",
        `${s.role}'s policy has ${s.characters} characters, more than IAM's ${INLINE_POLICY_LIMIT} for a role's inline policies`
      );
  const template = bootstrapTemplate({ roles, ...input.repo ? { repository: input.repo } : {} });
  const yaml = (0, import_yaml.stringify)(template, { version: "1.1", lineWidth: 0, aliasDuplicateObjects: false });
  const data = { template, roles: sizes };
  if (!input.out) return { ok: true, data, text: yaml };
  const file = path.resolve(ctx.root, input.out);
  await writeFile(file, yaml);
  data.out = file;
  const shown = displayPath(ctx, file);
  return {
    ok: true,
    data,
    text: [
      `wrote ${shown}: ${roles.length} roles (${roles.map((r) => r.role).join(", ")}), ${Object.values(template.Resources).filter((r) => r.Type === "AWS::SSM::Document").length} probe documents`,
      ...sizes.map((s) => `  ${s.role}: ${s.statements} statements, ${s.characters} characters`),
      "Deploy it (the template is larger than CloudFormation takes inline, so through an S3 bucket):",
      `  aws cloudformation deploy --stack-name amipipe --template-file ${shown} --s3-bucket BUCKET \\`,
      `    --capabilities CAPABILITY_NAMED_IAM --parameter-overrides GitHubRepository=${input.repo ?? "OWNER/NAME"}`
    ].join("\n")
  };
}
export {
  INLINE_POLICY_LIMIT,
  bootstrap
};
