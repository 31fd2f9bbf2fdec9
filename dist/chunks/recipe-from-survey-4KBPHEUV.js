import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  OS_PLUMBING,
  satisfiers
} from "./chunk-AHXN3YWG.js";
import {
  require_dist
} from "./chunk-FXIBIJX2.js";
import {
  basePackageNames,
  serviceOfProcess
} from "./chunk-XYGB5VZJ.js";
import {
  inventorySchema
} from "./chunk-VZN2D5A4.js";
import "./chunk-SIRB34BK.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/commands/recipe-from-survey.ts
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// src/verify/recipe-draft.ts
var import_yaml = __toESM(require_dist(), 1);
var RENAMED = {
  httpd24: "httpd",
  "httpd24-devel": "httpd-devel",
  mod24_ssl: "mod_ssl",
  "ruby24-devel": "ruby-devel",
  "mysql-community-client": "mariadb",
  "mysql-community-devel": "mariadb-devel",
  mysql57: "mariadb"
};
var PROVIDED_ELSEWHERE = /* @__PURE__ */ new Set(["ruby24", "ruby", "td-agent", "fluent-package", "newrelic-infra"]);
var LEGACY_BASE = /* @__PURE__ */ new Set([
  "upstart",
  "python27",
  "ntp",
  "sendmail",
  "procps",
  "grub",
  "ec2-net-utils",
  "aws-cli",
  "system-release"
]);
var REVIEW = {
  base: "REVIEW: Amazon Linux 2 reaches end of support on 2026-06-30; `base: amazon-linux-2023` is the supported path (validate lists what else changes).",
  packages: "REVIEW: packages installed on the surveyed server, minus base-OS defaults, renamed for Amazon Linux 2. Drop what the application no longer needs.",
  agents: [
    "REVIEW: td-agent is replaced by fluent-package (fluentd); port your td-agent.conf into the template. The New Relic license is read from SSM at boot.",
    "# REVIEW: the template's output names no destination: it reads log_destination from each environment's vars, and `amipipe validate` fails until every environment sets it."
  ].join("\n"),
  services: "REVIEW: services that were enabled and running, with the ports they listened on.",
  users: [
    "REVIEW: login users found on the server, with the groups /etc/group gave them there (each group must exist on the new image).",
    "# REVIEW: sudo \u2014 a survey does not read /etc/sudoers: add `sudo: true` to a user who needs it (it is off by default).",
    "# REVIEW: sshKeys \u2014 never write keys into a recipe: store each user's authorized keys in SSM and add `sshKeys: ssm:/<recipe>/<user>/authorized-keys`."
  ].join("\n"),
  cron: "REVIEW: crontab entries of the server, in its timezone.",
  steps: "REVIEW: software the server ran that no package provides (Passenger, built into httpd from its gem; the log agent's output plugin); check the versions and build options.",
  parity: "Differences from the surveyed server that are intended, each with a reason (amipipe parity shows them)."
};
var KNOWN_OUTPUTS = {
  bigquery_insert: {
    gem: "fluent-plugin-bigquery",
    fixed: ["auth_method application_default", "fetch_schema true"],
    settings: ["project", "dataset", "table"]
  },
  bigquery_load: {
    gem: "fluent-plugin-bigquery",
    fixed: ["auth_method application_default", "fetch_schema true"],
    settings: ["project", "dataset", "table"]
  },
  s3: { fixed: [], settings: ["s3_bucket", "s3_region", "path"] },
  cloudwatch_logs: {
    gem: "fluent-plugin-cloudwatch-logs",
    fixed: ["auto_create_stream true"],
    settings: ["region", "log_group_name", "log_stream_name"]
  }
};
var LOG_DESTINATION_VAR = "log_destination";
function fluentdTemplate(inv, agent) {
  const plugins = inv.monitors?.find((m) => m.reachable)?.plugins ?? [];
  const output = plugins.find((p) => p.category === "output");
  const input = plugins.find((p) => p.category === "input" && p.type === "tail");
  const known = output ? KNOWN_OUTPUTS[output.type] : void 0;
  const v = (setting) => `{{ ${LOG_DESTINATION_VAR}.${setting} }}`;
  const seen = output ? [
    `On ${inv.host.hostname} ${agent} delivered them with \`@type ${output.type}\``,
    `   (plugin ${output.pluginId}, ${output.emitRecords ?? 0} records, seen through monitor_agent); a survey cannot read its settings.`
  ] : [`On ${inv.host.hostname} ${agent}'s monitor_agent did not show where they went.`];
  const example = known ? `{ ${known.settings.map((k) => `${k}: ...`).join(", ")} }` : "{ type: <fluentd output plugin>, ... }";
  const body = known ? [
    `  @type ${output.type}`,
    ...known.fixed.map((l) => `  ${l}`),
    ...known.settings.map((k) => `  ${k} ${v(k)}`)
  ] : [
    `  @type ${v("type")}`,
    "  {# REVIEW: add the settings this output needs, per-environment values as log_destination.<name> vars. #}"
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
    `{# REVIEW: ${input ? `${agent} read with @type tail (${input.pluginId}); ` : ""}the path, tag and format below are Apache's access log \u2014 check them against the old td-agent.conf. #}`,
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
    `   Until then \`amipipe validate\` fails below with "'${LOG_DESTINATION_VAR}' is undefined" \u2014 on purpose:`,
    "   an output that goes nowhere (stdout, null) passes every check while the logs are lost. #}",
    "<match app.access>",
    ...body,
    "  <buffer>",
    "    @type file",
    "    path /var/log/fluent/buffer/app-access",
    "    flush_interval 10s",
    "  </buffer>",
    "</match>",
    ""
  ].join("\n");
  return known?.gem ? { text, gem: known.gem } : { text };
}
var PASSENGER_STEP = {
  name: "install-passenger",
  run: [
    "gem install passenger --no-document",
    "passenger-install-apache2-module --auto --languages ruby",
    "passenger-install-apache2-module --snippet > /etc/httpd/conf.modules.d/10-passenger.conf",
    ""
  ].join("\n")
};
var PASSENGER_BUILD_PACKAGES = [
  "gcc",
  "gcc-c++",
  "make",
  "httpd-devel",
  "ruby-devel",
  "libcurl-devel",
  "openssl-devel",
  "zlib-devel"
];
function draftRecipe(inv, name) {
  const base = basePackageNames();
  const installed = (inv.packages ?? []).map((p) => p.name);
  const yum = [
    ...new Set(
      installed.filter((p) => !base.has(p) && !LEGACY_BASE.has(p) && !PROVIDED_ELSEWHERE.has(p)).map((p) => RENAMED[p] ?? p)
    )
  ].sort();
  const passengerRuns = (inv.processes ?? []).some((p) => p.comm.startsWith("Passenger"));
  const passengerBuilt = passengerRuns && !installed.some((p) => p.includes("passenger"));
  if (passengerBuilt) {
    for (const p of PASSENGER_BUILD_PACKAGES) if (!yum.includes(p)) yum.push(p);
  }
  yum.sort();
  const extras = installed.some((p) => /^ruby\d/.test(p)) || passengerBuilt ? ["ruby3.0"] : [];
  const agentsRunning = new Set((inv.agents ?? []).filter((a) => a.installed).map((a) => a.name));
  const agents = {};
  const files = {};
  const steps = passengerBuilt ? [PASSENGER_STEP] : [];
  if (agentsRunning.has("td-agent") || agentsRunning.has("fluentd")) {
    const port = inv.monitors?.find((m) => m.reachable)?.port ?? 24220;
    agents.fluentd = { config: "templates/fluentd.conf.njk", monitorPort: port };
    const template = fluentdTemplate(inv, agentsRunning.has("td-agent") ? "td-agent" : "fluentd");
    files["templates/fluentd.conf.njk"] = template.text;
    if (template.gem)
      steps.push({
        name: `install-${template.gem}`,
        run: `/usr/sbin/fluent-gem install ${template.gem} --no-document`
      });
  }
  if (agentsRunning.has("newrelic-infra"))
    agents["newrelic-infra"] = { license: `ssm:/${name}/newrelic/license` };
  const agentServices = /* @__PURE__ */ new Set(["td-agent", "fluentd", "newrelic-infra"]);
  const portsByService = /* @__PURE__ */ new Map();
  for (const p of inv.ports ?? []) {
    const service = serviceOfProcess(p.process) ?? p.process;
    if (p.address === "127.0.0.1" || portsByService.has(service)) continue;
    portsByService.set(service, p.port);
  }
  const services = (inv.services ?? []).filter(
    (s) => s.enabled === "enabled" && s.active === "active" && !OS_PLUMBING.has(s.name) && !agentServices.has(s.name)
  ).map((s) => satisfiers(s.name).at(-1) ?? s.name).filter((s) => s !== "postfix" && s !== "master").map((s) => portsByService.has(s) ? { name: s, port: portsByService.get(s) } : { name: s });
  for (const agent of Object.keys(agents)) services.push({ name: agent === "fluentd" ? "fluentd" : agent });
  const httpd = services.find((s) => s.name === "httpd");
  if (passengerRuns && httpd) Object.assign(httpd, { processes: ["passenger"] });
  const humans = (inv.users ?? []).filter((u) => u.uid >= 500 && u.uid < 65534 && /bash|sh$/.test(u.shell));
  const cron = (inv.cron?.entries ?? []).filter(
    (e) => e.source.startsWith("crontab:") || e.source.startsWith("/etc/cron.d/") && e.source !== "/etc/cron.d/0hourly" && !e.source.includes("amipipe")
  ).map((e, i) => ({
    name: (e.command.split(/\s+/).slice(-1)[0] ?? `job-${i + 1}`).replace(/[^A-Za-z0-9_-]/g, "-").replace(/^-+|-+$/g, "") || `job-${i + 1}`,
    schedule: e.schedule,
    user: e.user,
    command: e.command
  }));
  const recipe = {
    name,
    description: `Drafted from a survey of ${inv.host.hostname} (${inv.host.os})`,
    base: "amazon-linux-2",
    architectures: ["x86_64"],
    timezone: inv.timezone?.zone ?? "UTC",
    packages: { yum, "amazon-linux-extras": extras },
    agents,
    services,
    users: {
      create: humans.filter((u) => u.name !== "ec2-user").map((u) => u.groups?.length ? { name: u.name, groups: [...u.groups] } : { name: u.name }),
      remove: ["ec2-user"]
    },
    cron,
    ...steps.length > 0 ? { steps } : {},
    parity: { waive: [] }
  };
  const yaml = commented(import_yaml.default.stringify(recipe, { blockQuote: "literal", lineWidth: 0 }), inv);
  return { recipe, yaml, files };
}
function commented(text, inv) {
  const head = [
    `# Recipe drafted by \`amipipe recipe-from-survey\` from ${inv.host.hostname} (${inv.host.os}).`,
    "# Lines marked REVIEW need a person's judgement; `amipipe validate` checks the result."
  ];
  const lines = text.split("\n").flatMap((line) => {
    const key = /^([a-z-]+):/.exec(line)?.[1];
    const note = key ? REVIEW[key] : void 0;
    return note ? [`# ${note}`, line] : [line];
  });
  return `${[...head, ...lines].join("\n").trimEnd()}
`;
}

