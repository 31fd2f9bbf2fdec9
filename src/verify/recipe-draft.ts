import YAML from "yaml";
import type { RecipeInput } from "../config/schema.js";
import { basePackageNames } from "../probes/base-os.js";
import type { Inventory } from "../probes/schema.js";
import { serviceOfProcess } from "../probes/software.js";
import { OS_PLUMBING, satisfiers } from "./equivalents.js";

/** Original Amazon Linux AMI packages and what provides them on Amazon Linux 2. */
const RENAMED: Record<string, string> = {
  httpd24: "httpd",
  "httpd24-devel": "httpd-devel",
  mod24_ssl: "mod_ssl",
  "ruby24-devel": "ruby-devel",
  "mysql-community-client": "mariadb",
  "mysql-community-devel": "mariadb-devel",
  mysql57: "mariadb",
};
/** Provided otherwise: Ruby from amazon-linux-extras, agents from the recipe's agents block. */
const PROVIDED_ELSEWHERE = new Set(["ruby24", "ruby", "td-agent", "fluent-package", "newrelic-infra"]);
/** Plumbing of the original Amazon Linux AMI that Amazon Linux 2 replaces or ships itself. */
const LEGACY_BASE = new Set([
  "upstart",
  "python27",
  "ntp",
  "sendmail",
  "procps",
  "grub",
  "ec2-net-utils",
  "aws-cli",
  "system-release",
]);

const REVIEW: Record<string, string> = {
  base: "REVIEW: Amazon Linux 2 reaches end of support on 2026-06-30; `base: amazon-linux-2023` is the supported path (validate lists what else changes).",
  packages:
    "REVIEW: packages installed on the surveyed server, minus base-OS defaults, renamed for Amazon Linux 2. Drop what the application no longer needs.",
  agents: [
    "REVIEW: td-agent is replaced by fluent-package (fluentd); port your td-agent.conf into the template. The New Relic license is read from SSM at boot.",
    "# REVIEW: the template's output names no destination: it reads log_destination from each environment's vars, and `amipipe validate` fails until every environment sets it.",
  ].join("\n"),
  services: "REVIEW: services that were enabled and running, with the ports they listened on.",
  users: [
    "REVIEW: login users found on the server, with the groups /etc/group gave them there (each group must exist on the new image).",
    "# REVIEW: sudo — a survey does not read /etc/sudoers: add `sudo: true` to a user who needs it (it is off by default).",
    "# REVIEW: sshKeys — never write keys into a recipe: store each user's authorized keys in SSM and add `sshKeys: ssm:/<recipe>/<user>/authorized-keys`.",
  ].join("\n"),
  cron: "REVIEW: crontab entries of the server, in its timezone.",
  steps:
    "REVIEW: software the server ran that no package provides (Passenger, built into httpd from its gem; the log agent's output plugin); check the versions and build options.",
  parity:
    "Differences from the surveyed server that are intended, each with a reason (amipipe parity shows them).",
};

export interface RecipeDraft {
  recipe: RecipeInput;
  yaml: string;
  /** Files the recipe refers to, relative to the recipe file (templates to review). */
  files: Record<string, string>;
}

/**
 * fluentd outputs the draft knows how to write: the settings that differ per destination
 * become `log_destination.<setting>` vars; `gem` is the plugin fluent-package does not bundle.
 * https://github.com/fluent-plugins-nursery/fluent-plugin-bigquery,
 * https://docs.fluentd.org/output/s3, https://github.com/fluent-plugins-nursery/fluent-plugin-cloudwatch-logs
 */
const KNOWN_OUTPUTS: Record<string, { gem?: string; fixed: string[]; settings: string[] }> = {
  bigquery_insert: {
    gem: "fluent-plugin-bigquery",
    fixed: ["auth_method application_default", "fetch_schema true"],
    settings: ["project", "dataset", "table"],
  },
  bigquery_load: {
    gem: "fluent-plugin-bigquery",
    fixed: ["auth_method application_default", "fetch_schema true"],
    settings: ["project", "dataset", "table"],
  },
  s3: { fixed: [], settings: ["s3_bucket", "s3_region", "path"] },
  cloudwatch_logs: {
    gem: "fluent-plugin-cloudwatch-logs",
    fixed: ["auto_create_stream true"],
    settings: ["region", "log_group_name", "log_stream_name"],
  },
};

/** The variable the draft's output section reads; undefined until the user says where logs go. */
export const LOG_DESTINATION_VAR = "log_destination";

/**
 * The fluentd configuration draft. Its output reads `log_destination` from the environment's
 * vars, so `amipipe validate` fails on that line until every environment names the real
 * destination: a draft that printed to stdout would pass every check while the logs went nowhere.
 */
