import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  observeStatus
} from "./chunk-5TLPEZW4.js";
import {
  formatDuration
} from "./chunk-U2BKHDZX.js";

// src/commands/status.ts
async function status(ctx, _input) {
  const data = await observeStatus(ctx);
  const ok = data.environments.every((e) => !e.error);
  return { ok, data, text: formatStatusTable(data.environments) };
}
function formatStatusTable(envs) {
  const rows = [["ENVIRONMENT", "PINNED", "SERVING", "HEALTHY", "IN SYNC"]];
  for (const e of envs)
    rows.push([
      e.name,
      e.pinned ?? "-",
      e.serving.join(",") || "-",
      `${e.healthy}/${e.desired}`,
      e.inSync ? "yes" : e.error ? `no: ${e.error.message}` : "no"
    ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const table = rows.map(
    (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()
  );
  const notes = envs.flatMap((e) => [
    ...e.lock ? [
      `${e.name}: locked by ${e.lock.actor}${e.lock.runUrl ? ` (${e.lock.runUrl})` : ""} for ${formatDuration(e.lock.ageMs)}, ${e.lock.expired ? `expired at ${e.lock.expiresAt} (the next run takes it over)` : `until ${e.lock.expiresAt}`}`
    ] : [],
    ...!e.inSync && e.reason && !e.error ? [`${e.name}: ${e.reason}`] : []
  ]);
  return [...table, ...notes.length > 0 ? ["", ...notes] : []].join("\n");
}

export {
  status,
  formatStatusTable
};
