import {
  DescribeImagesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeSubnetsCommand,
} from "@aws-sdk/client-ec2";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import type { AwsFactory } from "../aws/clients.js";
import { describeInstancesById } from "../aws/fleet.js";
import { TAG } from "../aws/tags.js";
import type { Project } from "../config/load.js";
import type { Environment } from "../config/schema.js";
import { observeTargetGroups } from "../fleet/target-group.js";

/** What the account holds for one environment, as the policies need it. */
export interface EnvironmentFacts {
  /** lt-… of the launch template, when it exists. */
  launchTemplateId?: string;
  /** Instance profiles (names) and key pairs its default and latest versions name. */
  instanceProfiles: string[];
  keyPairs: string[];
  targetGroupFound: boolean;
  /** VPCs of the environment's subnets; subnets the region does not have. */
  vpcs: string[];
  missingSubnets: string[];
  /** Instances serving the target group without the environment's tag (hand-built servers). */
  adoptable: string[];
  /** Images the pin or its history names that are not tagged as images of the environment's recipe. */
  adoptedImages: string[];
}

export interface AccountFacts {
  partition: string;
  account: string;
  environments: Map<string, EnvironmentFacts>;
}

/**
 * Looks up, for the environments (all, or `env` alone), what their policies are scoped to:
 * the account, the launch templates (id, instance profiles, key pairs), the subnets' VPCs,
 * the servers their target groups serve that no rollout has adopted yet, and the images their
 * pins name that no bake made.
 */
export async function lookUpAccountFacts(
  aws: AwsFactory,
  project: Project,
  options: { env?: string } = {},
): Promise<AccountFacts> {
  const envs = [...project.environments.values()]
    .map((e) => e.env)
    .filter((e) => !options.env || e.name === options.env)
    .sort((a, b) => a.name.localeCompare(b.name));
  const firstRegion = envs[0]?.region ?? "us-east-1";
  const identity = await aws.sts(firstRegion).send(new GetCallerIdentityCommand({}));
  const environments = new Map<string, EnvironmentFacts>();
  for (const env of envs) environments.set(env.name, await environmentFacts(aws, env));
  return {
    partition: identity.Arn?.split(":")[1] ?? "aws",
    account: identity.Account ?? "*",
    environments,
  };
}

async function environmentFacts(aws: AwsFactory, env: Environment): Promise<EnvironmentFacts> {
  const ec2 = aws.ec2(env.region);
  const facts: EnvironmentFacts = {
    instanceProfiles: [],
    keyPairs: [],
    targetGroupFound: false,
    vpcs: [],
    missingSubnets: [],
    adoptable: [],
    adoptedImages: [],
  };
  // A name filter (unlike LaunchTemplateNames) answers an empty list for an unknown name instead of failing.
  const templates = await ec2.send(
    new DescribeLaunchTemplatesCommand({
      Filters: [{ Name: "launch-template-name", Values: [env.fleet.launchTemplate] }],
    }),
  );
  const template = templates.LaunchTemplates?.find((t) => t.LaunchTemplateName === env.fleet.launchTemplate);
  if (template?.LaunchTemplateId) {
    facts.launchTemplateId = template.LaunchTemplateId;
    const versions = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({
        LaunchTemplateId: template.LaunchTemplateId,
        Versions: ["$Default", "$Latest"],
      }),
    );
    const profiles = new Set<string>();
    const keys = new Set<string>();
    for (const v of versions.LaunchTemplateVersions ?? []) {
      const profile = v.LaunchTemplateData?.IamInstanceProfile;
      const name = profile?.Name ?? profile?.Arn?.split("/").pop();
      if (name) profiles.add(name);
      if (v.LaunchTemplateData?.KeyName) keys.add(v.LaunchTemplateData.KeyName);
    }
    facts.instanceProfiles = [...profiles].sort();
    facts.keyPairs = [...keys].sort();
  }
  const subnets = await describeSubnets(aws, env);
  facts.vpcs = subnets.vpcs;
  facts.missingSubnets = subnets.missing;
  facts.adoptable = await adoptableInstances(aws, env, facts);
  facts.adoptedImages = await imagesNotOfRecipe(aws, env);
  return facts;
}

async function describeSubnets(
  aws: AwsFactory,
  env: Environment,
): Promise<{ vpcs: string[]; missing: string[] }> {
  // A filter answers only the subnets that exist, where SubnetIds fails on the first unknown one.
  const found = await aws
    .ec2(env.region)
    .send(new DescribeSubnetsCommand({ Filters: [{ Name: "subnet-id", Values: env.fleet.subnets }] }));
  const known = new Set((found.Subnets ?? []).map((s) => s.SubnetId));
  return {
    vpcs: [...new Set((found.Subnets ?? []).flatMap((s) => (s.VpcId ? [s.VpcId] : [])))].sort(),
    missing: env.fleet.subnets.filter((s) => !known.has(s)),
  };
}

/** The target group's registered instances that carry no amipipe:environment tag. */
async function adoptableInstances(
  aws: AwsFactory,
  env: Environment,
  facts: EnvironmentFacts,
): Promise<string[]> {
  let groups: Awaited<ReturnType<typeof observeTargetGroups>>;
  try {
    groups = await observeTargetGroups(aws, env.region, [env.fleet.targetGroup]);
  } catch (error) {
    if (error instanceof Error && /TargetGroupNotFound/.test(error.name)) return [];
    throw error;
  }
  const group = groups.get(env.fleet.targetGroup);
  if (!group) return [];
  facts.targetGroupFound = true;
  const ids = group.targets.map((t) => t.instanceId).filter((id) => id.startsWith("i-"));
  if (ids.length === 0) return [];
  const instances = await describeInstancesById(aws, env.region, ids);
  return [...instances.values()]
    .filter((i) => !(i.Tags ?? []).some((t) => t.Key === TAG.environment))
    .flatMap((i) => (i.InstanceId ? [i.InstanceId] : []))
    .sort();
}

/** The pin's and its history's AMIs that exist in the account and are no image of the environment's recipe. */
async function imagesNotOfRecipe(aws: AwsFactory, env: Environment): Promise<string[]> {
  const ids = [...new Set([env.pin.ami, ...env.pin.history.map((h) => h.ami)].filter((a) => a !== null))];
  if (ids.length === 0) return [];
  // Owners self, and one id at a time: an id that no longer exists fails the whole call.
  const out: string[] = [];
  for (const id of ids.sort()) {
    try {
      const found = await aws
        .ec2(env.region)
        .send(new DescribeImagesCommand({ ImageIds: [id], Owners: ["self"] }));
      const image = found.Images?.find((i) => i.ImageId === id);
      if (!image) continue;
      const recipe = (image.Tags ?? []).find((t) => t.Key === TAG.recipe)?.Value;
      if (recipe !== env.recipe) out.push(id);
    } catch (error) {
      if (error instanceof Error && /InvalidAMIID/.test(error.name)) continue;
      throw error;
    }
  }
  return out;
}