function fluentdTemplate(inv: Inventory, agent: string): { text: string; gem?: string } {
  const plugins = inv.monitors?.find((m) => m.reachable)?.plugins ?? [];
  const output = plugins.find((p) => p.category === "output");
  const input = plugins.find((p) => p.category === "input" && p.type === "tail");
  const known = output ? KNOWN_OUTPUTS[output.type] : undefined;
  const v = (setting: string) => `{{ ${LOG_DESTINATION_VAR}.${setting} }}`;
  const seen = output
    ? [
        `On ${inv.host.hostname} ${agent} delivered them with \`@type ${output.type}\``,
        `   (plugin ${output.pluginId}, ${output.emitRecords ?? 0} records, seen through monitor_agent); a survey cannot read its settings.`,
      ]
    : [`On ${inv.host.hostname} ${agent}'s monitor_agent did not show where they went.`];
  const example = known
    ? `{ ${known.settings.map((k) => `${k}: ...`).join(", ")} }`
    : "{ type: <fluentd output plugin>, ... }";
  const body = known
    ? [
        `  @type ${output!.type}`,
        ...known.fixed.map((l) => `  ${l}`),
        ...known.settings.map((k) => `  ${k} ${v(k)}`),
      ]
    : [
        `  @type ${v("type")}`,
        "  {# REVIEW: add the settings this output needs, per-environment values as log_destination.<name> vars. #}",
      ];
  const text = [
    `{# Drafted by \`amipipe recipe-from-survey\` from ${agent} on ${inv.host.hostname}: port the old`,
    "   td-agent.conf here. Rendered at launch with the environment's vars (environments/*.yml);",
    "   `amipipe validate` renders it for every environment. #}",
    "",
    "# Read by the log-delivery check: emit_records must rise and retry_count must not.",
    "<source>",
    "  @type monitor_agent",
    "  bind 127.0.0.1",
    "  port {{ fluentd_monitor_port }}",
    "</source>",
    "",
    `{# REVIEW: ${input ? `${agent} read with @type tail (${input.pluginId}); ` : ""}the path, tag and format below are Apache's access log — check them against the old td-agent.conf. #}`,
    "<source>",
    "  @type tail",
    "  path /var/log/httpd/access_log",
    "  pos_file /var/log/fluent/httpd-access.pos",
    "  tag app.access",
    "  <parse>",
    "    @type apache2",
    "  </parse>",
    "</source>",
    "",
    `{# REVIEW: where the logs go. ${seen[0]}`,
    ...seen.slice(1),
    "   Give every environment its destination in its vars (environments/*.yml):",
    `     ${LOG_DESTINATION_VAR}: ${example}`,
    `   Until then \`amipipe validate\` fails below with "'${LOG_DESTINATION_VAR}' is undefined" — on purpose:`,
    "   an output that goes nowhere (stdout, null) passes every check while the logs are lost. #}",
    "<match app.access>",
    ...body,
    "  <buffer>",
    "    @type file",
    "    path /var/log/fluent/buffer/app-access",
    "    flush_interval 10s",
    "  </buffer>",
    "</match>",
    "",
  ].join("\n");
  return known?.gem ? { text, gem: known.gem } : { text };
}

/** Passenger built from its gem into httpd, as on the surveyed server, with what the build needs. */
const PASSENGER_STEP = {
  name: "install-passenger",
  run: [
    "gem install passenger --no-document",
    "passenger-install-apache2-module --auto --languages ruby",
    "passenger-install-apache2-module --snippet > /etc/httpd/conf.modules.d/10-passenger.conf",
    "",
  ].join("\n"),
};
const PASSENGER_BUILD_PACKAGES = [
  "gcc",
  "gcc-c++",
  "make",
  "httpd-devel",
  "ruby-devel",
  "libcurl-devel",
  "openssl-devel",
  "zlib-devel",
];

