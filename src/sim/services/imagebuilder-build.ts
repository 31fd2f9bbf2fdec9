import { createHash } from "node:crypto";
import type { Component, ImagePackage, ImageState } from "@aws-sdk/client-imagebuilder";
import { parse } from "yaml";
import { type ImageManifest, imageManifestSchema, MANIFEST_PATH } from "../../recipe/manifest.js";
import type { BuildFailure, BuildPhase, BuildRecord } from "./imagebuilder-state.js";

/**
 * How an image build unfolds in virtual time. Durations follow what Image Builder takes on
 * AWS for a t3.medium: a minute to schedule, the build instance's boot plus one step per
 * component, a test instance, and an AMI copy per extra region — 20 to 40 minutes in all.
 */
const MINUTE = 60_000;

interface DocStep {
  name: string;
  action: string;
  inputs?: unknown;
}
interface DocPhase {
  name: string;
  steps: DocStep[];
}

/** The phases of an AWSTOE document (`phases: [{name, steps}]`); empty when unreadable. */
export function documentPhases(data: string | undefined): DocPhase[] {
  if (!data) return [];
  try {
    const doc = parse(data) as { phases?: unknown };
    if (!Array.isArray(doc?.phases)) return [];
    return doc.phases.filter(
      (p): p is DocPhase =>
        typeof p === "object" && p !== null && typeof p.name === "string" && Array.isArray(p.steps),
    );
  } catch {
    return [];
  }
}

/** Steps of `phase` across components, in recipe order. */
function stepsIn(components: Component[], phase: string): Array<{ component: Component; step: DocStep }> {
  return components.flatMap((component) =>
    documentPhases(component.data)
      .filter((p) => p.name === phase)
      .flatMap((p) => p.steps.map((step) => ({ component, step }))),
  );
}

export interface BuildPlan {
  phases: BuildPhase[];
  failure?: BuildFailure;
}

/** The timeline of a build started at `now`, failing in `failPhase` when a fault asks for it. */
export function planBuild(o: {
  now: number;
  components: Component[];
  regions: number;
  arch: string;
  failPhase?: "build" | "test";
}): BuildPlan {
  const buildSteps = stepsIn(o.components, "build");
  const testSteps = stepsIn(o.components, "test");
  const archFactor = o.arch === "arm64" ? 1.1 : 1;
  const durations: Array<[BuildPhase["status"], number]> = [
    ["PENDING", 1 * MINUTE],
    ["BUILDING", Math.round((6 * MINUTE + buildSteps.length * 0.5 * MINUTE) * archFactor)],
    ["TESTING", Math.round((4 * MINUTE + testSteps.length * 0.4 * MINUTE) * archFactor)],
    ["DISTRIBUTING", 3 * MINUTE + Math.max(0, o.regions - 1) * 4 * MINUTE],
  ];
  let at = o.now;
  const phases = durations.map(([status, ms]) => {
    const phase = { status, startsAt: at, endsAt: at + ms };
    at += ms;
    return phase;
  });
  if (!o.failPhase) return { phases };
  const status = o.failPhase === "build" ? "BUILDING" : "TESTING";
  const phase = phases.find((p) => p.status === status)!;
  // The failing step: the last one of that phase (where an install or a check usually breaks).
  const candidates = o.failPhase === "build" ? buildSteps : testSteps;
  const last = candidates[candidates.length - 1];
  const failure: BuildFailure = {
    phase: o.failPhase,
    at: phase.startsAt + Math.round((phase.endsAt - phase.startsAt) * 0.7),
    componentArn: last?.component.arn ?? o.components[0]?.arn ?? "",
    step: last?.step.name ?? (o.failPhase === "build" ? "ApplyBuildComponents" : "ApplyTestComponents"),
  };
  return { phases, failure };
}

/** The state a build shows at `now`, as GetImage reports it. */
export function stateAt(record: BuildRecord, now: number): ImageState {
  if (record.image.state?.status === "CANCELLED") return record.image.state;
  if (record.failure && now >= record.failure.at) return { status: "FAILED", reason: failureReason(record) };
  const current = record.phases.find((p) => now < p.endsAt);
  return { status: current ? current.status : "AVAILABLE" };
}

/** The reason text Image Builder gives for a failed workflow. */
export function failureReason(record: BuildRecord): string {
  const f = record.failure!;
  const workflow = f.phase === "build" ? "build/build-image" : "test/test-image";
  const workflowStep = f.phase === "build" ? "ApplyBuildComponents" : "ApplyTestComponents";
  const execution = `wf-${createHash("sha256")
    .update(record.image.arn ?? "")
    .digest("hex")
    .slice(0, 8)}-${record.image.arn?.split("/").pop() ?? "1"}`;
  return (
    `Workflow Execution ID: '${execution}' failed with reason: Step '${workflowStep}' of workflow ` +
    `arn:aws:imagebuilder:${record.region}:aws:workflow/${workflow}/1.0.0/1 failed: ` +
    `Document ${f.componentArn} failed! Failed step: '${f.step}' (phase ${f.phase}): command exited with status 1`
  );
}

