import { CreateTagsCommand, DescribeImagesCommand } from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { TAG, toTagList } from "../aws/tags.js";
import type { RunFacts } from "../ports/context.js";

/** Provenance tag keys on every baked AMI and its snapshots (the shared names of src/aws/tags.ts). */
export const PROVENANCE = {
  recipe: TAG.recipe,
  recipeHash: TAG.recipeHash,
  baseAmi: TAG.baseAmi,
  gitSha: TAG.gitSha,
  runUrl: TAG.runUrl,
  builtAt: TAG.builtAt,
  arch: TAG.arch,
} as const;

/**
 * What identifies a baked image: recipe, content hash, base AMI, architecture, and the
 * commit and workflow run that baked it. `builtAt` is added once the build is done.
 */
export function provenanceTags(o: {
  recipe: string;
  recipeHash: string;
  baseAmi: string;
  arch: string;
  env: RunFacts;
  builtAt?: number;
}): Record<string, string> {
  const tags: Record<string, string> = {
    [PROVENANCE.recipe]: o.recipe,
    [PROVENANCE.recipeHash]: o.recipeHash,
    [PROVENANCE.baseAmi]: o.baseAmi,
    [PROVENANCE.arch]: o.arch,
  };
  if (o.env.gitSha) tags[PROVENANCE.gitSha] = o.env.gitSha;
  if (o.env.runUrl) tags[PROVENANCE.runUrl] = o.env.runUrl;
  if (o.builtAt !== undefined) tags[PROVENANCE.builtAt] = new Date(o.builtAt).toISOString();
  return tags;
}

export interface ConfirmedAmi {
  region: string;
  ami: string;
  snapshotIds: string[];
}

/**
 * Re-reads each AMI after the build said AVAILABLE (a waiter's "done" is not proof) and
 * returns it with its snapshots; a missing or unavailable AMI is reported by region.
 */
export async function confirmAmis(
  aws: AwsFactory,
  amis: ReadonlyArray<{ region: string; ami: string }>,
): Promise<{ confirmed: ConfirmedAmi[]; missing: string[] }> {
  const confirmed: ConfirmedAmi[] = [];
  const missing: string[] = [];
  for (const { region, ami } of amis) {
    const { Images } = await aws
      .ec2(region)
      .send(new DescribeImagesCommand({ ImageIds: [ami], Owners: ["self"] }));
    const image = Images?.find((i) => i.ImageId === ami);
    if (image?.State !== "available") {
      missing.push(`${ami} in ${region} (${image ? `state ${image.State}` : "not found"})`);
      continue;
    }
    const snapshotIds = (image.BlockDeviceMappings ?? []).flatMap((b) =>
      b.Ebs?.SnapshotId ? [b.Ebs.SnapshotId] : [],
    );
    confirmed.push({ region, ami, snapshotIds });
  }
  return { confirmed, missing };
}

/** Tags each AMI and its snapshots (one CreateTags per region). */
export async function tagAmisAndSnapshots(
  aws: AwsFactory,
  amis: readonly ConfirmedAmi[],
  tags: Record<string, string>,
): Promise<void> {
  const Tags = toTagList(tags);
  for (const { region, ami, snapshotIds } of amis) {
    await aws.ec2(region).send(new CreateTagsCommand({ Resources: [ami, ...snapshotIds], Tags }));
  }
}
