import type { SimEngine } from "../engine.js";
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
    GetEbsEncryptionByDefault: getEbsEncryptionByDefault,
    EnableEbsEncryptionByDefault: enableEbsEncryptionByDefault,
    DisableEbsEncryptionByDefault: disableEbsEncryptionByDefault,
  });
}
