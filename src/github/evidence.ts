import { diffPackages, type PackageDiff } from "../probes/package-diff.js";
import type { CheckResult } from "../verify/types.js";
import { hasPackages, type PackageLookup } from "./evidence-packages.js";

/**
 * Why a promotion is safe (or why it was refused), in one document: what was verified, what
 * parity found against the serving fleet, what changed in packages since the previous pin,
 * and where the image came from. Written to the job summary and as an artifact.
 */
export interface EvidenceBundle {
  schema: "amipipe.evidence/v1";
  command: string;
  environment: string;
  ami: string | null;
  previous: string | null;
  outcome: "promoted" | "rejected" | "failed";
  runUrl?: string;
  commit?: string;
  verification: CheckResult[];
  parity: CheckResult[];
  findings: CheckResult[];
  packageDiff?: PackageDiff;
  /** Where each side of the package diff came from (image manifest, Image Builder, surveyed instance). */
  packageSources?: { previous: string; current: string };
  /** Why there is no package diff, when there is a previous pin. */
  packageDiffMissing?: string;
  /** The image's amipipe:* provenance tags. */
  provenance: Record<string, string>;
}

/** Where evidence about images comes from (AWS through the SDK in the action). */
export interface EvidenceSources {
  /** The image's tags; empty when the image is unknown. */
  imageTags(ami: string): Promise<Record<string, string>>;
  /** The image's installed packages and where they came from, or why there is no list. */
  imagePackages(ami: string): Promise<PackageLookup>;
}

export interface EvidenceInput {
  command: string;
  environment: string;
  ami: string | null;
  previous: string | null;
  outcome: EvidenceBundle["outcome"];
  checks: readonly CheckResult[];
  runUrl?: string;
  commit?: string;
}

const isParity = (c: CheckResult) => c.name === "parity" || c.name.startsWith("parity:");

export async function gatherEvidence(
  input: EvidenceInput,
  sources: EvidenceSources,
): Promise<EvidenceBundle> {
  const bundle: EvidenceBundle = {
    schema: "amipipe.evidence/v1",
    command: input.command,
    environment: input.environment,
    ami: input.ami,
    previous: input.previous,
    outcome: input.outcome,
    verification: input.checks.filter((c) => !isParity(c)),
    parity: input.checks.filter(isParity),
    findings: input.checks.filter((c) => !c.passed),
    provenance: {},
  };
  if (input.runUrl) bundle.runUrl = input.runUrl;
  if (input.commit) bundle.commit = input.commit;
  if (input.ami) {
    const tags = await sources.imageTags(input.ami);
    bundle.provenance = Object.fromEntries(
      Object.entries(tags)
        .filter(([key]) => key.startsWith("amipipe:"))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    if (input.previous && input.previous !== input.ami) {
      const [before, after] = await Promise.all([
        sources.imagePackages(input.previous),
        sources.imagePackages(input.ami),
      ]);
      if (hasPackages(before) && hasPackages(after)) {
        bundle.packageDiff = diffPackages(before.packages, after.packages);
        bundle.packageSources = { previous: before.source, current: after.source };
      } else {
        bundle.packageDiffMissing = [before, after]
          .filter((side) => !hasPackages(side))
          .map((side) => (side as { missing: string }).missing)
          .join("; ");
      }
    }
  }
  return bundle;
}
