import { DescribeLaunchTemplatesCommand, DescribeLaunchTemplateVersionsCommand } from "@aws-sdk/client-ec2";
import { DescribeTargetGroupsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import type { AwsFactory } from "../aws/clients.js";
import type { Project } from "../config/load.js";
import type { AccountFacts } from "./scope-from-project.js";

/**
 * Looks up the account id, the environments' launch templates (ids and instance profiles) and
 * which of their target groups exist.
 */
export async function lookUpAccountFacts(
  aws: AwsFactory,
  project: Project,
  options: { env?: string } = {},
): Promise<AccountFacts> {
  const envs = [...project.environments.values()]
    .map((e) => e.env)
    .filter((e) => !options.env || e.name === options.env);
  const regions = [...new Set(envs.map((e) => e.region))].sort();
  const firstRegion = regions[0] ?? "us-east-1";
  const identity = await aws.sts(firstRegion).send(new GetCallerIdentityCommand({}));
  const partition = identity.Arn?.split(":")[1] ?? "aws";
  const launchTemplateIds = new Map<string, string>();
  const profiles = new Set<string>();
  const targetGroups = new Set<string>();
  for (const region of regions) {
    const groupNames = [...new Set(envs.filter((e) => e.region === region).map((e) => e.fleet.targetGroup))];
    for (const name of groupNames.sort()) {
      // One name per call: DescribeTargetGroups fails as a whole when any name is unknown.
      try {
        const found = await aws.elbv2(region).send(new DescribeTargetGroupsCommand({ Names: [name] }));
        if ((found.TargetGroups ?? []).some((g) => g.TargetGroupName === name))
          targetGroups.add(`${region}/${name}`);
      } catch (error) {
        if (!(error instanceof Error && /TargetGroupNotFound/.test(error.name))) throw error;
      }
    }
    const names = [...new Set(envs.filter((e) => e.region === region).map((e) => e.fleet.launchTemplate))];
    // A name filter (unlike LaunchTemplateNames) answers an empty list for unknown names instead of failing.
    const found = await aws
      .ec2(region)
      .send(
        new DescribeLaunchTemplatesCommand({ Filters: [{ Name: "launch-template-name", Values: names }] }),
      );
    for (const lt of found.LaunchTemplates ?? []) {
      if (!lt.LaunchTemplateId || !lt.LaunchTemplateName) continue;
      launchTemplateIds.set(`${region}/${lt.LaunchTemplateName}`, lt.LaunchTemplateId);
      const versions = await aws.ec2(region).send(
        new DescribeLaunchTemplateVersionsCommand({
          LaunchTemplateId: lt.LaunchTemplateId,
          Versions: ["$Latest"],
        }),
      );
      for (const v of versions.LaunchTemplateVersions ?? []) {
        const profile = v.LaunchTemplateData?.IamInstanceProfile;
        const name = profile?.Name ?? profile?.Arn?.split("/").pop();
        if (name) profiles.add(name);
      }
    }
  }
  return {
    partition,
    account: identity.Account ?? "*",
    launchTemplateIds,
    launchTemplateProfiles: [...profiles].sort(),
    targetGroups,
  };
}
