import { createHash } from "node:crypto";
import {
  type _InstanceType,
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplateVersionsCommand,
  RunInstancesCommand,
} from "@aws-sdk/client-ec2";
import type { AwsFactory } from "../aws/clients.js";
import { TAG } from "../aws/tags.js";
import { rolloutFinding, StepFailed } from "./failure.js";

export interface TemplateVersion {
  id: string;
  name: string;
  /** A version number, never $Latest/$Default: what launched stays reproducible. */
  version: string;
}

export interface TemplateContent {
  region: string;
  launchTemplate: string;
  ami: string;
  rootDeviceName: string;
  /** Unset: the template's own instance type (of its default version) stays. */
  instanceType?: string;
  userData: string;
}

/** The description that marks a version made by this toolkit for exactly this content. */
export function templateVersionDescription(o: TemplateContent): string {
  const fingerprint = createHash("sha256")
    .update(`${o.instanceType ?? "$Default"}\n${o.rootDeviceName}\n${base64(o.userData)}`)
    .digest("hex")
    .slice(0, 16);
  return `amipipe ${o.ami} ${fingerprint}`;
}

/**
 * A numbered launch template version carrying the pinned AMI and the rendered user data, with
 * IMDSv2 required and encrypted gp3 volumes; network, IAM settings and (unless the fleet names
 * one) the instance type come from the template's default version. The newest version is
 * reused when it already carries the same content.
 */
export async function ensureTemplateVersion(aws: AwsFactory, o: TemplateContent): Promise<TemplateVersion> {
  const ec2 = aws.ec2(o.region);
  const userData = base64(o.userData);
  const description = templateVersionDescription(o);

  const latest = await ec2.send(
    new DescribeLaunchTemplateVersionsCommand({
      LaunchTemplateName: o.launchTemplate,
      Versions: ["$Latest"],
    }),
  );
  const newest = latest.LaunchTemplateVersions?.[0];
  if (
    newest?.VersionDescription === description &&
    newest.VersionNumber !== undefined &&
    newest.LaunchTemplateId
  ) {
    return { id: newest.LaunchTemplateId, name: o.launchTemplate, version: String(newest.VersionNumber) };
  }

  const created = await ec2.send(
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateName: o.launchTemplate,
      SourceVersion: "$Default",
      VersionDescription: description,
      LaunchTemplateData: {
        ImageId: o.ami,
        ...(o.instanceType ? { InstanceType: o.instanceType as _InstanceType } : {}),
        UserData: userData,
        MetadataOptions: { HttpTokens: "required", HttpPutResponseHopLimit: 1, HttpEndpoint: "enabled" },
        BlockDeviceMappings: [
          {
            DeviceName: o.rootDeviceName,
            Ebs: { VolumeType: "gp3", Encrypted: true, DeleteOnTermination: true },
          },
        ],
      },
    }),
  );
  const version = created.LaunchTemplateVersion;
  if (version?.VersionNumber === undefined || !version.LaunchTemplateId) {
    throw new Error(`CreateLaunchTemplateVersion for ${o.launchTemplate} returned no version`);
  }
  return { id: version.LaunchTemplateId, name: o.launchTemplate, version: String(version.VersionNumber) };
}

/**
 * How many new instances go to each subnet so the fleet stays spread: each one goes to the
 * subnet holding the fewest of the fleet so far (ties in the configured order).
 */
export function spread(
  subnets: readonly string[],
  existing: readonly (string | undefined)[],
  count: number,
): Map<string, number> {
  const load = new Map(subnets.map((s) => [s, 0]));
  for (const s of existing) if (s !== undefined && load.has(s)) load.set(s, (load.get(s) ?? 0) + 1);
  const out = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    let best = subnets[0]!;
    for (const s of subnets) if ((load.get(s) ?? 0) < (load.get(best) ?? 0)) best = s;
    load.set(best, (load.get(best) ?? 0) + 1);
    out.set(best, (out.get(best) ?? 0) + 1);
  }
  return out;
}

export interface LaunchRequest {
  region: string;
  template: TemplateVersion;
  subnets: readonly string[];
  /** Subnets of the new instances already running, for spreading. */
  existingSubnets: readonly (string | undefined)[];
  count: number;
  tags: Record<string, string>;
  onCapacity?: (subnet: string) => void;
  /** A fresh idempotency token per RunInstances (the SDK reuses it on its own retries). */
  token: () => string;
}

/**
 * Launches `count` instances spread over the subnets, one RunInstances per subnet. A subnet
 * without capacity (InsufficientInstanceCapacity) is left out and its share goes to the others.
 */
export async function launchInstances(aws: AwsFactory, r: LaunchRequest): Promise<string[]> {
  const usable = [...r.subnets];
  const launched: string[] = [];
  const placed = [...r.existingSubnets];
  let remaining = r.count;
  while (remaining > 0) {
    if (usable.length === 0) {
      throw new StepFailed(`no subnet had capacity for ${remaining} more instance(s)`, [
        rolloutFinding({
          name: "capacity",
          level: "environment",
          target: r.subnets.join(","),
          summary: `InsufficientInstanceCapacity in every subnet (${r.subnets.join(", ")})`,
        }),
      ]);
    }
    const shares = spread(usable, placed, remaining);
    for (const [subnet, count] of shares) {
      try {
        const ids = await runIn(aws, r, subnet, count);
        launched.push(...ids);
        placed.push(...ids.map(() => subnet));
        remaining -= ids.length;
      } catch (error) {
        if (errorName(error) !== "InsufficientInstanceCapacity") throw error;
        usable.splice(usable.indexOf(subnet), 1);
        r.onCapacity?.(subnet);
      }
    }
  }
  return launched;
}

async function runIn(aws: AwsFactory, r: LaunchRequest, subnet: string, count: number): Promise<string[]> {
  const tags = Object.entries({ ...r.tags, [TAG.role]: "new" }).map(([Key, Value]) => ({ Key, Value }));
  const result = await aws.ec2(r.region).send(
    new RunInstancesCommand({
      LaunchTemplate: { LaunchTemplateId: r.template.id, Version: r.template.version },
      SubnetId: subnet,
      MinCount: count,
      MaxCount: count,
      // Same token on the SDK's own retries: a retried call never launches twice.
      ClientToken: r.token(),
      TagSpecifications: [
        { ResourceType: "instance", Tags: tags },
        { ResourceType: "volume", Tags: tags },
      ],
    }),
  );
  return (result.Instances ?? []).map((i) => i.InstanceId ?? "").filter(Boolean);
}

function base64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

function errorName(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : undefined;
}
