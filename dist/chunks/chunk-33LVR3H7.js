import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkParity,
  isProgramRunning
} from "./chunk-SCDM5UQP.js";
import {
  offsetMs,
  zoneInfo
} from "./chunk-ALZQZS56.js";
import {
  isoOf,
  missingSection,
  verdict
} from "./chunk-BX5ZCRC2.js";

// src/verify/checks/agents.ts
function checkAgent(inv, agent, target) {
  const name = `agent:${agent.name}`;
  if (!inv.agents) return missingSection(name, target, "agents");
  const got = inv.agents.find((a) => a.name === agent.name);
  const process = inv.processes?.some((p) => p.comm === agent.process);
  const port = agent.monitorPort === void 0 ? void 0 : inv.ports?.some((p) => p.port === agent.monitorPort);
  const problems = [];
  if (!got?.installed) {
    const what = [`package ${agent.package} absent`, `no ${agent.process} process`];
    if (agent.monitorPort !== void 0) what.push(`nothing listening on ${agent.monitorPort}`);
    problems.push(`${agent.name} is not installed: ${what.join(", ")}`);
  } else {
    if (got.active !== "active") problems.push(`${agent.name} is ${got.active}`);
    if (got.enabled !== "enabled") problems.push(`${agent.name} is not enabled at boot (${got.enabled})`);
    if (inv.processes && !process) problems.push(`no ${agent.process} process runs`);
    if (inv.ports && port === false)
      problems.push(`nothing listens on ${agent.monitorPort} (${agent.name} monitor_agent)`);
  }
  return verdict({
    name,
    target,
    problems,
    ok: `${agent.name} installed and running${agent.monitorPort ? `, monitor_agent on ${agent.monitorPort}` : ""}`,
    evidence: {
      agent: agent.name,
      package: agent.package,
      state: got ?? null,
      process: process ?? null,
      monitorPort: agent.monitorPort ?? null,
      listening: port ?? null
    }
  });
}
function notInstalledAgents(inv, agents) {
  if (!inv.agents) return [];
  return agents.filter((agent) => !inv.agents?.find((a) => a.name === agent.name)?.installed);
}
function foldIntoAgent(result, consequences) {
  const earlier = result.evidence.consequences ?? [];
  return { ...result, evidence: { ...result.evidence, consequences: [...earlier, ...consequences] } };
}
function foldAgentConsequences(results) {
  const absent = /* @__PURE__ */ new Map();
  results.forEach((r, i) => {
    if (r.name.startsWith("agent:") && !r.passed && r.evidence.state?.installed !== true)
      absent.set(`${r.name.slice("agent:".length)} ${r.target}`, i);
  });
  const out = [...results];
  const dropped = /* @__PURE__ */ new Set();
  results.forEach((r, i) => {
    if (r.passed || !r.name.startsWith("log-delivery:")) return;
    const at = absent.get(`${r.name.slice("log-delivery:".length)} ${r.target}`);
    if (at === void 0) return;
    out[at] = foldIntoAgent(out[at], [`log delivery: ${r.summary}`]);
    dropped.add(i);
  });
  return out.filter((_, i) => !dropped.has(i));
}

// src/verify/checks/canary-line.ts
function parseCanaryLine(line) {
  const m = /^(\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}):\d{2}([+-]\d{4})) cron-hour=(\d{1,2})$/.exec(line.trim());
  if (!m) return void 0;
  const localHour = Number(m[2]);
  const cronHour = Number(m[5]);
  return {
    at: m[1],
    localHour,
    minute: Number(m[3]),
    offset: m[4],
    cronHour,
    inZone: localHour === cronHour
  };
}

