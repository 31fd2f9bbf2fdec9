import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-SIRB34BK.js";

// src/probes/package-list.ts
import { gunzipSync, gzipSync } from "node:zlib";
var MAX_TEXT_BYTES = 16 * 1024 * 1024;
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
var EVR = /^(\d+):(\S+)$/;
function rpmLine(p) {
  const evr = /^\d+:/.test(p.version) ? p.version : `0:${p.version}`;
  return `${p.name}	${evr}	${p.arch}
`;
}
function encodePackageList(packages) {
  const lines = packages.map(rpmLine).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return gzipSync(lines.join(""), { level: 9 }).toString("base64");
}
function decodePackageList(encoded) {
  if (encoded === "")
    return {
      ok: false,
      error: "the package list is empty instead of gzip+base64 text (gzip or base64 missing on the instance?)"
    };
  if (!BASE64.test(encoded)) return { ok: false, error: "the package list is not base64 text" };
  let text;
  try {
    text = gunzipSync(Buffer.from(encoded, "base64"), { maxOutputLength: MAX_TEXT_BYTES }).toString("utf8");
  } catch (error) {
    return {
      ok: false,
      error: `the package list is not gzip data: ${error instanceof Error ? error.message : String(error)}`
    };
  }
  const packages = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (const [i, line] of lines.entries()) {
    const fields = line.split("	");
    const evr = EVR.exec(fields[1] ?? "");
    const [name, , arch] = fields;
    if (fields.length !== 3 || !name || !arch || !evr) {
      return {
        ok: false,
        error: `package list line ${i + 1} is not NAME<TAB>EPOCH:VERSION-RELEASE<TAB>ARCH: ${JSON.stringify(line.slice(0, 120))}`
      };
    }
    const [, epoch, versionRelease] = evr;
    const n = Number(epoch);
    packages.push({ name, version: n === 0 ? versionRelease : `${n}:${versionRelease}`, arch });
  }
  return { ok: true, packages };
}

