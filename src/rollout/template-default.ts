import {
  type LaunchTemplateVersion,
  ModifyLaunchTemplateCommand,
  paginateDescribeLaunchTemplateVersions,
} from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import {
  ensureTemplateVersion,
  type TemplateContent,
  type TemplateVersion,
  templateVersionDescription,
} from "./launch.js";

/**
 * Makes the launch template's default version one that launches the pinned AMI, once the fleet
 * serves it: a launch from the console or from the template's default then gets the pin, and
 * nothing keeps an AMI the environment left in use through a stale default. The version is the
 * one this run launched from, else this toolkit's version for the same content, else the
 * default if it already launches the AMI, else the newest version that does (the hand-built
 * template's own for a return to the legacy AMI), else a new one.
 * Returns the version and whether the default changed.
 */
export async function settleDefaultVersion(
  aws: AwsFactory,
  o: TemplateContent & { launched?: TemplateVersion },
): Promise<{ version: string; changed: boolean }> {
  const versions = await versionsLaunching(aws, o.region, o.launchTemplate, o.ami);
  const description = templateVersionDescription(o);
  const known =
    versions.find((v) => String(v.VersionNumber) === o.launched?.version) ??
    versions.find((v) => v.VersionDescription === description) ??
    versions.find((v) => v.DefaultVersion) ??
    versions[0];
  if (known?.DefaultVersion) return { version: String(known.VersionNumber), changed: false };
  const version = known
    ? String(known.VersionNumber)
    : (o.launched?.version ?? (await ensureTemplateVersion(aws, o)).version);
  await aws
    .ec2(o.region)
    .send(new ModifyLaunchTemplateCommand({ LaunchTemplateName: o.launchTemplate, DefaultVersion: version }));
  return { version, changed: true };
}

/** The template's versions whose AMI is `ami`, newest first. */
async function versionsLaunching(
  aws: AwsFactory,
  region: string,
  launchTemplate: string,
  ami: string,
): Promise<LaunchTemplateVersion[]> {
  const out: LaunchTemplateVersion[] = [];
  const pages = paginateDescribeLaunchTemplateVersions(
    { client: aws.ec2(region) },
    { LaunchTemplateName: launchTemplate, Filters: [{ Name: "image-id", Values: [ami] }] },
  );
  for await (const page of pages) out.push(...(page.LaunchTemplateVersions ?? []));
  return out.sort((a, b) => (b.VersionNumber ?? 0) - (a.VersionNumber ?? 0));
}
