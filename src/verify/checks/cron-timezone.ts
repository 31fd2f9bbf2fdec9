import type { CronTabEntry, Inventory } from "../../probes/schema.js";
import { offsetMs, zoneInfo } from "../../probes/zones.js";
import type { CheckResult } from "../types.js";
import { type CanaryLine, parseCanaryLine } from "./canary-line.js";
import { isoOf, missingSection, verdict } from "./result.js";

/** The canary fires every minute; a last run older than this means cron is not running it. */
const CANARY_FRESH_SECONDS = 180;
const DAY_MINUTES = 24 * 60;

/**
 * crond reads the zone once, when it starts (the seed's incident: the zone was changed,
 * crond kept UTC, mails went out 9 hours late). Passes when crond started after
 * /etc/localtime last changed AND the canary entry fired recently at the local hour.
 * A finding reads in the recipe's zone: when things happened, what it does to the
 * server's own cron jobs, and the fix; the raw timestamps stay in the evidence.
 */
export function checkCronTimezone(inv: Inventory, zone: string, target: string): CheckResult {
  const cron = inv.cron;
  const tz = inv.timezone;
  if (!cron || !tz) return missingSection("cron-timezone", target, cron ? "timezone" : "cron");
  const local = zoneInfo(zone);
  const at = (epochSeconds: number) => localClock(epochSeconds, local);
  const problems: string[] = [];
  const started = cron.daemon.startedAt;
  const changed = tz.localtimeChangedAt;
  const canary = cron.canary.lastLine ? parseCanaryLine(cron.canary.lastLine) : undefined;
  const startedEarly = cron.daemon.running && started !== null && changed !== null && started < changed;
  const canaryOff = canary !== undefined && !canary.inZone;

  if (!cron.daemon.running) problems.push("crond is not running: no cron job runs at all");
  else if (startedEarly || canaryOff) {
    const lag = lagMinutes(canary, tz.utcOffset);
    const why: string[] = [];
    if (startedEarly)
      why.push(
        `crond started at ${at(started)}, before the zone was set to ${tz.zone} at ${sameDay(at(started), at(changed))}, and keeps the zone it read at start`,
      );
    if (canaryOff)
      why.push(
        `the canary confirms it: at ${canary.at.slice(11, 16)} ${local.abbreviation} crond ran its hour-${canary.cronHour} entry`,
      );
    problems.push(
      `${consequence(cron.entries, { lag, utcOffset: tz.utcOffset, zone: tz.zone, abbreviation: local.abbreviation })}. ${why.join("; ")}. Fix: restart crond after setting the zone, or reboot`,
    );
  }
  if (cron.canary.logFile === null)
    problems.push("the image has no cron canary (no manifest): cannot prove cron runs in local time");
  else if (!canary) problems.push(`the cron canary never fired (nothing in ${cron.canary.logFile})`);
  else {
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
      utcOffset: tz.utcOffset,
      canaryLine: cron.canary.lastLine,
      canaryLastRunAt: isoOf(cron.canary.lastRunAt),
      collectedAt: isoOf(inv.host.collectedAt),
    },
  });
}

/** `2026-05-01 09:31:05 JST (+0900)`: a time as a person in the recipe's zone reads it. */
function localClock(epochSeconds: number, local: { abbreviation: string; utcOffset: string }): string {
  const iso = new Date(epochSeconds * 1000 + offsetMs(local.utcOffset)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${local.abbreviation} (${local.utcOffset})`;
}

/**
 * How far crond's clock is behind local time, in minutes: the canary's local hour minus the
 * hour crond matched when it shows one, otherwise the host's offset (crond kept UTC, the
 * zone of a fresh Amazon Linux instance).
 */
function lagMinutes(canary: CanaryLine | undefined, utcOffset: string): number {
  const fromOffset = offsetMs(utcOffset) / 60_000;
  if (!canary || canary.inZone) return fromOffset;
  const hours = (canary.localHour - canary.cronHour + 24) % 24;
  const offsetHours = (((fromOffset / 60) % 24) + 24) % 24;
  return Math.floor(offsetHours) === hours || Math.ceil(offsetHours) === hours ? fromOffset : hours * 60;
}

/** "cron runs on UTC, not Asia/Tokyo: jobs fire 9 hours late — '0 9 * * *' (daily-mail) runs at 18:00 JST". */
function consequence(
  entries: readonly CronTabEntry[],
  o: { lag: number; utcOffset: string; zone: string; abbreviation: string },
): string {
  if (o.lag === 0) return `cron may still run on the zone crond started with, not ${o.zone}`;
  const crondOffset = offsetMs(o.utcOffset) / 60_000 - o.lag;
  const crondZone =
    crondOffset === 0 ? "UTC" : `UTC${crondOffset < 0 ? "-" : "+"}${clock(Math.abs(crondOffset))}`;
  const ahead = ((o.lag % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const late = ahead <= DAY_MINUTES / 2;
  const shift = late ? ahead : DAY_MINUTES - ahead;
  const example = exampleJob(entries);
  const runs = example.hour * 60 + example.minute + (late ? shift : -shift);
  const day = runs >= DAY_MINUTES ? " the next day" : runs < 0 ? " the day before" : "";
  const name = example.name ? ` (${example.name})` : "";
  return `cron runs on ${crondZone}, not ${o.zone}: jobs fire ${duration(shift)} ${late ? "late" : "early"} — '${example.schedule}'${name} runs at ${clock((runs + DAY_MINUTES) % DAY_MINUTES)} ${o.abbreviation}${day}`;
}

/**
 * The server's first cron job at a fixed hour and minute, or a 09:00 job. The canary's entries
 * (`* H * * *`) never qualify: their minute is not fixed.
 */
function exampleJob(entries: readonly CronTabEntry[]): {
  schedule: string;
  name?: string;
  hour: number;
  minute: number;
} {
  for (const e of entries) {
    const [minute, hour] = e.schedule.split(/\s+/);
    if (!/^\d{1,2}$/.test(minute ?? "") || !/^\d{1,2}$/.test(hour ?? "")) continue;
    const name = e.source.startsWith("/etc/cron.d/") ? e.source.slice("/etc/cron.d/".length) : undefined;
    return { schedule: e.schedule, ...(name ? { name } : {}), hour: Number(hour), minute: Number(minute) };
  }
  return { schedule: "0 9 * * *", hour: 9, minute: 0 };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? "1 hour" : `${h} hours`;
  return m === 0 ? hours : h === 0 ? `${m} minutes` : `${hours} ${m} minutes`;
}

/** The second of two local times without its date and offset when both fall on the same day. */
function sameDay(first: string, second: string): string {
  return first.slice(0, 10) === second.slice(0, 10)
    ? second.slice(11).replace(/ \([+-]\d{4}\)$/, "")
    : second;
}
