import type {
  CreateLaunchTemplateCommandInput,
  CreateLaunchTemplateCommandOutput,
  CreateLaunchTemplateVersionCommandInput,
  CreateLaunchTemplateVersionCommandOutput,
  DescribeLaunchTemplatesCommandInput,
  DescribeLaunchTemplatesCommandOutput,
  DescribeLaunchTemplateVersionsCommandInput,
  DescribeLaunchTemplateVersionsCommandOutput,
  LaunchTemplate,
  LaunchTemplateVersion,
  ModifyLaunchTemplateCommandInput,
  ModifyLaunchTemplateCommandOutput,
} from "@aws-sdk/client-ec2";
import type { SimCallContext } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import { newId } from "../random.js";
import type { LaunchTemplateRecord, RegionState } from "../state.js";
import { matchesFilters, page, tagList, tagsFor } from "./filters.js";

type Out<T> = Omit<T, "$metadata">;

export function findLaunchTemplate(
  r: RegionState,
  ref: { id?: string | undefined; name?: string | undefined },
): LaunchTemplateRecord {
  if (ref.id) {
    const lt = r.launchTemplates[ref.id];
    if (!lt)
      throw notFound(
        "InvalidLaunchTemplateId.NotFound",
        `The specified launch template, with template ID ${ref.id}, does not exist.`,
      );
    return lt;
  }
  if (ref.name) {
    const lt = Object.values(r.launchTemplates).find((t) => t.name === ref.name);
    if (!lt)
      throw notFound(
        "InvalidLaunchTemplateName.NotFoundException",
        `The specified launch template, with template name ${ref.name}, does not exist.`,
      );
    return lt;
  }
  throw new SimError(
    "MissingParameter",
    "The request must contain the parameter LaunchTemplateName or LaunchTemplateId",
  );
}

/** Resolves "$Latest", "$Default" or a number to a version of the template. */
export function resolveVersion(
  lt: LaunchTemplateRecord,
  version: string | undefined,
): LaunchTemplateRecord["versions"][number] {
  const n =
    version === undefined || version === "$Default"
      ? lt.defaultVersion
      : version === "$Latest"
        ? latestVersion(lt)
        : Number(version);
  const found = lt.versions.find((v) => v.number === n);
  if (!found) {
    throw notFound(
      "InvalidLaunchTemplateId.VersionNotFound",
      `Could not find launch template version ${version} for launch template ${lt.id}.`,
    );
  }
  return found;
}

function latestVersion(lt: LaunchTemplateRecord): number {
  return Math.max(...lt.versions.map((v) => v.number));
}

function toLaunchTemplate(lt: LaunchTemplateRecord, account: string): LaunchTemplate {
  return {
    LaunchTemplateId: lt.id,
    LaunchTemplateName: lt.name,
    CreateTime: new Date(lt.createdAt),
    CreatedBy: `arn:aws:iam::${account}:user/amipipe`,
    DefaultVersionNumber: lt.defaultVersion,
    LatestVersionNumber: latestVersion(lt),
    ...(Object.keys(lt.tags).length > 0 ? { Tags: tagList(lt.tags) } : {}),
  };
}

function toVersion(
  lt: LaunchTemplateRecord,
  v: LaunchTemplateRecord["versions"][number],
  account: string,
): LaunchTemplateVersion {
  return {
    LaunchTemplateId: lt.id,
    LaunchTemplateName: lt.name,
    VersionNumber: v.number,
    CreateTime: new Date(v.createdAt),
    CreatedBy: `arn:aws:iam::${account}:user/amipipe`,
    DefaultVersion: v.number === lt.defaultVersion,
    LaunchTemplateData: structuredClone(v.data),
    ...(v.description !== undefined ? { VersionDescription: v.description } : {}),
  };
}

export function createLaunchTemplate(
  input: CreateLaunchTemplateCommandInput,
  ctx: SimCallContext,
): Out<CreateLaunchTemplateCommandOutput> {
  const name = input.LaunchTemplateName ?? "";
  if (!/^[a-zA-Z0-9().\-/_]{3,128}$/.test(name))
    throw new SimError(
      "InvalidLaunchTemplateName.MalformedException",
      `Launch template name ${name} is malformed.`,
    );
  if (Object.values(ctx.r.launchTemplates).some((t) => t.name === name)) {
    throw new SimError(
      "InvalidLaunchTemplateName.AlreadyExistsException",
      `Launch template name already in use.`,
    );
  }
  const lt: LaunchTemplateRecord = {
    id: newId(ctx.state, "lt"),
    name,
    createdAt: ctx.now,
    defaultVersion: 1,
    tags: tagsFor(input.TagSpecifications, "launch-template"),
    versions: [
      { number: 1, createdAt: ctx.now, data: (input.LaunchTemplateData ?? {}) as Record<string, unknown> },
    ],
  };
  if (input.VersionDescription !== undefined) lt.versions[0]!.description = input.VersionDescription;
  ctx.r.launchTemplates[lt.id] = lt;
  return { LaunchTemplate: toLaunchTemplate(lt, ctx.account) };
}

