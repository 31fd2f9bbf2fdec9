/**
 * For every dependent action the Service Authorization Reference lists for an operation the
 * toolkit calls (src/iam/authorization-data.ts), whether the toolkit's requests need it, and why.
 * A needed one is granted by every role that grants the operation (test/iam/authorization.test.ts
 * holds both to the reference: no dependent left undecided, none needed left ungranted).
 */
export type DependentUse = { needed: true; because: string } | { needed: false; because: string };

const needed = (because: string): DependentUse => ({ needed: true, because });
const unused = (because: string): DependentUse => ({ needed: false, because });

const NO_SSM_IMAGE_ID = unused("launch templates name AMI ids, never resolve:ssm: parameters");
const NO_KMS = unused("no customer managed KMS key is configured");
const NO_S3 = unused("component documents are sent inline, not read from S3");
const NO_LAUNCH_TEMPLATE_DISTRIBUTION = unused(
  "distributions carry no launchTemplateConfigurations (the rollout writes launch template versions itself)",
);
const NO_SSM_OUTPUT = unused("distributions write no ssmParameterConfigurations");
const NO_EXPORT = unused("distributions export nothing to S3");
const TAGS_SENT = needed("the request sends tags, which Image Builder authorizes as TagResource");
const INSTANCE_PROFILE = needed(
  "the build instances run with the recipe's instance profile (its role is passed to EC2)",
);
const NO_PLACEMENT = unused("infrastructure configurations set no placement (hosts, zones)");
const NO_SNS = unused("infrastructure configurations name no SNS topic");
const NO_RESOURCE_GROUP = unused("infrastructure configurations name no resource group");

export const DEPENDENT_ACTIONS: Record<string, Record<string, DependentUse>> = {
  "autoscaling:UpdateAutoScalingGroup": {
    "iam:PassRole": needed("the group's launch template names an instance profile"),
  },
  "ec2:CreateLaunchTemplateVersion": { "ssm:GetParameters": NO_SSM_IMAGE_ID },
  "ec2:DescribeLaunchTemplateVersions": {
    "ssm:GetParameters": unused("versions are read without ResolveAlias"),
  },
  "ec2:RunInstances": {
    "ec2:CreateTags": needed("launches set tags (TagSpecifications) on the instance and its volumes"),
    "iam:PassRole": needed("the launch template names an instance profile"),
    "ssm:GetParameters": NO_SSM_IMAGE_ID,
  },
  "imagebuilder:CreateComponent": {
    "imagebuilder:TagResource": TAGS_SENT,
    "kms:Encrypt": NO_KMS,
    "kms:GenerateDataKey": NO_KMS,
    "kms:GenerateDataKeyWithoutPlaintext": NO_KMS,
    "s3:GetObject": NO_S3,
    "s3:ListBucket": NO_S3,
  },
  "imagebuilder:CreateDistributionConfiguration": {
    "ec2:CreateLaunchTemplateVersion": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "ec2:DescribeLaunchTemplates": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "ec2:ModifyLaunchTemplate": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "imagebuilder:TagResource": TAGS_SENT,
    "s3:ListBucket": NO_EXPORT,
    "ssm:GetParameter": NO_SSM_OUTPUT,
  },
  "imagebuilder:UpdateDistributionConfiguration": {
    "ec2:CreateLaunchTemplateVersion": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "ec2:DescribeLaunchTemplates": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "ec2:ModifyLaunchTemplate": NO_LAUNCH_TEMPLATE_DISTRIBUTION,
    "s3:ListBucket": NO_EXPORT,
    "ssm:GetParameter": NO_SSM_OUTPUT,
  },
  "imagebuilder:CreateImage": {
    "ecr:BatchGetRepositoryScanningConfiguration": unused("images are AMIs, not containers"),
    "ecr:DescribeRepositories": unused("images are AMIs, not containers"),
    "iam:CreateServiceLinkedRole": needed("the account's first build creates AWSServiceRoleForImageBuilder"),
    "iam:PassRole": INSTANCE_PROFILE,
    "imagebuilder:GetContainerRecipe": unused("images are built from image recipes"),
    "imagebuilder:GetDistributionConfiguration": needed("the build reads its distribution configuration"),
    "imagebuilder:GetImageRecipe": needed("the build reads its image recipe"),
    "imagebuilder:GetInfrastructureConfiguration": needed("the build reads its infrastructure configuration"),
    "imagebuilder:GetWorkflow": unused("builds run Image Builder's default workflows"),
    "imagebuilder:TagResource": TAGS_SENT,
    "inspector2:BatchGetAccountStatus": unused("no image scanning configuration is sent"),
  },
  "imagebuilder:CreateImageRecipe": {
    "ec2:DescribeImages": needed("the parent image is an AMI, which Image Builder looks up"),
    "imagebuilder:GetComponent": needed("the recipe names the recipe's components"),
    "imagebuilder:GetImage": unused("the parent image is an AMI, not an Image Builder image"),
    "imagebuilder:TagResource": TAGS_SENT,
    "ssm:GetParameter": unused("the parent image is resolved to an AMI id before the call"),
  },
  "imagebuilder:CreateInfrastructureConfiguration": {
    "ec2:DescribeAvailabilityZones": NO_PLACEMENT,
    "ec2:DescribeHosts": NO_PLACEMENT,
    "iam:PassRole": INSTANCE_PROFILE,
    "imagebuilder:TagResource": TAGS_SENT,
    "resource-groups:GetGroup": NO_RESOURCE_GROUP,
    "sns:Publish": NO_SNS,
  },
  "imagebuilder:UpdateInfrastructureConfiguration": {
    "ec2:DescribeAvailabilityZones": NO_PLACEMENT,
    "ec2:DescribeHosts": NO_PLACEMENT,
    "iam:PassRole": INSTANCE_PROFILE,
    "resource-groups:GetGroup": NO_RESOURCE_GROUP,
    "sns:Publish": NO_SNS,
  },
};

/** The dependent actions the toolkit's requests for `operations` need (sorted, without duplicates). */
export function neededDependents(operations: readonly string[]): string[] {
  return [
    ...new Set(
      operations.flatMap((op) =>
        Object.entries(DEPENDENT_ACTIONS[op] ?? {}).flatMap(([action, use]) => (use.needed ? [action] : [])),
      ),
    ),
  ].sort();
}
