import type { Waiver } from "../config/schema.js";
import type { Inventory } from "../probes/schema.js";
import { redact } from "../redact.js";
import { equivalenceOf, equivalenceSource, OS_PLUMBING, satisfiers } from "./equivalents.js";
import { programOf } from "./programs.js";
import type { CheckResult } from "./types.js";

/** Something the old server ran, listened on, scheduled or shipped that the new one lacks. */
export interface ParityGap {
  kind: "process" | "port" | "cron" | "service" | "agent" | "timezone";
  name: string;
  detail: string;
  /** Set when the recipe waives this gap on purpose. */
  waived?: string;
}

/** An equivalence parity relied on: the old server's `old` is covered by `new` on the new one. */
export interface AppliedEquivalence {
  old: string;
  new: string;
  /** The package providing `new` when it is named otherwise (fluentd from fluent-package). */
  package?: string;
  why: string;
  source: string;
  /** What it covered: agent, process, service. */
  kinds: ParityGap["kind"][];
}

/** "td-agent → fluentd (fluent-package), the td-agent successor". */
export function describeEquivalence(e: AppliedEquivalence): string {
  return `${e.old} → ${e.new}${e.package ? ` (${e.package})` : ""}, ${e.why}`;
}

/** Loopback ports above this are ephemeral (Passenger's helper agents and the like). */
const EPHEMERAL = 32768;

const normalize = (command: string) => command.replace(/\s+/g, " ").trim();

function isSystemCron(e: { source: string; command: string }): boolean {
  return (
    e.source === "/etc/cron.d/0hourly" ||
    e.command.startsWith("run-parts ") ||
    e.source === "/etc/cron.d/amipipe-canary"
  );
}

/** The gaps of `newer` against `older`, waivers applied (waived gaps kept, marked). */
export function parityGaps(older: Inventory, newer: Inventory, waivers: readonly Waiver[] = []): ParityGap[] {
  return parityReport(older, newer, waivers).gaps;
}

/** The gaps, and the equivalences that covered what the new server runs under another name. */
export function parityReport(
  older: Inventory,
  newer: Inventory,
  waivers: readonly Waiver[] = [],
): { gaps: ParityGap[]; applied: AppliedEquivalence[] } {
  const gaps: ParityGap[] = [];
  const applied = new Map<string, AppliedEquivalence>();
  const note = (kind: ParityGap["kind"], name: string, used: string) => {
    const equivalence = equivalenceOf(name, used);
    if (!equivalence) return;
    // The name a person knows the new software by: the agent or service, not its package.
    const agent = (newer.agents ?? []).find((a) => a.name === used || a.package === used);
    const shown = {
      new: agent?.name ?? used,
      ...(agent && agent.package !== agent.name ? { package: agent.package } : {}),
    };
    const entry = applied.get(name) ?? {
      old: name,
      ...shown,
      why: equivalence.why,
      source: equivalence.source,
      kinds: [],
    };
    // A service or agent name says more than a process name (postfix rather than its master).
    if (kind !== "process" && entry.kinds.every((k) => k === "process")) {
      delete entry.package;
      Object.assign(entry, shown);
    }
    if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
    applied.set(name, entry);
  };
  const newPrograms = new Set((newer.processes ?? []).map(programOf));
  const newServices = new Set((newer.services ?? []).filter((s) => s.active === "active").map((s) => s.name));
  const newAgents = new Set(
    (newer.agents ?? [])
      .filter((a) => a.installed && a.active === "active")
      .flatMap((a) => [a.name, a.package]),
  );
  const covers = (set: Set<string>, name: string) => satisfiers(name).find((n) => set.has(n));
  const has = (set: Set<string>, name: string, kind: ParityGap["kind"]) => {
    const used = covers(set, name);
    if (used !== undefined && used !== name) note(kind, name, used);
    return used !== undefined;
  };

  const oldPrograms = [...new Set((older.processes ?? []).map(programOf))].filter((p) => !OS_PLUMBING.has(p));
  for (const program of oldPrograms) {
    if (program === "ruby" || program === "passenger") {
      if (program === "passenger" && !newPrograms.has("passenger"))
        gaps.push({
          kind: "process",
          name: "passenger",
          detail: "Passenger (the app server inside httpd) does not run",
        });
      continue;
    }
    if (!has(newPrograms, program, "process"))
      gaps.push({ kind: "process", name: program, detail: `no ${satisfiers(program).join(" or ")} process` });
  }

  const newPorts = new Set((newer.ports ?? []).map((p) => p.port));
  const oldPorts = new Map<number, string>();
  for (const p of older.ports ?? []) {
    const loopback = p.address === "127.0.0.1" || p.address === "::1";
    if (loopback && p.port >= EPHEMERAL) continue;
    if (p.port === 22) continue;
    if (!oldPorts.has(p.port)) oldPorts.set(p.port, p.process);
  }
  for (const [port, process] of oldPorts) {
    if (!newPorts.has(port))
      gaps.push({
        kind: "port",
        name: String(port),
        detail: `nothing listens on ${port} (${process || "unknown process"} on the old server)`,
      });
  }

  const newCron = new Set((newer.cron?.entries ?? []).map((e) => `${e.schedule} ${normalize(e.command)}`));
  for (const e of (older.cron?.entries ?? []).filter((x) => !isSystemCron(x))) {
    if (!newCron.has(`${e.schedule} ${normalize(e.command)}`)) {
      gaps.push({
        kind: "cron",
        name: normalize(e.command),
        detail: `"${e.schedule} ${normalize(e.command)}" (${e.user}, ${e.source}) is not scheduled`,
      });
    }
  }

  for (const s of (older.services ?? []).filter(
    (x) => x.enabled === "enabled" && x.active === "active" && !OS_PLUMBING.has(x.name),
  )) {
    if (!has(newServices, s.name, "service"))
      gaps.push({
        kind: "service",
        name: s.name,
        detail: `service ${satisfiers(s.name).join(" or ")} is not active`,
      });
  }

  for (const a of (older.agents ?? []).filter((x) => x.installed && x.active === "active")) {
    if (!has(newAgents, a.name, "agent")) {
      const instead = satisfiers(a.name).slice(1);
      gaps.push({
        kind: "agent",
        name: a.name,
        detail: `${a.name} ran on the old server${instead.length ? ` and no ${instead.join("/")} runs instead` : ""}`,
      });
    }
  }

  const zoneGap = timezoneGap(older, newer);
  if (zoneGap) gaps.push(zoneGap);

  return {
    // Waivers match the text as the server had it; findings leave the run redacted (a legacy
    // crontab's `mysqldump -p…` must not reach summaries and evidence verbatim).
    gaps: gaps.map((gap) => {
      const waiver = waivers.find((w) => w.kind === gap.kind && w.name === gap.name);
      const shown = { ...gap, name: redact(gap.name), detail: redact(gap.detail) };
      return waiver ? { ...shown, waived: waiver.reason } : shown;
    }),
    applied: [...applied.values()],
  };
}

