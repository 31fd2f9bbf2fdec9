import type { CheckResult } from "./types.js";

/** Checks as a plain-text table: name, target, pass/fail, evidence summary. */
export function formatChecks(checks: readonly CheckResult[]): string {
  const rows = checks.map((c) => [c.name, c.target, c.passed ? "pass" : "FAIL", c.summary]);
  const header = ["check", "target", "result", "evidence"];
  const widths = [0, 1, 2].map((i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => [...r.slice(0, 3).map((cell, i) => cell.padEnd(widths[i]!)), r[3]].join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}

/** The same as a Markdown table (GitHub job summary). */
export function markdownChecks(checks: readonly CheckResult[]): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [
    "| check | target | result | evidence |",
    "| --- | --- | --- | --- |",
    ...checks.map(
      (c) =>
        `| ${cell(c.name)} | ${cell(c.target)} | ${c.passed ? "✅ pass" : "❌ fail"} | ${cell(c.summary)} |`,
    ),
  ].join("\n");
}
