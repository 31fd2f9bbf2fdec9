import type {
  CreateDistributionConfigurationRequest,
  CreateInfrastructureConfigurationRequest,
  DistributionConfiguration,
  InfrastructureConfiguration,
  UpdateDistributionConfigurationRequest,
  UpdateInfrastructureConfigurationRequest,
} from "@aws-sdk/client-imagebuilder";
import type { SimState } from "../state.js";
import { missingLaunchTemplates } from "./imagebuilder-ec2.js";
import {
  err,
  findByArn,
  type Handler,
  type ImageBuilderWorld,
  matchesFilters,
  page,
  requestId,
} from "./imagebuilder-requests.js";
import { type ArnKind, arn, imageBuilderOf, isoTime } from "./imagebuilder-state.js";
import { setTags, tagsOf, withTags } from "./imagebuilder-tags.js";

/**
 * Infrastructure and distribution configurations: named, unversioned, and replaced as a whole
 * by their Update calls. Where a build runs (instance types, profile, network, logging) and
 * where its AMIs go (regions, AMI names and tags, launch templates to update).
 */

type Distributions = NonNullable<CreateDistributionConfigurationRequest["distributions"]>;

export function configurationHandlers(world: ImageBuilderWorld): Record<string, Handler> {
  const { state } = world;

  return {
    CreateInfrastructureConfiguration(raw: CreateInfrastructureConfigurationRequest, { region }) {
      const input = raw;
      const ib = imageBuilderOf(state, region);
      const infraArn = unusedArn(state, ib.infrastructure, {
        region,
        kind: "infrastructure-configuration",
        name: input.name!,
      });
      checkInfrastructure(input);
      ib.infrastructure.push({
        ...infrastructureFields(input),
        arn: infraArn,
        name: input.name!,
        dateCreated: isoTime(world.now()),
      });
      setTags(state, { region, resourceArn: infraArn, tags: input.tags });
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        infrastructureConfigurationArn: infraArn,
      };
    },

    UpdateInfrastructureConfiguration(raw: UpdateInfrastructureConfigurationRequest, { region }) {
      const input = raw;
      const ib = imageBuilderOf(state, region);
      const existing = findByArn(
        ib.infrastructure,
        input.infrastructureConfigurationArn!,
        "infrastructure-configuration",
      );
      checkInfrastructure(input);
      // Update replaces the whole configuration: members left out are cleared, as on AWS.
      ib.infrastructure[ib.infrastructure.indexOf(existing)] = {
        ...infrastructureFields(input),
        arn: existing.arn!,
        name: existing.name!,
        dateCreated: existing.dateCreated!,
        dateUpdated: isoTime(world.now()),
      };
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        infrastructureConfigurationArn: existing.arn,
      };
    },

    GetInfrastructureConfiguration(raw, { region }) {
      const input = raw;
      const infra = findByArn(
        imageBuilderOf(state, region).infrastructure,
        input.infrastructureConfigurationArn,
        "infrastructure-configuration",
      );
      return { requestId: requestId(state), infrastructureConfiguration: withTags(state, region, infra) };
    },

    ListInfrastructureConfigurations(raw, { region }) {
      const input = raw;
      const items = imageBuilderOf(state, region).infrastructure.filter((i) =>
        matchesFilters(input.filters, { name: i.name }),
      );
      const { items: pageItems, ...next } = page(items, input);
      return {
        requestId: requestId(state),
        infrastructureConfigurationSummaryList: pageItems.map((i) => ({
          arn: i.arn,
          name: i.name,
          description: i.description,
          dateCreated: i.dateCreated,
          dateUpdated: i.dateUpdated,
          resourceTags: i.resourceTags,
          tags: tagsOf(state, region, i.arn ?? ""),
          instanceTypes: i.instanceTypes,
          instanceProfileName: i.instanceProfileName,
        })),
        ...next,
      };
    },

    CreateDistributionConfiguration(raw: CreateDistributionConfigurationRequest, { region }) {
      const input = raw;
      const ib = imageBuilderOf(state, region);
      const distArn = unusedArn(state, ib.distributions, {
        region,
        kind: "distribution-configuration",
        name: input.name!,
      });
      checkDistributions(state, input.distributions ?? []);
      const dist: DistributionConfiguration = {
        arn: distArn,
        name: input.name!,
        description: input.description ?? "",
        distributions: input.distributions!,
        timeoutMinutes: 720,
        dateCreated: isoTime(world.now()),
      };
      ib.distributions.push(dist);
      setTags(state, { region, resourceArn: distArn, tags: input.tags });
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        distributionConfigurationArn: distArn,
      };
    },

    UpdateDistributionConfiguration(raw: UpdateDistributionConfigurationRequest, { region }) {
      const input = raw;
      const ib = imageBuilderOf(state, region);
      const existing = findByArn(
        ib.distributions,
        input.distributionConfigurationArn!,
        "distribution-configuration",
      );
      checkDistributions(state, input.distributions ?? []);
      ib.distributions[ib.distributions.indexOf(existing)] = {
        ...existing,
        description: input.description ?? "",
        distributions: input.distributions!,
        dateUpdated: isoTime(world.now()),
      };
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        distributionConfigurationArn: existing.arn,
      };
    },

    GetDistributionConfiguration(raw, { region }) {
      const input = raw;
      const dist = findByArn(
        imageBuilderOf(state, region).distributions,
        input.distributionConfigurationArn,
        "distribution-configuration",
      );
      return { requestId: requestId(state), distributionConfiguration: withTags(state, region, dist) };
    },

    ListDistributionConfigurations(raw, { region }) {
      const input = raw;
      const items = imageBuilderOf(state, region).distributions.filter((d) =>
        matchesFilters(input.filters, { name: d.name }),
      );
      const { items: pageItems, ...next } = page(items, input);
      return {
        requestId: requestId(state),
        distributionConfigurationSummaryList: pageItems.map((d) => ({
          arn: d.arn,
          name: d.name,
          description: d.description,
          dateCreated: d.dateCreated,
          dateUpdated: d.dateUpdated,
          tags: tagsOf(state, region, d.arn ?? ""),
          regions: (d.distributions ?? []).map((x) => x.region!),
        })),
        ...next,
      };
    },
  };
}

