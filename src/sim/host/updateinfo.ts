import { compareRpmVersions } from "../../probes/package-diff.js";
import type { Advisory, AdvisoryFacts } from "../../probes/schema.js";
import type { InstanceFacts } from "./facts.js";

/**
 * What the OS package repositories offer when a probe runs (the simulator's model of them):
 * the newest release of each package, and the security advisory that release carries.
 */
export interface RepositoryOffer {
  /** The package manager that reads them: yum on Amazon Linux 2, dnf on 2023. */
  tool: "yum" | "dnf";
  packages: Array<{ name: string; version: string; advisory?: { id: string; severity: string } }>;
}

/** The package manager of a simulated host, from its OS name. */
export function toolOf(facts: InstanceFacts): "yum" | "dnf" {
  return /\b2023\b/.test(facts.os) ? "dnf" : "yum";
}

/**
 * What `yum updateinfo list security updates` / `dnf updateinfo list --security --updates`
 * lists on the instance: every installed package the repositories hold a newer release of
 * with a security advisory. Without an offer the package manager cannot read the
 * repositories' metadata, and says so.
 */
export function updateinfoOf(facts: InstanceFacts, offer: RepositoryOffer | undefined): AdvisoryFacts {
  if (!offer) {
    const tool = toolOf(facts);
    return {
      tool,
      listed: false,
      error: `${tool} exited 1: Cannot retrieve repository metadata (repomd.xml) for ${facts.os}`,
      items: [],
    };
  }
  const offered = new Map(offer.packages.map((p) => [p.name, p]));
  const items: Advisory[] = [];
  for (const installed of facts.packages) {
    const newer = offered.get(installed.name);
    if (!newer?.advisory || compareRpmVersions(newer.version, installed.version) <= 0) continue;
    items.push({
      id: newer.advisory.id,
      severity: newer.advisory.severity,
      package: installed.name,
      fixedIn: `${installed.name}-${newer.version}.${installed.arch}`,
    });
  }
  items.sort((a, b) => a.id.localeCompare(b.id) || a.package.localeCompare(b.package));
  return { tool: offer.tool, listed: true, error: null, items };
}
