import { z } from "zod";
import { decodePackageList } from "./package-list.js";

/**
 * What the probe scripts print: one JSON document per run. Every probe prints `schema`,
 * `probe` and `host`, then the sections it gathers; `inventory.sh` prints every section.
 * The same schema parses real output and the simulator's answers. Times are epoch seconds.
 */
export const INVENTORY_SCHEMA = "amipipe.inventory/v1";

export const PROBE_NAMES = [
  "timezone",
  "cron",
  "services",
  "processes",
  "ports",
  "users",
  "packages",
  "agents",
  "hardening",
  "instance",
  "inventory",
  "advisories",
] as const;
export type ProbeName = (typeof PROBE_NAMES)[number];

export const hostSchema = z.object({
  hostname: z.string(),
  /** PRETTY_NAME from /etc/os-release. */
  os: z.string(),
  collectedAt: z.number().int(),
  bootedAt: z.number().int(),
});

export const timezoneSchema = z.object({
  /** IANA zone name, e.g. Asia/Tokyo. */
  zone: z.string(),
  /** `date +%Z`, e.g. JST. */
  abbreviation: z.string(),
  /** `date +%z`, e.g. +0900. */
  utcOffset: z.string(),
  /** Last change of /etc/localtime (mtime of the link or file); null when absent. */
  localtimeChangedAt: z.number().int().nullable(),
});

export const cronEntrySchema = z.object({
  /** Where the entry lives: /etc/crontab, /etc/cron.d/NAME or crontab:USER. */
  source: z.string(),
  user: z.string(),
  schedule: z.string(),
  command: z.string(),
});

export const cronSchema = z.object({
  daemon: z.object({ running: z.boolean(), startedAt: z.number().int().nullable() }),
  /** The canary cron entry's log (path from the image manifest); lastRunAt parsed from its last line. */
  canary: z.object({
    logFile: z.string().nullable(),
    lastLine: z.string().nullable(),
    lastRunAt: z.number().int().nullable(),
  }),
  entries: z.array(cronEntrySchema),
});

export const serviceStateSchema = z.object({
  name: z.string(),
  /** `systemctl is-enabled` words: enabled, disabled, static, masked, not-found … */
  enabled: z.string(),
  /** `systemctl is-active` words: active, inactive, failed, activating … */
  active: z.string(),
});

export const processSchema = z.object({
  pid: z.number().int(),
  user: z.string(),
  comm: z.string(),
  args: z.string(),
});

export const listeningPortSchema = z.object({
  address: z.string(),
  port: z.number().int(),
  /** Process name from `ss -p`; empty when unknown. */
  process: z.string(),
});

export const userSchema = z.object({
  name: z.string(),
  uid: z.number().int(),
  home: z.string(),
  shell: z.string(),
  /** Supplementary groups (the /etc/group entries naming the user); absent in inventories that predate it. */
  groups: z.array(z.string()).optional(),
});

export const packageSchema = z.object({
  name: z.string(),
  /** `[epoch:]version-release`, the epoch only when not 0 (as package-diff compares them). */
  version: z.string(),
  arch: z.string(),
});

/**
 * The installed packages: the probes print them as one gzip+base64 string (see
 * package-list.ts: as JSON objects they would not fit in SSM's inline output), decoded here;
 * inventories written by `survey` and the world file hold the decoded list.
 */
export const packageListSchema = z.preprocess((value, ctx) => {
  if (typeof value !== "string") return value;
  const decoded = decodePackageList(value);
  if (decoded.ok) return decoded.packages;
  ctx.addIssue({ code: "custom", message: decoded.error, input: value });
  return z.NEVER;
}, z.array(packageSchema));

export const agentSchema = z.object({
  /** fluentd | td-agent | newrelic-infra */
  name: z.string(),
  package: z.string(),
  installed: z.boolean(),
  enabled: z.string(),
  active: z.string(),
});

const counter = z.number().nullable();

export const monitorPluginSchema = z.object({
  pluginId: z.string(),
  category: z.string(),
  type: z.string(),
  emitRecords: counter,
  emitCount: counter,
  writeCount: counter,
  retryCount: counter,
  bufferTotalQueuedSize: counter,
});

/** A fluentd monitor_agent endpoint (http://127.0.0.1:PORT/api/plugins.json). */
export const monitorSchema = z.object({
  port: z.number().int(),
  reachable: z.boolean(),
  plugins: z.array(monitorPluginSchema),
});

export const sshSchema = z.object({
  /** "yes" | "no"; null when neither `sshd -T` nor sshd_config answered. */
  passwordAuthentication: z.string().nullable(),
  permitRootLogin: z.string().nullable(),
  source: z.enum(["sshd -T", "sshd_config", "none"]),
});

