import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { describeInstancesById } from "../aws/fleet.js";
import { listImagePackages, PACKAGE_MANIFEST_DIR, readPackageManifest } from "../bake/package-manifest.js";
import { messageOf } from "../errors.js";
import { observeTargetGroups } from "../fleet/target-group.js";
import type { Ports } from "../ports/context.js";
import type { PackageEntry } from "../probes/package-diff.js";
import { runProbe } from "../verify/ssm-probe.js";

/** An image's package list and where it came from, as the evidence states it. */
export interface PackageList {
  packages: PackageEntry[];
  /** "image manifest …", "Image Builder …" or "surveyed instance i-… (serving ENV)". */
  source: string;
}

/** A list, or why there is none. */
export type PackageLookup = PackageList | { missing: string };

export const hasPackages = (lookup: PackageLookup): lookup is PackageList => "packages" in lookup;

/**
 * The package list recorded for an image: the manifest bake stored under the config root, else
 * Image Builder's ListImagePackages through the AMI's Ec2ImageBuilderArn tag. Undefined for
 * images neither knows (an AMI not built by the toolkit, such as a hand-built legacy one).
 */
export async function recordedPackages(
  aws: AwsFactory,
  o: { root: string; region: string; ami: string },
): Promise<PackageList | undefined> {
  const stored = await readPackageManifest(o.root, o.ami);
  if (stored)
    return { packages: stored.packages, source: `image manifest ${PACKAGE_MANIFEST_DIR}/${o.ami}.json` };
  const { Images } = await aws.ec2(o.region).send(new DescribeImagesCommand({ ImageIds: [o.ami] }));
  const arn = Images?.[0]?.Tags?.find((t) => t.Key === "Ec2ImageBuilderArn")?.Value;
  if (!arn) return undefined;
  const packages = await listImagePackages(aws, arn.split(":")[3] ?? o.region, arn);
  return { packages, source: `Image Builder ${arn}` };
}

/** States a target serves traffic in (or is about to). */
const SERVING = new Set(["healthy", "initial"]);

/**
 * The package list of `ami` as a serving instance of the environment reports it: one instance
 * behind the environment's target group that runs `ami`, asked with the `packages` probe over
 * SSM. For images with no recorded list, so a promotion away from them still shows what changes.
 */
export async function surveyServingPackages(
  ctx: Ports,
  o: { region: string; environment: string; targetGroup: string; ami: string },
): Promise<PackageLookup> {
  const groups = await observeTargetGroups(ctx.aws, o.region, [o.targetGroup]);
  const serving = (groups.get(o.targetGroup)?.targets ?? [])
    .filter((t) => SERVING.has(t.state))
    .map((t) => t.instanceId);
  const instances = await describeInstancesById(ctx.aws, o.region, serving);
  const instance = [...instances.values()]
    .filter((i) => i.ImageId === o.ami && i.State?.Name === "running" && i.InstanceId)
    .map((i) => i.InstanceId as string)
    .sort()[0];
  if (!instance)
    return {
      missing: `no package list recorded for ${o.ami}, and no serving instance of ${o.environment} runs it to survey`,
    };
  const phase = `evidence ${o.environment}`;
  ctx.progress.info(
    phase,
    `surveying the packages of ${o.ami} on ${instance} (serving ${o.environment}) over SSM`,
  );
  try {
    const answers = await runProbe(ctx, {
      region: o.region,
      instanceIds: [instance],
      probe: "packages",
      phase,
    });
    const answer = answers.get(instance);
    if (answer?.ok && answer.inventory.packages)
      return {
        packages: answer.inventory.packages.map((p) => ({ name: p.name, version: p.version })),
        source: `surveyed instance ${instance} (serving ${o.environment})`,
      };
    return {
      missing: `the packages survey of ${instance} (serving ${o.environment}) failed: ${answer?.ok === false ? answer.error : "no package list in its answer"}`,
    };
  } catch (error) {
    return {
      missing: `the packages survey of ${instance} (serving ${o.environment}) failed: ${messageOf(error)}`,
    };
  }
}
