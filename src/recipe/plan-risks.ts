import { BASE_OS, type Recipe } from "../config/schema.js";

/** A recipe change a reviewer must not read as just another diff line. */
export interface Risk {
  kind: "timezone" | "agent-removed" | "service-removed" | "service-disabled" | "cron-removed" | "base-os";
  /** What changed: the zone change, the agent, service or cron entry name, the base change. */
  item: string;
  /** What it means once the image serves, for a person. */
  message: string;
}

/** What each agent does for the fleet, so its removal says what stops. */
const AGENT_DUTY: Record<string, string> = {
  fluentd: "logs are no longer shipped (the access logs stop arriving downstream), and no check notices",
  "newrelic-infra": "host metrics and inventory are no longer reported to New Relic, and no check notices",
};

/**
 * The risky parts of a recipe change: a zone change (cron fires at other wall-clock times), an
 * agent removed (logs or metrics stop), a service removed or no longer enabled at boot, a cron
 * entry removed, a base OS change. `at` (ms) picks the year whose summer and winter offsets
 * are compared.
 */
export function recipeRisks(before: Recipe | undefined, after: Recipe, o: { at?: number } = {}): Risk[] {
  if (!before) return [];
  const risks: Risk[] = [];
  if (before.timezone !== after.timezone)
    risks.push(timezoneRisk(before, after, o.at ?? Date.UTC(2026, 0, 1)));
  for (const agent of Object.keys(before.agents) as Array<keyof Recipe["agents"]>) {
    if (before.agents[agent] && !after.agents[agent])
      risks.push({
        kind: "agent-removed",
        item: agent,
        message: `agent ${agent} removed: ${AGENT_DUTY[agent] ?? "what it shipped stops"}`,
      });
  }
  const afterServices = new Map(after.services.map((s) => [s.name, s]));
  for (const s of before.services) {
    const now = afterServices.get(s.name);
    if (!now)
      risks.push({
        kind: "service-removed",
        item: s.name,
        message: `service ${s.name} removed: it is no longer enabled at boot nor checked${s.port ? ` (nor port ${s.port})` : ""}; if the fleet needs it, it stops on new instances`,
      });
    else if (s.enabled && !now.enabled)
      risks.push({
        kind: "service-disabled",
        item: s.name,
        message: `service ${s.name} set to enabled: false: it does not start at boot, so new instances and a reboot leave it stopped`,
      });
  }
  const afterCron = new Set(after.cron.map((c) => c.name));
  for (const c of before.cron) {
    if (!afterCron.has(c.name))
      risks.push({
        kind: "cron-removed",
        item: c.name,
        message: `cron entry ${c.name} removed: '${c.schedule}' (${c.user}: ${c.command}) no longer runs`,
      });
  }
  if (before.base !== after.base) risks.push(baseRisk(before.base, after.base));
  return risks;
}

function baseRisk(from: string, to: string): Risk {
  const os = (b: string) => ((BASE_OS as readonly string[]).includes(b) ? b : undefined);
  const item = `${from} → ${to}`;
  if (os(from) && os(to))
    return {
      kind: "base-os",
      item,
      message: `base OS ${item}: package names, defaults and daemons differ; run 'amipipe validate' for the migration lint (amazon-linux-extras, renamed packages, the cron daemon) and bake before promoting`,
    };
  return {
    kind: "base-os",
    item,
    message: `base image ${item}: if the OS release differs, run 'amipipe validate' for the migration lint and compare the package diff of the bake`,
  };
}

function timezoneRisk(before: Recipe, after: Recipe, at: number): Risk {
  const from = before.timezone;
  const to = after.timezone;
  const item = `${from} → ${to}`;
  const year = new Date(at).getUTCFullYear();
  const shifts = [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].map((t) => {
    const a = offsetMinutes(from, t);
    const b = offsetMinutes(to, t);
    return a === undefined || b === undefined ? undefined : a - b;
  });
  if (shifts.some((s) => s === undefined))
    return {
      kind: "timezone",
      item,
      message: `timezone ${item}: cron schedules fire at different wall-clock times`,
    };
  const [winter, summer] = shifts as [number, number];
  const amount =
    winter === summer
      ? hours(winter)
      : `${hours(Math.min(winter, summer))} to ${hours(Math.max(winter, summer))} (daylight saving time)`;
  const direction = winter > 0 || summer > 0 ? "later" : "earlier";
  const cron = after.cron.length > 0 ? after.cron : before.cron;
  const example = cron.map((c) => exampleShift(c.name, c.schedule, from, to, winter)).find(Boolean);
  const what =
    winter === 0 && summer === 0
      ? "the zones share an offset, so cron fires at the same wall-clock times"
      : `cron schedules are read in the image's zone, so every entry fires ${amount} ${direction} in ${from} terms`;
  return {
    kind: "timezone",
    item,
    message: `timezone ${item}: ${what}${example ? ` (${example})` : ""}; local times in logs and applications shift too`,
  };
}

/** "'0 9 * * *' ran at 09:00 Asia/Tokyo, now at 09:00 UTC = 18:00 Asia/Tokyo" for a fixed daily time. */
function exampleShift(
  name: string,
  schedule: string,
  from: string,
  to: string,
  shiftMin: number,
): string | undefined {
  const [minute, hour] = schedule.trim().split(/\s+/);
  if (!/^\d+$/.test(minute ?? "") || !/^\d+$/.test(hour ?? "") || shiftMin === 0) return undefined;
  const at = Number(hour) * 60 + Number(minute);
  const shifted = at + shiftMin;
  const day = shifted >= 1440 ? " the next day" : shifted < 0 ? " the day before" : "";
  return `${name} '${schedule}' ran at ${clock(at)} ${from}, now at ${clock(at)} ${to} = ${clock(shifted)} ${from}${day}`;
}

function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

function hours(minutes: number): string {
  const h = Math.abs(minutes) / 60;
  return `${Number.isInteger(h) ? h : h.toFixed(2).replace(/0$/, "")} hour${h === 1 ? "" : "s"}`;
}

/** The zone's UTC offset in minutes at `at`, from the runtime's IANA database. */
function offsetMinutes(zone: string, at: number): number | undefined {
  try {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(new Date(at))
      .find((p) => p.type === "timeZoneName")?.value;
    if (name === "GMT") return 0;
    const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? "");
    if (!m) return undefined;
    return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  } catch {
    return undefined;
  }
}
