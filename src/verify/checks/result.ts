import type { CheckLevel, CheckResult } from "../types.js";

/** A check result; `problems` empty means passed, otherwise they make the summary. */
export function verdict(o: {
  name: string;
  level?: CheckLevel;
  target: string;
  problems: string[];
  ok: string;
  evidence: Record<string, unknown>;
}): CheckResult {
  return {
    name: o.name,
    level: o.level ?? "instance",
    target: o.target,
    passed: o.problems.length === 0,
    summary: o.problems.length === 0 ? o.ok : o.problems.join("; "),
    evidence: o.evidence,
  };
}

export function isoOf(epochSeconds: number | null | undefined): string | null {
  return epochSeconds == null ? null : new Date(epochSeconds * 1000).toISOString();
}

/** A result for a section the probe did not return (probe failed or printed something else). */
export function missingSection(name: string, target: string, section: string): CheckResult {
  return {
    name,
    level: "instance",
    target,
    passed: false,
    summary: `the probe returned no ${section} facts`,
    evidence: {},
  };
}
