import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/recipe/base-image.ts
var PUBLIC_AMI_PARAMETERS = {
  "amazon-linux-2": {
    x86_64: "/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-x86_64-gp2",
    arm64: "/aws/service/ami-amazon-linux-latest/amzn2-ami-kernel-5.10-hvm-arm64-gp2"
  },
  "amazon-linux-2023": {
    x86_64: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
    arm64: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
  }
};
function resolveBaseParameter(base, arch) {
  if (base === "amazon-linux-2" || base === "amazon-linux-2023")
    return { kind: "ssm", parameter: PUBLIC_AMI_PARAMETERS[base][arch] };
  if (base.startsWith("ssm:")) return { kind: "ssm", parameter: base.slice("ssm:".length) };
  return { kind: "ami", ami: base };
}

export {
  resolveBaseParameter
};
