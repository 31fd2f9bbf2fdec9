import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { packagesOfAmi } from "../bake/package-manifest.js";
import type { EvidenceSources } from "./evidence.js";

/**
 * Evidence read from AWS: provenance from the AMI's tags, packages from the manifest bake
 * stored (or Image Builder's ListImagePackages). Missing facts leave gaps in the evidence
 * instead of failing the promotion that already happened.
 */
export function awsEvidenceSources(aws: AwsFactory, o: { root: string; region: string }): EvidenceSources {
  return {
    imageTags: async (ami) => {
      try {
        const out = await aws.ec2(o.region).send(new DescribeImagesCommand({ ImageIds: [ami] }));
        const tags = out.Images?.[0]?.Tags ?? [];
        return Object.fromEntries(
          tags.filter((t) => t.Key !== undefined).map((t) => [t.Key as string, t.Value ?? ""]),
        );
      } catch {
        return {};
      }
    },
    imagePackages: async (ami) => {
      try {
        return await packagesOfAmi({ root: o.root, aws, region: o.region, ami });
      } catch {
        return undefined;
      }
    },
  };
}
