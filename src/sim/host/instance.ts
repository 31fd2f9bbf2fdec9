import { CronExpressionParser } from "cron-parser";
import { fluentdOutputs } from "../../config/fluentd-outputs.js";
import { BASE_OS } from "../../probes/base-os.js";
import { encodePackageList } from "../../probes/package-list.js";
import { type Inventory, PROBE_SECTIONS, probeNameOf, type UserInfo } from "../../probes/schema.js";
import { PASSENGER_PROCESSES, processesOfService, serviceOfProcess } from "../../probes/software.js";
import { zoneInfo } from "../../probes/zones.js";
import { FLUENT_PACKAGE } from "../../recipe/agents.js";
import { canaryCronFile } from "../../recipe/canary.js";
import type { ImageManifest } from "../../recipe/manifest.js";
import type { Faults } from "../faults.js";
import { parseCrontab } from "./crontab.js";
import {
  crondStartedAt,
  crondZone,
  type InstanceFacts,
  observe,
  type SimMonitor,
  type SimPort,
  type SimProcess,
  type SimService,
} from "./facts.js";
import { type RepositoryOffer, updateinfoOf } from "./updateinfo.js";

export type { InstanceFacts } from "./facts.js";
export type { RepositoryOffer } from "./updateinfo.js";

const MINUTE = 60_000;
/** crond starts a few seconds into the boot. */
const CROND_START_DELAY = 5_000;
/** Access-log records per minute the example's fluentd tails and ships. */
const RECORDS_PER_MINUTE = 120;

/**
 * A new instance launched from an image: the base OS plus what the manifest promises. For
 * instances of the newest image the simulator's faults (src/sim/faults/) change what actually
 * happened.
 */
export function factsFromManifest(
  manifest: ImageManifest,
  o: {
    launchedAt: number;
    /** The faults in force; they act on instances of the newest image only. */
    faults?: Pick<Faults, "alterNewInstance">;
    isNewestImage?: boolean;
    /** The packages the image's build installed, with their versions (Image Builder's list). */
    packages?: ReadonlyArray<{ name: string; version: string }>;
    /**
     * The instance's user data (plain or base64, as EC2 holds it): the fluentd config it writes
     * decides the output plugins monitor_agent reports. Without it the image's fluentd runs the
     * example's shape: a tail input and a bigquery_insert output.
     */
    userData?: string;
  },
): InstanceFacts {
  const base = BASE_OS[manifest.os];
  const fluentd = manifest.agents.fluentd;
  const newrelic = manifest.agents.newrelic;

  const services: SimService[] = base.enabledServices.map((name) => ({
    name,
    enabled: "enabled",
    active: "active",
  }));
  const ports: Array<{ service: string; port: number }> = [];
  const addService = (name: string, enabled: boolean, port?: number) => {
    const existing = services.find((s) => s.name === name);
    const state = { enabled: enabled ? "enabled" : "disabled", active: enabled ? "active" : "inactive" };
    if (existing) Object.assign(existing, state);
    else services.push({ name, ...state });
    if (port !== undefined) ports.push({ service: name, port });
  };
  for (const s of manifest.services) addService(s.name, s.enabled, s.port);
  if (fluentd) addService(fluentd.service, true, fluentd.monitorPort);
  if (newrelic) addService(newrelic.service, true);

  const packageNames = [
    ...new Set([
      ...base.packages,
      ...manifest.packages,
      ...(fluentd ? [fluentd.package] : []),
      ...(newrelic ? [newrelic.package] : []),
    ]),
  ].sort();
  const suffix = manifest.os === "amazon-linux-2" ? "amzn2" : "amzn2023";
  // rpm -qa: the build's list at its versions, and what the base OS model adds to it.
  const built = new Map((o.packages ?? []).map((p) => [p.name, p.version]));
  const installed = [...new Set([...packageNames, ...built.keys()])].sort();

  let pid = 1;
  const processes: SimProcess[] = [];
  const simPorts: SimPort[] = [];
  for (const p of base.processes) {
    const proc: SimProcess = { pid: pid++, user: p.user, comm: p.comm, args: p.args };
    if (p.service) proc.service = p.service;
    processes.push(proc);
    if (p.port !== undefined && p.service)
      simPorts.push({ address: p.address ?? "0.0.0.0", port: p.port, process: p.comm, service: p.service });
  }
  const baseServiceNames = new Set(base.processes.flatMap((p) => (p.service ? [p.service] : [])));
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
        service: service.name,
      });
    for (const p of ports.filter((x) => x.service === service.name)) {
      simPorts.push({
        address: service.name === "httpd" ? "*" : "0.0.0.0",
        port: p.port,
        process: shapes[0]?.comm ?? service.name,
        service: service.name,
      });
    }
  }

  const removedUsers = new Set(manifest.users.remove);
  const users: UserInfo[] = base.users.filter((u) => !removedUsers.has(u.name)).map((u) => ({ ...u }));
  if (services.some((s) => s.name === "httpd"))
    users.push({ name: "apache", uid: 48, home: "/usr/share/httpd", shell: "/sbin/nologin" });
  if (fluentd) users.push({ name: "_fluentd", uid: 995, home: "/var/lib/fluent", shell: "/sbin/nologin" });
  manifest.users.create.forEach((u, i) => {
    users.push({
      name: u.name,
      uid: 1001 + i,
      home: `/home/${u.name}`,
      shell: "/bin/bash",
      groups: [...u.groups],
    });
  });

  const monitors: SimMonitor[] = fluentd
    ? [
        {
          port: fluentd.monitorPort,
          service: fluentd.service,
          stalled: false,
          plugins: [
            {
              pluginId: "in_tail_access",
              category: "input",
              type: "tail",
              recordsPerMinute: RECORDS_PER_MINUTE,
            },
            ...outputPluginsOf(o.userData),
          ],
        },
      ]
    : [];

  const zone = zoneInfo(manifest.timezone);
  const facts: InstanceFacts = {
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
      // Set during the build, long before launch (cron-stale-timezone moves it after crond's start).
      localtimeChangedAt: o.launchedAt - 60 * MINUTE,
    },
    cron: {
      startDelayMs: CROND_START_DELAY,
      canary: { ...manifest.canaryCron },
      entries: [
        {
          source: "/etc/cron.d/0hourly",
          user: "root",
          schedule: "01 * * * *",
          command: "run-parts /etc/cron.hourly",
        },
        ...manifest.cron.map((c) => ({
          source: `/etc/cron.d/${c.name}`,
          user: c.user,
          schedule: c.schedule,
          command: c.command,
        })),
        ...parseCrontab(canaryCronFile(), manifest.canaryCron.file),
      ],
    },
    services,
    processes,
    ports: simPorts,
    users,
    packages: installed.map((name) => ({
      name,
      version: built.get(name) ?? "1.0-1." + suffix,
      arch: name.startsWith("kernel") ? manifest.arch : "noarch",
    })),
    agents: [
      ...(fluentd ? [{ name: "fluentd", package: fluentd.package, service: fluentd.service }] : []),
      ...(newrelic ? [{ name: "newrelic-infra", package: newrelic.package, service: newrelic.service }] : []),
    ],
    monitors,
    ssh: {
      passwordAuthentication: manifest.ssh.passwordAuthentication ? "yes" : "no",
      permitRootLogin: manifest.ssh.permitRootLogin ? "yes" : "no",
      source: "sshd -T",
    },
    imds: { reachable: true, tokenRequired: true },
  };
  return o.isNewestImage && o.faults ? o.faults.alterNewInstance(facts) : facts;
}

