import { createHash } from "node:crypto";
import type { RepositoryOffer } from "../host/updateinfo.js";
import { type ImageRecord, regionOf, type SimState } from "../state.js";
import { publicParameterNames } from "./ec2-images.js";
import { hasSecurityUpdate, packagesFor } from "./imagebuilder-build.js";

const SEVERITIES = [
  "critical",
  "important",
  "important",
  "important",
  "medium",
  "medium",
  "medium",
  "medium",
  "low",
  "low",
];

/**
 * What Amazon Linux's repositories offer at `now` for the packages of an image: the releases
 * a build with every update applied on the newest base image would install (the same model
 * Image Builder's simulated builds use, so a rebake installs exactly what is offered), each
 * security update with its advisory. Undefined for images without a recipe manifest (legacy
 * or custom bases: no repository is modelled for them).
 */
export function repositoryOffer(
  state: SimState,
  o: { region: string; image: ImageRecord | undefined; now: number },
): RepositoryOffer | undefined {
  const manifest = o.image?.manifest;
  if (!manifest) return undefined;
  const r = regionOf(state, o.region);
  const newestBase = publicParameterNames(manifest.os, manifest.arch)
    .map((name) => r.parameters[name]?.value)
    .find((ami) => ami !== undefined);
  if (!newestBase) return undefined;
  const prefix = manifest.os === "amazon-linux-2023" ? "ALAS2023" : "ALAS2";
  const year = new Date(o.now).getUTCFullYear();
  const packages = packagesFor(manifest, r.images[newestBase]?.createdAt ?? 0, {
    updates: "all",
    builtAt: o.now,
  }).flatMap((p) => {
    if (!p.packageName || !p.packageVersion) return [];
    const offered: RepositoryOffer["packages"][number] = { name: p.packageName, version: p.packageVersion };
    if (hasSecurityUpdate(p.packageName)) {
      // One advisory per release: every instance lacking it lists the same id.
      const h = createHash("sha256").update(`${p.packageName}-${p.packageVersion}`).digest();
      offered.advisory = {
        id: `${prefix}-${year}-${1000 + (h.readUInt16BE(0) % 3000)}`,
        severity: SEVERITIES[h[2]! % SEVERITIES.length]!,
      };
    }
    return [offered];
  });
  return { tool: manifest.os === "amazon-linux-2023" ? "dnf" : "yum", packages };
}