/** The ARN a new configuration named `name` gets; ResourceAlreadyExistsException when it is taken. */
function unusedArn(
  state: SimState,
  existing: Array<{ arn?: string }>,
  o: { region: string; kind: ArnKind; name: string },
): string {
  const configurationArn = arn({ ...o, account: state.account });
  const kind = o.kind.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase());
  if (existing.some((c) => c.arn === configurationArn)) throw err.exists(kind, configurationArn);
  return configurationArn;
}

function infrastructureFields(
  input: CreateInfrastructureConfigurationRequest | UpdateInfrastructureConfigurationRequest,
): InfrastructureConfiguration {
  const fields: InfrastructureConfiguration = {
    description: input.description ?? "",
    instanceTypes: input.instanceTypes ?? [],
    instanceProfileName: input.instanceProfileName!,
    securityGroupIds: input.securityGroupIds ?? [],
    terminateInstanceOnFailure: input.terminateInstanceOnFailure ?? true,
    resourceTags: input.resourceTags ?? {},
    instanceMetadataOptions: input.instanceMetadataOptions ?? {
      httpTokens: "required",
      httpPutResponseHopLimit: 2,
    },
  };
  if (input.subnetId) fields.subnetId = input.subnetId;
  if (input.logging) fields.logging = input.logging;
  if (input.keyPair) fields.keyPair = input.keyPair;
  if (input.snsTopicArn) fields.snsTopicArn = input.snsTopicArn;
  return fields;
}

function checkInfrastructure(
  input: CreateInfrastructureConfigurationRequest | UpdateInfrastructureConfigurationRequest,
): void {
  if (input.subnetId && (input.securityGroupIds ?? []).length === 0) {
    throw err.combination("A subnetId needs securityGroupIds from the same VPC.");
  }
  const bucket = input.logging?.s3Logs?.s3BucketName;
  if (input.logging?.s3Logs && !bucket) throw err.value("s3Logs needs s3BucketName.");
}

/** One distribution per region, valid AMI names, and launch templates that exist where they are named. */
function checkDistributions(state: SimState, distributions: Distributions): void {
  if (distributions.length === 0)
    throw err.value("A distribution configuration needs at least one distribution.");
  const regions = distributions.map((d) => d.region);
  if (new Set(regions).size !== regions.length)
    throw err.value(`Each region may appear once in distributions (got: ${regions.join(", ")}).`);
  for (const d of distributions) {
    const name = d.amiDistributionConfiguration?.name;
    if (name !== undefined) {
      const resolved = name.replaceAll("{{imagebuilder:buildDate}}", "2020-01-01T00-00-00.000Z");
      if (resolved.length < 3 || resolved.length > 127 || !/^[A-Za-z0-9()[\]./\-'@_ ]+$/.test(resolved)) {
        throw err.value(
          `The AMI name '${name}' is not valid: 3–127 letters, digits, spaces and ()[]./-'@_ characters.`,
        );
      }
    }
  }
  for (const d of distributions) {
    const ids = (d.launchTemplateConfigurations ?? []).map((c) => c.launchTemplateId ?? "");
    const missing = missingLaunchTemplates(state, d.region ?? "", ids);
    if (missing.length > 0)
      throw err.value(`The launch template ${missing.join(", ")} does not exist in ${d.region}.`);
  }
}