export function createLaunchTemplateVersion(
  input: CreateLaunchTemplateVersionCommandInput,
  ctx: SimCallContext,
): Out<CreateLaunchTemplateVersionCommandOutput> {
  const lt = findLaunchTemplate(ctx.r, { id: input.LaunchTemplateId, name: input.LaunchTemplateName });
  // A new version inherits the source version's parameters; those given override them.
  const base =
    input.SourceVersion !== undefined ? structuredClone(resolveVersion(lt, input.SourceVersion).data) : {};
  const version = {
    number: latestVersion(lt) + 1,
    createdAt: ctx.now,
    data: { ...base, ...((input.LaunchTemplateData ?? {}) as Record<string, unknown>) },
  } as LaunchTemplateRecord["versions"][number];
  if (input.VersionDescription !== undefined) version.description = input.VersionDescription;
  lt.versions.push(version);
  return { LaunchTemplateVersion: toVersion(lt, version, ctx.account) };
}

export function describeLaunchTemplates(
  input: DescribeLaunchTemplatesCommandInput,
  ctx: SimCallContext,
): Out<DescribeLaunchTemplatesCommandOutput> {
  for (const id of input.LaunchTemplateIds ?? []) findLaunchTemplate(ctx.r, { id });
  for (const name of input.LaunchTemplateNames ?? []) findLaunchTemplate(ctx.r, { name });
  const templates = Object.values(ctx.r.launchTemplates).filter(
    (t) =>
      (!input.LaunchTemplateIds?.length || input.LaunchTemplateIds.includes(t.id)) &&
      (!input.LaunchTemplateNames?.length || input.LaunchTemplateNames.includes(t.name)) &&
      matchesFilters(input.Filters, t.tags, {
        "launch-template-name": t.name,
        "create-time": new Date(t.createdAt).toISOString(),
      }),
  );
  const { items, nextToken } = page(templates, input.MaxResults, input.NextToken, {
    min: 1,
    max: 200,
    default: 200,
  });
  return {
    LaunchTemplates: items.map((t) => toLaunchTemplate(t, ctx.account)),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

export function describeLaunchTemplateVersions(
  input: DescribeLaunchTemplateVersionsCommandInput,
  ctx: SimCallContext,
): Out<DescribeLaunchTemplateVersionsCommandOutput> {
  const lt = findLaunchTemplate(ctx.r, { id: input.LaunchTemplateId, name: input.LaunchTemplateName });
  let versions = input.Versions?.length
    ? input.Versions.map((v) => resolveVersion(lt, v))
    : [...lt.versions].sort((a, b) => b.number - a.number);
  const min = input.MinVersion !== undefined ? Number(input.MinVersion) : undefined;
  const max = input.MaxVersion !== undefined ? Number(input.MaxVersion) : undefined;
  versions = versions.filter(
    (v) =>
      (min === undefined || v.number >= min) &&
      (max === undefined || v.number <= max) &&
      matchesFilters(
        input.Filters,
        {},
        {
          "is-default-version": String(v.number === lt.defaultVersion),
          "image-id": typeof v.data.ImageId === "string" ? v.data.ImageId : undefined,
          "instance-type": typeof v.data.InstanceType === "string" ? v.data.InstanceType : undefined,
        },
      ),
  );
  const { items, nextToken } = page(versions, input.MaxResults, input.NextToken, {
    min: 1,
    max: 200,
    default: 200,
  });
  return {
    LaunchTemplateVersions: items.map((v) => toVersion(lt, v, ctx.account)),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

export function modifyLaunchTemplate(
  input: ModifyLaunchTemplateCommandInput,
  ctx: SimCallContext,
): Out<ModifyLaunchTemplateCommandOutput> {
  const lt = findLaunchTemplate(ctx.r, { id: input.LaunchTemplateId, name: input.LaunchTemplateName });
  if (input.DefaultVersion !== undefined) lt.defaultVersion = resolveVersion(lt, input.DefaultVersion).number;
  return { LaunchTemplate: toLaunchTemplate(lt, ctx.account) };
}
