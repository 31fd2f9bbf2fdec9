import type { SimEngine } from "../engine.js";
import { SimError } from "../errors.js";
import { deleteSnapshot, deregisterImage, describeImages, describeSnapshots } from "./ec2-images.js";
import { describeInstanceStatus, describeInstances } from "./ec2-instances.js";
import { runInstances } from "./ec2-launch.js";
import {
  createLaunchTemplate,
  createLaunchTemplateVersion,
  describeLaunchTemplates,
  describeLaunchTemplateVersions,
  modifyLaunchTemplate,
} from "./ec2-launch-templates.js";
import { describeSubnets, describeVpcs } from "./ec2-network.js";
import {
  disableEbsEncryptionByDefault,
  enableEbsEncryptionByDefault,
  getEbsEncryptionByDefault,
} from "./ec2-settings.js";
import { rebootInstances, startInstances, stopInstances, terminateInstances } from "./ec2-state-changes.js";
import { createTags, deleteTags } from "./ec2-tags.js";
import { settleImageBuilds } from "./imagebuilder-settle.js";

export {
  type CreateImageOptions,
  createImageRecord,
  imageState,
  publicParameterNames,
  publishBaseImage,
} from "./ec2-images.js";
export { findInstance } from "./ec2-instances.js";

import { instanceTypeArchitecture } from "./ec2-launch.js";

export { instanceTypeArchitecture, launchInstances } from "./ec2-launch.js";
export { stateAt, statusChecksAt, TIMINGS } from "./ec2-lifecycle.js";

/** EC2: network, instances, images, snapshots, launch templates, tags, EBS encryption by default. */
export function register(engine: SimEngine): void {
  engine.register("ec2", {
    DescribeVpcs: describeVpcs,
    DescribeSubnets: describeSubnets,
    RunInstances: runInstances,
    DescribeInstances: describeInstances,
    DescribeInstanceStatus: describeInstanceStatus,
    StopInstances: stopInstances,
    StartInstances: startInstances,
    TerminateInstances: terminateInstances,
    RebootInstances: rebootInstances,
    CreateTags: createTags,
    DeleteTags: deleteTags,
    // A finished build's AMIs exist whether or not anyone asked Image Builder since; its
    // distributions may be in any region, so every region's builds are settled.
    DescribeImages: (input, ctx) => {
      settleImageBuilds(ctx.state, ctx.now);
      return describeImages(input, ctx);
    },
    DeregisterImage: deregisterImage,
    DescribeSnapshots: describeSnapshots,
    DeleteSnapshot: deleteSnapshot,
    CreateLaunchTemplate: createLaunchTemplate,
    CreateLaunchTemplateVersion: createLaunchTemplateVersion,
    DescribeLaunchTemplates: describeLaunchTemplates,
    DescribeLaunchTemplateVersions: describeLaunchTemplateVersions,
    ModifyLaunchTemplate: modifyLaunchTemplate,
    DescribeInstanceTypes: describeInstanceTypes,
    GetEbsEncryptionByDefault: getEbsEncryptionByDefault,
    EnableEbsEncryptionByDefault: enableEbsEncryptionByDefault,
    DisableEbsEncryptionByDefault: disableEbsEncryptionByDefault,
  });
}

/**
 * The processor architectures of instance types, as EC2 answers them. Well-formed type names
 * (family, generation, options, size) are known; anything else is InvalidInstanceType.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceTypes.html
 */
function describeInstanceTypes(input: { InstanceTypes?: string[] }): {
  InstanceTypes: Array<{ InstanceType: string; ProcessorInfo: { SupportedArchitectures: string[] } }>;
} {
  const types = input.InstanceTypes ?? [];
  const invalid = types.filter(
    (t) => !/^[a-z]+\d+[a-z-]*\.(nano|micro|small|medium|large|metal|\d*xlarge)$/.test(t),
  );
  if (invalid.length > 0)
    throw new SimError(
      "InvalidInstanceType",
      `The following supplied instance types do not exist: [${invalid.join(", ")}]`,
    );
  return {
    InstanceTypes: types.map((t) => ({
      InstanceType: t,
      ProcessorInfo: { SupportedArchitectures: [instanceTypeArchitecture(t)] },
    })),
  };
}
