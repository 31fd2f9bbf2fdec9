import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import { GetParameterCommand } from "@aws-sdk/client-ssm";
import type { AwsFactory } from "../aws/clients.js";
import type { Architecture, Recipe } from "../config/schema.js";
import { OperationFailed } from "../errors.js";
import { resolveBaseParameter } from "../recipe/base-image.js";

export interface ResolvedBase {
  ami: string;
  /** Where it came from: "ssm:/aws/service/…" or "recipe". */
  via: string;
}

/**
 * The base AMI a build starts from, resolved now: Amazon's public SSM parameter (it moves
 * with each monthly Amazon Linux release, which is what makes a new build due) or the AMI
 * the recipe names. Checked against EC2 so a wrong architecture fails here, not mid-build.
 */
export async function resolveBaseAmi(
  aws: AwsFactory,
  o: { base: Recipe["base"]; arch: Architecture; region: string },
): Promise<ResolvedBase> {
  const source = resolveBaseParameter(o.base, o.arch);
  let resolved: ResolvedBase;
  if (source.kind === "ssm") {
    try {
      const { Parameter } = await aws.ssm(o.region).send(new GetParameterCommand({ Name: source.parameter }));
      if (!Parameter?.Value)
        throw new OperationFailed(
          `SSM parameter ${source.parameter} in ${o.region} has no value`,
          "base-ami",
        );
      resolved = { ami: Parameter.Value, via: `ssm:${source.parameter}` };
    } catch (error) {
      if ((error as { name?: string }).name === "ParameterNotFound") {
        throw new OperationFailed(
          `the base image parameter ${source.parameter} does not exist in ${o.region}`,
          "base-ami",
        );
      }
      throw error;
    }
  } else {
    resolved = { ami: source.ami, via: "recipe" };
  }
  const { Images } = await aws.ec2(o.region).send(new DescribeImagesCommand({ ImageIds: [resolved.ami] }));
  const image = Images?.[0];
  if (image?.State !== "available") {
    throw new OperationFailed(
      `the base AMI ${resolved.ami} (from ${resolved.via}) is not available in ${o.region}`,
      "base-ami",
    );
  }
  if (image.Architecture && image.Architecture !== o.arch) {
    throw new OperationFailed(
      `the base AMI ${resolved.ami} (from ${resolved.via}) is ${image.Architecture}, not ${o.arch}`,
      "base-ami",
    );
  }
  return resolved;
}
