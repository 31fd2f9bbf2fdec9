import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  OS_PLUMBING,
  equivalenceOf,
  equivalenceSource,
  satisfiers
} from "./chunk-AHXN3YWG.js";
import {
  redact
} from "./chunk-MJU6FAWD.js";

// src/verify/programs.ts
function programOf(p) {
  if (p.args.includes("td-agent")) return "td-agent";
  if (p.comm.startsWith("Passenger") || p.args.startsWith("Passenger ")) return "passenger";
  return p.comm;
}
function isProgramRunning(processes, program) {
  const wanted = program.toLowerCase();
  return processes.some(
    (p) => programOf(p).toLowerCase() === wanted || `${p.comm} ${p.args}`.toLowerCase().includes(wanted)
  );
}

// src/verify/parity.ts
function describeEquivalence(e) {
  return `${e.old} \u2192 ${e.new}${e.package ? ` (${e.package})` : ""}, ${e.why}`;
}
var EPHEMERAL = 32768;
var normalize = (command) => command.replace(/\s+/g, " ").trim();
function isSystemCron(e) {
  return e.source === "/etc/cron.d/0hourly" || e.command.startsWith("run-parts ") || e.source === "/etc/cron.d/amipipe-canary";
}
function parityReport(older, newer, waivers = []) {
  const gaps = [];
  const applied = /* @__PURE__ */ new Map();
  const note = (kind, name, used) => {
    const equivalence = equivalenceOf(name, used);
    if (!equivalence) return;
    const agent = (newer.agents ?? []).find((a) => a.name === used || a.package === used);
    const shown = {
      new: agent?.name ?? used,
      ...agent && agent.package !== agent.name ? { package: agent.package } : {}
    };
    const entry = applied.get(name) ?? {
      old: name,
      ...shown,
      why: equivalence.why,
      source: equivalence.source,
      kinds: []
    };
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
    (newer.agents ?? []).filter((a) => a.installed && a.active === "active").flatMap((a) => [a.name, a.package])
  );
  const covers = (set, name) => satisfiers(name).find((n) => set.has(n));
  const has = (set, name, kind) => {
    const used = covers(set, name);
    if (used !== void 0 && used !== name) note(kind, name, used);
    return used !== void 0;
  };
  const oldPrograms = [...new Set((older.processes ?? []).map(programOf))].filter((p) => !OS_PLUMBING.has(p));
  for (const program of oldPrograms) {
    if (program === "ruby" || program === "passenger") {
      if (program === "passenger" && !newPrograms.has("passenger"))
        gaps.push({
          kind: "process",
          name: "passenger",
          detail: "Passenger (the app server inside httpd) does not run"
        });
      continue;
    }
    if (!has(newPrograms, program, "process"))
      gaps.push({ kind: "process", name: program, detail: `no ${satisfiers(program).join(" or ")} process` });
  }
  const newPorts = new Set((newer.ports ?? []).map((p) => p.port));
  const oldPorts = /* @__PURE__ */ new Map();
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
        detail: `nothing listens on ${port} (${process || "unknown process"} on the old server)`
      });
  }
  const newCron = new Set((newer.cron?.entries ?? []).map((e) => `${e.schedule} ${normalize(e.command)}`));
  for (const e of (older.cron?.entries ?? []).filter((x) => !isSystemCron(x))) {
    if (!newCron.has(`${e.schedule} ${normalize(e.command)}`)) {
      gaps.push({
        kind: "cron",
        name: normalize(e.command),
        detail: `"${e.schedule} ${normalize(e.command)}" (${e.user}, ${e.source}) is not scheduled`
      });
    }
  }
  for (const s of (older.services ?? []).filter(
    (x) => x.enabled === "enabled" && x.active === "active" && !OS_PLUMBING.has(x.name)
  )) {
    if (!has(newServices, s.name, "service"))
      gaps.push({
        kind: "service",
        name: s.name,
        detail: `service ${satisfiers(s.name).join(" or ")} is not active`
      });
  }
  for (const a of (older.agents ?? []).filter((x) => x.installed && x.active === "active")) {
    if (!has(newAgents, a.name, "agent")) {
      const instead = satisfiers(a.name).slice(1);
      gaps.push({
        kind: "agent",
        name: a.name,
        detail: `${a.name} ran on the old server${instead.length ? ` and no ${instead.join("/")} runs instead` : ""}`
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
    applied: [...applied.values()]
  };
}
function offsetMinutes(offset) {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset ?? "");
  if (!m) return void 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
function hours(minutes) {
  const h = minutes / 60;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} hour${h === 1 ? "" : "s"}`;
}
function timezoneGap(older, newer) {
  const was = older.timezone;
  const now = newer.timezone;
  if (!was || !now || was.zone === now.zone) return void 0;
  const before = offsetMinutes(was.utcOffset);
  const after = offsetMinutes(now.utcOffset);
  let effect = "cron schedules are read in another zone";
  if (before !== void 0 && after !== void 0) {
    const shift = before - after;
    effect = shift === 0 ? `same UTC offset today (${now.utcOffset}), but daylight saving rules may differ` : `cron schedules fire ${hours(Math.abs(shift))} ${shift > 0 ? "later" : "earlier"}`;
  }
  return {
    kind: "timezone",
    name: was.zone,
    detail: `timezone differs: old ${was.zone}, new ${now.zone} \u2014 ${effect}`
  };
}
function checkParity(older, newer, o) {
  const { gaps, applied } = parityReport(older, newer, o.waivers ?? []);
  const open = gaps.filter((g) => !g.waived);
  const waived = gaps.filter((g) => g.waived);
  const equivalences = [...new Set((older.agents ?? []).map((a) => a.name))].map((name) => ({ old: name, source: equivalenceSource(name) })).filter((e) => e.source);
  return {
    name: "parity",
    level: "instance",
    target: o.target,
    passed: open.length === 0,
    summary: open.length === 0 ? `the new server runs, listens on, schedules and ships everything the old one did${waived.length ? ` (${waived.length} waived)` : ""}` : `the new server lacks what ${older.host.hostname} had: ${open.map((g) => `${g.kind} ${g.name} (${g.detail})`).join("; ")}`,
    evidence: {
      old: older.host.hostname,
      new: newer.host.hostname,
      gaps: open,
      waived,
      equivalences,
      applied
    }
  };
}

export {
  isProgramRunning,
  describeEquivalence,
  checkParity
};
