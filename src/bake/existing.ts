import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { PROVENANCE } from "./provenance.js";

/**
 * The AMIs already baked from this recipe content on this base AMI for one architecture,
 * one per region — found by their provenance tags. Undefined unless every region has one:
 * then there is nothing to bake.
 */
export async function findBakedAmis(
  aws: AwsFactory,
  o: { regions: readonly string[]; recipeHash: string; baseAmi: string; arch: string },
): Promise<Array<{ region: string; ami: string }> | undefined> {
  const found: Array<{ region: string; ami: string }> = [];
  for (const region of o.regions) {
    const { Images } = await aws.ec2(region).send(
      new DescribeImagesCommand({
        Owners: ["self"],
        Filters: [
          { Name: `tag:${PROVENANCE.recipeHash}`, Values: [o.recipeHash] },
          { Name: `tag:${PROVENANCE.baseAmi}`, Values: [o.baseAmi] },
          { Name: `tag:${PROVENANCE.arch}`, Values: [o.arch] },
          { Name: "state", Values: ["available"] },
        ],
      }),
    );
    const newest = [...(Images ?? [])].sort((a, b) =>
      (b.CreationDate ?? "").localeCompare(a.CreationDate ?? ""),
    )[0];
    if (!newest?.ImageId) return undefined;
    found.push({ region, ami: newest.ImageId });
  }
  return found;
}
