import {
  CreateDistributionConfigurationCommand,
  type CreateDistributionConfigurationCommandInput,
  CreateInfrastructureConfigurationCommand,
  type CreateInfrastructureConfigurationCommandInput,
  GetDistributionConfigurationCommand,
  GetInfrastructureConfigurationCommand,
  type ImagebuilderClient,
  ListDistributionConfigurationsCommand,
  ListInfrastructureConfigurationsCommand,
  UpdateDistributionConfigurationCommand,
  UpdateInfrastructureConfigurationCommand,
} from "@aws-sdk/client-imagebuilder";
import { canonicalJson } from "../recipe/hash.js";

/**
 * Infrastructure and distribution configurations are mutable and named per recipe and
 * architecture: found by name, updated only when what we want differs from what is there.
 */

export interface EnsuredConfiguration {
  arn: string;
  action: "created" | "updated" | "unchanged";
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export async function ensureInfrastructure(o: {
  client: ImagebuilderClient;
  input: CreateInfrastructureConfigurationCommandInput;
}): Promise<EnsuredConfiguration> {
  const { client, input } = o;
  const list = await client.send(
    new ListInfrastructureConfigurationsCommand({ filters: [{ name: "name", values: [input.name!] }] }),
  );
  const arn = list.infrastructureConfigurationSummaryList?.find((s) => s.name === input.name)?.arn;
  if (!arn) {
    const out = await client.send(new CreateInfrastructureConfigurationCommand(input));
    return { arn: out.infrastructureConfigurationArn!, action: "created" };
  }
  const { infrastructureConfiguration: current } = await client.send(
    new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn }),
  );
  const wanted = {
    description: input.description ?? "",
    instanceTypes: input.instanceTypes ?? [],
    instanceProfileName: input.instanceProfileName,
    securityGroupIds: input.securityGroupIds ?? [],
    subnetId: input.subnetId,
    logging: input.logging,
    keyPair: input.keyPair,
    terminateInstanceOnFailure: input.terminateInstanceOnFailure ?? true,
    snsTopicArn: input.snsTopicArn,
    resourceTags: input.resourceTags ?? {},
    instanceMetadataOptions: input.instanceMetadataOptions,
  };
  const have = {
    description: current?.description ?? "",
    instanceTypes: current?.instanceTypes ?? [],
    instanceProfileName: current?.instanceProfileName,
    securityGroupIds: current?.securityGroupIds ?? [],
    subnetId: current?.subnetId,
    logging: current?.logging,
    keyPair: current?.keyPair,
    terminateInstanceOnFailure: current?.terminateInstanceOnFailure ?? true,
    snsTopicArn: current?.snsTopicArn,
    resourceTags: current?.resourceTags ?? {},
    instanceMetadataOptions: input.instanceMetadataOptions ? current?.instanceMetadataOptions : undefined,
  };
  if (same(wanted, have)) return { arn, action: "unchanged" };
  const { name: _name, tags: _tags, ...update } = input;
  await client.send(
    new UpdateInfrastructureConfigurationCommand({ ...update, infrastructureConfigurationArn: arn }),
  );
  return { arn, action: "updated" };
}

export async function ensureDistribution(o: {
  client: ImagebuilderClient;
  input: CreateDistributionConfigurationCommandInput;
}): Promise<EnsuredConfiguration> {
  const { client, input } = o;
  const list = await client.send(
    new ListDistributionConfigurationsCommand({ filters: [{ name: "name", values: [input.name!] }] }),
  );
  const arn = list.distributionConfigurationSummaryList?.find((s) => s.name === input.name)?.arn;
  if (!arn) {
    const out = await client.send(new CreateDistributionConfigurationCommand(input));
    return { arn: out.distributionConfigurationArn!, action: "created" };
  }
  const { distributionConfiguration: current } = await client.send(
    new GetDistributionConfigurationCommand({ distributionConfigurationArn: arn }),
  );
  if (
    same(
      { d: input.description ?? "", x: input.distributions },
      { d: current?.description ?? "", x: current?.distributions },
    )
  ) {
    return { arn, action: "unchanged" };
  }
  await client.send(
    new UpdateDistributionConfigurationCommand({
      distributionConfigurationArn: arn,
      distributions: input.distributions!,
      ...(input.description !== undefined ? { description: input.description } : {}),
    }),
  );
  return { arn, action: "updated" };
}
