import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-7CSPTXUE.js";
import {
  require_dist_cjs4 as require_dist_cjs
} from "./chunk-VEUODDAR.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/bake/package-manifest.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var import_client_imagebuilder = __toESM(require_dist_cjs2(), 1);
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
var PACKAGE_MANIFEST_DIR = ".amipipe/manifests";
function packageManifestFile(root, ami) {
  return path.join(root, PACKAGE_MANIFEST_DIR, `${ami}.json`);
}
async function writePackageManifest(root, record) {
  const dir = path.join(root, PACKAGE_MANIFEST_DIR);
  await mkdir(dir, { recursive: true });
  const text = `${JSON.stringify(record, null, 2)}
`;
  const files = [];
  for (const { ami } of record.amis) {
    const file = packageManifestFile(root, ami);
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
    files.push(file);
  }
  return files;
}
async function readPackageManifest(root, ami) {
  try {
    return JSON.parse(await readFile(packageManifestFile(root, ami), "utf8"));
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function listImagePackages(aws, region, imageBuildVersionArn) {
  const packages = [];
  for await (const page of (0, import_client_imagebuilder.paginateListImagePackages)(
    { client: aws.imagebuilder(region) },
    { imageBuildVersionArn }
  )) {
    for (const p of page.imagePackageList ?? []) {
      if (p.packageName) packages.push({ name: p.packageName, version: p.packageVersion ?? "" });
    }
  }
  return packages;
}
async function packagesOfAmi(o) {
  const stored = await readPackageManifest(o.root, o.ami);
  if (stored) return stored.packages;
  const { Images } = await o.aws.ec2(o.region).send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [o.ami] }));
  const arn = Images?.[0]?.Tags?.find((t) => t.Key === "Ec2ImageBuilderArn")?.Value;
  if (!arn) return void 0;
  const buildRegion = arn.split(":")[3] ?? o.region;
  return listImagePackages(o.aws, buildRegion, arn);
}

export {
  PACKAGE_MANIFEST_DIR,
  writePackageManifest,
  readPackageManifest,
  listImagePackages,
  packagesOfAmi
};