/** "+0900" → 540 minutes east of UTC; undefined when unreadable. */
function offsetMinutes(offset: string | undefined): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset ?? "");
  if (!m) return undefined;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function hours(minutes: number): string {
  const h = minutes / 60;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} hour${h === 1 ? "" : "s"}`;
}

/**
 * The zone cron schedules are read in: a new server in another zone runs every job at another
 * hour (the seed's cron jobs in UTC instead of JST). Named by the old server's zone.
 */
function timezoneGap(older: Inventory, newer: Inventory): ParityGap | undefined {
  const was = older.timezone;
  const now = newer.timezone;
  if (!was || !now || was.zone === now.zone) return undefined;
  const before = offsetMinutes(was.utcOffset);
  const after = offsetMinutes(now.utcOffset);
  let effect = "cron schedules are read in another zone";
  if (before !== undefined && after !== undefined) {
    const shift = before - after;
    effect =
      shift === 0
        ? `same UTC offset today (${now.utcOffset}), but daylight saving rules may differ`
        : `cron schedules fire ${hours(Math.abs(shift))} ${shift > 0 ? "later" : "earlier"}`;
  }
  return {
    kind: "timezone",
    name: was.zone,
    detail: `timezone differs: old ${was.zone}, new ${now.zone} — ${effect}`,
  };
}

/** Parity as a check: fails when unwaived gaps remain; the summary names each one. */
export function checkParity(
  older: Inventory,
  newer: Inventory,
  o: { target: string; waivers?: readonly Waiver[] },
): CheckResult {
  const { gaps, applied } = parityReport(older, newer, o.waivers ?? []);
  const open = gaps.filter((g) => !g.waived);
  const waived = gaps.filter((g) => g.waived);
  const equivalences = [...new Set((older.agents ?? []).map((a) => a.name))]
    .map((name) => ({ old: name, source: equivalenceSource(name) }))
    .filter((e) => e.source);
  return {
    name: "parity",
    level: "instance",
    target: o.target,
    passed: open.length === 0,
    summary:
      open.length === 0
        ? `the new server runs, listens on, schedules and ships everything the old one did${waived.length ? ` (${waived.length} waived)` : ""}`
        : `the new server lacks what ${older.host.hostname} had: ${open.map((g) => `${g.kind} ${g.name} (${g.detail})`).join("; ")}`,
    evidence: {
      old: older.host.hostname,
      new: newer.host.hostname,
      gaps: open,
      waived,
      equivalences,
      applied,
    },
  };
}
