import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/probes/package-diff.ts
function compareSegments(a, b) {
  const tokens = (s) => s.match(/~|\d+|[A-Za-z]+/g) ?? [];
  const ta = tokens(a);
  const tb = tokens(b);
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    if (x === y) continue;
    if (x === "~") return -1;
    if (y === "~") return 1;
    if (x === void 0) return -1;
    if (y === void 0) return 1;
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
function splitEvr(text) {
  const colon = text.indexOf(":");
  const epoch = colon > 0 && /^\d+$/.test(text.slice(0, colon)) ? Number(text.slice(0, colon)) : 0;
  const rest = colon > 0 ? text.slice(colon + 1) : text;
  const dash = rest.lastIndexOf("-");
  return dash > 0 ? { epoch, version: rest.slice(0, dash), release: rest.slice(dash + 1) } : { epoch, version: rest, release: "" };
}
function compareRpmVersions(a, b) {
  const x = splitEvr(a);
  const y = splitEvr(b);
  if (x.epoch !== y.epoch) return x.epoch - y.epoch;
  return compareSegments(x.version, y.version) || compareSegments(x.release, y.release);
}
function diffPackages(before, after) {
  const old = new Map(before.map((p) => [p.name, p.version]));
  const next = new Map(after.map((p) => [p.name, p.version]));
  const diff = { upgraded: [], downgraded: [], added: [], removed: [], unchanged: 0 };
  for (const [name, version] of next) {
    const was = old.get(name);
    if (was === void 0) diff.added.push({ name, version });
    else {
      const order = compareRpmVersions(version, was);
      if (order > 0) diff.upgraded.push({ name, from: was, to: version });
      else if (order < 0) diff.downgraded.push({ name, from: was, to: version });
      else diff.unchanged += 1;
    }
  }
  for (const [name, version] of old) if (!next.has(name)) diff.removed.push({ name, version });
  const byName = (a, b) => a.name.localeCompare(b.name);
  diff.upgraded.sort(byName);
  diff.downgraded.sort(byName);
  diff.added.sort(byName);
  diff.removed.sort(byName);
  return diff;
}
function isEmptyDiff(diff) {
  return diff.upgraded.length + diff.downgraded.length + diff.added.length + diff.removed.length === 0;
}
function formatPackageDiff(diff) {
  if (isEmptyDiff(diff)) return `no package changes (${diff.unchanged} packages)`;
  const lines = [
    `${diff.upgraded.length} upgraded, ${diff.added.length} added, ${diff.removed.length} removed` + (diff.downgraded.length ? `, ${diff.downgraded.length} downgraded` : "") + `, ${diff.unchanged} unchanged`,
    ...diff.upgraded.map((c) => `  \u2191 ${c.name} ${c.from} \u2192 ${c.to}`),
    ...diff.downgraded.map((c) => `  \u2193 ${c.name} ${c.from} \u2192 ${c.to}`),
    ...diff.added.map((p) => `  + ${p.name} ${p.version}`),
    ...diff.removed.map((p) => `  - ${p.name} ${p.version}`)
  ];
  return lines.join("\n");
}

export {
  compareRpmVersions,
  diffPackages,
  isEmptyDiff,
  formatPackageDiff
};
