import type { EnvironmentStatus, StatusData } from "../app/outcomes.js";
import { observeStatus } from "../app/status.js";
import { formatDuration } from "../ports/clock.js";
import type { CommandResult, Ports } from "./context.js";

export type { EnvironmentStatus, StatusData } from "../app/outcomes.js";

/** `amipipe status`: pinned versus serving AMIs per environment; a broken environment is its own line. */
export async function status(ctx: Ports, _input: Record<string, never>): Promise<CommandResult<StatusData>> {
  const data = await observeStatus(ctx);
  // A broken environment is reported on its own line; the command then exits 1.
  const ok = data.environments.every((e) => !e.error);
  return { ok, data, text: formatStatusTable(data.environments) };
}

/** Environments as a plain-text table: pinned versus serving AMIs, healthy count, in sync (or why not). */
export function formatStatusTable(envs: readonly EnvironmentStatus[]): string {
  const rows = [["ENVIRONMENT", "PINNED", "SERVING", "HEALTHY", "IN SYNC"]];
  for (const e of envs)
    rows.push([
      e.name,
      e.pinned ?? "-",
      e.serving.join(",") || "-",
      `${e.healthy}/${e.desired}`,
      e.inSync ? "yes" : e.error ? `no: ${e.error.message}` : "no",
    ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd(),
  );
  const notes = envs.flatMap((e) => [
    ...(e.lock
      ? [
          `${e.name}: locked by ${e.lock.actor}${e.lock.runUrl ? ` (${e.lock.runUrl})` : ""} for ${formatDuration(e.lock.ageMs)}, ${e.lock.expired ? `expired at ${e.lock.expiresAt} (the next run takes it over)` : `until ${e.lock.expiresAt}`}`,
        ]
      : []),
    ...(!e.inSync && e.reason && !e.error ? [`${e.name}: ${e.reason}`] : []),
  ]);
  return [...table, ...(notes.length > 0 ? ["", ...notes] : [])].join("\n");
}