// src/probes/schema.ts
var INVENTORY_SCHEMA = "amipipe.inventory/v1";
var PROBE_NAMES = [
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
  "advisories"
];
var hostSchema = external_exports.object({
  hostname: external_exports.string(),
  /** PRETTY_NAME from /etc/os-release. */
  os: external_exports.string(),
  collectedAt: external_exports.number().int(),
  bootedAt: external_exports.number().int()
});
var timezoneSchema = external_exports.object({
  /** IANA zone name, e.g. Asia/Tokyo. */
  zone: external_exports.string(),
  /** `date +%Z`, e.g. JST. */
  abbreviation: external_exports.string(),
  /** `date +%z`, e.g. +0900. */
  utcOffset: external_exports.string(),
  /** Last change of /etc/localtime (mtime of the link or file); null when absent. */
  localtimeChangedAt: external_exports.number().int().nullable()
});
var cronEntrySchema = external_exports.object({
  /** Where the entry lives: /etc/crontab, /etc/cron.d/NAME or crontab:USER. */
  source: external_exports.string(),
  user: external_exports.string(),
  schedule: external_exports.string(),
  command: external_exports.string()
});
var cronSchema = external_exports.object({
  daemon: external_exports.object({ running: external_exports.boolean(), startedAt: external_exports.number().int().nullable() }),
  /** The canary cron entry's log (path from the image manifest); lastRunAt parsed from its last line. */
  canary: external_exports.object({
    logFile: external_exports.string().nullable(),
    lastLine: external_exports.string().nullable(),
    lastRunAt: external_exports.number().int().nullable()
  }),
  entries: external_exports.array(cronEntrySchema)
});
var serviceStateSchema = external_exports.object({
  name: external_exports.string(),
  /** `systemctl is-enabled` words: enabled, disabled, static, masked, not-found … */
  enabled: external_exports.string(),
  /** `systemctl is-active` words: active, inactive, failed, activating … */
  active: external_exports.string()
});
var processSchema = external_exports.object({
  pid: external_exports.number().int(),
  user: external_exports.string(),
  comm: external_exports.string(),
  args: external_exports.string()
});
var listeningPortSchema = external_exports.object({
  address: external_exports.string(),
  port: external_exports.number().int(),
  /** Process name from `ss -p`; empty when unknown. */
  process: external_exports.string()
});
var userSchema = external_exports.object({
  name: external_exports.string(),
  uid: external_exports.number().int(),
  home: external_exports.string(),
  shell: external_exports.string(),
  /** Supplementary groups (the /etc/group entries naming the user); absent in inventories that predate it. */
  groups: external_exports.array(external_exports.string()).optional()
});
var packageSchema = external_exports.object({
  name: external_exports.string(),
  /** `[epoch:]version-release`, the epoch only when not 0 (as package-diff compares them). */
  version: external_exports.string(),
  arch: external_exports.string()
});
var packageListSchema = external_exports.preprocess((value, ctx) => {
  if (typeof value !== "string") return value;
  const decoded = decodePackageList(value);
  if (decoded.ok) return decoded.packages;
  ctx.addIssue({ code: "custom", message: decoded.error, input: value });
  return external_exports.NEVER;
}, external_exports.array(packageSchema));
var agentSchema = external_exports.object({
  /** fluentd | td-agent | newrelic-infra */
  name: external_exports.string(),
  package: external_exports.string(),
  installed: external_exports.boolean(),
  enabled: external_exports.string(),
  active: external_exports.string()
});
var counter = external_exports.number().nullable();
var monitorPluginSchema = external_exports.object({
  pluginId: external_exports.string(),
  category: external_exports.string(),
  type: external_exports.string(),
  emitRecords: counter,
  emitCount: counter,
  writeCount: counter,
  retryCount: counter,
  bufferTotalQueuedSize: counter
});
var monitorSchema = external_exports.object({
  port: external_exports.number().int(),
  reachable: external_exports.boolean(),
  plugins: external_exports.array(monitorPluginSchema)
});
var sshSchema = external_exports.object({
  /** "yes" | "no"; null when neither `sshd -T` nor sshd_config answered. */
  passwordAuthentication: external_exports.string().nullable(),
  permitRootLogin: external_exports.string().nullable(),
  source: external_exports.enum(["sshd -T", "sshd_config", "none"])
});
var imdsSchema = external_exports.object({
  reachable: external_exports.boolean(),
  /** True when a GET without a session token is refused (IMDSv2 required). */
  tokenRequired: external_exports.boolean().nullable()
});
var advisorySchema = external_exports.object({
  /** ALAS2-2026-2712, ALAS2023-2026-1001 … */
  id: external_exports.string(),
  /** critical, important, medium, low (lower-cased as the package manager prints them). */
  severity: external_exports.string(),
  /** The package name the advisory updates (no version). */
  package: external_exports.string(),
  /** The fixed package as the repository names it: name-[epoch:]version-release.arch. */
  fixedIn: external_exports.string()
});
var advisoriesSchema = external_exports.object({
  tool: external_exports.enum(["dnf", "yum", "none"]),
  /** The package manager answered; when false, `error` says why and `items` is empty. */
  listed: external_exports.boolean(),
  error: external_exports.string().nullable(),
  items: external_exports.array(advisorySchema)
});
var inventorySchema = external_exports.object({
  schema: external_exports.literal(INVENTORY_SCHEMA),
  probe: external_exports.enum(PROBE_NAMES),
  host: hostSchema,
  timezone: timezoneSchema.optional(),
  cron: cronSchema.optional(),
  services: external_exports.array(serviceStateSchema).optional(),
  processes: external_exports.array(processSchema).optional(),
  ports: external_exports.array(listeningPortSchema).optional(),
  users: external_exports.array(userSchema).optional(),
  packages: packageListSchema.optional(),
  agents: external_exports.array(agentSchema).optional(),
  monitors: external_exports.array(monitorSchema).optional(),
  ssh: sshSchema.optional(),
  imds: imdsSchema.optional(),
  advisories: advisoriesSchema.optional()
});
var PROBE_SECTIONS = {
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
    "imds"
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
    "imds"
  ],
  /** Asks the repositories (network, seconds to minutes): only on request, never with the inventory. */
  advisories: ["advisories"]
};
function probeNameOf(script) {
  const first = script.split("\n", 1)[0]?.trim() ?? "";
  const match = /^# amipipe-probe: ([a-z-]+)$/.exec(first);
  const name = match?.[1];
  return PROBE_NAMES.includes(name ?? "") ? name : void 0;
}
function parseProbeOutput(stdout) {
  let json;
  try {
    json = JSON.parse(stdout);
  } catch (error) {
    return {
      ok: false,
      error: `probe output is not JSON: ${error instanceof Error ? error.message : String(error)}`
    };
  }
  const parsed = inventorySchema.safeParse(json);
  if (parsed.success) return { ok: true, inventory: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `probe output does not match ${INVENTORY_SCHEMA}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`
  };
}

export {
  encodePackageList,
  PROBE_NAMES,
  inventorySchema,
  PROBE_SECTIONS,
  probeNameOf,
  parseProbeOutput
};
