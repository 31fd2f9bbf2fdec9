import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import { paginateListImagePackages } from "@aws-sdk/client-imagebuilder";
import type { AwsFactory } from "../aws/clients.js";
import type { PackageEntry } from "../probes/package-diff.js";

/**
 * The package list of each baked image, kept for later diffs (security rebake, promotion
 * evidence). Stored as one JSON file per AMI under `.amipipe/manifests/` in the config root:
 * plain files diff in a pull request, travel as a workflow artifact, and need no extra AWS
 * resource. Image Builder keeps the same list (ListImagePackages), reachable from the AMI's
 * `Ec2ImageBuilderArn` tag, so a reader without the file asks Image Builder instead.
 */
export const PACKAGE_MANIFEST_DIR = ".amipipe/manifests";

export interface PackageManifestRecord {
  schema: "amipipe.packages/v1";
  recipe: string;
  recipeHash: string;
  arch: string;
  baseAmi: string;
  imageBuildVersionArn: string;
  /** Every AMI of this build, per region. */
  amis: Array<{ region: string; ami: string }>;
  /** ISO time the build finished. */
  builtAt: string;
  packages: PackageEntry[];
}

export function packageManifestFile(root: string, ami: string): string {
  return path.join(root, PACKAGE_MANIFEST_DIR, `${ami}.json`);
}

/** Writes the record once per AMI (atomically); returns the files written. */
export async function writePackageManifest(root: string, record: PackageManifestRecord): Promise<string[]> {
  const dir = path.join(root, PACKAGE_MANIFEST_DIR);
  await mkdir(dir, { recursive: true });
  const text = `${JSON.stringify(record, null, 2)}\n`;
  const files: string[] = [];
  for (const { ami } of record.amis) {
    const file = packageManifestFile(root, ami);
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
    files.push(file);
  }
  return files;
}

export async function readPackageManifest(
  root: string,
  ami: string,
): Promise<PackageManifestRecord | undefined> {
  try {
    return JSON.parse(await readFile(packageManifestFile(root, ami), "utf8")) as PackageManifestRecord;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Image Builder's package list of a build, all pages. */
export async function listImagePackages(
  aws: AwsFactory,
  region: string,
  imageBuildVersionArn: string,
): Promise<PackageEntry[]> {
  const packages: PackageEntry[] = [];
  for await (const page of paginateListImagePackages(
    { client: aws.imagebuilder(region) },
    { imageBuildVersionArn },
  )) {
    for (const p of page.imagePackageList ?? []) {
      if (p.packageName) packages.push({ name: p.packageName, version: p.packageVersion ?? "" });
    }
  }
  return packages;
}

/**
 * The package list of `ami`: from the stored file, else from Image Builder through the AMI's
 * Ec2ImageBuilderArn tag. Undefined for AMIs Image Builder did not build (e.g. legacy ones).
 */
export async function packagesOfAmi(o: {
  root: string;
  aws: AwsFactory;
  region: string;
  ami: string;
}): Promise<PackageEntry[] | undefined> {
  const stored = await readPackageManifest(o.root, o.ami);
  if (stored) return stored.packages;
  const { Images } = await o.aws.ec2(o.region).send(new DescribeImagesCommand({ ImageIds: [o.ami] }));
  const arn = Images?.[0]?.Tags?.find((t) => t.Key === "Ec2ImageBuilderArn")?.Value;
  if (!arn) return undefined;
  const buildRegion = arn.split(":")[3] ?? o.region;
  return listImagePackages(o.aws, buildRegion, arn);
}
