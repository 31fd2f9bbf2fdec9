import type { Inventory } from "../../probes/schema.js";
import { parseCanaryLine } from "../../recipe/canary.js";
import type { CheckResult } from "../types.js";
import { isoOf, missingSection, verdict } from "./result.js";

/** The canary fires every minute; a last run older than this means cron is not running it. */
const CANARY_FRESH_SECONDS = 180;

/**
 * crond reads the zone once, when it starts (the seed's incident: the zone was changed,
 * crond kept UTC, mails went out 9 hours late). Passes when crond started after
 * /etc/localtime last changed AND the canary entry fired recently at the local hour.
 */
export function checkCronTimezone(inv: Inventory, zone: string, target: string): CheckResult {
  const cron = inv.cron;
  const tz = inv.timezone;
  if (!cron || !tz) return missingSection("cron-timezone", target, cron ? "timezone" : "cron");
  const problems: string[] = [];
  const started = cron.daemon.startedAt;
  const changed = tz.localtimeChangedAt;
  if (!cron.daemon.running) problems.push("crond is not running: no cron job runs at all");
  else if (started !== null && changed !== null && started < changed) {
    problems.push(
      `crond started at ${isoOf(started)}, before the zone was set to ${tz.zone} at ${isoOf(changed)}: it keeps the zone it read at start, so cron jobs would run in UTC (restart crond or reboot)`,
    );
  }
  const canary = cron.canary.lastLine ? parseCanaryLine(cron.canary.lastLine) : undefined;
  if (cron.canary.logFile === null)
    problems.push("the image has no cron canary (no manifest): cannot prove cron runs in local time");
  else if (!canary) problems.push(`the cron canary never fired (nothing in ${cron.canary.logFile})`);
  else {
    if (!canary.inZone) {
      problems.push(
        `the canary fired at ${canary.at} local time but crond matched hour ${canary.cronHour}: cron jobs run in UTC, not ${zone}`,
      );
    }
    if (canary.offset !== tz.utcOffset)
      problems.push(`the canary logged offset ${canary.offset}, the host is at ${tz.utcOffset}`);
    const age = cron.canary.lastRunAt === null ? null : inv.host.collectedAt - cron.canary.lastRunAt;
    if (age !== null && age > CANARY_FRESH_SECONDS)
      problems.push(`the canary last fired ${Math.round(age / 60)} minutes ago: cron is not running it`);
  }
  return verdict({
    name: "cron-timezone",
    target,
    problems,
    ok: `crond started after the zone was set; the canary fired at ${canary?.at ?? "?"} (local hour ${canary?.localHour ?? "?"} = cron hour)`,
    evidence: {
      crondStartedAt: isoOf(started),
      localtimeChangedAt: isoOf(changed),
      zone: tz.zone,
      canaryLine: cron.canary.lastLine,
      canaryLastRunAt: isoOf(cron.canary.lastRunAt),
      collectedAt: isoOf(inv.host.collectedAt),
    },
  });
}
