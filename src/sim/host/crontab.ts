import type { CronTabEntry } from "../../probes/schema.js";

/**
 * Entries of a crontab text, read as the cron probe reads them (src/probes/sections/cron.sh):
 * comments and VAR=value lines skipped; system files (no `owner`) carry the user in field six.
 */
export function parseCrontab(text: string, source: string, owner?: string): CronTabEntry[] {
  const entries: CronTabEntry[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trimStart();
    if (line === "" || line.startsWith("#") || /^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(line)) continue;
    const fields = line.split(/\s+/);
    const scheduleFields = line.startsWith("@") ? 1 : 5;
    const schedule = fields.slice(0, scheduleFields).join(" ");
    let rest = line;
    for (let i = 0; i < scheduleFields; i++) rest = rest.replace(/^\S*\s*/, "");
    rest = rest.trimEnd();
    if (owner !== undefined) {
      entries.push({ source, user: owner, schedule, command: rest });
    } else {
      const user = rest.split(/\s+/, 1)[0] ?? "";
      entries.push({ source, user, schedule, command: rest.slice(user.length).trimStart() });
    }
  }
  return entries;
}
