import type { SimEngine } from "../engine.js";
import { deleteSnapshot, deregisterImage, describeImages, describeSnapshots } from "./ec2-images.js";
import {
  createTags,
  deleteTags,
  describeInstanceStatus,
  describeInstances,
  rebootInstances,
  runInstances,
  startInstances,
  stopInstances,
  terminateInstances,
} from "./ec2-instances.js";
import {
  createLaunchTemplate,
  createLaunchTemplateVersion,
  describeLaunchTemplates,
  describeLaunchTemplateVersions,
  modifyLaunchTemplate,
} from "./ec2-launch-templates.js";
import { describeSubnets, describeVpcs } from "./ec2-network.js";

export {
  type CreateImageOptions,
  createImageRecord,
  imageState,
  publicParameterNames,
  publishBaseImage,
} from "./ec2-images.js";
export { findInstance, instanceTypeArchitecture, launchInstances } from "./ec2-instances.js";
export { stateAt, statusChecksAt, TIMINGS } from "./ec2-lifecycle.js";

/** EC2: network, instances, images, snapshots, launch templates, tags. */
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
    DescribeImages: describeImages,
    DeregisterImage: deregisterImage,
    DescribeSnapshots: describeSnapshots,
    DeleteSnapshot: deleteSnapshot,
    CreateLaunchTemplate: createLaunchTemplate,
    CreateLaunchTemplateVersion: createLaunchTemplateVersion,
    DescribeLaunchTemplates: describeLaunchTemplates,
    DescribeLaunchTemplateVersions: describeLaunchTemplateVersions,
    ModifyLaunchTemplate: modifyLaunchTemplate,
  });
}
