import type {
  CronTabEntry,
  ImdsFacts,
  Inventory,
  PackageInfo,
  SshFacts,
  UserInfo,
} from "../../probes/schema.js";
import { localIso, offsetMs, zoneInfo } from "../../probes/zones.js";

/**
 * A simulated instance as plain JSON: what is installed and configured, plus the few
 * times (launch, boot, last /etc/localtime change) from which everything that changes with
 * time is derived when a probe runs — service state after a reboot, crond's start,
 * the canary's last run, fluentd's counters. All times are epoch milliseconds.
 */
export interface InstanceFacts {
  schema: "amipipe.facts/v1";
  origin: "image" | "legacy";
  hostname: string;
  os: string;
  launchedAt: number;
  /** Last boot; RebootInstances sets it to the reboot time (see rebootFacts). */
  bootedAt: number;
  timezone: {
    zone: string;
    abbreviation: string;
    utcOffset: string;
    /** The zone before /etc/localtime was last changed (what a daemon started earlier still uses). */
    previousZone: string;
    localtimeChangedAt: number | null;
  };
  cron: {
    /** crond starts this long after boot. */
    startDelayMs: number;
    canary: { file: string; schedule: string; logFile: string } | null;
    entries: CronTabEntry[];
  };
  services: SimService[];
  processes: SimProcess[];
  ports: SimPort[];
  users: UserInfo[];
  packages: PackageInfo[];
  agents: SimAgent[];
  monitors: SimMonitor[];
  ssh: SshFacts;
  imds: ImdsFacts;
}

export interface SimService {
  name: string;
  /** systemctl is-enabled word. */
  enabled: string;
  /** State until the first reboot; after a reboot a service is active exactly when enabled. */
  active: string;
}

/** A process, shown while its service (if any) is active. */
export interface SimProcess {
  pid: number;
  user: string;
  comm: string;
  args: string;
  service?: string;
}

export interface SimPort {
  address: string;
  port: number;
  process: string;
  service?: string;
}

export interface SimAgent {
  name: string;
  package: string;
  /** The unit that runs it (its enabled/active state comes from `services`). */
  service: string;
}

export interface SimMonitor {
  port: number;
  /** The unit serving monitor_agent; the endpoint answers while it is active. */
  service: string;
  /** Delivery is stuck: emit counters stay flat, retries and the buffer grow. */
  stalled: boolean;
  plugins: Array<{ pluginId: string; category: string; type: string; recordsPerMinute: number }>;
}

const MINUTE = 60_000;

export function hasRebooted(facts: InstanceFacts): boolean {
  return facts.bootedAt > facts.launchedAt;
}

export function serviceState(facts: InstanceFacts, name: string): { enabled: string; active: string } {
  const service = facts.services.find((s) => s.name === name);
  if (!service) return { enabled: "not-found", active: "inactive" };
  if (!hasRebooted(facts)) return { enabled: service.enabled, active: service.active };
  return { enabled: service.enabled, active: service.enabled === "enabled" ? "active" : "inactive" };
}

function isActive(facts: InstanceFacts, service: string | undefined): boolean {
  return service === undefined || serviceState(facts, service).active === "active";
}

export function crondStartedAt(facts: InstanceFacts): number | null {
  return isActive(facts, "crond") ? facts.bootedAt + facts.cron.startDelayMs : null;
}

/** The zone crond keeps: the one /etc/localtime named when crond started. */
export function crondZone(facts: InstanceFacts): string {
  const started = crondStartedAt(facts);
  const changed = facts.timezone.localtimeChangedAt;
  if (started === null || changed === null || started >= changed) return facts.timezone.zone;
  return facts.timezone.previousZone;
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/** What `inventory.sh` would print on this instance at `now`. */
export function observe(
  facts: InstanceFacts,
  now: number,
  lastCanaryRun: (facts: InstanceFacts, now: number) => number | null,
): Inventory {
  const canaryAt = lastCanaryRun(facts, now);
  const crondStart = crondStartedAt(facts);
  const services = facts.services.map((s) => ({ name: s.name, ...serviceState(facts, s.name) }));
  return {
    schema: "amipipe.inventory/v1",
    probe: "inventory",
    host: {
      hostname: facts.hostname,
      os: facts.os,
      collectedAt: seconds(now),
      bootedAt: seconds(facts.bootedAt),
    },
    timezone: {
      zone: facts.timezone.zone,
      abbreviation: facts.timezone.abbreviation,
      utcOffset: facts.timezone.utcOffset,
      localtimeChangedAt:
        facts.timezone.localtimeChangedAt === null ? null : seconds(facts.timezone.localtimeChangedAt),
    },
    cron: {
      daemon: { running: crondStart !== null, startedAt: crondStart === null ? null : seconds(crondStart) },
      canary: {
        logFile: facts.cron.canary?.logFile ?? null,
        lastLine: canaryAt === null ? null : canaryLine(facts, canaryAt),
        lastRunAt: canaryAt === null ? null : seconds(canaryAt),
      },
      entries: facts.cron.entries.map((e) => ({ ...e })),
    },
    services,
    processes: facts.processes
      .filter((p) => isActive(facts, p.service))
      .map(({ pid, user, comm, args }) => ({ pid, user, comm, args })),
    ports: facts.ports
      .filter((p) => isActive(facts, p.service))
      .map(({ address, port, process }) => ({ address, port, process })),
    // The probe prints every user's groups, an empty list for none.
    users: facts.users.map((u) => ({ ...u, groups: [...(u.groups ?? [])] })),
    packages: facts.packages.map((p) => ({ ...p })),
    agents: facts.agents.map((a) => ({
      name: a.name,
      package: a.package,
      installed: true,
      ...serviceState(facts, a.service),
    })),
    monitors: facts.monitors.map((m) => monitorAt(facts, m, now)),
    ssh: { ...facts.ssh },
    imds: { ...facts.imds },
  };
}

/**
 * The canary job's log line (src/recipe/canary.ts): the local time the job reads itself, and
 * the hour crond matched — in the zone crond keeps, which differs after a stale start.
 */
export function canaryLine(facts: InstanceFacts, at: number): string {
  const cronHour = new Date(at + offsetMs(zoneInfo(crondZone(facts)).utcOffset)).getUTCHours();
  return `${localIso(at, facts.timezone.utcOffset)} cron-hour=${cronHour}`;
}

function monitorAt(facts: InstanceFacts, monitor: SimMonitor, now: number) {
  if (!isActive(facts, monitor.service)) return { port: monitor.port, reachable: false, plugins: [] };
  // The agent (re)started with the boot: its counters count from there.
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
        retryCount: output ? (monitor.stalled ? Math.floor(minutes * 2) : 0) : null,
        bufferTotalQueuedSize: output
          ? monitor.stalled
            ? Math.floor(p.recordsPerMinute * minutes * 180)
            : 0
          : null,
      };
    }),
  };
}
