import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  OS_PLUMBING,
  satisfiers
} from "./chunk-HWXOPVVO.js";
import {
  basePackageNames,
  serviceOfProcess
} from "./chunk-XYGB5VZJ.js";
import {
  require_dist
} from "./chunk-2EZH6WMF.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
import {
  inventorySchema
} from "./chunk-NRMTDQN5.js";
import "./chunk-IVT7V2TT.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/commands/recipe-from-survey.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
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
  agents: "REVIEW: td-agent is replaced by fluent-package (fluentd); port your td-agent.conf into the template. The New Relic license is read from SSM at boot.",
  services: "REVIEW: services that were enabled and running, with the ports they listened on.",
  users: "REVIEW: login users found on the server; add their SSH keys as ssm: references.",
  cron: "REVIEW: crontab entries of the server, in its timezone.",
  steps: "REVIEW: software the server ran that no package provides (Passenger, built into httpd from its gem); check the version and build options.",
  parity: "Differences from the surveyed server that are intended, each with a reason (amipipe parity shows them)."
};
var FLUENTD_TEMPLATE = `# Draft from a survey: port the old td-agent.conf here. Rendered at launch with the
# environment's vars (environments/*.yml).
<source>
  @type monitor_agent
  bind 127.0.0.1
  port {{ monitor_port | default(24220) }}
</source>

<source>
  @type tail
  path /var/log/httpd/access_log
  pos_file /var/log/fluent/httpd-access.pos
  tag app.access
  <parse>
    @type apache2
  </parse>
</source>

<match app.access>
  # REVIEW: the old server's output (e.g. @type bigquery_insert with its project/dataset/table).
  @type stdout
</match>
`;
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
  if (agentsRunning.has("td-agent") || agentsRunning.has("fluentd")) {
    const port = inv.monitors?.find((m) => m.reachable)?.port ?? 24220;
    agents.fluentd = { config: "templates/fluentd.conf.njk", monitorPort: port };
    files["templates/fluentd.conf.njk"] = FLUENTD_TEMPLATE;
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
      create: humans.filter((u) => u.name !== "ec2-user").map((u) => ({ name: u.name })),
      remove: ["ec2-user"]
    },
    cron,
    ...passengerBuilt ? { steps: [PASSENGER_STEP] } : {},
    parity: { waive: [] }
  };
  const yaml = commented(import_yaml.default.stringify(recipe), inv);
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
  if (input.out) {
    const file = path.resolve(ctx.root, input.out);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, draft.yaml);
    written.push(input.out);
    for (const [rel, content] of Object.entries(draft.files)) {
      const target = path.join(path.dirname(file), rel);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content, { flag: "wx" }).then(
        () => written.push(path.relative(ctx.root, target)),
        () => void 0
      );
    }
  }
  return {
    ok: true,
    data: { recipe: draft.recipe, files: Object.keys(draft.files), written },
    text: input.out ? `wrote ${written.join(", ")}` : draft.yaml
  };
}
export {
  recipeFromSurvey
};
