import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkParity,
  isProgramRunning
} from "./chunk-EWNFG6EC.js";
import {
  offsetMs,
  zoneInfo
} from "./chunk-ALZQZS56.js";
import {
  IMAGE_CHECKS
} from "./chunk-QB6V435S.js";
import {
  autoScalingGroupName
} from "./chunk-J523DA24.js";
import {
  TAG
} from "./chunk-DUHWOJWS.js";
import {
  runProbe
} from "./chunk-DNS2OHZ2.js";
import {
  describeTargetHealth,
  resolveTargetGroup
} from "./chunk-WOQP25UV.js";
import {
  chunks,
  collectPages
} from "./chunk-OKTVBVYZ.js";
import {
  deliversSomewhere
} from "./chunk-56EOQD6H.js";
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-CLJXRIPF.js";
import {
  require_dist_cjs as require_dist_cjs4
} from "./chunk-4HLE3N6X.js";
import {
  OperationFailed
} from "./chunk-25FIIMCB.js";
import {
  require_dist_cjs
} from "./chunk-FR6JYSTS.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-QLIKJFV2.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/verify/checks/result.ts
function verdict(o) {
  return {
    name: o.name,
    level: o.level ?? "instance",
    target: o.target,
    passed: o.problems.length === 0,
    summary: o.problems.length === 0 ? o.ok : o.problems.join("; "),
    evidence: o.evidence
  };
}
function isoOf(epochSeconds) {
  return epochSeconds == null ? null : new Date(epochSeconds * 1e3).toISOString();
}
function missingSection(name, target, section) {
  return {
    name,
    level: "instance",
    target,
    passed: false,
    summary: `the probe returned no ${section} facts`,
    evidence: {}
  };
}

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

