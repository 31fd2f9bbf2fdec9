/**
 * Differences between two images' package lists (Image Builder's ListImagePackages, stored
 * per AMI by bake): what a security rebake upgraded, what a recipe change added or removed.
 * Versions compare as rpm compares them (epoch, then version and release segment by segment).
 */

export interface PackageEntry {
  name: string;
  /** `[epoch:]version-release`, e.g. "2.4.62-1.amzn2.0.1". */
  version: string;
}

export interface PackageChange {
  name: string;
  from: string;
  to: string;
}

export interface PackageDiff {
  upgraded: PackageChange[];
  downgraded: PackageChange[];
  added: PackageEntry[];
  removed: PackageEntry[];
  unchanged: number;
}

/** rpmvercmp: digit runs compare numerically, letter runs lexically, `~` sorts before anything. */
function compareSegments(a: string, b: string): number {
  const tokens = (s: string) => s.match(/~|\d+|[A-Za-z]+/g) ?? [];
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === y) continue;
    if (x === "~") return -1;
    if (y === "~") return 1;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    if (xd && !yd) return 1;
    if (!xd && yd) return -1;
    if (xd && yd) {
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d > 0n ? 1 : -1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

function splitEvr(text: string): { epoch: number; version: string; release: string } {
  const colon = text.indexOf(":");
  const epoch = colon > 0 && /^\d+$/.test(text.slice(0, colon)) ? Number(text.slice(0, colon)) : 0;
  const rest = colon > 0 ? text.slice(colon + 1) : text;
  const dash = rest.lastIndexOf("-");
  return dash > 0
    ? { epoch, version: rest.slice(0, dash), release: rest.slice(dash + 1) }
    : { epoch, version: rest, release: "" };
}

/** Compares two `[epoch:]version[-release]` strings: negative, zero or positive. */
export function compareRpmVersions(a: string, b: string): number {
  const x = splitEvr(a);
  const y = splitEvr(b);
  if (x.epoch !== y.epoch) return x.epoch - y.epoch;
  return compareSegments(x.version, y.version) || compareSegments(x.release, y.release);
}

/** What changed from `before` to `after` (package names are unique within a list). */
export function diffPackages(before: readonly PackageEntry[], after: readonly PackageEntry[]): PackageDiff {
  const old = new Map(before.map((p) => [p.name, p.version]));
  const next = new Map(after.map((p) => [p.name, p.version]));
  const diff: PackageDiff = { upgraded: [], downgraded: [], added: [], removed: [], unchanged: 0 };
  for (const [name, version] of next) {
    const was = old.get(name);
    if (was === undefined) diff.added.push({ name, version });
    else {
      const order = compareRpmVersions(version, was);
      if (order > 0) diff.upgraded.push({ name, from: was, to: version });
      else if (order < 0) diff.downgraded.push({ name, from: was, to: version });
      else diff.unchanged += 1;
    }
  }
  for (const [name, version] of old) if (!next.has(name)) diff.removed.push({ name, version });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  diff.upgraded.sort(byName);
  diff.downgraded.sort(byName);
  diff.added.sort(byName);
  diff.removed.sort(byName);
  return diff;
}

/** True when the two lists hold the same packages at the same versions. */
export function isEmptyDiff(diff: PackageDiff): boolean {
  return diff.upgraded.length + diff.downgraded.length + diff.added.length + diff.removed.length === 0;
}

/** A short human summary, one line per change (for PR comments and promotion evidence). */
export function formatPackageDiff(diff: PackageDiff): string {
  if (isEmptyDiff(diff)) return `no package changes (${diff.unchanged} packages)`;
  const lines = [
    `${diff.upgraded.length} upgraded, ${diff.added.length} added, ${diff.removed.length} removed` +
      (diff.downgraded.length ? `, ${diff.downgraded.length} downgraded` : "") +
      `, ${diff.unchanged} unchanged`,
    ...diff.upgraded.map((c) => `  ↑ ${c.name} ${c.from} → ${c.to}`),
    ...diff.downgraded.map((c) => `  ↓ ${c.name} ${c.from} → ${c.to}`),
    ...diff.added.map((p) => `  + ${p.name} ${p.version}`),
    ...diff.removed.map((p) => `  - ${p.name} ${p.version}`),
  ];
  return lines.join("\n");
}
