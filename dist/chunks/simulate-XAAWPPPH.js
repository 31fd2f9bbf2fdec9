import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  BASE_OS,
  PASSENGER_PROCESSES,
  processesOfService,
  serviceOfProcess
} from "./chunk-XYGB5VZJ.js";
import {
  localIso,
  offsetMs,
  zoneInfo
} from "./chunk-ALZQZS56.js";
import {
  canaryCronFile
} from "./chunk-C3FMDDSP.js";
import "./chunk-W5CDLKHU.js";
import {
  compareRpmVersions
} from "./chunk-TEHLXEUN.js";
import {
  PROBE_SECTIONS,
  encodePackageList,
  probeNameOf
} from "./chunk-VZN2D5A4.js";
import {
  FLUENT_PACKAGE,
  fluentdOutputs,
  require_dist
} from "./chunk-DNSQREQD.js";
import "./chunk-SIRB34BK.js";
import "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/probes/simulate.ts
var import_cron_parser = __toESM(require_dist(), 1);

// src/probes/crontab.ts
function parseCrontab(text, source, owner) {
  const entries = [];
  for (const raw of text.split("\n")) {
    const line = raw.trimStart();
    if (line === "" || line.startsWith("#") || /^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(line)) continue;
    const fields = line.split(/\s+/);
    const scheduleFields = line.startsWith("@") ? 1 : 5;
    const schedule = fields.slice(0, scheduleFields).join(" ");
    let rest = line;
    for (let i = 0; i < scheduleFields; i++) rest = rest.replace(/^\S*\s*/, "");
    rest = rest.trimEnd();
    if (owner !== void 0) {
      entries.push({ source, user: owner, schedule, command: rest });
    } else {
      const user = rest.split(/\s+/, 1)[0] ?? "";
      entries.push({ source, user, schedule, command: rest.slice(user.length).trimStart() });
    }
  }
  return entries;
}

// src/probes/facts.ts
var MINUTE = 6e4;
function hasRebooted(facts) {
  return facts.bootedAt > facts.launchedAt;
}
function serviceState(facts, name) {
  const service = facts.services.find((s) => s.name === name);
  if (!service) return { enabled: "not-found", active: "inactive" };
  if (!hasRebooted(facts)) return { enabled: service.enabled, active: service.active };
  return { enabled: service.enabled, active: service.enabled === "enabled" ? "active" : "inactive" };
}
function isActive(facts, service) {
  return service === void 0 || serviceState(facts, service).active === "active";
}
function crondStartedAt(facts) {
  return isActive(facts, "crond") ? facts.bootedAt + facts.cron.startDelayMs : null;
}
function crondZone(facts) {
  const started = crondStartedAt(facts);
  const changed = facts.timezone.localtimeChangedAt;
  if (started === null || changed === null || started >= changed) return facts.timezone.zone;
  return facts.timezone.previousZone;
}
var seconds = (ms) => Math.floor(ms / 1e3);
function observe(facts, now, lastCanaryRun2) {
  const canaryAt = lastCanaryRun2(facts, now);
  const crondStart = crondStartedAt(facts);
  const services = facts.services.map((s) => ({ name: s.name, ...serviceState(facts, s.name) }));
  return {
    schema: "amipipe.inventory/v1",
    probe: "inventory",
    host: {
      hostname: facts.hostname,
      os: facts.os,
      collectedAt: seconds(now),
      bootedAt: seconds(facts.bootedAt)
    },
    timezone: {
      zone: facts.timezone.zone,
      abbreviation: facts.timezone.abbreviation,
      utcOffset: facts.timezone.utcOffset,
      localtimeChangedAt: facts.timezone.localtimeChangedAt === null ? null : seconds(facts.timezone.localtimeChangedAt)
    },
    cron: {
      daemon: { running: crondStart !== null, startedAt: crondStart === null ? null : seconds(crondStart) },
      canary: {
        logFile: facts.cron.canary?.logFile ?? null,
        lastLine: canaryAt === null ? null : canaryLine(facts, canaryAt),
        lastRunAt: canaryAt === null ? null : seconds(canaryAt)
      },
      entries: facts.cron.entries.map((e) => ({ ...e }))
    },
    services,
    processes: facts.processes.filter((p) => isActive(facts, p.service)).map(({ pid, user, comm, args }) => ({ pid, user, comm, args })),
    ports: facts.ports.filter((p) => isActive(facts, p.service)).map(({ address, port, process }) => ({ address, port, process })),
    // The probe prints every user's groups, an empty list for none.
    users: facts.users.map((u) => ({ ...u, groups: [...u.groups ?? []] })),
    packages: facts.packages.map((p) => ({ ...p })),
    agents: facts.agents.map((a) => ({
      name: a.name,
      package: a.package,
      installed: true,
      ...serviceState(facts, a.service)
    })),
    monitors: facts.monitors.map((m) => monitorAt(facts, m, now)),
    ssh: { ...facts.ssh },
    imds: { ...facts.imds }
  };
}
function canaryLine(facts, at) {
  const cronHour = new Date(at + offsetMs(zoneInfo(crondZone(facts)).utcOffset)).getUTCHours();
  return `${localIso(at, facts.timezone.utcOffset)} cron-hour=${cronHour}`;
}
function monitorAt(facts, monitor, now) {
  if (!isActive(facts, monitor.service)) return { port: monitor.port, reachable: false, plugins: [] };
  const minutes = Math.max(0, (now - facts.bootedAt) / MINUTE);
  return {
    port: monitor.port,
    reachable: true,
    plugins: monitor.plugins.map((p) => {
      const output = p.category === "output";
      const delivered = monitor.stalled && output ? 0 : Math.floor(p.recordsPerMinute * minutes);
      const flushes = output && !monitor.stalled ? Math.floor(minutes) : 0;
      return {
        pluginId: p.pluginId,
        category: p.category,
        type: p.type,
        emitRecords: delivered,
        emitCount: Math.floor(delivered / 10),
        writeCount: output ? flushes : null,
        retryCount: output ? monitor.stalled ? Math.floor(minutes * 2) : 0 : null,
        bufferTotalQueuedSize: output ? monitor.stalled ? Math.floor(p.recordsPerMinute * minutes * 180) : 0 : null
      };
    })
  };
}