/**
 * The image manifest the build writes to /etc/amipipe/manifest.json: read back from the
 * CreateFile step in the components, as the file would be on the built image.
 */
export function extractManifest(components: Component[]): ImageManifest | undefined {
  for (const { step } of stepsIn(components, "build")) {
    if (step.action !== "CreateFile" || !Array.isArray(step.inputs)) continue;
    for (const input of step.inputs as Array<{ path?: unknown; content?: unknown }>) {
      if (input?.path !== MANIFEST_PATH || typeof input.content !== "string") continue;
      try {
        const parsed = imageManifestSchema.safeParse(JSON.parse(input.content));
        if (parsed.success) return parsed.data;
      } catch {
        // not JSON: the file would be written but no manifest is known
      }
    }
  }
  return undefined;
}

/** Packages every Amazon Linux image carries before the recipe adds anything. */
const BASE_PACKAGES: Record<string, string[]> = {
  "amazon-linux-2": [
    "kernel",
    "glibc",
    "openssl",
    "bash",
    "systemd",
    "yum",
    "openssh-server",
    "amazon-ssm-agent",
    "cronie",
    "tzdata",
    "sudo",
    "curl",
  ],
  "amazon-linux-2023": [
    "kernel",
    "glibc",
    "openssl-libs",
    "bash",
    "systemd",
    "dnf",
    "openssh-server",
    "amazon-ssm-agent",
    "cronie",
    "tzdata",
    "sudo",
    "curl-minimal",
  ],
};

/** Which OS updates the build's commands apply: none, security-only, or all. */
export function osUpdatesIn(components: Component[]): "none" | "security" | "all" {
  let found: "none" | "security" | "all" = "none";
  for (const { step } of stepsIn(components, "build")) {
    if (step.action === "UpdateOS") return "all";
    if (step.action !== "ExecuteBash") continue;
    const commands = (step.inputs as { commands?: unknown } | undefined)?.commands;
    const text = Array.isArray(commands) ? commands.join("\n") : "";
    for (const m of text.matchAll(/\b(?:yum|dnf)\b[^\n;|&]*\b(?:update|upgrade)\b[^\n;|&]*/g)) {
      if (!/--security/.test(m[0])) return "all";
      found = "security";
    }
  }
  return found;
}

/**
 * Whether the repository's update of `name` is a security update: what `yum --security` /
 * `dnf upgrade --security` applies and updateinfo lists with an advisory (a quarter of the
 * packages; every one of them is also among those a full update moves).
 */
export function hasSecurityUpdate(name: string): boolean {
  return createHash("sha256").update(name).digest()[4]! % 4 === 0;
}

/**
 * The installed package list (ListImagePackages). Versions are a stable function of the
 * package and the parent AMI: the same base gives the same versions, a newer base release
 * moves some of them — as a monthly Amazon Linux release does. A build that applies OS
 * updates gets the repository's newer releases as of its build month (security updates
 * touch fewer packages than a full update).
 */
export function packagesFor(
  manifest: ImageManifest | undefined,
  /** When the base image was released: packages only ever move up with later releases. */
  baseReleasedAt: number,
  o: { updates?: "none" | "security" | "all"; builtAt?: number } = {},
): ImagePackage[] {
  const os = manifest?.os ?? "amazon-linux-2";
  const dist = os === "amazon-linux-2023" ? "amzn2023" : "amzn2";
  const names = [...new Set([...(BASE_PACKAGES[os] ?? []), ...(manifest?.packages ?? [])])].sort();
  const monthOf = (at: number) => Math.floor(at / (30 * 24 * 3_600_000));
  const month = monthOf(o.builtAt ?? 0);
  const baseMonth = monthOf(baseReleasedAt);
  return names.map((name) => {
    const base = createHash("sha256").update(name).digest();
    // Half the packages move up with each monthly base release, the rest keep their version —
    // never down, as on Amazon Linux.
    const moves = base[3]! % 2 === 0;
    const patch = (base[2]! % 20) + (moves ? baseMonth % 1000 : 0);
    const version = `${1 + (base[0]! % 9)}.${base[1]! % 30}.${patch}-1.${dist}`;
    const updated =
      o.updates === "all" ? base[4]! % 2 === 0 : o.updates === "security" ? hasSecurityUpdate(name) : false;
    return { packageName: name, packageVersion: updated ? `${version}.0.${month % 1000}` : version };
  });
}
