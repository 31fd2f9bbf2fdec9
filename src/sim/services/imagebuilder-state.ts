import type {
  Component,
  DistributionConfiguration,
  Image,
  ImagePackage,
  ImageRecipe,
  InfrastructureConfiguration,
} from "@aws-sdk/client-imagebuilder";
import type { ImageManifest } from "../../recipe/manifest.js";
import { regionOf, type SimState } from "../state.js";

/** Phases an image build passes through, in order, with when each one ends (virtual ms). */
export interface BuildPhase {
  status: "PENDING" | "BUILDING" | "TESTING" | "DISTRIBUTING";
  startsAt: number;
  endsAt: number;
}

/** Where an injected failure strikes: which phase, when, and which component step. */
export interface BuildFailure {
  phase: "build" | "test";
  at: number;
  componentArn: string;
  step: string;
}

/** One image build version with its timeline; its public state is derived from the clock. */
export interface BuildRecord {
  image: Image;
  region: string;
  /** The parent AMI the recipe resolved to. */
  parentAmi: string;
  phases: BuildPhase[];
  failure?: BuildFailure;
  manifest?: ImageManifest;
  packages: ImagePackage[];
  /** Set once the AMIs exist in EC2 (distribution done) or the failure has been applied. */
  settled: boolean;
  /** The build/test instance kept after a failure (terminateInstanceOnFailure: false). */
  keptInstanceId?: string;
}

/** Everything Image Builder holds in one region (kept in RegionState.imagebuilder). JSON-serialisable. */
export interface ImageBuilderState {
  components: Component[];
  recipes: ImageRecipe[];
  infrastructure: InfrastructureConfiguration[];
  distributions: DistributionConfiguration[];
  builds: BuildRecord[];
  /** Tags by resource ARN (the resources' own `tags` mirror these). */
  tags: Record<string, Record<string, string>>;
}

export function emptyImageBuilderState(): ImageBuilderState {
  return { components: [], recipes: [], infrastructure: [], distributions: [], builds: [], tags: {} };
}

/** Image Builder's records in `region`, with any collection a saved state lacks filled in empty. */
export function imageBuilderOf(state: SimState, region: string): ImageBuilderState {
  const slot = regionOf(state, region).imagebuilder as Partial<ImageBuilderState>;
  const empty = emptyImageBuilderState();
  for (const key of Object.keys(empty) as Array<keyof ImageBuilderState>) {
    if (slot[key] === undefined) (slot as Record<string, unknown>)[key] = empty[key];
  }
  return slot as ImageBuilderState;
}

export type ArnKind =
  | "component"
  | "image-recipe"
  | "infrastructure-configuration"
  | "distribution-configuration"
  | "image";

export function arn(o: {
  region: string;
  account: string;
  kind: ArnKind;
  name: string;
  version?: string;
  build?: number;
}): string {
  const version = o.version ? `/${o.version}` : "";
  const build = o.build !== undefined ? `/${o.build}` : "";
  return `arn:aws:imagebuilder:${o.region}:${o.account}:${o.kind}/${o.name}${version}${build}`;
}

export interface ParsedArn {
  region: string;
  account: string;
  kind: string;
  name: string;
  version?: string;
  build?: number;
}

export function parseArn(text: string): ParsedArn | undefined {
  const m =
    /^arn:aws[^:]*:imagebuilder:([^:]+):([^:]+):([a-z-]+)\/([a-z0-9-_]+)(?:\/((?:x|\d+)\.(?:x|\d+)\.(?:x|\d+)))?(?:\/(\d+))?$/.exec(
      text,
    );
  if (!m) return undefined;
  const parsed: ParsedArn = { region: m[1]!, account: m[2]!, kind: m[3]!, name: m[4]! };
  if (m[5]) parsed.version = m[5];
  if (m[6]) parsed.build = Number(m[6]);
  return parsed;
}

/** Semantic versions compared numerically ("1.0.10" > "1.0.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Image Builder semantic versions: three non-negative integers, each below 2^30. */
export function isSemanticVersion(v: string): boolean {
  return /^\d+\.\d+\.\d+$/.test(v) && v.split(".").every((n) => Number(n) < 2 ** 30);
}

/** ISO time as Image Builder prints dateCreated. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** `{{imagebuilder:buildDate}}` in AMI names resolves to a name-safe timestamp. */
export function buildDateText(ms: number): string {
  return new Date(ms).toISOString().replace(/:/g, "-");
}
