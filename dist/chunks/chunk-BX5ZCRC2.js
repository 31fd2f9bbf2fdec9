import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/verify/checks/result.ts
function verdict(o) {
  return {
    name: o.name,
    level: o.level ?? "instance",
    target: o.target,
    passed: o.problems.length === 0,
    summary: o.problems.length === 0 ? o.ok : o.problems.join("; "),
    evidence: o.evidence
  };
}
function isoOf(epochSeconds) {
  return epochSeconds == null ? null : new Date(epochSeconds * 1e3).toISOString();
}
function missingSection(name, target, section) {
  return {
    name,
    level: "instance",
    target,
    passed: false,
    summary: `the probe returned no ${section} facts`,
    evidence: {}
  };
}

export {
  verdict,
  isoOf,
  missingSection
};
