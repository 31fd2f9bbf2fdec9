import type { GcFailure } from "./gc-apply.js";
import type { GcPlan } from "./gc-plan.js";

/** The human account of a gc run: every decision with its reason, then the totals and their basis. */
export function describeGc(plan: GcPlan, o: { dryRun: boolean; failures?: GcFailure[] }): string {
  const verb = o.dryRun ? "would" : "did";
  const lines: string[] = [];
  lines.push(
    `${o.dryRun ? "gc plan (dry run, nothing changed)" : "gc"}: ${plan.deregister.length} image(s) to deregister, ${plan.kept.length} kept`,
  );
  for (const d of plan.deregister) {
    const snaps =
      d.snapshots.length > 0
        ? `with snapshot(s) ${d.snapshots.join(", ")} (${d.sizeGiB} GiB)`
        : "no snapshot of its own to delete";
    lines.push(`  deregister ${d.ami} [${d.region}]${d.name ? ` ${d.name}` : ""}, ${snaps}: ${d.reason}`);
  }
  for (const k of plan.kept) lines.push(`  keep ${k.ami} [${k.region}]: ${k.reason}`);
  for (const t of plan.terminate)
    lines.push(`  terminate ${t.instanceId} [${t.region}] (${t.ami}): ${t.reason}`);
  for (const c of plan.pinnedTags) {
    lines.push(
      c.value === null
        ? `  untag ${c.ami} [${c.region}]: no longer pinned anywhere`
        : `  tag ${c.ami} [${c.region}] amipipe:pinned=${c.value}`,
    );
  }
  lines.push(
    `${o.dryRun ? "would reclaim" : "reclaimed"} ${plan.reclaimGiB} GiB of snapshots ≈ $${plan.monthlyCostUSD.toFixed(2)} per month (${plan.costBasis})`,
  );
  for (const f of o.failures ?? []) lines.push(`  FAILED ${f.action} ${f.target}: ${f.message}`);
  if (!o.dryRun && (o.failures?.length ?? 0) === 0) lines.push(`${verb} everything planned`);
  return lines.join("\n");
}