// src/commands/recipe-from-survey.ts
var exists = (file) => access(file).then(
  () => true,
  () => false
);
async function recipeFromSurvey(ctx, input) {
  const name = input.name ?? "web";
  if (!/^[a-z][a-z0-9-]{0,62}$/.test(name))
    throw new UsageError(`recipe name '${name}': lower-case letters, digits and '-'`);
  let json;
  try {
    json = JSON.parse(await readFile(path.resolve(ctx.root, input.inventory), "utf8"));
  } catch (error) {
    throw new UsageError(
      `cannot read inventory ${input.inventory}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  const parsed = inventorySchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`${input.inventory}: not an inventory (amipipe survey output)`);
  const draft = draftRecipe(parsed.data, name);
  const written = [];
  const kept = [];
  if (input.out) {
    const file = path.resolve(ctx.root, input.out);
    const replacing = await exists(file);
    if (replacing && !input.force)
      throw new UsageError(
        `${input.out} exists: not overwriting it (run with --force to replace it, or choose another --out)`
      );
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, draft.yaml);
    written.push(path.relative(ctx.root, file));
    for (const [rel, content] of Object.entries(draft.files)) {
      const target = path.join(path.dirname(file), rel);
      await mkdir(path.dirname(target), { recursive: true });
      const created = await writeFile(target, content, { flag: "wx" }).then(
        () => true,
        (error) => {
          if (error.code === "EEXIST") return false;
          throw error;
        }
      );
      (created ? written : kept).push(path.relative(ctx.root, target));
    }
  }
  const text = input.out ? [
    ...written.map((f) => `wrote ${f}`),
    ...kept.map(
      (f) => `kept ${f} (it exists; the draft's version was not written \u2014 delete it to get the draft)`
    ),
    ...written.some((f) => f.endsWith(`${path.sep}fluentd.conf.njk`)) ? [
      `next: work through the REVIEW notes; \`amipipe validate\` fails until every environment's vars define ${LOG_DESTINATION_VAR} (where the logs go)`
    ] : ["next: work through the REVIEW notes, then run `amipipe validate`"]
  ].join("\n") : draft.yaml;
  return {
    ok: true,
    data: { recipe: draft.recipe, files: Object.keys(draft.files), written, kept },
    text
  };
}
export {
  recipeFromSurvey
};
