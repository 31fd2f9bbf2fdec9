import type { GcFailure } from "./gc-apply.js";
import type { GcPlan } from "./gc-plan.js";
import { shortKeepReasons } from "./gc-reasons.js";

/**
 * The human account of a gc run: what goes (images, retained instances past their retention),
 * what stays and why, one aligned row each; then the totals and their basis. `--json` has the
 * same decisions with structured reasons.
 */
export function describeGc(plan: GcPlan, o: { dryRun: boolean; failures?: GcFailure[] }): string {
  const lines: string[] = [];
  const head = o.dryRun ? "gc plan (dry run, nothing changed)" : "gc";
  lines.push(
    `${head}: ${plan.deregister.length} image(s) to deregister, ${plan.terminate.length} retained instance(s) to terminate, ${plan.kept.length} image(s) kept`,
  );
  if (plan.deregister.length > 0) {
    lines.push("", "DEREGISTER (with the snapshots no kept image shares)");
    lines.push(
      ...table(
        plan.deregister.map((d) => [
          d.ami,
          d.region,
          `built ${d.builtAt.slice(0, 10)}`,
          `${d.sizeGiB} GiB`,
          d.snapshots.join(", ") || "no snapshot of its own",
        ]),
      ),
    );
  }
  if (plan.terminate.length > 0) {
    lines.push("", "TERMINATE (stopped for a fast rollback; retention is over)");
    lines.push(
      ...table(plan.terminate.map((t) => [t.instanceId, t.region, t.ami, `retained until ${t.retainUntil}`])),
    );
  }
  if (plan.kept.length > 0) {
    lines.push("", "KEEP");
    lines.push(
      ...table(
        plan.kept.map((k) => [k.ami, k.region, `${k.sizeGiB} GiB`, shortKeepReasons(k.reasons).join(" · ")]),
      ),
    );
  }
  if (plan.pinnedTags.length > 0) {
    lines.push("", "TAG amipipe:pinned (the environments whose current pin it is)");
    lines.push(
      ...table(
        plan.pinnedTags.map((c) => [
          c.ami,
          c.region,
          c.value === null ? "remove (pinned nowhere now)" : c.value,
        ]),
      ),
    );
  }
  lines.push(
    "",
    `${o.dryRun ? "would reclaim" : "reclaimed"} ${plan.reclaimGiB} GiB of snapshots ≈ $${plan.monthlyCostUSD.toFixed(2)} per month`,
    `  (${plan.costBasis})`,
  );
  for (const f of o.failures ?? []) lines.push(`  FAILED ${f.action} ${f.target}: ${f.message}`);
  if (!o.dryRun && (o.failures?.length ?? 0) === 0) lines.push("did everything planned");
  return lines.join("\n");
}

/** Rows with their columns aligned, indented by two spaces; the last column runs free. */
function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows.map((row) =>
    `  ${row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join("  ")}`.trimEnd(),
  );
}
