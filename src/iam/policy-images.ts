import { TAG, TAG_PREFIX } from "../aws/tags.js";
import { neededDependents } from "./dependent-actions.js";
import type { PolicyStatement } from "./document.js";
import { allow, allowByType, arns, perRegion, sorted } from "./policy-parts.js";
import { probeStatements } from "./policy-probes.js";
import type { RoleScope } from "./scope.js";

/** The provenance bake writes on each AMI and its snapshots once the build is confirmed. */
const PROVENANCE_KEYS = [
  TAG.recipe,
  TAG.recipeHash,
  TAG.baseAmi,
  TAG.gitSha,
  TAG.runUrl,
  TAG.builtAt,
  TAG.arch,
];

/**
 * Image Builder adds this tag to every AMI it distributes, and no toolkit role may write any
 * key outside `amipipe:*`: an image carrying it and an amipipe:recipe tag is one a bake made.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/tag-resources.html
 */
export const IMAGE_BUILDER_TAG = { key: "CreatedBy", value: "EC2 Image Builder" } as const;

/** The Image Builder operations bake calls on the recipes' resources. */
const BUILD_OPERATIONS = [
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
];

/** The bake role: Image Builder resources named after the recipes, and the provenance of what they build. */
export function bakeStatements(scope: RoleScope): PolicyStatement[] {
  const a = arns(scope);
  const named = (kind: string) =>
    scope.recipes.flatMap((recipe) =>
      recipe.regions.map((region) => a.imagebuilder(region, `${kind}/amipipe-${recipe.name}-*`)),
    );
  const resources = [
    ...named("component"),
    ...named("image-recipe"),
    ...named("infrastructure-configuration"),
    ...named("distribution-configuration"),
    ...named("image"),
  ];
  const recipes = sorted(scope.recipes.map((r) => r.name));
  const statements: PolicyStatement[] = [
    ...allowByType(
      "BuildImagesFromRecipes",
      [
        ...BUILD_OPERATIONS,
        // Image Builder's own dependent actions: a recipe reads its components, a build its recipe
        // and configurations (TagResource has a statement of its own).
        ...neededDependents(BUILD_OPERATIONS).filter(
          (a) => a.startsWith("imagebuilder:") && a !== "imagebuilder:TagResource",
        ),
      ],
      resources,
    ),
    // Image Builder's Create* calls send tags, which are authorized as TagResource.
    allow("TagImageBuilderResources", ["imagebuilder:TagResource"], resources, {
      "ForAllValues:StringLike": { "aws:TagKeys": [`${TAG_PREFIX}*`] },
    }),
    {
      // Image Builder creates AWSServiceRoleForImageBuilder with the caller's permissions on the
      // account's first CreateImage.
      ...allow(
        "CreateImageBuilderServiceLinkedRole",
        ["iam:CreateServiceLinkedRole"],
        [a.iam("role/aws-service-role/imagebuilder.amazonaws.com/AWSServiceRoleForImageBuilder")],
        { StringEquals: { "iam:AWSServiceName": "imagebuilder.amazonaws.com" } },
      ),
    },
    allow(
      "PassImageBuilderInstanceRole",
      ["iam:PassRole"],
      sorted(scope.recipes.map((r) => a.iam(`role/${r.instanceProfile}`))),
      { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } },
    ),
    // Only AMIs Image Builder distributed for a recipe, and only provenance keys.
    allow(
      "TagBakedImages",
      ["ec2:CreateTags"],
      perRegion(scope, (r) => [a.ec2(r, "image/*", "")]),
      {
        StringEquals: {
          "ec2:Owner": scope.account,
          [`aws:ResourceTag/${IMAGE_BUILDER_TAG.key}`]: IMAGE_BUILDER_TAG.value,
          [`aws:ResourceTag/${TAG.recipe}`]: recipes,
        },
        "ForAllValues:StringEquals": { "aws:TagKeys": PROVENANCE_KEYS },
      },
    ),
    // Image Builder does not tag snapshots: any of the account's, but only provenance keys.
    allow(
      "TagSnapshotsOfBakedImages",
      ["ec2:CreateTags"],
      perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")]),
      {
        StringEquals: { "ec2:Owner": scope.account },
        "ForAllValues:StringEquals": { "aws:TagKeys": PROVENANCE_KEYS },
      },
    ),
    // rebake: the security advisories the serving fleets lack (the advisories probe only).
    ...probeStatements(scope, {
      sid: "ProbeAdvisories",
      documents: ["advisories"],
      environments: scope.environments.map((e) => e.name),
    }),
  ];
  const parameters = scope.recipes.flatMap((recipe) =>
    recipe.regions.flatMap((region) =>
      recipe.baseParameters.map((name) =>
        // Amazon's public parameters carry no account in their ARN; no account can create one
        // under /aws/ (a reserved path), so any account there names only Amazon's.
        a.ssm(region, `parameter${name}`, name.startsWith("/aws/") ? "*" : scope.account),
      ),
    ),
  );
  if (parameters.length > 0) statements.push(allow("ResolveBaseImages", ["ssm:GetParameter"], parameters));
  return statements;
}

