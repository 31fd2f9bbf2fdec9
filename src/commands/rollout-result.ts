import type { RolloutData, RolloutOutcome } from "../app/outcomes.js";
import { formatTypeChanges } from "../rollout/instance-type.js";
import type { CommandResult } from "./context.js";

/** The --json document of promote, rollback and reconcile (DESIGN §4 and the pinChanges contract). */
export type RolloutCommandData = RolloutData;

/** A rollout command's outcome as the CLI and the action print it. */
export function rolloutResult(outcome: RolloutOutcome): CommandResult<RolloutCommandData> {
  return { ok: outcome.ok, data: outcome.data, text: rolloutText(outcome.headline, outcome.data) };
}

function rolloutText(headline: string, d: RolloutData): string {
  const lines = [headline];
  for (const c of d.pinChanges)
    lines.push(`  pin ${c.environment}: ${c.previous ?? "none"} → ${c.ami} (${c.file})`);
  if (d.steps.length > 0) {
    const rollout = d.rolloutId ? `rollout ${d.rolloutId}, ` : "";
    lines.push(`  ${rollout}${d.steps.length} step(s): ${d.steps.map(stepName).join(", ")}`);
  }
  if (d.instanceTypeChanges.length > 0) lines.push(`  ${formatTypeChanges(d.instanceTypeChanges)}`);
  if (d.checkSummary) lines.push(`  ${d.checkSummary}`);
  // Each finding once; the error line only says what happened as a result.
  for (const f of d.findings) lines.push(`  FINDING ${f.name} on ${f.target}: ${f.summary}`);
  if (d.error) lines.push(`  ${d.error.message}`);
  const s = d.status;
  lines.push(
    `  ${s.name}: pinned ${s.pinned ?? "-"}, serving ${s.serving.join(",") || "-"}, healthy ${s.healthy}/${s.desired}, ${s.inSync ? "in sync" : `NOT in sync${s.reason ? ` (${s.reason})` : ""}`}`,
  );
  return lines.join("\n");
}

function stepName(s: RolloutData["steps"][number]): string {
  return s.phase ? `${s.kind} (${s.phase})` : s.kind;
}
