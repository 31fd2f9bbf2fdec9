import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  fromTagList,
  verifiedInTag
} from "./chunk-MHZV5H25.js";
import {
  errorName
} from "./chunk-GMJUDOBJ.js";
import {
  StepFailed,
  rolloutFinding
} from "./chunk-H3EWHKZH.js";
import {
  require_dist_cjs4 as require_dist_cjs
} from "./chunk-VEUODDAR.js";
import {
  AmipipeError,
  OperationFailed,
  messageOf
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/fleet/image.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
async function describeImage(aws, region, ami) {
  const result = await aws.ec2(region).send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [ami] })).catch((error) => {
    if (errorName(error).startsWith("InvalidAMIID")) throw missing(ami, region);
    throw error;
  });
  const image = result.Images?.[0];
  if (!image?.ImageId) throw missing(ami, region);
  return pinnedImageOf(image);
}
function missing(ami, region) {
  return new AmipipeError(`AMI ${ami} does not exist in ${region}`, "not-found", 2, { ami, region });
}
function pinnedImageOf(image) {
  const rootDeviceName = image.RootDeviceName ?? "/dev/xvda";
  const out = {
    id: image.ImageId ?? "",
    state: image.State ?? "unknown",
    rootDeviceName,
    rootVolumeSizeGiB: image.BlockDeviceMappings?.find((m) => m.DeviceName === rootDeviceName)?.Ebs?.VolumeSize ?? 8,
    tags: fromTagList(image.Tags)
  };
  if (image.Architecture) out.architecture = image.Architecture;
  if (image.OwnerId) out.ownerId = image.OwnerId;
  if (image.DeprecationTime) out.deprecationTime = image.DeprecationTime;
  return out;
}
async function markVerified(aws, region, o) {
  await aws.ec2(region).send(
    new import_client_ec2.CreateTagsCommand({
      Resources: [o.ami],
      Tags: [{ Key: verifiedInTag(o.environment), Value: new Date(o.at).toISOString() }]
    })
  );
}

// src/rollout/report.ts
var RolloutRolledBack = class extends OperationFailed {
  constructor(message, report, code = "rolled-back") {
    super(message, code, report);
    this.report = report;
  }
  report;
};
function newReport(o) {
  return {
    ...o,
    outcome: "converged",
    steps: [],
    checks: [],
    findings: [],
    pinChanges: [],
    launched: [],
    started: [],
    retained: [],
    removed: [],
    verified: false,
    instanceTypeChanges: []
  };
}
function newRolloutId(now, ids) {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return `r-${stamp}-${ids.hex(2)}`;
}
function findingsOf(error, environment) {
  if (error instanceof StepFailed) return error.findings;
  return [
    rolloutFinding({ name: "rollout", level: "environment", target: environment, summary: messageOf(error) })
  ];
}
function stepRecord(step, startedAt, finishedAt, detail) {
  const record = {
    kind: step.kind,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    detail
  };
  if ("ids" in step) record.ids = step.ids;
  if (step.kind === "launch") record.count = step.count;
  if (step.kind === "soak") record.phase = step.phase;
  return record;
}

export {
  describeImage,
  pinnedImageOf,
  markVerified,
  RolloutRolledBack,
  newReport,
  newRolloutId,
  findingsOf,
  stepRecord
};