export const imdsSchema = z.object({
  reachable: z.boolean(),
  /** True when a GET without a session token is refused (IMDSv2 required). */
  tokenRequired: z.boolean().nullable(),
});

export const advisorySchema = z.object({
  /** ALAS2-2026-2712, ALAS2023-2026-1001 … */
  id: z.string(),
  /** critical, important, medium, low (lower-cased as the package manager prints them). */
  severity: z.string(),
  /** The package name the advisory updates (no version). */
  package: z.string(),
  /** The fixed package as the repository names it: name-[epoch:]version-release.arch. */
  fixedIn: z.string(),
});

/** Security updates not yet applied (yum/dnf updateinfo), one item per advisory and package. */
export const advisoriesSchema = z.object({
  tool: z.enum(["dnf", "yum", "none"]),
  /** The package manager answered; when false, `error` says why and `items` is empty. */
  listed: z.boolean(),
  error: z.string().nullable(),
  items: z.array(advisorySchema),
});

export const inventorySchema = z.object({
  schema: z.literal(INVENTORY_SCHEMA),
  probe: z.enum(PROBE_NAMES),
  host: hostSchema,
  timezone: timezoneSchema.optional(),
  cron: cronSchema.optional(),
  services: z.array(serviceStateSchema).optional(),
  processes: z.array(processSchema).optional(),
  ports: z.array(listeningPortSchema).optional(),
  users: z.array(userSchema).optional(),
  packages: packageListSchema.optional(),
  agents: z.array(agentSchema).optional(),
  monitors: z.array(monitorSchema).optional(),
  ssh: sshSchema.optional(),
  imds: imdsSchema.optional(),
  advisories: advisoriesSchema.optional(),
});

export type Inventory = z.infer<typeof inventorySchema>;
export type Host = z.infer<typeof hostSchema>;
export type TimezoneFacts = z.infer<typeof timezoneSchema>;
export type CronFacts = z.infer<typeof cronSchema>;
export type CronTabEntry = z.infer<typeof cronEntrySchema>;
export type ServiceState = z.infer<typeof serviceStateSchema>;
export type ProcessInfo = z.infer<typeof processSchema>;
export type ListeningPort = z.infer<typeof listeningPortSchema>;
export type UserInfo = z.infer<typeof userSchema>;
export type PackageInfo = z.infer<typeof packageSchema>;
export type AgentState = z.infer<typeof agentSchema>;
export type MonitorPlugin = z.infer<typeof monitorPluginSchema>;
export type Monitor = z.infer<typeof monitorSchema>;
export type SshFacts = z.infer<typeof sshSchema>;
export type ImdsFacts = z.infer<typeof imdsSchema>;
export type Advisory = z.infer<typeof advisorySchema>;
export type AdvisoryFacts = z.infer<typeof advisoriesSchema>;

/** Sections each probe prints besides schema, probe and host. */
export const PROBE_SECTIONS: Record<ProbeName, ReadonlyArray<keyof Inventory>> = {
  timezone: ["timezone"],
  cron: ["cron"],
  services: ["services"],
  processes: ["processes"],
  ports: ["ports"],
  users: ["users"],
  packages: ["packages"],
  agents: ["agents", "monitors"],
  hardening: ["ssh", "imds"],
  /** Everything but packages: what the instance checks read, small enough for SSM's inline output. */
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
    "imds",
  ],
  inventory: [
    "timezone",
    "cron",
    "services",
    "processes",
    "ports",
    "users",
    "packages",
    "agents",
    "monitors",
    "ssh",
    "imds",
  ],
  /** Asks the repositories (network, seconds to minutes): only on request, never with the inventory. */
  advisories: ["advisories"],
};

/** The line every probe script starts with. */
export function probeHeader(name: ProbeName): string {
  return `# amipipe-probe: ${name}`;
}

/** The probe a script is, from its first line; undefined for anything else. */
export function probeNameOf(script: string): ProbeName | undefined {
  const first = script.split("\n", 1)[0]?.trim() ?? "";
  const match = /^# amipipe-probe: ([a-z-]+)$/.exec(first);
  const name = match?.[1];
  return (PROBE_NAMES as readonly string[]).includes(name ?? "") ? (name as ProbeName) : undefined;
}

/** Parses a probe's stdout; the error names the first bad field. */
export function parseProbeOutput(
  stdout: string,
): { ok: true; inventory: Inventory } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch (error) {
    return {
      ok: false,
      error: `probe output is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const parsed = inventorySchema.safeParse(json);
  if (parsed.success) return { ok: true, inventory: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `probe output does not match ${INVENTORY_SCHEMA}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`,
  };
}