/**
 * The fluentd config a user data script writes (the heredoc of FLUENT_PACKAGE.configFile, see
 * src/recipe/user-data.ts), or undefined when it writes none.
 */
export function fluentdConfigFromUserData(userData: string): string | undefined {
  const text = userData.startsWith("#!") ? userData : Buffer.from(userData, "base64").toString("utf8");
  const lines = text.split("\n");
  const target = [FLUENT_PACKAGE.configFile, `'${FLUENT_PACKAGE.configFile}'`].map((f) => `cat > ${f} <<'`);
  const start = lines.findIndex((l) => target.some((t) => l.startsWith(t)));
  if (start < 0) return undefined;
  const delimiter = /<<'([^']+)'$/.exec(lines[start] as string)?.[1];
  const end = lines.findIndex((l, i) => i > start && l === delimiter);
  if (delimiter === undefined || end < 0) return undefined;
  return lines.slice(start + 1, end).join("\n");
}

/** monitor_agent's output plugins for the fluentd config the user data writes. */
function outputPluginsOf(userData: string | undefined): SimMonitor["plugins"] {
  const config = userData === undefined ? undefined : fluentdConfigFromUserData(userData);
  if (config === undefined)
    return [
      {
        pluginId: "out_access",
        category: "output",
        type: "bigquery_insert",
        recordsPerMinute: RECORDS_PER_MINUTE,
      },
    ];
  return fluentdOutputs(config).map((out, i) => ({
    pluginId: out.id ?? `object:${(0x3fc0 + i * 0x28).toString(16)}`,
    category: "output",
    type: out.type,
    recordsPerMinute: RECORDS_PER_MINUTE,
  }));
}

