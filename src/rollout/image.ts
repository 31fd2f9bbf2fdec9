import { CreateTagsCommand, DescribeImagesCommand } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { verifiedInTag } from "../aws/tags.js";
import { OperationFailed } from "../errors.js";

export interface PinnedImage {
  id: string;
  state: string;
  rootDeviceName: string;
  tags: Record<string, string>;
}

/** The AMI a pin names, as EC2 describes it now (exists, available, its tags). */
export async function describeImage(aws: AwsFactory, region: string, ami: string): Promise<PinnedImage> {
  const result = await aws
    .ec2(region)
    .send(new DescribeImagesCommand({ ImageIds: [ami] }))
    .catch((error: unknown) => {
      const name = typeof error === "object" && error && "name" in error ? String(error.name) : "";
      if (name.startsWith("InvalidAMIID"))
        throw new OperationFailed(`AMI ${ami} does not exist in ${region}`, "not-found");
      throw error;
    });
  const image = result.Images?.[0];
  if (!image?.ImageId) throw new OperationFailed(`AMI ${ami} does not exist in ${region}`, "not-found");
  return {
    id: image.ImageId,
    state: image.State ?? "unknown",
    rootDeviceName: image.RootDeviceName ?? "/dev/xvda",
    tags: Object.fromEntries((image.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])),
  };
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
