import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  resolveBaseParameter
} from "./chunk-VF6VSLYK.js";
import {
  require_dist_cjs
} from "./chunk-CLJXRIPF.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-CXZE2OG5.js";
import {
  OperationFailed
} from "./chunk-25FIIMCB.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/bake/base-ami.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var import_client_ssm = __toESM(require_dist_cjs2(), 1);
async function resolveBaseAmi(aws, o) {
  const source = resolveBaseParameter(o.base, o.arch);
  let resolved;
  if (source.kind === "ssm") {
    try {
      const { Parameter } = await aws.ssm(o.region).send(new import_client_ssm.GetParameterCommand({ Name: source.parameter }));
      if (!Parameter?.Value)
        throw new OperationFailed(
          `SSM parameter ${source.parameter} in ${o.region} has no value`,
          "base-ami"
        );
      resolved = { ami: Parameter.Value, via: `ssm:${source.parameter}` };
    } catch (error) {
      if (error.name === "ParameterNotFound") {
        throw new OperationFailed(
          `the base image parameter ${source.parameter} does not exist in ${o.region}`,
          "base-ami"
        );
      }
      throw error;
    }
  } else {
    resolved = { ami: source.ami, via: "recipe" };
  }
  const { Images } = await aws.ec2(o.region).send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [resolved.ami] }));
  const image = Images?.[0];
  if (image?.State !== "available") {
    throw new OperationFailed(
      `the base AMI ${resolved.ami} (from ${resolved.via}) is not available in ${o.region}`,
      "base-ami"
    );
  }
  if (image.Architecture && image.Architecture !== o.arch) {
    throw new OperationFailed(
      `the base AMI ${resolved.ami} (from ${resolved.via}) is ${image.Architecture}, not ${o.arch}`,
      "base-ami"
    );
  }
  return resolved;
}

export {
  resolveBaseAmi
};
