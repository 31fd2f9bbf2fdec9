import { PutParameterCommand } from "@aws-sdk/client-ssm";
import type { Environment } from "../config/schema.js";
import type { Ports } from "../ports/context.js";

/** The SSM parameter an environment publishes its AMI to, or undefined when it publishes nothing. */
export function publishedParameter(env: Pick<Environment, "name" | "publish">): string | undefined {
  const configured = env.publish.parameter;
  if (configured === false) return undefined;
  return configured ?? `/amipipe/${env.name}/ami`;
}

/**
 * Writes the AMI the environment now runs to its SSM parameter, with the aws:ec2:image data
 * type so consumers (`{{resolve:ssm:…}}`, Terraform's aws_ssm_parameter, launch templates'
 * `resolve:ssm:`) get a value SSM has checked is an AMI.
 * https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-ec2-aliases.html
 */
export async function publishAmi(
  ports: Pick<Ports, "aws" | "progress">,
  env: Environment,
  ami: string,
): Promise<{ parameter: string; ami: string } | undefined> {
  const parameter = publishedParameter(env);
  if (!parameter) return undefined;
  await ports.aws.ssm(env.region).send(
    new PutParameterCommand({
      Name: parameter,
      Value: ami,
      Type: "String",
      DataType: "aws:ec2:image",
      Overwrite: true,
      Description: `The AMI amipipe environment ${env.name} runs (written after every convergence)`,
    }),
  );
  ports.progress.info(`publish ${env.name}`, `${parameter} = ${ami}`);
  return { parameter, ami };
}
