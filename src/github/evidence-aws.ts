import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import { ListImagePackagesCommand } from "@aws-sdk/client-imagebuilder";
import type { AwsFactory } from "../aws/clients.js";
import type { EvidenceSources, PackageRecord } from "./evidence.js";

/** Image Builder tags every AMI it distributes with the image build version it came from. */
const IMAGE_BUILDER_ARN_TAG = "Ec2ImageBuilderArn";

/**
 * Evidence read from AWS: provenance from the AMI's tags, packages from Image Builder's
 * package list of the build that made it (ListImagePackages). Missing facts leave gaps in the
 * evidence instead of failing the promotion that already happened.
 */
export function awsEvidenceSources(aws: AwsFactory, region: string): EvidenceSources {
  const tagsOf = async (ami: string): Promise<Record<string, string>> => {
    try {
      const out = await aws.ec2(region).send(new DescribeImagesCommand({ ImageIds: [ami] }));
      const tags = out.Images?.[0]?.Tags ?? [];
      return Object.fromEntries(
        tags.filter((t) => t.Key !== undefined).map((t) => [t.Key as string, t.Value ?? ""]),
      );
    } catch {
      return {};
    }
  };
  return {
    imageTags: tagsOf,
    imagePackages: async (ami) => {
      const arn = (await tagsOf(ami))[IMAGE_BUILDER_ARN_TAG];
      if (!arn) return undefined;
      const packages: PackageRecord[] = [];
      let nextToken: string | undefined;
      try {
        do {
          const out = await aws.imagebuilder(region).send(
            new ListImagePackagesCommand({
              imageBuildVersionArn: arn,
              ...(nextToken ? { nextToken } : {}),
            }),
          );
          for (const p of out.imagePackageList ?? []) {
            if (p.packageName) packages.push({ name: p.packageName, version: p.packageVersion ?? "" });
          }
          nextToken = out.nextToken;
        } while (nextToken);
      } catch {
        return undefined;
      }
      return packages;
    },
  };
}