/** A first recipe from an old server's inventory: what it installed, ran, listened on and scheduled. */
export function draftRecipe(inv: Inventory, name: string): RecipeDraft {
  const base = basePackageNames();
  const installed = (inv.packages ?? []).map((p) => p.name);
  const yum = [
    ...new Set(
      installed
        .filter((p) => !base.has(p) && !LEGACY_BASE.has(p) && !PROVIDED_ELSEWHERE.has(p))
        .map((p) => RENAMED[p] ?? p),
    ),
  ].sort();
  // Passenger runs inside httpd; without a package for it, it was built from its gem.
  const passengerRuns = (inv.processes ?? []).some((p) => p.comm.startsWith("Passenger"));
  const passengerBuilt = passengerRuns && !installed.some((p) => p.includes("passenger"));
  if (passengerBuilt) for (const p of PASSENGER_BUILD_PACKAGES) if (!yum.includes(p)) yum.push(p);
  yum.sort();
  const extras = installed.some((p) => /^ruby\d/.test(p)) || passengerBuilt ? ["ruby3.0"] : [];

  const agentsRunning = new Set((inv.agents ?? []).filter((a) => a.installed).map((a) => a.name));
  const agents: NonNullable<RecipeInput["agents"]> = {};
  const files: Record<string, string> = {};
  const steps: Array<{ name: string; run: string }> = passengerBuilt ? [PASSENGER_STEP] : [];
  if (agentsRunning.has("td-agent") || agentsRunning.has("fluentd")) {
    const port = inv.monitors?.find((m) => m.reachable)?.port ?? 24220;
    agents.fluentd = { config: "templates/fluentd.conf.njk", monitorPort: port };
    const template = fluentdTemplate(inv, agentsRunning.has("td-agent") ? "td-agent" : "fluentd");
    files["templates/fluentd.conf.njk"] = template.text;
    if (template.gem)
      steps.push({
        name: `install-${template.gem}`,
        run: `/usr/sbin/fluent-gem install ${template.gem} --no-document`,
      });
  }
  if (agentsRunning.has("newrelic-infra"))
    agents["newrelic-infra"] = { license: `ssm:/${name}/newrelic/license` };

  const agentServices = new Set(["td-agent", "fluentd", "newrelic-infra"]);
  const portsByService = new Map<string, number>();
  for (const p of inv.ports ?? []) {
    const service = serviceOfProcess(p.process) ?? p.process;
    if (p.address === "127.0.0.1" || portsByService.has(service)) continue;
    portsByService.set(service, p.port);
  }
  const services = (inv.services ?? [])
    .filter(
      (s) =>
        s.enabled === "enabled" &&
        s.active === "active" &&
        !OS_PLUMBING.has(s.name) &&
        !agentServices.has(s.name),
    )
    .map((s) => satisfiers(s.name).at(-1) ?? s.name)
    .filter((s) => s !== "postfix" && s !== "master")
    .map((s) => (portsByService.has(s) ? { name: s, port: portsByService.get(s)! } : { name: s }));
  for (const agent of Object.keys(agents)) services.push({ name: agent === "fluentd" ? "fluentd" : agent });
  // Passenger runs inside httpd: declared, it is checked running after boot and matched by parity.
  const httpd = services.find((s) => s.name === "httpd");
  if (passengerRuns && httpd) Object.assign(httpd, { processes: ["passenger"] });

  const humans = (inv.users ?? []).filter((u) => u.uid >= 500 && u.uid < 65534 && /bash|sh$/.test(u.shell));
  const cron = (inv.cron?.entries ?? [])
    .filter(
      (e) =>
        e.source.startsWith("crontab:") ||
        (e.source.startsWith("/etc/cron.d/") &&
          e.source !== "/etc/cron.d/0hourly" &&
          !e.source.includes("amipipe")),
    )
    .map((e, i) => ({
      name:
        (e.command.split(/\s+/).slice(-1)[0] ?? `job-${i + 1}`)
          .replace(/[^A-Za-z0-9_-]/g, "-")
          .replace(/^-+|-+$/g, "") || `job-${i + 1}`,
      schedule: e.schedule,
      user: e.user,
      command: e.command,
    }));

  const recipe: RecipeInput = {
    name,
    description: `Drafted from a survey of ${inv.host.hostname} (${inv.host.os})`,
    base: "amazon-linux-2",
    architectures: ["x86_64"],
    timezone: inv.timezone?.zone ?? "UTC",
    packages: { yum, "amazon-linux-extras": extras },
    agents,
    services,
    users: {
      create: humans
        .filter((u) => u.name !== "ec2-user")
        .map((u) => (u.groups?.length ? { name: u.name, groups: [...u.groups] } : { name: u.name })),
      remove: ["ec2-user"],
    },
    cron,
    ...(steps.length > 0 ? { steps } : {}),
    parity: { waive: [] },
  };
  // Literal blocks keep each line of a multi-line `run` a line of the script (a folded block
  // would join them), and no long line is wrapped.
  const yaml = commented(YAML.stringify(recipe, { blockQuote: "literal", lineWidth: 0 }), inv);
  return { recipe, yaml, files };
}

function commented(text: string, inv: Inventory): string {
  const head = [
    `# Recipe drafted by \`amipipe recipe-from-survey\` from ${inv.host.hostname} (${inv.host.os}).`,
    "# Lines marked REVIEW need a person's judgement; `amipipe validate` checks the result.",
  ];
  const lines = text.split("\n").flatMap((line) => {
    const key = /^([a-z-]+):/.exec(line)?.[1];
    const note = key ? REVIEW[key] : undefined;
    return note ? [`# ${note}`, line] : [line];
  });
  return `${[...head, ...lines].join("\n").trimEnd()}\n`;
}