// src/verify/checks/cron-timezone.ts
var CANARY_FRESH_SECONDS = 180;
var DAY_MINUTES = 24 * 60;
function checkCronTimezone(inv, zone, target) {
  const cron = inv.cron;
  const tz = inv.timezone;
  if (!cron || !tz) return missingSection("cron-timezone", target, cron ? "timezone" : "cron");
  const local = zoneInfo(zone);
  const at = (epochSeconds) => localClock(epochSeconds, local);
  const problems = [];
  const started = cron.daemon.startedAt;
  const changed = tz.localtimeChangedAt;
  const canary = cron.canary.lastLine ? parseCanaryLine(cron.canary.lastLine) : void 0;
  const startedEarly = cron.daemon.running && started !== null && changed !== null && started < changed;
  const canaryOff = canary !== void 0 && !canary.inZone;
  if (!cron.daemon.running) problems.push("crond is not running: no cron job runs at all");
  else if (startedEarly || canaryOff) {
    const lag = lagMinutes(canary, tz.utcOffset);
    const why = [];
    if (startedEarly)
      why.push(
        `crond started at ${at(started)}, before the zone was set to ${tz.zone} at ${sameDay(at(started), at(changed))}, and keeps the zone it read at start`
      );
    if (canaryOff)
      why.push(
        `the canary confirms it: at ${canary.at.slice(11, 16)} ${local.abbreviation} crond ran its hour-${canary.cronHour} entry`
      );
    problems.push(
      `${consequence(cron.entries, { lag, utcOffset: tz.utcOffset, zone: tz.zone, abbreviation: local.abbreviation })}. ${why.join("; ")}. Fix: restart crond after setting the zone, or reboot`
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
      collectedAt: isoOf(inv.host.collectedAt)
    }
  });
}
function localClock(epochSeconds, local) {
  const iso = new Date(epochSeconds * 1e3 + offsetMs(local.utcOffset)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${local.abbreviation} (${local.utcOffset})`;
}
function lagMinutes(canary, utcOffset) {
  const fromOffset = offsetMs(utcOffset) / 6e4;
  if (!canary || canary.inZone) return fromOffset;
  const hours = (canary.localHour - canary.cronHour + 24) % 24;
  const offsetHours = (fromOffset / 60 % 24 + 24) % 24;
  return Math.floor(offsetHours) === hours || Math.ceil(offsetHours) === hours ? fromOffset : hours * 60;
}
function consequence(entries, o) {
  if (o.lag === 0) return `cron may still run on the zone crond started with, not ${o.zone}`;
  const crondOffset = offsetMs(o.utcOffset) / 6e4 - o.lag;
  const crondZone = crondOffset === 0 ? "UTC" : `UTC${crondOffset < 0 ? "-" : "+"}${clock(Math.abs(crondOffset))}`;
  const ahead = (o.lag % DAY_MINUTES + DAY_MINUTES) % DAY_MINUTES;
  const late = ahead <= DAY_MINUTES / 2;
  const shift = late ? ahead : DAY_MINUTES - ahead;
  const example = exampleJob(entries);
  const runs = example.hour * 60 + example.minute + (late ? shift : -shift);
  const day = runs >= DAY_MINUTES ? " the next day" : runs < 0 ? " the day before" : "";
  const name = example.name ? ` (${example.name})` : "";
  return `cron runs on ${crondZone}, not ${o.zone}: jobs fire ${duration(shift)} ${late ? "late" : "early"} \u2014 '${example.schedule}'${name} runs at ${clock((runs + DAY_MINUTES) % DAY_MINUTES)} ${o.abbreviation}${day}`;
}
function exampleJob(entries) {
  for (const e of entries) {
    const [minute, hour] = e.schedule.split(/\s+/);
    if (!/^\d{1,2}$/.test(minute ?? "") || !/^\d{1,2}$/.test(hour ?? "")) continue;
    const name = e.source.startsWith("/etc/cron.d/") ? e.source.slice("/etc/cron.d/".length) : void 0;
    return { schedule: e.schedule, ...name ? { name } : {}, hour: Number(hour), minute: Number(minute) };
  }
  return { schedule: "0 9 * * *", hour: 9, minute: 0 };
}
function clock(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
function duration(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? "1 hour" : `${h} hours`;
  return m === 0 ? hours : h === 0 ? `${m} minutes` : `${hours} ${m} minutes`;
}
function sameDay(first, second) {
  return first.slice(0, 10) === second.slice(0, 10) ? second.slice(11).replace(/ \([+-]\d{4}\)$/, "") : second;
}

// src/verify/checks/hardening.ts
function checkUsers(inv, users, target) {
  if (!inv.users) return missingSection("users", target, "users");
  const names = new Set(inv.users.map((u) => u.name));
  const problems = [
    ...users.create.filter((u) => !names.has(u)).map((u) => `user ${u} is missing`),
    ...users.remove.filter((u) => names.has(u)).map((u) => `user ${u} still exists`)
  ];
  return verdict({
    name: "users",
    target,
    problems,
    ok: `created: ${users.create.join(", ") || "none"}; removed: ${users.remove.join(", ") || "none"}`,
    evidence: { expected: users, present: [...names] }
  });
}
function checkSsh(inv, ssh, target) {
  if (!inv.ssh) return missingSection("ssh", target, "ssh");
  const problems = [];
  if (!ssh.passwordAuthentication && inv.ssh.passwordAuthentication !== "no") {
    problems.push(
      `SSH password login is ${inv.ssh.passwordAuthentication ?? "not set (sshd's default allows it)"}`
    );
  }
  if (!ssh.permitRootLogin && inv.ssh.permitRootLogin !== "no")
    problems.push(`SSH root login is ${inv.ssh.permitRootLogin ?? "not set"}, not no`);
  return verdict({
    name: "ssh",
    target,
    problems,
    ok: "password and root login off",
    evidence: { ...inv.ssh }
  });
}
function checkImds(inv, target) {
  if (!inv.imds) return missingSection("imds", target, "imds");
  const problems = inv.imds.tokenRequired === true ? [] : [
    inv.imds.reachable ? "IMDSv1 still answers without a session token" : "the instance metadata service is unreachable"
  ];
  return verdict({ name: "imds", target, problems, ok: "IMDSv2 required", evidence: { ...inv.imds } });
}

// src/verify/checks/services.ts
function checkServices(inv, expected, target, phase) {
  if (!inv.services) return missingSection("services", target, "services");
  const problems = [];
  const states = {};
  for (const want of expected) {
    const got = inv.services.find((s) => s.name === want.name);
    states[want.name] = got ? `${got.enabled}/${got.active}` : "not-found";
    if (!want.enabled) continue;
    if (!got || got.enabled === "not-found") problems.push(`${want.name} is not installed`);
    else if (got.enabled !== "enabled" && got.active === "active") {
      problems.push(
        `${want.name} is running but not enabled at boot (${got.enabled}): it will be gone after a reboot`
      );
    } else if (got.enabled !== "enabled")
      problems.push(
        `${want.name} is not enabled at boot (${got.enabled}) and not running${phase === "reboot" ? " after the reboot" : ""}`
      );
    else if (got.active !== "active")
      problems.push(
        `${want.name} is enabled but ${got.active}${phase === "reboot" ? " after the reboot" : ""}`
      );
  }
  const names = expected.filter((s) => s.enabled).map((s) => s.name);
  return verdict({
    name: "services",
    target,
    problems,
    ok: `${names.join(", ")} enabled at boot and active${phase === "reboot" ? " after a reboot" : ""}`,
    evidence: { phase, states }
  });
}
function checkPorts(inv, expected, target) {
  if (!inv.ports) return missingSection("ports", target, "ports");
  const wanted = expected.filter((s) => s.port !== void 0 && s.enabled);
  const listening = new Set(inv.ports.map((p) => p.port));
  const problems = wanted.filter((s) => !listening.has(s.port)).map((s) => `nothing listens on port ${s.port} (${s.name})`);
  return verdict({
    name: "ports",
    target,
    problems,
    ok: wanted.length ? `listening: ${wanted.map((s) => `${s.port} (${s.name})`).join(", ")}` : "no ports declared",
    evidence: {
      expected: wanted.map((s) => ({ service: s.name, port: s.port })),
      listening: [...listening].sort((a, b) => a - b)
    }
  });
}
function checkProcesses(inv, expected, target) {
  if (!inv.processes) return missingSection("processes", target, "processes");
  const wanted = expected.filter((s) => s.enabled).flatMap((s) => (s.processes ?? []).map((p) => ({ service: s.name, program: p })));
  const problems = wanted.filter((w) => !isProgramRunning(inv.processes ?? [], w.program)).map((w) => `${w.program} (run by ${w.service}) is not running`);
  return verdict({
    name: "processes",
    target,
    problems,
    ok: wanted.length > 0 ? `running: ${wanted.map((w) => w.program).join(", ")}` : "no extra programs declared",
    evidence: { expected: wanted }
  });
}

// src/verify/checks/timezone.ts
function checkTimezone(inv, zone, target) {
  const tz = inv.timezone;
  if (!tz) return missingSection("timezone", target, "timezone");
  const problems = tz.zone === zone ? [] : [`timezone is ${tz.zone} (${tz.abbreviation}), the recipe says ${zone}`];
  return verdict({
    name: "timezone",
    target,
    problems,
    ok: `${tz.zone} (${tz.abbreviation}, ${tz.utcOffset})`,
    evidence: {
      zone: tz.zone,
      abbreviation: tz.abbreviation,
      utcOffset: tz.utcOffset,
      expected: zone,
      localtimeChangedAt: isoOf(tz.localtimeChangedAt)
    }
  });
}

// src/verify/catalogue.ts
var IMAGE_CHECKS = [
  {
    name: "timezone",
    level: "image",
    catches: "wrong zone",
    sections: [],
    steps: [{ name: "CheckTimezone" }]
  },
  {
    name: "cron-timezone",
    level: "image",
    catches: "crond started before the zone change: jobs in the old zone (the seed's cron-in-UTC incident)",
    sections: [],
    steps: [{ name: "CheckCrondStartedAfterZone" }, { name: "CheckCronCanary", timeoutSeconds: 300 }]
  },
  {
    name: "services",
    level: "image",
    catches: "services that only ran because someone started them",
    sections: [],
    steps: [{ name: "CheckServicesEnabledAndActive", timeoutSeconds: 600 }]
  },
  {
    name: "agents",
    level: "image",
    catches: "an agent missing from the image (the seed's lost access logs)",
    sections: [],
    steps: [{ name: "CheckAgents" }]
  },
  {
    name: "processes",
    level: "image",
    catches: "half-started services",
    sections: [],
    steps: [{ name: "CheckDeclaredProcesses" }]
  },
  {
    name: "ports",
    level: "image",
    catches: "half-started services",
    sections: [],
    steps: [{ name: "CheckPortsListening" }]
  },
  {
    name: "users",
    level: "image",
    catches: "hardening drift",
    sections: [],
    steps: [{ name: "CheckUsers" }]
  },
  {
    name: "ssh",
    level: "image",
    catches: "hardening drift",
    sections: [],
    steps: [{ name: "CheckSshHardening" }]
  },
  {
    name: "secrets",
    level: "image",
    catches: "secret material baked into the image",
    sections: [],
    steps: [{ name: "CheckNoSecretsBaked", timeoutSeconds: 900 }]
  }
];
var INSTANCE_CHECKS = [
  {
    name: "timezone",
    level: "instance",
    catches: "wrong zone",
    sections: ["timezone"],
    evaluate: (f) => [checkTimezone(f.inventory, f.expected.zone, f.target)]
  },
  {
    name: "cron-timezone",
    level: "instance",
    catches: "crond started before the zone change; a canary cron entry firing off the local hour",
    sections: ["cron", "timezone"],
    evaluate: (f) => [checkCronTimezone(f.inventory, f.expected.zone, f.target)]
  },
  {
    name: "services",
    level: "instance",
    catches: "services not enabled at boot or not active (after boot and after a reboot)",
    sections: ["services"],
    evaluate: (f) => [checkServices(f.inventory, f.ownServices, f.target, f.phase)]
  },
  {
    name: "ports",
    level: "instance",
    catches: "declared ports not listening",
    sections: ["ports"],
    evaluate: (f) => [checkPorts(f.inventory, f.ownServices, f.target)]
  },
  {
    name: "processes",
    level: "instance",
    catches: "programs a service runs (Passenger under httpd \u2026) not running",
    sections: ["processes"],
    evaluate: (f) => [checkProcesses(f.inventory, f.ownServices, f.target)]
  },
  {
    name: "agent:{agent}",
    level: "instance",
    catches: "an agent not installed, not enabled or not running, its monitor port silent",
    sections: ["agents", "processes", "ports"],
    evaluate: (f) => f.expected.agents.map((agent) => {
      const result = checkAgent(f.inventory, agent, f.target);
      return f.absentAgents.includes(agent) ? foldIntoAgent(result, [
        `service ${agent.service}: not installed (the services check leaves it to this finding)`
      ]) : result;
    })
  },
  {
    name: "users",
    level: "instance",
    catches: "users not created, or not removed (ec2-user)",
    sections: ["users"],
    evaluate: (f) => [checkUsers(f.inventory, f.expected.users, f.target)]
  },
  {
    name: "ssh",
    level: "instance",
    catches: "SSH password or root login on",
    sections: ["ssh"],
    evaluate: (f) => [checkSsh(f.inventory, f.expected.ssh, f.target)]
  },
  {
    name: "imds",
    level: "instance",
    catches: "IMDSv1 answering without a session token",
    sections: ["imds"],
    evaluate: (f) => [checkImds(f.inventory, f.target)]
  }
];
var PARITY_CHECK = {
  name: "parity",
  level: "instance",
  catches: "anything the old server ran, listened on, scheduled or shipped that the recipe forgot",
  sections: ["timezone", "cron", "services", "processes", "ports", "agents"],
  compare: (older, newer, o) => checkParity(older, newer, o)
};
var evaluatedBy = (name) => async (scope, sample) => (await import("./environment-checks-WKQEADOW.js"))[name](scope, sample);
var ENVIRONMENT_CHECKS = [
  {
    name: "target-health",
    level: "environment",
    catches: "targets failing the load balancer's health checks, or none serving",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: evaluatedBy("targetHealthCheck")
  },
  {
    name: "http",
    level: "environment",
    catches: "a bad release answering HTTP through the environment's own listener rule with the wrong status",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: evaluatedBy("httpCheck")
  },
  {
    name: "alarms",
    level: "environment",
    catches: "CloudWatch alarms (metric or composite) in ALARM during the soak, or missing",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: evaluatedBy("alarmsCheck")
  },
  {
    // A legacy AMI predates IMDSv2-only launches: held to this only when baked from the recipe.
    name: "hardening:{setting}",
    level: "environment",
    catches: "a launch template version without IMDSv2 required or with an unencrypted root volume",
    sections: [],
    images: "recipe-image",
    cadence: "once",
    evaluate: evaluatedBy("hardeningCheck")
  },
  {
    name: "log-delivery:{agent}",
    level: "environment",
    catches: "an agent that runs but delivers nothing (the seed's lost access logs)",
    sections: ["agents", "monitors"],
    images: "recipe-image",
    cadence: "every-sample",
    evaluate: evaluatedBy("logDeliveryCheck")
  }
];
var PROBE_FAILURE = "probe";
var CATALOGUE = [
  ...IMAGE_CHECKS,
  ...INSTANCE_CHECKS,
  PARITY_CHECK,
  ...ENVIRONMENT_CHECKS
];
var INSTANCE_SECTIONS = [
  ...new Set([...INSTANCE_CHECKS, PARITY_CHECK].flatMap((c) => c.sections))
];

export {
  notInstalledAgents,
  foldAgentConsequences,
  IMAGE_CHECKS,
  INSTANCE_CHECKS,
  PARITY_CHECK,
  ENVIRONMENT_CHECKS,
  PROBE_FAILURE,
  INSTANCE_SECTIONS
};
