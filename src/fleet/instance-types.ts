import { DescribeImagesCommand, DescribeInstanceTypesCommand } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { errorName } from "../aws/errors.js";
import { TAG } from "../aws/tags.js";
import type { Environment } from "../config/schema.js";
import { UsageError } from "../errors.js";
import { type PinnedImage, pinnedImageOf } from "./image.js";
import { describeLaunchTemplate, describeVersion } from "./launch-template.js";

/** The instance type an environment's new instances get, and where that comes from. */
export interface FleetInstanceType {
  type: string;
  /** "fleet.instanceType", or the launch template whose default version sets it. */
  source: string;
  architectures: string[];
}

/** `fleet.instanceType`, else the instance type of the launch template's default version, with its architectures. */
export async function fleetInstanceType(
  aws: AwsFactory,
  env: Environment,
): Promise<FleetInstanceType | undefined> {
  let type = env.fleet.instanceType;
  let source = "fleet.instanceType";
  if (!type) {
    const template = await describeLaunchTemplate(aws, env.region, { name: env.fleet.launchTemplate });
    type = (await describeVersion(aws, env.region, { id: template.id }, "$Default"))?.LaunchTemplateData
      ?.InstanceType;
    source = `launch template ${template.name}`;
  }
  if (!type) return undefined;
  return { type, source, architectures: await architecturesOf(aws, env.region, type) };
}

/** The processor architectures an instance type runs (DescribeInstanceTypes). */
export async function architecturesOf(aws: AwsFactory, region: string, type: string): Promise<string[]> {
  const answer = await aws
    .ec2(region)
    .send(new DescribeInstanceTypesCommand({ InstanceTypes: [type as never] }))
    .catch((error: unknown) => {
      if (errorName(error) === "InvalidInstanceType")
        throw new UsageError(`instance type ${type} does not exist in ${region}`);
      throw error;
    });
  return (answer.InstanceTypes?.[0]?.ProcessorInfo?.SupportedArchitectures ?? []).map(String);
}

/**
 * The image of the same bake (same recipe hash) built for `architecture`, owned by this
 * account: a two-architecture bake makes one AMI per architecture.
 */
export async function sameBakeFor(
  aws: AwsFactory,
  region: string,
  image: PinnedImage,
  architecture: string,
): Promise<PinnedImage | undefined> {
  const hash = image.tags[TAG.recipeHash];
  if (!hash) return undefined;
  const answer = await aws.ec2(region).send(
    new DescribeImagesCommand({
      Owners: ["self"],
      Filters: [
        { Name: `tag:${TAG.recipeHash}`, Values: [hash] },
        { Name: "architecture", Values: [architecture] },
        { Name: "state", Values: ["available"] },
      ],
    }),
  );
  const newest = [...(answer.Images ?? [])].sort((a, b) =>
    (b.CreationDate ?? "").localeCompare(a.CreationDate ?? ""),
  )[0];
  return newest ? pinnedImageOf(newest) : undefined;
}
