import type { Architecture, Recipe } from "../config/schema.js";

/**
 * Public SSM parameters that name the latest Amazon Linux AMIs.
 * AL2:    /aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-{x86_64,arm64}-gp2
 * AL2023: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-{x86_64,arm64}
 * Sources: https://docs.aws.amazon.com/linux/al2023/ug/ec2.html#launch-from-ssm and the Systems
 * Manager guide's "Calling AMI public parameters" (parameter-store-public-parameters-ami), whose
 * `get-parameters-by-path --path /aws/service/ami-amazon-linux-latest` listing shows all four.
 */
export const PUBLIC_AMI_PARAMETERS = {
  "amazon-linux-2": {
    x86_64: "/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2",
    arm64: "/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-arm64-gp2",
  },
  "amazon-linux-2023": {
    x86_64: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
    arm64: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64",
  },
} as const satisfies Record<string, Record<Architecture, string>>;

export function resolveBaseParameter(
  base: Recipe["base"],
  arch: Architecture,
): { kind: "ssm"; parameter: string } | { kind: "ami"; ami: string } {
  if (base === "amazon-linux-2" || base === "amazon-linux-2023")
    return { kind: "ssm", parameter: PUBLIC_AMI_PARAMETERS[base][arch] };
  if (base.startsWith("ssm:")) return { kind: "ssm", parameter: base.slice("ssm:".length) };
  return { kind: "ami", ami: base };
}