// src/verify/expectations.ts
function expectationsFromRecipe(recipe) {
  const agents = [];
  const fluentd = recipe.agents.fluentd;
  if (fluentd)
    agents.push({
      name: "fluentd",
      package: "fluent-package",
      service: "fluentd",
      process: "fluentd",
      monitorPort: fluentd.monitorPort
    });
  if (recipe.agents["newrelic-infra"])
    agents.push({
      name: "newrelic-infra",
      package: "newrelic-infra",
      service: "newrelic-infra",
      process: "newrelic-infra"
    });
  const services = recipe.services.map((s) => ({
    name: s.name,
    ...s.port === void 0 ? {} : { port: s.port },
    enabled: s.enabled,
    ...s.processes.length > 0 ? { processes: [...s.processes] } : {}
  }));
  for (const agent of agents)
    if (!services.some((s) => s.name === agent.service))
      services.push({ name: agent.service, enabled: true });
  return {
    zone: recipe.timezone,
    services,
    agents,
    users: { create: recipe.users.create.map((u) => u.name), remove: recipe.users.remove },
    ssh: {
      passwordAuthentication: recipe.ssh.passwordAuthentication,
      permitRootLogin: recipe.ssh.permitRootLogin
    }
  };
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

// src/verify/alarms.ts
var import_client_cloudwatch = __toESM(require_dist_cjs2(), 1);
var NAMES_PER_CALL = 100;
async function readAlarms(aws, o) {
  const cloudwatch = aws.cloudwatch(o.region);
  const out = [];
  for (const names of chunks(o.names, NAMES_PER_CALL)) {
    const pages = await collectPages(async (token) => {
      const page = await cloudwatch.send(
        new import_client_cloudwatch.DescribeAlarmsCommand({
          AlarmNames: names,
          AlarmTypes: ["MetricAlarm", "CompositeAlarm"],
          ...token ? { NextToken: token } : {}
        })
      );
      return {
        items: [
          ...(page.MetricAlarms ?? []).map((a) => stateOf(a, "metric")),
          ...(page.CompositeAlarms ?? []).map((a) => stateOf(a, "composite"))
        ],
        next: page.NextToken
      };
    });
    out.push(...pages);
  }
  return out;
}
function stateOf(a, type) {
  const alarm = { name: a.AlarmName ?? "", type, state: a.StateValue ?? "INSUFFICIENT_DATA" };
  if (a.StateReason) alarm.reason = a.StateReason;
  if (a.StateUpdatedTimestamp) alarm.updated = a.StateUpdatedTimestamp.toISOString();
  return alarm;
}
function alarmsVerdict(o) {
  const byName = new Map(o.alarms.map((a) => [a.name, a]));
  const firing = o.names.flatMap((n) => {
    const a = byName.get(n);
    return a?.state === "ALARM" ? [a] : [];
  });
  const missing = o.names.filter((n) => !byName.has(n));
  const problems = [
    ...firing.map((a) => `alarm ${a.name} is in ALARM${a.reason ? `: ${a.reason}` : ""}`),
    ...missing.length > 0 ? [`alarm(s) not found in ${o.region}: ${missing.join(", ")} \u2014 the soak cannot watch them`] : []
  ];
  return {
    name: "alarms",
    level: "environment",
    target: o.environment,
    passed: problems.length === 0,
    summary: problems.length > 0 ? problems.join("; ") : `${o.names.length} alarm(s) quiet: ${o.names.map((n) => `${n} ${byName.get(n)?.state}`).join(", ")}`,
    evidence: {
      sample: o.sample,
      alarms: o.names.map((n) => byName.get(n) ?? { name: n, state: "missing" })
    }
  };
}
async function checkAlarms(aws, o) {
  if (o.names.length === 0) return [];
  const alarms = await readAlarms(aws, o);
  return [alarmsVerdict({ ...o, alarms })];
}

// src/verify/checks/log-delivery.ts
var sum = (plugins, key) => plugins.reduce((total, p) => total + (p[key] ?? 0), 0);
function sampleOf(inv, port) {
  const monitor = inv.monitors?.find((m) => m.port === port);
  const all = (monitor?.plugins ?? []).filter((p) => p.category === "output");
  const outputs = all.filter((p) => deliversSomewhere(p.type));
  return {
    delivering: outputs.length,
    nowhere: all.filter((p) => !deliversSomewhere(p.type)).map((p) => ({ pluginId: p.pluginId, type: p.type })),
    at: inv.host.collectedAt,
    reachable: Boolean(monitor?.reachable),
    emitRecords: sum(outputs, "emitRecords"),
    retryCount: sum(outputs, "retryCount"),
    bufferTotalQueuedSize: sum(outputs, "bufferTotalQueuedSize")
  };
}
function checkLogDelivery(samples, agent, target) {
  const name = `log-delivery:${agent.name}`;
  const port = agent.monitorPort ?? 24220;
  const series = samples.map((s) => sampleOf(s, port));
  const first = series[0];
  const last = series.at(-1);
  const problems = [];
  if (!first || !last || series.length < 2)
    problems.push(`${agent.name}: needs two samples across the soak, got ${series.length}`);
  else if (!last.reachable)
    problems.push(`${agent.name}: monitor_agent on ${port} does not answer: ${agent.name} is not running`);
  else if (last.delivering === 0 && last.nowhere.length > 0) {
    const types = [...new Set(last.nowhere.map((p) => `@type ${p.type}`))].join(", ");
    problems.push(
      `${agent.name} delivers nowhere: its only outputs are ${types} (${last.nowhere.map((p) => p.pluginId).join(", ")}), which ship no logs`
    );
  } else {
    if (last.emitRecords <= first.emitRecords) {
      problems.push(
        `${agent.name} delivers nothing: output records emitted stayed at ${last.emitRecords} from ${isoOf(first.at)} to ${isoOf(last.at)}`
      );
    }
    if (last.retryCount > first.retryCount)
      problems.push(
        `${agent.name} retries grow (${first.retryCount} \u2192 ${last.retryCount}): the destination refuses or is unreachable`
      );
  }
  return verdict({
    name,
    level: "environment",
    target,
    problems,
    ok: `${agent.name} delivering: ${first?.emitRecords ?? 0} \u2192 ${last?.emitRecords ?? 0} records, retries ${last?.retryCount ?? 0}`,
    evidence: { monitorPort: port, samples: series.map((s) => ({ ...s, at: isoOf(s.at) })) }
  });
}

// src/verify/http-route.ts
function routesTo(targetGroupArn, lb, settings) {
  const candidates = [];
  const rejected = [];
  const listeners = [...lb.listeners].sort((a, b) => (a.Port ?? 0) - (b.Port ?? 0));
  for (const listener of listeners) {
    const rules = orderedRules(listener, lb.rules.get(listener.ListenerArn ?? "") ?? []);
    const scheme = schemeOf(listener.Protocol);
    const name = `listener ${listener.Protocol}:${listener.Port}`;
    for (const rule of rules) {
      const forward = forwards(rule.Actions ?? [], targetGroupArn);
      if (forward === "no") continue;
      const where = `${name}, ${ruleName(rule)}`;
      if (forward === "authenticates") {
        rejected.push(`${where}: authenticates first; an unauthenticated check cannot pass it`);
        continue;
      }
      if (!scheme) {
        rejected.push(`${where}: protocol ${listener.Protocol} is not HTTP or HTTPS`);
        continue;
      }
      if (settings.scheme && settings.scheme !== scheme) {
        rejected.push(`${where}: not verify.http.scheme ${settings.scheme}`);
        continue;
      }
      if (settings.port !== void 0 && settings.port !== listener.Port) {
        rejected.push(`${where}: not verify.http.port ${settings.port}`);
        continue;
      }
      const built = requestFor(rule, settings);
      if (typeof built === "string") {
        rejected.push(`${where}: ${built}`);
        continue;
      }
      const request = { host: built.host ?? lb.dnsName, path: built.path, method: "GET" };
      const answering = rules.find((r) => matches(r, request));
      if (answering !== rule) {
        rejected.push(
          `${where}: ${answering ? ruleName(answering) : "no rule"} answers GET ${built.host ?? lb.dnsName}${built.path} first`
        );
        continue;
      }
      const defaultPort = scheme === "https" ? 443 : 80;
      const port = listener.Port === void 0 || listener.Port === defaultPort ? "" : `:${listener.Port}`;
      const route = {
        url: `${scheme}://${lb.dnsName}${port}${built.path}`,
        via: `${where}${built.host ? ` (Host: ${built.host})` : ""}`
      };
      if (built.host) route.host = built.host;
      if (listener.ListenerArn) route.listenerArn = listener.ListenerArn;
      if (rule.RuleArn) route.ruleArn = rule.RuleArn;
      candidates.push({
        route,
        rank: [scheme === "http" ? 0 : 1, listener.Port ?? 0, rules.indexOf(rule)]
      });
    }
  }
  candidates.sort((a, b) => compare(a.rank, b.rank));
  return { routes: candidates.map((c) => c.route), rejected };
}
function explicitRoute(settings) {
  if (!settings.url) return void 0;
  return {
    url: settings.url,
    via: "verify.http.url",
    ...settings.host ? { host: settings.host } : {}
  };
}
function compare(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
function schemeOf(protocol) {
  return protocol === "HTTP" ? "http" : protocol === "HTTPS" ? "https" : void 0;
}
function orderedRules(listener, rules) {
  const all = [...rules];
  if (!all.some((r) => r.IsDefault))
    all.push({
      Priority: "default",
      IsDefault: true,
      Conditions: [],
      Actions: listener.DefaultActions ?? []
    });
  const priority = (r) => r.IsDefault ? Number.POSITIVE_INFINITY : Number(r.Priority);
  return all.sort((a, b) => priority(a) - priority(b));
}
function ruleName(rule) {
  return rule.IsDefault ? "default rule" : `rule ${rule.Priority}`;
}
function forwards(actions, targetGroupArn) {
  const ordered = [...actions].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0));
  const last = ordered.at(-1);
  if (last?.Type !== "forward") return "no";
  const groups = last.ForwardConfig?.TargetGroups;
  const reaches = groups?.length ? groups.some((g) => g.TargetGroupArn === targetGroupArn && (groups.length === 1 || (g.Weight ?? 1) > 0)) : last.TargetGroupArn === targetGroupArn;
  if (!reaches) return "no";
  return ordered.some((a) => a.Type?.startsWith("authenticate-")) ? "authenticates" : "yes";
}
function valuesOf(c) {
  switch (c.Field) {
    case "host-header":
      return c.HostHeaderConfig?.Values ?? c.Values ?? [];
    case "path-pattern":
      return c.PathPatternConfig?.Values ?? c.Values ?? [];
    case "http-request-method":
      return c.HttpRequestMethodConfig?.Values ?? c.Values ?? [];
    default:
      return c.Values ?? [];
  }
}
var hasWildcard = (v) => /[*?]/.test(v);
function requestFor(rule, settings) {
  const path = settings.path.startsWith("/") ? settings.path : `/${settings.path}`;
  let host = settings.host;
  for (const c of rule.Conditions ?? []) {
    const values = valuesOf(c);
    if (c.Field === "host-header") {
      if (host !== void 0) {
        if (!values.some((v) => wildcardMatch(v, host ?? "", true)))
          return `verify.http.host ${host} is not one of its host names (${values.join(", ")})`;
      } else {
        host = values.find((v) => !hasWildcard(v));
        if (host === void 0)
          return `its host names are all patterns (${values.join(", ")}): set verify.http.host to one they match`;
      }
    } else if (c.Field === "path-pattern") {
      if (!values.some((v) => wildcardMatch(v, path, false)))
        return `verify.http.path ${path} does not match its path pattern(s) ${values.join(", ")}`;
    } else if (c.Field === "http-request-method") {
      if (!values.includes("GET")) return `it takes only ${values.join(", ")} requests, the check sends GET`;
    } else return `it also requires a ${c.Field} condition the check does not send`;
  }
  return host === void 0 ? { path } : { host, path };
}
function matches(rule, request) {
  return (rule.Conditions ?? []).every((c) => {
    const values = valuesOf(c);
    switch (c.Field) {
      case "host-header":
        return values.some((v) => wildcardMatch(v, request.host, true));
      case "path-pattern":
        return values.some((v) => wildcardMatch(v, request.path.split("?")[0] ?? "", false));
      case "http-request-method":
        return values.includes(request.method);
      default:
        return false;
    }
  });
}
function wildcardMatch(pattern, value, ignoreCase) {
  const source = pattern.split("").map((ch) => ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`, ignoreCase ? "i" : "").test(value);
}

// src/verify/http-check.ts
var HTTP_TIMEOUT_MS = 5e3;
async function checkHttp(http, o) {
  const base = { name: "http", level: "environment", target: o.environment };
  const explicit = explicitRoute(o.settings);
  const lookup = explicit ? void 0 : await o.lookup();
  const route = explicit ?? lookup?.routes[0];
  if (!route) return noRoute(base, lookup, o.sample);
  const response = await http.get({
    url: route.url,
    timeoutMs: HTTP_TIMEOUT_MS,
    ...route.host ? { host: route.host } : {}
  });
  const passed = response.status === o.settings.expect;
  const request = `GET ${route.url}${route.host ? ` (Host: ${route.host})` : ""}`;
  const certificateHint = response.status === 0 && route.url.startsWith("https:") && !route.host ? " \u2014 set verify.http.host to a name the listener's certificate covers" : "";
  return {
    ...base,
    passed,
    summary: response.status === 0 ? `${request} got no answer: ${response.error ?? "unknown error"}${certificateHint}` : `${request} \u2192 ${response.status}${response.location ? ` (Location: ${response.location})` : ""}${passed ? "" : ` (expected ${o.settings.expect})`}`,
    evidence: {
      sample: o.sample,
      url: route.url,
      ...route.host ? { host: route.host } : {},
      via: route.via,
      status: response.status,
      expected: o.settings.expect,
      ...response.location ? { location: response.location } : {},
      ...response.error ? { error: response.error } : {}
    }
  };
}
function noRoute(base, lookup, sample) {
  const group = lookup?.targetGroup ?? "";
  const why = !lookup?.targetGroupArn ? `target group ${group} not found` : lookup.loadBalancers.length === 0 ? `target group ${group} is behind no application load balancer: nothing to send HTTP to` : `no listener of ${lookup.loadBalancers.join(", ")} forwards to target group ${group}${lookup.rejected.length > 0 ? ` the check can use (${lookup.rejected.join("; ")})` : ""}: HTTP cannot reach ${base.target}`;
  return {
    ...base,
    passed: false,
    summary: why,
    evidence: { sample, targetGroup: group, rejected: lookup?.rejected ?? [] }
  };
}

// src/verify/launch-template.ts
var import_client_auto_scaling = __toESM(require_dist_cjs(), 1);
var import_client_ec2 = __toESM(require_dist_cjs3(), 1);
function hardeningChecks(env, facts) {
  const target = `${env}: ${facts.launchTemplate} v${facts.version}`;
  const tokens = facts.data.MetadataOptions?.HttpTokens ?? "optional (unset)";
  const imds = {
    name: "hardening:imdsv2",
    level: "environment",
    target,
    passed: tokens === "required",
    summary: tokens === "required" ? "IMDSv2 is required" : `IMDSv2 is not required (HttpTokens ${tokens}): IMDSv1 answers unauthenticated requests`,
    evidence: {
      httpTokens: tokens,
      httpEndpoint: facts.data.MetadataOptions?.HttpEndpoint ?? "enabled (unset)"
    }
  };
  const rootDevice = facts.image?.RootDeviceName ?? "/dev/xvda";
  const mapping = facts.data.BlockDeviceMappings?.find((m) => m.DeviceName === rootDevice);
  const amiRoot = facts.image?.BlockDeviceMappings?.find((m) => m.DeviceName === rootDevice);
  const by = mapping?.Ebs?.Encrypted === true ? "the launch template's root volume mapping" : amiRoot?.Ebs?.Encrypted === true ? "the AMI's encrypted root snapshot" : facts.encryptionByDefault ? "EBS encryption by default in the region" : void 0;
  const encryption = {
    name: "hardening:root-volume-encrypted",
    level: "environment",
    target,
    passed: by !== void 0,
    summary: by ? `root volume ${rootDevice} is encrypted by ${by}` : `root volume ${rootDevice} is not encrypted: set Encrypted on its mapping or turn on EBS encryption by default`,
    evidence: {
      rootDevice,
      launchTemplateEncrypted: mapping?.Ebs?.Encrypted ?? null,
      amiSnapshotEncrypted: amiRoot?.Ebs?.Encrypted ?? null,
      encryptionByDefault: facts.encryptionByDefault,
      kmsKeyId: mapping?.Ebs?.KmsKeyId ?? null
    }
  };
  return [imds, encryption];
}
async function launchTemplateHardening(aws, env) {
  const ec2 = aws.ec2(env.region);
  const templates = await ec2.send(
    new import_client_ec2.DescribeLaunchTemplatesCommand({
      Filters: [{ Name: "launch-template-name", Values: [env.fleet.launchTemplate] }]
    })
  );
  const lt = templates.LaunchTemplates?.[0];
  if (!lt?.LaunchTemplateId) {
    return [
      {
        name: "hardening:launch-template",
        level: "environment",
        target: env.name,
        passed: false,
        summary: `launch template ${env.fleet.launchTemplate} not found in ${env.region}`,
        evidence: {}
      }
    ];
  }
  const version = await versionInUse(aws, env, lt.LaunchTemplateId);
  const versions = await ec2.send(
    new import_client_ec2.DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: lt.LaunchTemplateId, Versions: [version] })
  );
  const v = versions.LaunchTemplateVersions?.[0];
  const data = v?.LaunchTemplateData ?? {};
  const ami = data.ImageId?.startsWith("ami-") ? data.ImageId : void 0;
  const images = ami ? await ec2.send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [ami] })) : void 0;
  const facts = {
    launchTemplate: env.fleet.launchTemplate,
    version: String(v?.VersionNumber ?? version),
    data,
    encryptionByDefault: await encryptionByDefault(aws, env.region)
  };
  const image = images?.Images?.[0];
  if (image) facts.image = image;
  return hardeningChecks(env.name, facts);
}
async function encryptionByDefault(aws, region) {
  try {
    return (await aws.ec2(region).send(new import_client_ec2.GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault === true;
  } catch {
    return false;
  }
}
async function versionInUse(aws, env, launchTemplateId) {
  if (env.fleet.kind === "asg") {
    const name = autoScalingGroupName(env);
    const groups = await aws.autoscaling(env.region).send(new import_client_auto_scaling.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }));
    const version = groups.AutoScalingGroups?.[0]?.LaunchTemplate?.Version;
    if (version) return version;
  }
  const answer = await aws.ec2(env.region).send(
    new import_client_ec2.DescribeInstancesCommand({
      Filters: [
        { Name: `tag:${TAG.environment}`, Values: [env.name] },
        { Name: "tag:aws:ec2launchtemplate:id", Values: [launchTemplateId] },
        { Name: "instance-state-name", Values: ["pending", "running"] }
      ]
    })
  );
  const newest = (answer.Reservations ?? []).flatMap((r) => r.Instances ?? []).sort((a, b) => (b.LaunchTime?.getTime() ?? 0) - (a.LaunchTime?.getTime() ?? 0))[0];
  return newest?.Tags?.find((t) => t.Key === "aws:ec2launchtemplate:version")?.Value ?? "$Latest";
}

// src/verify/probe-sections.ts
var PROBE_SECTIONS = {
  agents: ["agents", "monitors"],
  instance: [
    "timezone",
    "cron",
    "services",
    "processes",
    "ports",
    "users",
    "agents",
    "monitors",
    "ssh",
    "imds"
  ]
};
function probeFor(sections) {
  const fits = Object.keys(PROBE_SECTIONS).filter((probe2) => sections.every((s) => PROBE_SECTIONS[probe2].includes(s))).sort((a, b) => PROBE_SECTIONS[a].length - PROBE_SECTIONS[b].length);
  const probe = fits[0];
  if (!probe) throw new Error(`no probe prints all of ${sections.join(", ")}`);
  return probe;
}

// src/verify/target-health.ts
function roleOf(state) {
  switch (state) {
    case "healthy":
      return "serving";
    case "initial":
      return "warming";
    case "draining":
      return "leaving";
    default:
      return "failing";
  }
}
function targetHealthVerdict(o) {
  const targets = o.targets.map((t) => ({ ...t, role: roleOf(t.state) }));
  const count = (role) => targets.filter((t) => t.role === role).length;
  const failing = targets.filter((t) => t.role === "failing");
  const serving = count("serving");
  const noneServing = o.wants >= 1 && serving === 0;
  const others = [
    count("warming") > 0 ? `${count("warming")} warming up` : "",
    count("leaving") > 0 ? `${count("leaving")} draining` : ""
  ].filter(Boolean);
  const summary = failing.length > 0 ? `${failing.length} target(s) failing in ${o.targetGroup}: ${failing.map((t) => `${t.id} ${t.state}${t.reason ? ` (${t.reason})` : ""}`).join(", ")}${noneServing ? "; none serves" : ""}` : noneServing ? `no target serves in ${o.targetGroup} (${targets.length === 0 ? "no target registered" : others.join(", ")}); ${o.environment} wants ${o.wants}` : `${serving} target(s) serving in ${o.targetGroup}${others.length > 0 ? ` (${others.join(", ")})` : ""}`;
  return {
    name: "target-health",
    level: "environment",
    target: o.environment,
    passed: failing.length === 0 && !noneServing,
    summary,
    evidence: {
      sample: o.sample,
      targetGroup: o.targetGroup,
      wants: o.wants,
      serving,
      targets: targets.map(({ role: _role, ...target }) => target)
    }
  };
}

// src/verify/environment-checks.ts
async function targetHealthCheck(s, sample) {
  const group = await s.group();
  if (!group)
    return [
      {
        name: "target-health",
        level: "environment",
        target: s.environment,
        passed: false,
        summary: `target group ${s.targetGroup} not found in ${s.region}`,
        evidence: { sample, targetGroup: s.targetGroup }
      }
    ];
  const targets = await describeTargetHealth(s.aws, group);
  return [
    targetHealthVerdict({
      environment: s.environment,
      targetGroup: s.targetGroup,
      targets,
      wants: s.wants,
      sample
    })
  ];
}
async function httpCheck(s, sample) {
  if (!s.http) return [];
  return [
    await checkHttp(s.http.port, {
      environment: s.environment,
      lookup: () => s.route(),
      settings: s.http.settings,
      sample
    })
  ];
}
async function alarmsCheck(s, sample) {
  return checkAlarms(s.aws, { region: s.region, environment: s.environment, names: s.alarms, sample });
}
async function hardeningCheck(s) {
  return s.recipe ? launchTemplateHardening(s.aws, s.recipe.env) : [];
}
async function logDeliveryCheck(s) {
  const recipe = s.recipe;
  if (!recipe) return [];
  const logAgents = recipe.expected.agents.filter((a) => a.monitorPort !== void 0);
  if (logAgents.length === 0 || recipe.newInstances.size === 0) return [];
  const ids = [...recipe.newInstances];
  const outcomes = await runProbe(recipe.ports, {
    region: s.region,
    instanceIds: ids,
    probe: probeFor(["agents", "monitors"]),
    phase: recipe.phase
  });
  const results = [];
  for (const id of ids) {
    const outcome = outcomes.get(id);
    if (!outcome?.ok) {
      results.push({
        name: "log-delivery",
        level: "environment",
        target: id,
        passed: false,
        summary: outcome?.error ?? "no answer",
        evidence: {}
      });
      continue;
    }
    const series = [...recipe.agentSamples.get(id) ?? [], outcome.inventory];
    recipe.agentSamples.set(id, series);
    if (series.length >= 2) for (const agent of logAgents) results.push(checkLogDelivery(series, agent, id));
  }
  return results;
}

// src/verify/catalogue.ts
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
var ENVIRONMENT_CHECKS = [
  {
    name: "target-health",
    level: "environment",
    catches: "targets failing the load balancer's health checks, or none serving",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: targetHealthCheck
  },
  {
    name: "http",
    level: "environment",
    catches: "a bad release answering HTTP through the environment's own listener rule with the wrong status",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: httpCheck
  },
  {
    name: "alarms",
    level: "environment",
    catches: "CloudWatch alarms (metric or composite) in ALARM during the soak, or missing",
    sections: [],
    images: "any-image",
    cadence: "every-sample",
    evaluate: alarmsCheck
  },
  {
    // A legacy AMI predates IMDSv2-only launches: held to this only when baked from the recipe.
    name: "hardening:{setting}",
    level: "environment",
    catches: "a launch template version without IMDSv2 required or with an unencrypted root volume",
    sections: [],
    images: "recipe-image",
    cadence: "once",
    evaluate: hardeningCheck
  },
  {
    name: "log-delivery:{agent}",
    level: "environment",
    catches: "an agent that runs but delivers nothing (the seed's lost access logs)",
    sections: ["agents", "monitors"],
    images: "recipe-image",
    cadence: "every-sample",
    evaluate: logDeliveryCheck
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

// src/verify/checks/instance.ts
function instanceChecks(inv, expected, o) {
  const absentAgents = notInstalledAgents(inv, expected.agents);
  const absentServices = new Set(absentAgents.map((a) => a.service));
  const facts = {
    inventory: inv,
    expected,
    target: o.target,
    phase: o.phase,
    absentAgents,
    ownServices: expected.services.filter((s) => !absentServices.has(s.name))
  };
  return INSTANCE_CHECKS.flatMap((check) => check.evaluate(facts));
}

// src/verify/reboot-proof.ts
var UNSETTLED = /* @__PURE__ */ new Set(["activating", "deactivating", "reloading", "refreshing"]);
async function bootStates(ports, o) {
  const outcomes = await runProbe(ports, {
    region: o.region,
    instanceIds: o.ids,
    probe: "services",
    phase: o.phase
  });
  const out = /* @__PURE__ */ new Map();
  for (const id of o.ids) {
    const outcome = outcomes.get(id);
    if (!outcome?.ok) {
      out.set(id, { error: outcome?.error ?? "no answer" });
      continue;
    }
    const inventory = outcome.inventory;
    out.set(id, {
      bootedAt: inventory.host.bootedAt,
      settling: (inventory.services ?? []).filter((s) => UNSETTLED.has(s.active)).map((s) => s.name)
    });
  }
  return out;
}

// src/verify/listener.ts
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs4(), 1);
async function findRoutes(aws, o) {
  const settings = o.http ?? { path: "/", expect: 200 };
  const lookup = { targetGroup: o.targetGroup, loadBalancers: [], routes: [], rejected: [] };
  const group = o.group;
  if (!group) return lookup;
  lookup.targetGroupArn = group.arn;
  if (group.loadBalancerArns.length === 0) return lookup;
  const elbv2 = aws.elbv2(group.region);
  const lbs = (await elbv2.send(new import_client_elastic_load_balancing_v2.DescribeLoadBalancersCommand({ LoadBalancerArns: group.loadBalancerArns }))).LoadBalancers ?? [];
  for (const lb of lbs) {
    if (lb.Type !== "application" || !lb.LoadBalancerArn || !lb.DNSName) continue;
    lookup.loadBalancers.push(lb.LoadBalancerName ?? lb.LoadBalancerArn);
    const listeners = await collectPages(async (marker) => {
      const page = await elbv2.send(
        new import_client_elastic_load_balancing_v2.DescribeListenersCommand({
          LoadBalancerArn: lb.LoadBalancerArn,
          ...marker ? { Marker: marker } : {}
        })
      );
      return { items: page.Listeners, next: page.NextMarker };
    });
    const rules = /* @__PURE__ */ new Map();
    for (const listener of listeners) {
      if (!listener.ListenerArn) continue;
      rules.set(
        listener.ListenerArn,
        await collectPages(async (marker) => {
          const page = await elbv2.send(
            new import_client_elastic_load_balancing_v2.DescribeRulesCommand({
              ListenerArn: listener.ListenerArn,
              ...marker ? { Marker: marker } : {}
            })
          );
          return { items: page.Rules, next: page.NextMarker };
        })
      );
    }
    const set = { dnsName: lb.DNSName, listeners, rules };
    const found = routesTo(group.arn, set, settings);
    lookup.routes.push(...found.routes);
    lookup.rejected.push(...found.rejected.map((r) => `${lb.LoadBalancerName ?? lb.DNSName} ${r}`));
  }
  return lookup;
}
async function listenerPreflight(aws, o) {
  if (o.http?.url) return [];
  const lookup = await findRoutes(aws, { targetGroup: o.group.name, ...o });
  if (lookup.routes.length > 0) return [];
  const why = lookup.loadBalancers.length === 0 ? `target group ${o.group.name} is attached to no application load balancer` : `no listener rule of ${lookup.loadBalancers.join(", ")} forwards to target group ${o.group.name}${lookup.rejected.length > 0 ? ` (${lookup.rejected.join("; ")})` : ""}`;
  return [
    {
      name: "preflight:listener",
      level: "environment",
      target: o.environment,
      passed: false,
      summary: `${why}: new instances would serve nobody; add a listener rule that forwards to it, or fix fleet.targetGroup`,
      evidence: { targetGroup: o.group.name, loadBalancers: lookup.loadBalancers, rejected: lookup.rejected }
    }
  ];
}

// src/verify/sampler.ts
function environmentScope(o) {
  let group = o.group ? Promise.resolve(o.group) : void 0;
  let route;
  const scope = {
    environment: o.environment,
    region: o.region,
    targetGroup: o.targetGroup,
    wants: o.wants,
    alarms: o.alarms,
    aws: o.aws,
    group: () => {
      group ??= resolveTargetGroup(o.aws, o.region, o.targetGroup).catch((error) => {
        if (error instanceof OperationFailed && error.code === "not-found") return void 0;
        throw error;
      });
      return group;
    },
    route: () => {
      route ??= scope.group().then(
        (found) => findRoutes(o.aws, {
          targetGroup: o.targetGroup,
          group: found,
          ...o.http ? { http: o.http.settings } : {}
        })
      );
      return route;
    }
  };
  if (o.http) scope.http = o.http;
  if (o.recipe) scope.recipe = o.recipe;
  return scope;
}
function soakSampler(scope) {
  const checks = ENVIRONMENT_CHECKS.filter((c) => c.images === "any-image" || scope.recipe);
  const done = /* @__PURE__ */ new Set();
  return async (sample) => {
    const results = [];
    for (const check of checks) {
      if (check.cadence === "once") {
        if (done.has(check.name)) continue;
        done.add(check.name);
      }
      results.push(...await check.evaluate(scope, sample));
    }
    return results;
  };
}

// src/verify/rollout-verifier.ts
function createRolloutVerifier(ctx, o) {
  const env = o.env.env;
  const region = env.region;
  const recipe = o.project.recipes.get(env.recipe)?.recipe;
  if (!recipe) throw new Error(`environment ${env.name}: recipe ${env.recipe} is not loaded`);
  const expected = expectationsFromRecipe(recipe);
  const phase = `verify ${env.name}`;
  const newInstances = /* @__PURE__ */ new Set();
  const agentSamples = /* @__PURE__ */ new Map();
  const parityOn = env.verify.parity ?? o.stage.first;
  const probe = probeFor(INSTANCE_SECTIONS);
  const soakSample = soakSampler(
    environmentScope({
      aws: ctx.aws,
      environment: env.name,
      region,
      targetGroup: env.fleet.targetGroup,
      wants: env.fleet.count,
      alarms: env.verify.alarms,
      ...ctx.http ? { http: { port: ctx.http, settings: env.verify.http } } : {},
      recipe: { ports: ctx, env, expected, newInstances, agentSamples, phase }
    })
  );
  const failedProbe = (name, target, error) => ({
    name,
    level: "instance",
    target,
    passed: false,
    summary: error,
    evidence: {}
  });
  return {
    async instanceChecks(instanceIds, checkPhase) {
      for (const id of instanceIds) newInstances.add(id);
      ctx.progress.info(phase, `instance checks (${checkPhase}) on ${instanceIds.join(", ")}`);
      const outcomes = await runProbe(ctx, { region, instanceIds, probe, phase });
      return instanceIds.flatMap((id) => {
        const outcome = outcomes.get(id);
        if (!outcome?.ok) return [failedProbe(PROBE_FAILURE, id, outcome?.error ?? "no answer")];
        return instanceChecks(outcome.inventory, expected, { target: id, phase: checkPhase });
      });
    },
    async parity(servingInstanceId, newInstanceId) {
      if (!parityOn) return [];
      ctx.progress.info(phase, `parity: surveying ${servingInstanceId} (serving) and ${newInstanceId} (new)`);
      const outcomes = await runProbe(ctx, {
        region,
        instanceIds: [servingInstanceId, newInstanceId],
        probe,
        phase
      });
      const older = outcomes.get(servingInstanceId);
      const newer = outcomes.get(newInstanceId);
      for (const [id, outcome] of [
        [servingInstanceId, older],
        [newInstanceId, newer]
      ])
        if (!outcome?.ok)
          return [
            failedProbe(
              PARITY_CHECK.name,
              newInstanceId,
              `survey of ${id} failed: ${outcome?.error ?? "no answer"}`
            )
          ];
      if (!older?.ok || !newer?.ok) return [];
      return [
        PARITY_CHECK.compare(older.inventory, newer.inventory, {
          target: newInstanceId,
          waivers: recipe.parity.waive
        })
      ];
    },
    bootStates(instanceIds) {
      return bootStates(ctx, { region, ids: instanceIds, phase });
    },
    soakSample
  };
}

export {
  foldAgentConsequences,
  listenerPreflight,
  environmentScope,
  soakSampler,
  expectationsFromRecipe,
  createRolloutVerifier
};