/**
 * The gc role: deregister only images Image Builder made for a recipe (a tag no toolkit role
 * can write), delete only snapshots bake marked, and keep the `amipipe:pinned` marks in sync.
 */
export function gcStatements(scope: RoleScope): PolicyStatement[] {
  const a = arns(scope);
  const images = perRegion(scope, (r) => [a.ec2(r, "image/*", "")]);
  const pinned = { "ForAllValues:StringEquals": { "aws:TagKeys": [TAG.pinned] } };
  return [
    allow("DeregisterImagesImageBuilderMade", ["ec2:DeregisterImage"], images, {
      StringEquals: {
        "ec2:Owner": scope.account,
        [`aws:ResourceTag/${IMAGE_BUILDER_TAG.key}`]: IMAGE_BUILDER_TAG.value,
      },
      Null: { [`aws:ResourceTag/${TAG.recipe}`]: "false" },
    }),
    allow(
      "DeleteSnapshotsOfBakedImages",
      ["ec2:DeleteSnapshot"],
      perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")]),
      {
        StringEquals: { "ec2:Owner": scope.account },
        Null: { [`aws:ResourceTag/${TAG.recipe}`]: "false" },
      },
    ),
    // Old instances a rollout stopped and kept for a fast rollback, once their retention is over.
    allow(
      "TerminateRetainedInstances",
      ["ec2:TerminateInstances"],
      perRegion(scope, (r) => [a.ec2(r, "instance/*")]),
      {
        StringEquals: {
          [`aws:ResourceTag/${TAG.environment}`]: sorted(scope.environments.map((e) => e.name)),
        },
        Null: { [`aws:ResourceTag/${TAG.retainUntil}`]: "false" },
      },
    ),
    allow("MarkPinnedImages", ["ec2:CreateTags"], images, {
      StringEquals: { "ec2:Owner": scope.account },
      ...pinned,
    }),
    // DeleteTags knows no ec2:Owner key; removing a mark is harmless on any image.
    allow("UnmarkUnpinnedImages", ["ec2:DeleteTags"], images, pinned),
    // Before deregistering, gc marks an image's snapshots with the image they belonged to, so a
    // snapshot AWS still reported in use is found and deleted on a later run.
    allow(
      "MarkSnapshotsOfDeregisteredImages",
      ["ec2:CreateTags"],
      perRegion(scope, (r) => [a.ec2(r, "snapshot/*", "")]),
      {
        StringEquals: { "ec2:Owner": scope.account },
        Null: { [`aws:ResourceTag/${TAG.recipe}`]: "false" },
        "ForAllValues:StringEquals": { "aws:TagKeys": [TAG.snapshotOf] },
      },
    ),
  ];
}
