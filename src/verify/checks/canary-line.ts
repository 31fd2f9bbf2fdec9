/**
 * Reads a line of the cron canary's log (src/recipe/canary.ts writes it):
 *
 *   2026-07-01T09:00:01+0900 cron-hour=9
 *
 * the local time the canary script read, and the hour crond believed it was when it ran the
 * entry for that hour. The reader lives with the check that judges it, so verification
 * depends on no recipe module (the recipe's image checks are taken from the catalogue).
 */
export interface CanaryLine {
  /** The local timestamp as written (ISO with offset). */
  at: string;
  localHour: number;
  minute: number;
  offset: string;
  cronHour: number;
  /** True when crond's hour matches the local hour: crond runs in the system zone. */
  inZone: boolean;
}

export function parseCanaryLine(line: string): CanaryLine | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}):\d{2}([+-]\d{4})) cron-hour=(\d{1,2})$/.exec(line.trim());
  if (!m) return undefined;
  const localHour = Number(m[2]);
  const cronHour = Number(m[5]);
  return {
    at: m[1] as string,
    localHour,
    minute: Number(m[3]),
    offset: m[4] as string,
    cronHour,
    inZone: localHour === cronHour,
  };
}