// src/probes/updateinfo.ts
function toolOf(facts) {
  return /\b2023\b/.test(facts.os) ? "dnf" : "yum";
}
function updateinfoOf(facts, offer) {
  if (!offer) {
    const tool = toolOf(facts);
    return {
      tool,
      listed: false,
      error: `${tool} exited 1: Cannot retrieve repository metadata (repomd.xml) for ${facts.os}`,
      items: []
    };
  }
  const offered = new Map(offer.packages.map((p) => [p.name, p]));
  const items = [];
  for (const installed of facts.packages) {
    const newer = offered.get(installed.name);
    if (!newer?.advisory || compareRpmVersions(newer.version, installed.version) <= 0) continue;
    items.push({
      id: newer.advisory.id,
      severity: newer.advisory.severity,
      package: installed.name,
      fixedIn: `${installed.name}-${newer.version}.${installed.arch}`
    });
  }
  items.sort((a, b) => a.id.localeCompare(b.id) || a.package.localeCompare(b.package));
  return { tool: offer.tool, listed: true, error: null, items };
}

// src/probes/simulate.ts
var MINUTE2 = 6e4;
var CROND_START_DELAY = 5e3;
var STALE_ZONE_SET_AFTER_BOOT = MINUTE2;
var RECORDS_PER_MINUTE = 120;
function agentMatches(fault, ...names) {
  if (fault === void 0) return false;
  const wanted = fault === "newrelic" ? "newrelic-infra" : fault;
  return names.includes(wanted);
}
function factsFromManifest(manifest, o) {
  const fault = (name) => o.isNewestImage && o.faults.has(name) ? o.faults.arg(name) ?? "" : void 0;
  const missing = fault("agent-missing");
  const stalled = fault("log-delivery-stalled");
  const notEnabled = fault("service-not-enabled");
  const staleZone = fault("cron-stale-timezone") !== void 0;
  const base = BASE_OS[manifest.os];
  const fluentd = manifest.agents.fluentd;
  const newrelic = manifest.agents.newrelic;
  const fluentdMissing = fluentd !== void 0 && agentMatches(missing, "fluentd", fluentd.package, fluentd.service);
  const newrelicMissing = newrelic !== void 0 && agentMatches(missing, "newrelic-infra", newrelic.package, newrelic.service);
  const removedServices = /* @__PURE__ */ new Set([
    ...fluentdMissing && fluentd ? [fluentd.service] : [],
    ...newrelicMissing && newrelic ? [newrelic.service] : []
  ]);
  const removedPackages = /* @__PURE__ */ new Set([
    ...fluentdMissing && fluentd ? [fluentd.package] : [],
    ...newrelicMissing && newrelic ? [newrelic.package] : []
  ]);
  const services = base.enabledServices.map((name) => ({
    name,
    enabled: "enabled",
    active: "active"
  }));
  const ports = [];
  const addService = (name, enabled, port) => {
    if (removedServices.has(name)) return;
    const existing = services.find((s) => s.name === name);
    const state = { enabled: enabled ? "enabled" : "disabled", active: enabled ? "active" : "inactive" };
    if (existing) Object.assign(existing, state);
    else services.push({ name, ...state });
    if (port !== void 0) ports.push({ service: name, port });
  };
  for (const s of manifest.services) addService(s.name, s.enabled, s.port);
  if (fluentd) addService(fluentd.service, true, fluentd.monitorPort);
  if (newrelic) addService(newrelic.service, true);
  if (notEnabled) {
    const service = services.find((s) => s.name === notEnabled);
    if (service) Object.assign(service, { enabled: "disabled", active: "active" });
  }
  const packageNames = [
    .../* @__PURE__ */ new Set([
      ...base.packages,
      ...manifest.packages,
      ...fluentd ? [fluentd.package] : [],
      ...newrelic ? [newrelic.package] : []
    ])
  ].filter((name) => !removedPackages.has(name)).sort();
  const suffix = manifest.os === "amazon-linux-2" ? "amzn2" : "amzn2023";
  const built = new Map((o.packages ?? []).map((p) => [p.name, p.version]));
  const installed = [.../* @__PURE__ */ new Set([...packageNames, ...built.keys()])].filter((name) => !removedPackages.has(name)).sort();
  let pid = 1;
  const processes = [];
  const simPorts = [];
  for (const p of base.processes) {
    const proc = { pid: pid++, user: p.user, comm: p.comm, args: p.args };
    if (p.service) proc.service = p.service;
    processes.push(proc);
    if (p.port !== void 0 && p.service)
      simPorts.push({ address: p.address ?? "0.0.0.0", port: p.port, process: p.comm, service: p.service });
  }
  const baseServiceNames = new Set(base.processes.flatMap((p) => p.service ? [p.service] : []));
  for (const service of services) {
    if (baseServiceNames.has(service.name)) continue;
    const shapes = processesOfService(service.name);
    for (const shape of shapes) processes.push({ pid: pid++, ...shape, service: service.name });
    const declared = manifest.services.find((s) => s.name === service.name)?.processes ?? [];
    const passenger = service.name === "httpd" && packageNames.some((n) => n.includes("passenger"));
    if (passenger || declared.includes("passenger")) {
      for (const shape of PASSENGER_PROCESSES)
        processes.push({ pid: pid++, ...shape, service: service.name });
    }
    for (const program of declared.filter((p) => p !== "passenger"))
      processes.push({
        pid: pid++,
        user: "root",
        comm: program.slice(0, 15),
        args: program,
        service: service.name
      });
    for (const p of ports.filter((x) => x.service === service.name)) {
      simPorts.push({
        address: service.name === "httpd" ? "*" : "0.0.0.0",
        port: p.port,
        process: shapes[0]?.comm ?? service.name,
        service: service.name
      });
    }
  }
  const removedUsers = new Set(manifest.users.remove);
  const users = base.users.filter((u) => !removedUsers.has(u.name)).map((u) => ({ ...u }));
  if (services.some((s) => s.name === "httpd"))
    users.push({ name: "apache", uid: 48, home: "/usr/share/httpd", shell: "/sbin/nologin" });
  if (fluentd && !fluentdMissing)
    users.push({ name: "_fluentd", uid: 995, home: "/var/lib/fluent", shell: "/sbin/nologin" });
  manifest.users.create.forEach((u, i) => {
    users.push({
      name: u.name,
      uid: 1001 + i,
      home: `/home/${u.name}`,
      shell: "/bin/bash",
      groups: [...u.groups]
    });
  });
  const monitors = fluentd && !fluentdMissing ? [
    {
      port: fluentd.monitorPort,
      service: fluentd.service,
      stalled: agentMatches(stalled, "fluentd", fluentd.package, fluentd.service),
      plugins: [
        {
          pluginId: "in_tail_access",
          category: "input",
          type: "tail",
          recordsPerMinute: RECORDS_PER_MINUTE
        },
        ...outputPluginsOf(o.userData)
      ]
    }
  ] : [];
  const zone = zoneInfo(manifest.timezone);
  return {
    schema: "amipipe.facts/v1",
    origin: "image",
    hostname: manifest.recipe,
    os: base.prettyName,
    launchedAt: o.launchedAt,
    bootedAt: o.launchedAt,
    timezone: {
      zone: manifest.timezone,
      ...zone,
      previousZone: "UTC",
      // Normally set during the build, long before launch; under the fault, after crond started.
      localtimeChangedAt: staleZone ? o.launchedAt + STALE_ZONE_SET_AFTER_BOOT : o.launchedAt - 60 * MINUTE2
    },
    cron: {
      startDelayMs: CROND_START_DELAY,
      canary: { ...manifest.canaryCron },
      entries: [
        {
          source: "/etc/cron.d/0hourly",
          user: "root",
          schedule: "01 * * * *",
          command: "run-parts /etc/cron.hourly"
        },
        ...manifest.cron.map((c) => ({
          source: `/etc/cron.d/${c.name}`,
          user: c.user,
          schedule: c.schedule,
          command: c.command
        })),
        ...parseCrontab(canaryCronFile(), manifest.canaryCron.file)
      ]
    },
    services,
    processes,
    ports: simPorts,
    users,
    packages: installed.map((name) => ({
      name,
      version: built.get(name) ?? "1.0-1." + suffix,
      arch: name.startsWith("kernel") ? manifest.arch : "noarch"
    })),
    agents: [
      ...fluentd && !fluentdMissing ? [{ name: "fluentd", package: fluentd.package, service: fluentd.service }] : [],
      ...newrelic && !newrelicMissing ? [{ name: "newrelic-infra", package: newrelic.package, service: newrelic.service }] : []
    ],
    monitors,
    ssh: {
      passwordAuthentication: manifest.ssh.passwordAuthentication ? "yes" : "no",
      permitRootLogin: manifest.ssh.permitRootLogin ? "yes" : "no",
      source: "sshd -T"
    },
    imds: { reachable: true, tokenRequired: true }
  };
}
function fluentdConfigFromUserData(userData) {
  const text = userData.startsWith("#!") ? userData : Buffer.from(userData, "base64").toString("utf8");
  const lines = text.split("\n");
  const target = [FLUENT_PACKAGE.configFile, `'${FLUENT_PACKAGE.configFile}'`].map((f) => `cat > ${f} <<'`);
  const start = lines.findIndex((l) => target.some((t) => l.startsWith(t)));
  if (start < 0) return void 0;
  const delimiter = /<<'([^']+)'$/.exec(lines[start])?.[1];
  const end = lines.findIndex((l, i) => i > start && l === delimiter);
  if (delimiter === void 0 || end < 0) return void 0;
  return lines.slice(start + 1, end).join("\n");
}
function outputPluginsOf(userData) {
  const config = userData === void 0 ? void 0 : fluentdConfigFromUserData(userData);
  if (config === void 0)
    return [
      {
        pluginId: "out_access",
        category: "output",
        type: "bigquery_insert",
        recordsPerMinute: RECORDS_PER_MINUTE
      }
    ];
  return fluentdOutputs(config).map((out, i) => ({
    pluginId: out.id ?? `object:${(16320 + i * 40).toString(16)}`,
    category: "output",
    type: out.type,
    recordsPerMinute: RECORDS_PER_MINUTE
  }));
}
function factsFromInventory(inventory) {
  const bootedAt = inventory.host.bootedAt * 1e3;
  const collectedAt = inventory.host.collectedAt * 1e3;
  const services = (inventory.services ?? []).map((s) => ({
    name: s.name,
    enabled: s.enabled,
    active: s.active
  }));
  const known = new Set(services.map((s) => s.name));
  const serviceFor = (comm) => {
    const service = serviceOfProcess(comm);
    return service && known.has(service) ? service : void 0;
  };
  const withService = (item, service) => service ? { ...item, service } : { ...item };
  const agents = (inventory.agents ?? []).filter((a) => a.installed).map((a) => ({ name: a.name, package: a.package, service: a.name }));
  const logAgent = agents.find((a) => a.name === "td-agent" || a.name === "fluentd");
  const minutesUp = Math.max(1, (collectedAt - bootedAt) / MINUTE2);
  const crondStart = inventory.cron?.daemon.startedAt;
  return {
    schema: "amipipe.facts/v1",
    origin: "legacy",
    hostname: inventory.host.hostname,
    os: inventory.host.os,
    launchedAt: bootedAt,
    bootedAt,
    timezone: {
      zone: inventory.timezone?.zone ?? "UTC",
      abbreviation: inventory.timezone?.abbreviation ?? "UTC",
      utcOffset: inventory.timezone?.utcOffset ?? "+0000",
      previousZone: inventory.timezone?.zone ?? "UTC",
      localtimeChangedAt: inventory.timezone?.localtimeChangedAt == null ? null : inventory.timezone.localtimeChangedAt * 1e3
    },
    cron: {
      startDelayMs: crondStart == null ? CROND_START_DELAY : Math.max(0, crondStart * 1e3 - bootedAt),
      canary: null,
      entries: (inventory.cron?.entries ?? []).map((e) => ({ ...e }))
    },
    services,
    processes: (inventory.processes ?? []).map((p) => withService(p, serviceFor(p.comm))),
    ports: (inventory.ports ?? []).map((p) => withService(p, serviceFor(p.process))),
    users: (inventory.users ?? []).map((u) => ({ ...u })),
    packages: (inventory.packages ?? []).map((p) => ({ ...p })),
    agents,
    monitors: (inventory.monitors ?? []).map((m) => ({
      port: m.port,
      service: logAgent?.service ?? "td-agent",
      stalled: false,
      plugins: m.plugins.map((p) => ({
        pluginId: p.pluginId,
        category: p.category,
        type: p.type,
        recordsPerMinute: Math.round((p.emitRecords ?? 0) / minutesUp)
      }))
    })),
    ssh: inventory.ssh ? { ...inventory.ssh } : { passwordAuthentication: null, permitRootLogin: null, source: "none" },
    imds: inventory.imds ? { ...inventory.imds } : { reachable: true, tokenRequired: false }
  };
}
function rebootFacts(facts, at) {
  return { ...facts, bootedAt: at };
}
function lastCanaryRun(facts, now) {
  const canary = facts.cron.canary;
  const started = crondStartedAt(facts);
  if (!canary || started === null) return null;
  const firstStart = facts.launchedAt + facts.cron.startDelayMs;
  let at;
  try {
    at = import_cron_parser.CronExpressionParser.parse(canary.schedule, { currentDate: new Date(now + 1), tz: crondZone(facts) }).prev().getTime();
  } catch {
    at = now - now % MINUTE2;
  }
  return at >= firstStart ? at : null;
}
function inventoryAt(facts, now) {
  return observe(facts, now, lastCanaryRun);
}
function answerProbe(script, facts, now, o = {}) {
  const name = probeNameOf(script);
  if (!name) {
    return {
      exitCode: 127,
      stdout: "",
      stderr: "simulated instance: only amipipe probe scripts (# amipipe-probe: NAME) can run here\n"
    };
  }
  const full = inventoryAt(facts, now);
  const out = { schema: full.schema, probe: name, host: full.host };
  for (const section of PROBE_SECTIONS[name]) out[section] = full[section];
  if (full.packages && "packages" in out) out.packages = encodePackageList(full.packages);
  if (name === "advisories") out.advisories = updateinfoOf(facts, o.repository?.());
  return { exitCode: 0, stdout: `${JSON.stringify(out)}
`, stderr: "" };
}
export {
  answerProbe,
  factsFromInventory,
  factsFromManifest,
  fluentdConfigFromUserData,
  inventoryAt,
  lastCanaryRun,
  rebootFacts
};
