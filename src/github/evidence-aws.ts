import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { messageOf } from "../errors.js";
import type { EvidenceSources } from "./evidence.js";
import { type PackageList, recordedPackages } from "./evidence-packages.js";

/**
 * Evidence read from AWS: provenance from the AMI's tags; packages from the manifest bake
 * stored, Image Builder's ListImagePackages, or (for images neither knows) the list surveyed
 * from a serving instance before the command replaced it. Missing facts leave gaps in the
 * evidence, each with its reason, instead of failing the promotion that already happened.
 */
export function awsEvidenceSources(
  aws: AwsFactory,
  o: { root: string; region: string; surveyed?: ReadonlyMap<string, PackageList | { missing: string }> },
): EvidenceSources {
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
        const recorded = await recordedPackages(aws, { root: o.root, region: o.region, ami });
        if (recorded) return recorded;
      } catch (error) {
        return o.surveyed?.get(ami) ?? { missing: `no package list for ${ami}: ${messageOf(error)}` };
      }
      return (
        o.surveyed?.get(ami) ?? {
          missing: `no package list recorded for ${ami} (not built by Image Builder through amipipe)`,
        }
      );
    },
  };
}
