import type { Image } from "@aws-sdk/client-imagebuilder";
import type { StateChange } from "./follow.js";

/** Why a build failed, in the terms a person needs to fix it. */
export interface BuildFailureReport {
  arch: string;
  imageBuildVersionArn: string;
  /** The Image Builder stage that failed. */
  phase: "build" | "test" | "distribution" | "unknown";
  /** The failing step (AWSTOE step name, else the workflow step). */
  step?: string;
  /** The component document that failed. */
  component?: string;
  /** The reason Image Builder gives. */
  reason: string;
  /** Where the AWSTOE logs are. */
  logs: string[];
  /** The instance kept for debugging (--keep-failed-instance). */
  keptInstance?: { id: string; region: string; connect: string };
}

const PHASE_OF_STATUS: Record<string, BuildFailureReport["phase"]> = {
  BUILDING: "build",
  TESTING: "test",
  DISTRIBUTING: "distribution",
};

/** The stage: named by the workflow in the reason, else the last state seen before FAILED. */
function phaseOf(reason: string, history: StateChange[]): BuildFailureReport["phase"] {
  const workflow =
    /workflow\/(build|test|distribution)\//.exec(reason)?.[1] ?? /\(phase (build|test)\)/.exec(reason)?.[1];
  if (workflow) return workflow as BuildFailureReport["phase"];
  const before = [...history].reverse().find((h) => PHASE_OF_STATUS[h.status]);
  return before ? (PHASE_OF_STATUS[before.status] ?? "unknown") : "unknown";
}

/** Where Image Builder puts the logs of this build: S3 when configured, and CloudWatch Logs. */
export function logLocations(image: Image): string[] {
  const [, name = image.name ?? "", version = image.version ?? "", build = "1"] =
    /image\/([^/]+)\/([^/]+)\/(\d+)$/.exec(image.arn ?? "") ?? [];
  const out: string[] = [];
  const s3 = image.infrastructureConfiguration?.logging?.s3Logs;
  if (s3?.s3BucketName) {
    const prefix = s3.s3KeyPrefix ? `${s3.s3KeyPrefix.replace(/\/+$/, "")}/` : "";
    out.push(`s3://${s3.s3BucketName}/${prefix}${name}/${version}/${build}/`);
  }
  const group = image.loggingConfiguration?.logGroupName ?? `/aws/imagebuilder/${name}`;
  out.push(`CloudWatch Logs group ${group}, stream ${version}/${build}`);
  return out;
}

export function describeFailure(o: {
  image: Image;
  history: StateChange[];
  arch: string;
}): BuildFailureReport {
  const reason =
    o.image.state?.reason ?? `the build ended ${o.image.state?.status ?? "FAILED"} without a reason`;
  const step = /Failed step: '([^']+)'/.exec(reason)?.[1] ?? /[Ss]tep '([^']+)'/.exec(reason)?.[1];
  const component = /Document (arn:\S+?component\/[^\s!]+)/.exec(reason)?.[1];
  const report: BuildFailureReport = {
    arch: o.arch,
    imageBuildVersionArn: o.image.arn ?? "",
    phase: phaseOf(reason, o.history),
    reason,
    logs: logLocations(o.image),
  };
  if (step) report.step = step;
  if (component) report.component = component;
  return report;
}

/** Lines a person reads for one failed build. */
export function formatFailure(r: BuildFailureReport, o: { keepFailedInstance: boolean }): string {
  const lines = [
    `${r.arch}: the image build failed in the ${r.phase} phase${r.step ? ` at step '${r.step}'` : ""}${r.component ? ` of ${r.component}` : ""}`,
    `  reason: ${r.reason}`,
    ...r.logs.map((l) => `  logs: ${l}`),
    `  image: ${r.imageBuildVersionArn}`,
  ];
  if (r.keptInstance) {
    lines.push(
      `  the failed build's instance ${r.keptInstance.id} was kept for debugging: ${r.keptInstance.connect}`,
    );
    lines.push(
      `  terminate it when done: aws ec2 terminate-instances --region ${r.keptInstance.region} --instance-ids ${r.keptInstance.id}`,
    );
  } else if (!o.keepFailedInstance) {
    lines.push(
      "  the build instance was terminated; bake again with --keep-failed-instance to keep it for debugging over SSM",
    );
  }
  return lines.join("\n");
}