/** A legacy server from the world file: its surveyed inventory, still running. */
export function factsFromInventory(inventory: Inventory): InstanceFacts {
  const bootedAt = inventory.host.bootedAt * 1000;
  const collectedAt = inventory.host.collectedAt * 1000;
  const services: SimService[] = (inventory.services ?? []).map((s) => ({
    name: s.name,
    enabled: s.enabled,
    active: s.active,
  }));
  const known = new Set(services.map((s) => s.name));
  const serviceFor = (comm: string) => {
    const service = serviceOfProcess(comm);
    return service && known.has(service) ? service : undefined;
  };
  const withService = <T extends object>(item: T, service: string | undefined): T & { service?: string } =>
    service ? { ...item, service } : { ...item };
  const agents = (inventory.agents ?? [])
    .filter((a) => a.installed)
    .map((a) => ({ name: a.name, package: a.package, service: a.name }));
  const logAgent = agents.find((a) => a.name === "td-agent" || a.name === "fluentd");
  const minutesUp = Math.max(1, (collectedAt - bootedAt) / MINUTE);
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
      localtimeChangedAt:
        inventory.timezone?.localtimeChangedAt == null ? null : inventory.timezone.localtimeChangedAt * 1000,
    },
    cron: {
      startDelayMs: crondStart == null ? CROND_START_DELAY : Math.max(0, crondStart * 1000 - bootedAt),
      canary: null,
      entries: (inventory.cron?.entries ?? []).map((e) => ({ ...e })),
    },
    services,
    processes: withSsmAgent((inventory.processes ?? []).map((p) => withService(p, serviceFor(p.comm)))),
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
        recordsPerMinute: Math.round((p.emitRecords ?? 0) / minutesUp),
      })),
    })),
    ssh: inventory.ssh
      ? { ...inventory.ssh }
      : { passwordAuthentication: null, permitRootLogin: null, source: "none" },
    imds: inventory.imds ? { ...inventory.imds } : { reachable: true, tokenRequired: false },
  };
}

/**
 * Every host the simulator answers SSM for runs the agent and, with SSM Agent 3.x, its worker
 * (https://docs.aws.amazon.com/systems-manager/latest/userguide/ssm-agent-technical-details.html):
 * a surveyed inventory that predates the worker gets it, so parity sees what AWS would show.
 */
function withSsmAgent(processes: SimProcess[]): SimProcess[] {
  const out = [...processes];
  let pid = Math.max(1, ...out.map((p) => p.pid)) + 1;
  for (const p of BASE_OS["amazon-linux-2"].processes.filter((b) => b.service === "amazon-ssm-agent")) {
    if (!out.some((o) => o.comm === p.comm))
      out.push({ pid: pid++, user: p.user, comm: p.comm, args: p.args, service: "amazon-ssm-agent" });
  }
  return out;
}

/** RebootInstances: a new boot; services not enabled do not come back, crond re-reads the zone. */
export function rebootFacts(facts: InstanceFacts, at: number): InstanceFacts {
  return { ...facts, bootedAt: at };
}

/**
 * When the canary cron entry last fired before `now`: crond matches its schedule against
 * the wall clock of the zone it read at start — UTC when it started before the zone change.
 */
export function lastCanaryRun(facts: InstanceFacts, now: number): number | null {
  const canary = facts.cron.canary;
  const started = crondStartedAt(facts);
  if (!canary || started === null) return null;
  const firstStart = facts.launchedAt + facts.cron.startDelayMs;
  let at: number;
  try {
    at = CronExpressionParser.parse(canary.schedule, { currentDate: new Date(now + 1), tz: crondZone(facts) })
      .prev()
      .getTime();
  } catch {
    // The image's canary has one entry per hour (see src/recipe/canary.ts): one fires every minute.
    at = now - (now % MINUTE);
  }
  return at >= firstStart ? at : null;
}

/** The full inventory an instance shows at `now`. */
export function inventoryAt(facts: InstanceFacts, now: number): Inventory {
  return observe(facts, now, lastCanaryRun);
}

/**
 * Answers an SSM AWS-RunShellScript command on a simulated instance: the probe is known by
 * its header line and prints what the real script prints there. Anything else is not a probe.
 * The advisories probe asks the package repositories: `o.repository` says what they offer
 * (asked only for that probe).
 */
export function answerProbe(
  script: string,
  facts: InstanceFacts,
  now: number,
  o: { repository?: () => RepositoryOffer | undefined } = {},
): { exitCode: number; stdout: string; stderr: string } {
  const name = probeNameOf(script);
  if (!name) {
    return {
      exitCode: 127,
      stdout: "",
      stderr: "simulated instance: only amipipe probe scripts (# amipipe-probe: NAME) can run here\n",
    };
  }
  const full = inventoryAt(facts, now);
  const out: Record<string, unknown> = { schema: full.schema, probe: name, host: full.host };
  for (const section of PROBE_SECTIONS[name]) out[section] = full[section];
  // Printed as the real probe prints it: gzip+base64 of the sorted `rpm -qa --qf` lines.
  if (full.packages && "packages" in out) out.packages = encodePackageList(full.packages);
  if (name === "advisories") out.advisories = updateinfoOf(facts, o.repository?.());
  return { exitCode: 0, stdout: `${JSON.stringify(out)}\n`, stderr: "" };
}
