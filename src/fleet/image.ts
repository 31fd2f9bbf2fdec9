import { CreateTagsCommand, DescribeImagesCommand, type Image } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { errorName } from "../aws/errors.js";
import { fromTagList, verifiedInTag } from "../aws/tags.js";
import { AmipipeError } from "../errors.js";

/** The one place the rollout reads an AMI and records what it proved about it. */

export interface PinnedImage {
  id: string;
  state: string;
  rootDeviceName: string;
  /** The root snapshot's size: a launch template's root volume is never smaller. */
  rootVolumeSizeGiB: number;
  architecture?: string;
  /** The account that owns the image. */
  ownerId?: string;
  /** ISO time EC2 deprecates the image at (DeprecateImage), when set. */
  deprecationTime?: string;
  tags: Record<string, string>;
}

/** The AMI a pin names, as EC2 describes it now (exists, available, its tags). */
export async function describeImage(aws: AwsFactory, region: string, ami: string): Promise<PinnedImage> {
  const result = await aws
    .ec2(region)
    .send(new DescribeImagesCommand({ ImageIds: [ami] }))
    .catch((error: unknown) => {
      if (errorName(error).startsWith("InvalidAMIID")) throw missing(ami, region);
      throw error;
    });
  const image = result.Images?.[0];
  if (!image?.ImageId) throw missing(ami, region);
  return pinnedImageOf(image);
}

/** An AMI that does not exist is bad input (a typo, another region, deregistered): exit 2, nothing changed. */
function missing(ami: string, region: string): AmipipeError {
  return new AmipipeError(`AMI ${ami} does not exist in ${region}`, "not-found", 2, { ami, region });
}

export function pinnedImageOf(image: Image): PinnedImage {
  const rootDeviceName = image.RootDeviceName ?? "/dev/xvda";
  const out: PinnedImage = {
    id: image.ImageId ?? "",
    state: image.State ?? "unknown",
    rootDeviceName,
    rootVolumeSizeGiB:
      image.BlockDeviceMappings?.find((m) => m.DeviceName === rootDeviceName)?.Ebs?.VolumeSize ?? 8,
    tags: fromTagList(image.Tags),
  };
  if (image.Architecture) out.architecture = image.Architecture;
  if (image.OwnerId) out.ownerId = image.OwnerId;
  if (image.DeprecationTime) out.deprecationTime = image.DeprecationTime;
  return out;
}

/** Records on the AMI that a stage's rollout and verification succeeded (the promotion policy reads it). */
export async function markVerified(
  aws: AwsFactory,
  region: string,
  o: { ami: string; environment: string; at: number },
): Promise<void> {
  await aws.ec2(region).send(
    new CreateTagsCommand({
      Resources: [o.ami],
      Tags: [{ Key: verifiedInTag(o.environment), Value: new Date(o.at).toISOString() }],
    }),
  );
}
