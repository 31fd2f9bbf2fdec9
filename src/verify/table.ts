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

/**
 * The last line of `amipipe verify`: what ran, on how many instances, and what did not run —
 * "all checks passed" only when instance checks ran on every running instance.
 */
export function verifyHeadline(o: {
  environment: string;
  recipe: string;
  checks: readonly CheckResult[];
  /** Running instances baked from the recipe: instance and environment checks ran. */
  checked: number;
  /** Running instances not baked from the recipe: only environment checks cover them. */
  notFromRecipe: ReadonlyArray<{ instance: string; ami: string }>;
}): string {
  const findings = o.checks.filter((c) => !c.passed).length;
  const skipped = o.notFromRecipe.length;
  let verdict: string;
  if (o.checked > 0 && skipped === 0)
    verdict =
      findings === 0
        ? `all checks passed on ${o.checked} instance(s)`
        : `${findings} finding(s) on ${o.checked} instance(s)`;
  else if (o.checked > 0)
    verdict =
      findings === 0
        ? `environment checks and instance checks on ${o.checked} instance(s) baked from recipe ${o.recipe} passed`
        : `${findings} finding(s) from environment checks and instance checks on ${o.checked} instance(s)`;
  else
    verdict = findings === 0 ? "environment checks passed" : `${findings} finding(s) from environment checks`;
  const amis = [...new Set(o.notFromRecipe.map((i) => i.ami))].join(", ");
  const rest =
    skipped > 0
      ? `; instance checks skipped on ${skipped} instance(s) not baked from recipe ${o.recipe} (${amis})`
      : o.checked === 0
        ? "; no running instance to run instance checks on"
        : "";
  return `${o.environment}: ${verdict}${rest}`;
}
