import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  errorName
} from "./chunk-GMJUDOBJ.js";
import {
  require_dist_cjs4 as require_dist_cjs
} from "./chunk-VEUODDAR.js";
import {
  OperationFailed
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/fleet/launch-template.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
import { createHash } from "node:crypto";
function primaryInterfaceOf(data) {
  const interfaces = data.NetworkInterfaces ?? [];
  if (interfaces.length === 0) return void 0;
  const primary = interfaces.find((n) => (n.DeviceIndex ?? 0) === 0) ?? interfaces[0];
  const out = {};
  if (primary.Groups) out.Groups = primary.Groups;
  if (primary.AssociatePublicIpAddress !== void 0)
    out.AssociatePublicIpAddress = primary.AssociatePublicIpAddress;
  if (primary.DeleteOnTermination !== void 0) out.DeleteOnTermination = primary.DeleteOnTermination;
  return out;
}
var VERSION_DESCRIPTION_PREFIX = "amipipe";
var DEFAULT_HOP_LIMIT = 1;
async function describeLaunchTemplate(aws, region, ref) {
  const label = ref.name ?? ref.id ?? "?";
  const answer = await aws.ec2(region).send(
    new import_client_ec2.DescribeLaunchTemplatesCommand(
      ref.id ? { LaunchTemplateIds: [ref.id] } : { LaunchTemplateNames: [ref.name ?? ""] }
    )
  ).catch((error) => {
    if (/^InvalidLaunchTemplate(Name|Id)\./.test(errorName(error)))
      throw new OperationFailed(`launch template ${label} not found in ${region}`, "not-found", {
        launchTemplate: label,
        region
      });
    throw error;
  });
  const lt = answer.LaunchTemplates?.[0];
  if (!lt?.LaunchTemplateId || !lt.LaunchTemplateName)
    throw new OperationFailed(`launch template ${label} not found in ${region}`, "not-found", {
      launchTemplate: label,
      region
    });
  return {
    id: lt.LaunchTemplateId,
    name: lt.LaunchTemplateName,
    defaultVersion: lt.DefaultVersionNumber ?? 1,
    latestVersion: lt.LatestVersionNumber ?? 1
  };
}
function numberedVersion(version, template) {
  if (version === "$Latest") return template.latestVersion;
  if (version === void 0 || version === "$Default") return template.defaultVersion;
  return Number(version);
}
async function describeVersion(aws, region, template, version) {
  const answer = await aws.ec2(region).send(
    new import_client_ec2.DescribeLaunchTemplateVersionsCommand({
      ..."id" in template ? { LaunchTemplateId: template.id } : { LaunchTemplateName: template.name },
      Versions: [version]
    })
  );
  return answer.LaunchTemplateVersions?.[0];
}
function hardenedData(source, content) {
  const metadata = source.MetadataOptions ?? {};
  const metadataOptions = {
    ...metadata.InstanceMetadataTags ? { InstanceMetadataTags: metadata.InstanceMetadataTags } : {},
    ...metadata.HttpProtocolIpv6 ? { HttpProtocolIpv6: metadata.HttpProtocolIpv6 } : {},
    HttpTokens: "required",
    HttpEndpoint: "enabled",
    HttpPutResponseHopLimit: metadata.HttpPutResponseHopLimit ?? DEFAULT_HOP_LIMIT
  };
  const data = {
    ImageId: content.ami,
    MetadataOptions: metadataOptions,
    BlockDeviceMappings: hardenedMappings(source.BlockDeviceMappings ?? [], content.image)
  };
  if (content.instanceType) data.InstanceType = content.instanceType;
  if (content.userData !== void 0)
    data.UserData = Buffer.from(content.userData, "utf8").toString("base64");
  if (content.tags && Object.keys(content.tags).length > 0)
    data.TagSpecifications = mergedTagSpecifications(source.TagSpecifications ?? [], content.tags);
  return data;
}
function hardenedMappings(source, image) {
  const out = source.map((m) => {
    const mapping = {};
    if (m.DeviceName) mapping.DeviceName = m.DeviceName;
    if (m.VirtualName) mapping.VirtualName = m.VirtualName;
    if (m.NoDevice !== void 0) mapping.NoDevice = m.NoDevice;
    if (m.Ebs) {
      const { Encrypted: _encrypted, ...ebs } = m.Ebs;
      mapping.Ebs = { ...ebs, Encrypted: true };
    }
    return mapping;
  });
  const root = out.find((m) => m.DeviceName === image.rootDeviceName);
  if (root) {
    root.Ebs = {
      VolumeType: "gp3",
      DeleteOnTermination: true,
      ...root.Ebs,
      Encrypted: true,
      ...root.Ebs?.VolumeSize === void 0 || root.Ebs.VolumeSize < image.rootVolumeSizeGiB ? { VolumeSize: image.rootVolumeSizeGiB } : {}
    };
  } else {
    out.unshift({
      DeviceName: image.rootDeviceName,
      Ebs: {
        VolumeType: "gp3",
        Encrypted: true,
        DeleteOnTermination: true,
        VolumeSize: image.rootVolumeSizeGiB
      }
    });
  }
  return out;
}
function mergedTagSpecifications(source, tags) {
  const types = ["instance", "volume"];
  const out = [];
  for (const spec of source) {
    if (!spec.ResourceType || types.includes(spec.ResourceType)) continue;
    out.push({
      ResourceType: spec.ResourceType,
      Tags: (spec.Tags ?? []).map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }))
    });
  }
  for (const type of types) {
    const theirs = source.find((s) => s.ResourceType === type)?.Tags ?? [];
    const merged = new Map(theirs.map((t) => [t.Key ?? "", t.Value ?? ""]));
    for (const [k, v] of Object.entries(tags)) merged.set(k, v);
    out.push({ ResourceType: type, Tags: [...merged].map(([Key, Value]) => ({ Key, Value })) });
  }
  return out;
}
function versionDescription(ami, source, data) {
  const effective = { ...source, ...data };
  const digest = createHash("sha256").update(canonical(effective)).digest("hex").slice(0, 16);
  return `${VERSION_DESCRIPTION_PREFIX} ${ami} ${digest}`;
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value).sort().filter((k) => value[k] !== void 0).map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  return JSON.stringify(value);
}
async function ensureHardenedVersion(aws, o) {
  const source = await describeVersion(aws, o.region, { id: o.template.id }, o.source);
  if (!source?.LaunchTemplateData)
    throw new OperationFailed(
      `launch template ${o.template.name} has no version ${o.source} in ${o.region}`,
      "not-found"
    );
  const data = hardenedData(source.LaunchTemplateData, o.content);
  const description = versionDescription(o.content.ami, source.LaunchTemplateData, data);
  const candidates = [source, await describeVersion(aws, o.region, { id: o.template.id }, "$Latest")];
  const primary = primaryInterfaceOf(source.LaunchTemplateData);
  const base = {
    id: o.template.id,
    name: o.template.name,
    ...primary ? { primaryInterface: primary } : {}
  };
  const reusable = candidates.find(
    (v) => v?.VersionDescription === description && v.VersionNumber !== void 0
  );
  if (reusable) return { ...base, version: String(reusable.VersionNumber), created: false };
  const created = await aws.ec2(o.region).send(
    new import_client_ec2.CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: o.template.id,
      SourceVersion: String(source.VersionNumber),
      VersionDescription: description,
      LaunchTemplateData: data
    })
  );
  const number = created.LaunchTemplateVersion?.VersionNumber;
  if (number === void 0)
    throw new OperationFailed(`CreateLaunchTemplateVersion on ${o.template.name} returned no version`, "aws");
  return { ...base, version: String(number), created: true };
}
async function versionsLaunching(aws, region, template, ami) {
  const out = [];
  const pages = (0, import_client_ec2.paginateDescribeLaunchTemplateVersions)(
    { client: aws.ec2(region) },
    { LaunchTemplateId: template.id, Filters: [{ Name: "image-id", Values: [ami] }] }
  );
  for await (const page of pages) out.push(...page.LaunchTemplateVersions ?? []);
  return out.sort((a, b) => (b.VersionNumber ?? 0) - (a.VersionNumber ?? 0));
}
async function settleDefaultVersion(aws, o) {
  const versions = await versionsLaunching(aws, o.region, o.template, o.content.ami);
  const def = await describeVersion(aws, o.region, { id: o.template.id }, "$Default");
  const description = def?.LaunchTemplateData ? versionDescription(
    o.content.ami,
    def.LaunchTemplateData,
    hardenedData(def.LaunchTemplateData, o.content)
  ) : void 0;
  const known = versions.find((v) => String(v.VersionNumber) === o.launched?.version) ?? versions.find((v) => description !== void 0 && v.VersionDescription === description) ?? versions.find((v) => v.DefaultVersion) ?? versions[0];
  if (known?.DefaultVersion) return { version: String(known.VersionNumber), changed: false };
  const version = known ? String(known.VersionNumber) : o.launched?.version ?? (await ensureHardenedVersion(aws, { ...o, source: "$Default" })).version;
  await aws.ec2(o.region).send(new import_client_ec2.ModifyLaunchTemplateCommand({ LaunchTemplateId: o.template.id, DefaultVersion: version }));
  return { version, changed: true };
}

export {
  primaryInterfaceOf,
  describeLaunchTemplate,
  numberedVersion,
  describeVersion,
  ensureHardenedVersion,
  settleDefaultVersion
};
