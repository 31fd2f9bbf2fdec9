import { CreateTagsCommand, DeleteTagsCommand } from "@aws-sdk/client-ec2";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { describeInstancesById } from "../aws/fleet.js";
import { forcedInTag, servedInTag, TAG } from "../aws/tags.js";
import type { Environment } from "../config/schema.js";
import { describeImage } from "../fleet/image.js";
import { observeTargetGroups } from "../fleet/target-group.js";
import { servedValue, type TrustedOwners } from "../gitops/policy.js";
import type { Ports } from "../ports/context.js";

/**
 * Promotion evidence in AWS: who owns what may be pinned, and which images served an
 * environment. Only the toolkit's roles write these tags (see the IAM policy).
 */

/** This account and the environment's `promotion.imageOwners`. */
export async function trustedOwners(ports: Pick<Ports, "aws">, env: Environment): Promise<TrustedOwners> {
  const identity = await ports.aws.sts(env.region).send(new GetCallerIdentityCommand({}));
  return { account: identity.Account ?? "", others: env.promotion.imageOwners };
}

/** Records on `ami` that it served `env` in full (a rollback to it is then a return to known-good). */
export async function markServed(
  ports: Pick<Ports, "aws" | "clock">,
  env: Environment,
  ami: string,
  config?: string,
): Promise<void> {
  const ec2 = ports.aws.ec2(env.region);
  await ec2.send(
    new CreateTagsCommand({
      Resources: [ami],
      Tags: [
        { Key: servedInTag(env.name), Value: servedValue(new Date(ports.clock.now()).toISOString(), config) },
      ],
    }),
  );
  // A recorded override has done its job once the environment serves the image.
  await ec2.send(new DeleteTagsCommand({ Resources: [ami], Tags: [{ Key: forcedInTag(env.name) }] }));
}

/** The image a rollback leaves is no longer known-good in `env`: a later pin of it gets the full procedure. */
export async function unmarkServed(ports: Pick<Ports, "aws">, env: Environment, ami: string): Promise<void> {
  await ports.aws
    .ec2(env.region)
    .send(new DeleteTagsCommand({ Resources: [ami], Tags: [{ Key: servedInTag(env.name) }] }));
}

/** Records a person's override of the policy for `ami` in `env` (the forced-in tag), so a later reconcile honours it. */
export async function recordForce(
  ports: Pick<Ports, "aws" | "clock" | "run">,
  env: Environment,
  ami: string,
  reason: string,
): Promise<void> {
  const value = `${new Date(ports.clock.now()).toISOString()} ${ports.run.actor ?? "amipipe"}: ${reason}`;
  await ports.aws.ec2(env.region).send(
    new CreateTagsCommand({
      Resources: [ami],
      // EC2 tag values hold at most 256 characters.
      Tags: [{ Key: forcedInTag(env.name), Value: value.slice(0, 256) }],
    }),
  );
}

/**
 * The image a hand-built fleet serving the environment in full runs, marked served-in: it
 * becomes a known-good return before the first rollout replaces it.
 * Images of other accounts cannot be tagged and are left alone.
 */
export async function recordServing(
  ports: Pick<Ports, "aws" | "clock">,
  env: Environment,
  owners: TrustedOwners,
): Promise<string[]> {
  const group = (await observeTargetGroups(ports.aws, env.region, [env.fleet.targetGroup])).get(
    env.fleet.targetGroup,
  );
  if (!group) return [];
  const healthy = group.targets.filter((t) => t.state === "healthy").map((t) => t.instanceId);
  if (healthy.length < env.fleet.count) return [];
  const instances = await describeInstancesById(ports.aws, env.region, healthy);
  // Only a fleet the toolkit never managed (no amipipe tags: built by hand): a managed one got
  // its record when it converged, and a rollback away from it removed that record on purpose.
  if ([...instances.values()].some((i) => i.Tags?.some((t) => t.Key === TAG.environment))) return [];
  const amis = [...new Set([...instances.values()].map((i) => i.ImageId ?? "").filter(Boolean))];
  // A single AMI serving the environment at its full count: that fleet is what the environment ran.
  if (amis.length !== 1) return [];
  const image = await describeImage(ports.aws, env.region, amis[0]!);
  if (image.tags[servedInTag(env.name)] || image.ownerId !== owners.account) return amis;
  await markServed(ports, env, image.id);
  return amis;
}
