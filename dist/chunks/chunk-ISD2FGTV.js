import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  IMAGE_CHECKS
} from "./chunk-QB6V435S.js";
import {
  shellQuote,
  shellWords
} from "./chunk-4ZEUDONS.js";
import {
  CANARY_CRON_FILE,
  CANARY_LOG,
  CANARY_SCHEDULE,
  CANARY_SCRIPT,
  canaryCronFile,
  canaryScript
} from "./chunk-KM55L6OI.js";
import {
  agentPackages,
  fluentInstallScriptUrl,
  newRelicRepoUrl
} from "./chunk-APSVUJUW.js";
import {
  MANIFEST_PATH
} from "./chunk-2Z6C5QLB.js";
import {
  TAG
} from "./chunk-DUHWOJWS.js";
import {
  baseOs,
  configRootOf,
  recipeStepName,
  recipeTemplates,
  resolveConfigPath,
  templateViolations
} from "./chunk-YGID37AB.js";
import {
  FLUENT_PACKAGE,
  NEWRELIC_INFRA
} from "./chunk-56EOQD6H.js";
import {
  formatPath
} from "./chunk-QTEFZJYW.js";
import {
  require_dist
} from "./chunk-2EZH6WMF.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/recipe/compile.ts
import { readFileSync } from "node:fs";
import path from "node:path";

// src/recipe/os.ts
function packageManager(os) {
  if (os === "amazon-linux-2") return "yum";
  if (os === "amazon-linux-2023") return "dnf";
  return '"$(command -v dnf || command -v yum)"';
}
function installCommand(os, packages) {
  return `${packageManager(os)} install -y ${shellWords(packages)}`;
}
function recipePackages(recipe) {
  return [.../* @__PURE__ */ new Set([...recipe.packages.yum, ...recipe.packages.dnf])];
}
function langpack(os, locale) {
  if (os !== "amazon-linux-2023") return void 0;
  const lang = /^([a-z]{2,3})_/.exec(locale)?.[1];
  return lang ? `glibc-langpack-${lang}` : void 0;
}

// src/recipe/build-manifest.ts
function buildManifest(recipe, o) {
  const os = baseOs(recipe);
  const lp = langpack(os, recipe.locale);
  const packages = [.../* @__PURE__ */ new Set([...recipePackages(recipe), ...lp ? [lp] : [], ...agentPackages(recipe)])];
  const manifest = {
    schema: "amipipe.manifest/v1",
    recipe: recipe.name,
    recipeHash: o.recipeHash,
    // A custom base (explicit AMI / SSM path) is assumed to be Amazon Linux 2023-like.
    os: os === "custom" ? "amazon-linux-2023" : os,
    arch: o.arch,
    timezone: recipe.timezone,
    locale: recipe.locale,
    packages,
    services: recipe.services.map((s) => ({
      name: s.name,
      ...s.port === void 0 ? {} : { port: s.port },
      enabled: s.enabled,
      ...s.processes.length > 0 ? { processes: [...s.processes] } : {}
    })),
    users: {
      create: recipe.users.create.map((u) => ({ name: u.name, groups: [...u.groups] })),
      remove: [...recipe.users.remove]
    },
    cron: recipe.cron.map((c) => ({ name: c.name, schedule: c.schedule, user: c.user, command: c.command })),
    agents: {},
    ssh: { ...recipe.ssh },
    canaryCron: { file: CANARY_CRON_FILE, schedule: CANARY_SCHEDULE, logFile: CANARY_LOG }
  };
  if (recipe.agents.fluentd)
    manifest.agents.fluentd = {
      package: FLUENT_PACKAGE.package,
      service: FLUENT_PACKAGE.service,
      monitorPort: recipe.agents.fluentd.monitorPort
    };
  if (recipe.agents["newrelic-infra"])
    manifest.agents.newrelic = { package: NEWRELIC_INFRA.package, service: NEWRELIC_INFRA.service };
  return manifest;
}

// src/recipe/boot-scripts.ts
var IMDS_REGION = [
  "token=$(curl -fsS -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')",
  'region=$(curl -fsS -H "X-aws-ec2-metadata-token: $token" http://169.254.169.254/latest/meta-data/placement/region)'
];
function bootScript(purpose, body) {
  return ["#!/bin/bash", `# ${purpose}`, "set -euo pipefail", ...IMDS_REGION, ...body, ""].join("\n");
}
function readParameter(variable, parameter) {
  return `${variable}=$(aws ssm get-parameter --region "$region" --with-decryption --name ${shellQuote(parameter)} --query Parameter.Value --output text)`;
}
function bootUnit(o) {
  return [
    "[Unit]",
    `Description=${o.description}`,
    "Wants=network-online.target",
    "After=network-online.target",
    ...o.before ? [`Before=${o.before}`] : [],
    "",
    "[Service]",
    "Type=oneshot",
    `ExecStart=${o.script}`,
    "RemainAfterExit=yes",
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    ""
  ].join("\n");
}
var NEWRELIC_LICENSE_SCRIPT = "/usr/local/libexec/amipipe/newrelic-license";
var NEWRELIC_LICENSE_UNIT = "amipipe-newrelic-license.service";
function newRelicLicenseScript(parameter, displayName) {
  return bootScript(
    "Writes the New Relic license from SSM Parameter Store at boot (never baked into the image).",
    [
      readParameter("license", parameter),
      "umask 077",
      "{",
      `  printf 'license_key: %s\\n' "$license"`,
      // JSON is YAML: a quoted scalar, whatever the name holds (validate refuses control characters).
      ...displayName ? [`  printf 'display_name: %s\\n' ${shellQuote(JSON.stringify(displayName))}`] : [],
      "} > /etc/newrelic-infra.yml.tmp",
      "mv -f /etc/newrelic-infra.yml.tmp /etc/newrelic-infra.yml"
    ]
  );
}
function newRelicLicenseUnit() {
  return bootUnit({
    description: "Fetch the New Relic license from SSM Parameter Store",
    script: NEWRELIC_LICENSE_SCRIPT,
    before: "newrelic-infra.service"
  });
}
var SSH_KEYS_SCRIPT = "/usr/local/libexec/amipipe/ssh-keys";
var SSH_KEYS_UNIT = "amipipe-ssh-keys.service";
var AUTHORIZED_KEYS_DIR = "/etc/ssh/authorized_keys";
function sshKeysScript(users) {
  return bootScript("Installs users' SSH public keys from SSM Parameter Store at boot.", [
    "umask 022",
    `install -d -m 0755 -o root -g root ${AUTHORIZED_KEYS_DIR}`,
    ...users.flatMap((u) => {
      const file = shellQuote(`${AUTHORIZED_KEYS_DIR}/${u.name}`);
      const temp = shellQuote(`${AUTHORIZED_KEYS_DIR}/.${u.name}.tmp`);
      return [
        readParameter("keys", u.parameter),
        `printf '%s\\n' "$keys" > ${temp}`,
        `chown root:root ${temp} && chmod 0644 ${temp}`,
        `mv -f ${temp} ${file}`
      ];
    })
  ]);
}
function sshKeysUnit() {
  return bootUnit({
    description: "Install users' SSH keys from SSM Parameter Store",
    script: SSH_KEYS_SCRIPT
  });
}

// src/recipe/components/awstoe.ts
var import_yaml = __toESM(require_dist(), 1);
function bash(name, commands, options = {}) {
  const lines = Array.isArray(commands) ? commands : [commands];
  return { name, action: "ExecuteBash", ...options, inputs: { commands: ["set -euo pipefail", ...lines] } };
}
function createFile(name, files, options = {}) {
  return { name, action: "CreateFile", ...options, inputs: files };
}
function printDocument(doc) {
  const text = (0, import_yaml.stringify)(
    { name: doc.name, description: doc.description, schemaVersion: 1, phases: doc.phases },
    { lineWidth: 0, blockQuote: "literal" }
  );
  return text.replace(/^schemaVersion: 1$/m, "schemaVersion: 1.0");
}

// src/recipe/components/agents.ts
function agentsComponent(name, recipe, os, arch) {
  const build = [];
  const validate = [];
  const fluentd = recipe.agents.fluentd;
  if (fluentd) {
    build.push(
      bash(
        "InstallFluentPackage",
        `curl -fsSL ${shellQuote(fluentInstallScriptUrl(os, fluentd.version))} | sh`,
        { maxAttempts: 3 }
      )
    );
    build.push(
      createFile("FluentdBootConfig", [
        {
          path: FLUENT_PACKAGE.configFile,
          content: `# Replaced at launch by the rendered configuration.
<source>
  @type monitor_agent
  bind 127.0.0.1
  port ${fluentd.monitorPort}
</source>
`,
          permissions: "0644",
          owner: "root",
          group: "root"
        }
      ])
    );
    if (recipe.services.some((s) => s.name === "httpd")) {
      build.push(
        bash("FluentdReadsHttpdLogs", [
          "install -d -m 0700 /var/log/httpd",
          "setfacl -m u:_fluentd:rx /var/log/httpd",
          "setfacl -d -m u:_fluentd:r /var/log/httpd"
        ])
      );
    }
    build.push(bash("EnableFluentd", `systemctl enable ${FLUENT_PACKAGE.service}`));
    validate.push(
      bash("FluentPackageInstalled", [
        `rpm -q ${FLUENT_PACKAGE.package}`,
        `systemctl is-enabled ${FLUENT_PACKAGE.service}`
      ])
    );
  }
  const nr = recipe.agents["newrelic-infra"];
  if (nr) {
    const pm = packageManager(os);
    build.push(
      bash(
        "InstallNewRelicInfra",
        [
          `curl -fsSL -o /etc/yum.repos.d/newrelic-infra.repo ${shellQuote(newRelicRepoUrl(os, arch))}`,
          `${pm} -q makecache -y --disablerepo='*' --enablerepo='newrelic-infra'`,
          `${pm} install -y ${NEWRELIC_INFRA.package}`,
          // The package may ship a config; the license is written at boot, never baked.
          `rm -f ${NEWRELIC_INFRA.configFile}`
        ],
        { maxAttempts: 3 }
      )
    );
    build.push(
      createFile("NewRelicLicenseAtBoot", [
        {
          path: NEWRELIC_LICENSE_SCRIPT,
          content: newRelicLicenseScript(nr.license.slice("ssm:".length), nr.displayName),
          permissions: "0755",
          owner: "root",
          group: "root"
        },
        {
          path: `/etc/systemd/system/${NEWRELIC_LICENSE_UNIT}`,
          content: newRelicLicenseUnit(),
          permissions: "0644",
          owner: "root",
          group: "root"
        }
      ])
    );
    build.push(
      bash("EnableNewRelicInfra", [
        "systemctl daemon-reload",
        `systemctl enable ${NEWRELIC_LICENSE_UNIT} ${NEWRELIC_INFRA.service}`
      ])
    );
    validate.push(
      bash("NewRelicInstalled", [
        `rpm -q ${NEWRELIC_INFRA.package}`,
        `test ! -e ${NEWRELIC_INFRA.configFile}`
      ])
    );
  }
  if (build.length === 0) return void 0;
  return {
    name,
    description: `${recipe.name}: agents (${[fluentd ? "fluent-package" : "", nr ? "newrelic-infra" : ""].filter(Boolean).join(", ")})`,
    schemaVersion: 1,
    phases: [
      { name: "build", steps: build },
      { name: "validate", steps: validate }
    ]
  };
}

// src/recipe/components/app.ts
function appComponent(name, recipe, os, manifest) {
  const build = [];
  const literal = recipe.files.filter((f) => f.content !== void 0).map((f) => ({
    path: f.path,
    content: f.content,
    permissions: normaliseMode(f.mode),
    owner: f.owner,
    group: f.group ?? (f.owner === "root" ? "root" : f.owner)
  }));
  if (literal.length > 0) build.push(createFile("Files", literal));
  recipe.steps.forEach((s) => {
    build.push(
      bash(
        recipeStepName(s.name),
        s.run.split("\n").filter((l) => l.trim() !== "")
      )
    );
  });
  const keyed = recipe.users.create.filter((u) => u.sshKeys !== void 0).map((u) => ({ name: u.name, parameter: u.sshKeys.slice("ssm:".length) }));
  if (keyed.length > 0) {
    build.push(
      createFile("SshKeysAtBoot", [
        {
          path: SSH_KEYS_SCRIPT,
          content: sshKeysScript(keyed),
          permissions: "0755",
          owner: "root",
          group: "root"
        },
        {
          path: `/etc/systemd/system/${SSH_KEYS_UNIT}`,
          content: sshKeysUnit(),
          permissions: "0644",
          owner: "root",
          group: "root"
        }
      ])
    );
    build.push(bash("EnableSshKeysAtBoot", ["systemctl daemon-reload", `systemctl enable ${SSH_KEYS_UNIT}`]));
  }
  const cronFiles = recipe.cron.map((c) => ({
    path: `/etc/cron.d/${c.name}`,
    // The system zone is the recipe's, so no CRON_TZ: crond reads the zone at start.
    content: `# amipipe: cron entry '${c.name}' of recipe ${recipe.name} (${recipe.timezone})
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
${c.schedule} ${c.user} ${cronCommand(c.command)}
`,
    permissions: "0644",
    owner: "root",
    group: "root"
  }));
  cronFiles.push(
    { path: CANARY_SCRIPT, content: canaryScript(), permissions: "0755", owner: "root", group: "root" },
    { path: CANARY_CRON_FILE, content: canaryCronFile(), permissions: "0644", owner: "root", group: "root" }
  );
  build.push(createFile("CronEntries", cronFiles));
  const enabled = recipe.services.filter((s) => s.enabled).map((s) => s.name);
  const disabled = recipe.services.filter((s) => !s.enabled).map((s) => s.name);
  const serviceLines = ["systemctl daemon-reload"];
  if (enabled.length > 0) serviceLines.push(`systemctl enable ${shellWords(enabled)}`);
  if (disabled.length > 0) serviceLines.push(`systemctl disable ${shellWords(disabled)}`);
  serviceLines.push("systemctl try-restart crond || true");
  build.push(bash("EnableServices", serviceLines));
  build.push(
    createFile("Manifest", [
      {
        path: MANIFEST_PATH,
        content: `${JSON.stringify(manifest, null, 2)}
`,
        permissions: "0644",
        owner: "root",
        group: "root"
      }
    ])
  );
  build.push(cleanupStep());
  const validate = [
    bash(
      "ServicesEnabled",
      enabled.length ? enabled.map((s) => `systemctl is-enabled ${shellQuote(s)}`) : ["true"]
    ),
    bash(
      "ManifestWritten",
      `python3 -c 'import json,sys; json.load(open(sys.argv[1]))' ${MANIFEST_PATH} || grep -q '"schema": "amipipe.manifest/v1"' ${MANIFEST_PATH}`
    )
  ];
  return {
    name,
    description: `${recipe.name}: files, build steps, cron, services (${os}), manifest, clean-up`,
    schemaVersion: 1,
    phases: [
      { name: "build", steps: build },
      { name: "validate", steps: validate }
    ]
  };
}
function cleanupStep() {
  return bash("Cleanup", [
    "rm -f /etc/ssh/ssh_host_*_key /etc/ssh/ssh_host_*_key.pub",
    "rm -f /root/.bash_history /home/*/.bash_history",
    "rm -rf /var/lib/cloud/instances/* /var/lib/cloud/instance /var/lib/cloud/data/*",
    `rm -f ${CANARY_LOG}`,
    "rm -f /etc/newrelic-infra.yml",
    "history -c || true"
  ]);
}
function cronCommand(command) {
  return command.replace(/%/g, "\\%");
}
function normaliseMode(mode) {
  return mode.length === 3 ? `0${mode}` : mode;
}

// src/recipe/secret-scan.ts
var SECRET_SCAN_PATHS = [
  "/etc",
  "/root",
  "/home",
  "/opt",
  "/srv",
  "/usr/local",
  "/var/www",
  "/var/log",
  "/var/lib/amipipe"
];
var SECRET_PATTERNS = [
  // PEM private keys of every kind: RSA, EC, DSA, OPENSSH, ENCRYPTED, PKCS#8.
  { name: "private key", pattern: "-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----" },
  // AWS access key ids: long-term (AKIA) and temporary (ASIA), 20 upper-case alphanumerics.
  { name: "AWS access key id", pattern: "(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)" },
  {
    name: "AWS secret access key",
    pattern: `(aws_secret_access_key|AWS_SECRET_ACCESS_KEY)[[:space:]]*[:=][[:space:]]*['"]?[A-Za-z0-9/+]{40}`
  },
  // New Relic license keys: 40 characters, the current format ending in NRAL.
  { name: "New Relic license key", pattern: "[0-9a-f]{36}NRAL" },
  {
    name: "license key setting",
    pattern: `(license_key|LICENSE_KEY)[[:space:]]*[:=][[:space:]]*['"]?[A-Za-z0-9]{32,}`
  }
];
var ALLOWED_SECRET_FILES = [
  "^/etc/ssh/ssh_host_[a-z0-9]+_key$",
  "^/etc/newrelic-infra\\.yml$",
  "^/etc/pki/tls/private/localhost\\.key$"
];
var VENDOR_DIRS = ["gems", "site-packages", "dist-packages", "node_modules", ".git"];
function secretScanCommands(paths = SECRET_SCAN_PATHS) {
  const patterns = SECRET_PATTERNS.map((p) => `-e ${shellQuote(p.pattern)}`).join(" ");
  const excludes = VENDOR_DIRS.map((d) => `--exclude-dir=${shellQuote(d)}`).join(" ");
  return [
    `roots=(); for p in ${paths.map(shellQuote).join(" ")}; do if [ -e "$p" ]; then roots+=("$p"); fi; done`,
    `found=$( { [ "\${#roots[@]}" -eq 0 ] || grep -rIlE ${excludes} ${patterns} -- "\${roots[@]}" 2>/dev/null; } | grep -vE ${shellQuote(ALLOWED_SECRET_FILES.join("|"))} || true)`,
    'test -z "$found" || { echo "secret material in the image (private keys, AWS keys or license keys):"; echo "$found"; exit 1; }'
  ];
}

// src/recipe/components/checks.ts
var enabledServices = (recipe) => recipe.services.filter((s) => s.enabled);
var nonEmpty = (lines) => lines.length > 0 ? lines : void 0;
var STEP_COMMANDS = {
  CheckTimezone: (recipe) => {
    const zone = shellQuote(recipe.timezone);
    return [
      `test "$(readlink -f /etc/localtime)" = /usr/share/zoneinfo/${zone} || { echo "zone is $(readlink -f /etc/localtime), expected "${zone}; exit 1; }`,
      `test "$(date +%Z%z)" = "$(TZ=${zone} date +%Z%z)" || { echo "local time is $(date +%Z%z)"; exit 1; }`
    ];
  },
  CheckCrondStartedAfterZone: (recipe, os) => hasCronDaemon(recipe, os) ? [
    "pid=$(pgrep -o -x crond)",
    'started=$(date -d "$(ps -o lstart= -p "$pid")" +%s)',
    "changed=$(stat -c %Y /etc/localtime)",
    'test "$started" -ge "$changed" || { echo "crond started $(date -d @"$started") before the zone changed $(date -d @"$changed"): its jobs run in the old zone"; exit 1; }'
  ] : void 0,
  CheckCronCanary: (recipe, os) => hasCronDaemon(recipe, os) ? [
    "line=''",
    `for _ in $(seq 1 36); do line=$(tail -n 1 ${CANARY_LOG} 2>/dev/null || true); [ -n "$line" ] && break; sleep 5; done`,
    `test -n "$line" || { echo "the canary cron entry did not fire within 3 minutes"; exit 1; }`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a template.
    "cron_hour=${line##*cron-hour=}",
    `local_hour=$(printf '%s' "$line" | cut -c12-13)`,
    'test "$((10#$local_hour))" -eq "$cron_hour" || { echo "crond fired the hour-$cron_hour entry at local $line: cron runs in another zone"; exit 1; }'
  ] : void 0,
  CheckServicesEnabledAndActive: (recipe) => nonEmpty(
    enabledServices(recipe).flatMap((s) => {
      const unit = shellQuote(s.name);
      return [
        `systemctl is-enabled --quiet ${unit} || { echo ${shellQuote(`${s.name} is not enabled at boot`)}; exit 1; }`,
        `for _ in $(seq 1 30); do systemctl is-active --quiet ${unit} && break; sleep 2; done`,
        `systemctl is-active --quiet ${unit} || { echo ${shellQuote(`${s.name} is not active after boot`)}; systemctl status ${unit} --no-pager || true; exit 1; }`
      ];
    })
  ),
  CheckAgents: (recipe) => {
    const lines = [];
    const fluentd = recipe.agents.fluentd;
    if (fluentd)
      lines.push(
        `rpm -q ${FLUENT_PACKAGE.package}`,
        `systemctl is-active --quiet ${FLUENT_PACKAGE.service} || { echo 'fluentd is not running'; exit 1; }`,
        `curl -fsS http://127.0.0.1:${fluentd.monitorPort}/api/plugins.json >/dev/null || { echo 'fluentd monitor_agent does not answer on ${fluentd.monitorPort}'; exit 1; }`
      );
    if (recipe.agents["newrelic-infra"])
      lines.push(
        `rpm -q ${NEWRELIC_INFRA.package}`,
        `systemctl is-enabled --quiet ${NEWRELIC_INFRA.service}`
      );
    return nonEmpty(lines);
  },
  CheckDeclaredProcesses: (recipe) => nonEmpty(
    enabledServices(recipe).flatMap((s) => s.processes.map((p) => ({ service: s.name, p }))).map(
      ({ service, p }) => `for _ in $(seq 1 30); do pgrep -if -- ${shellQuote(p)} >/dev/null && break; sleep 2; done; pgrep -if -- ${shellQuote(p)} >/dev/null || { echo ${shellQuote(`${p} (run by ${service}) is not running`)}; exit 1; }`
    )
  ),
  CheckPortsListening: (recipe) => {
    const ports = enabledServices(recipe).flatMap((s) => s.port === void 0 ? [] : [s.port]);
    if (recipe.agents.fluentd) ports.push(recipe.agents.fluentd.monitorPort);
    return nonEmpty(
      ports.map(
        (p) => `for _ in $(seq 1 30); do ss -ltnH "sport = :${p}" | grep -q . && break; sleep 2; done; ss -ltnH "sport = :${p}" | grep -q . || { echo 'nothing listens on port ${p}'; exit 1; }`
      )
    );
  },
  CheckUsers: (recipe) => {
    const lines = [];
    for (const u of recipe.users.create) {
      lines.push(
        `id -u ${shellQuote(u.name)} >/dev/null || { echo ${shellQuote(`user ${u.name} is missing`)}; exit 1; }`
      );
      for (const g of u.groups)
        lines.push(
          `id -nG ${shellQuote(u.name)} | tr ' ' '\\n' | grep -qx ${shellQuote(g)} || { echo ${shellQuote(`user ${u.name} is not in ${g}`)}; exit 1; }`
        );
    }
    for (const u of recipe.users.remove)
      lines.push(
        `! id -u ${shellQuote(u)} >/dev/null 2>&1 || { echo ${shellQuote(`user ${u} still exists`)}; exit 1; }`,
        `test ! -e ${shellQuote(`/home/${u}`)} || { echo ${shellQuote(`/home/${u} is still in the image`)}; exit 1; }`,
        `! grep -rqsE ${shellQuote(`^${u}[[:space:]]`)} /etc/sudoers /etc/sudoers.d || { echo ${shellQuote(`a sudoers rule still names ${u}`)}; exit 1; }`
      );
    return nonEmpty(lines);
  },
  CheckSshHardening: (recipe) => sshCheckLines(recipe),
  CheckNoSecretsBaked: () => secretScanCommands()
};
function hasCronDaemon(recipe, os) {
  return os !== "amazon-linux-2023" || recipe.packages.yum.includes("cronie") || recipe.packages.dnf.includes("cronie");
}
function checksComponent(name, recipe, os) {
  const steps = IMAGE_CHECKS.flatMap(
    (check) => check.steps.flatMap((step) => {
      const commands = STEP_COMMANDS[step.name](recipe, os);
      if (!commands) return [];
      return [
        bash(
          step.name,
          commands,
          step.timeoutSeconds === void 0 ? {} : { timeoutSeconds: step.timeoutSeconds }
        )
      ];
    })
  );
  return {
    name,
    description: `${recipe.name}: image checks on a fresh boot`,
    schemaVersion: 1,
    phases: [{ name: "test", steps }]
  };
}
function sshCheckLines(recipe) {
  const yesNo = (b) => b ? "yes" : "no";
  const lines = [
    `sshd -T 2>/dev/null | grep -qx 'passwordauthentication ${yesNo(recipe.ssh.passwordAuthentication)}' || { echo 'sshd PasswordAuthentication is not ${yesNo(recipe.ssh.passwordAuthentication)}'; exit 1; }`,
    `sshd -T 2>/dev/null | grep -qx 'permitrootlogin ${yesNo(recipe.ssh.permitRootLogin)}' || { echo 'sshd PermitRootLogin is not ${yesNo(recipe.ssh.permitRootLogin)}'; exit 1; }`
  ];
  if (!recipe.ssh.passwordAuthentication) {
    lines.push(
      "sshd -T 2>/dev/null | grep -qxE '(kbdinteractiveauthentication|challengeresponseauthentication) no' || { echo 'sshd still accepts passwords through keyboard-interactive authentication'; exit 1; }",
      "sshd -T 2>/dev/null | grep -qx 'permitemptypasswords no' || { echo 'sshd PermitEmptyPasswords is not no'; exit 1; }"
    );
  }
  return lines;
}

// src/recipe/components/system.ts
var ZONE_READERS = ["crond", "rsyslog", "atd"];
function systemComponent(name, recipe, os) {
  const build = [{ name: "UpdateOS", action: "UpdateOS" }];
  const extras = recipe.packages["amazon-linux-extras"];
  if (extras.length > 0)
    build.push(
      bash(
        "InstallExtras",
        extras.map((t) => `amazon-linux-extras install -y ${shellQuote(t)}`)
      )
    );
  const packages = [...recipePackages(recipe)];
  const lp = langpack(os, recipe.locale);
  if (lp && !packages.includes(lp)) packages.push(lp);
  if (packages.length > 0)
    build.push(bash("InstallPackages", installCommand(os, packages), { maxAttempts: 3 }));
  build.push(timezoneStep(recipe, os));
  build.push(bash("SetLocale", `printf 'LANG=%s\\n' ${shellQuote(recipe.locale)} > /etc/locale.conf`));
  build.push(...userSteps(recipe));
  build.push(sshStep(recipe));
  const validate = [];
  if (packages.length > 0) validate.push(bash("PackagesInstalled", `rpm -q ${shellWords(packages)}`));
  validate.push(
    bash(
      "TimezoneSet",
      `test "$(readlink -f /etc/localtime)" = ${shellQuote(`/usr/share/zoneinfo/${recipe.timezone}`)}`
    )
  );
  return {
    name,
    description: `${recipe.name}: OS packages (${packageManager(os).replace(/"/g, "")}), timezone ${recipe.timezone}, locale, users, SSH`,
    schemaVersion: 1,
    phases: [
      { name: "build", steps: build },
      { name: "validate", steps: validate }
    ]
  };
}
function timezoneStep(recipe, os) {
  const zone = shellQuote(recipe.timezone);
  const lines = [
    `test -f /usr/share/zoneinfo/${zone}`,
    `timedatectl set-timezone ${zone}`,
    `ln -sfn /usr/share/zoneinfo/${zone} /etc/localtime`
  ];
  if (os !== "amazon-linux-2023")
    lines.push(`printf 'ZONE="%s"\\nUTC=true\\n' ${zone} > /etc/sysconfig/clock`);
  lines.push(`systemctl try-restart ${ZONE_READERS.join(" ")} || true`);
  return bash("SetTimezone", lines);
}
function userSteps(recipe) {
  const steps = [];
  const create = [];
  const groups = [...new Set(recipe.users.create.flatMap((u) => u.groups))];
  for (const g of groups)
    create.push(`getent group ${shellQuote(g)} >/dev/null || groupadd ${shellQuote(g)}`);
  for (const u of recipe.users.create) {
    const name = shellQuote(u.name);
    const groupArg = u.groups.length ? ` -G ${shellQuote(u.groups.join(","))}` : "";
    create.push(`id -u ${name} >/dev/null 2>&1 || useradd -m -s ${shellQuote(u.shell)}${groupArg} ${name}`);
    const rule = sudoersRule(u.name, u.sudo);
    if (rule) {
      const file = `/etc/sudoers.d/90-${u.name}`;
      create.push(
        `printf '%s\\n' ${shellQuote(rule)} > ${shellQuote(file)}`,
        `chmod 0440 ${shellQuote(file)}`,
        `visudo -cf ${shellQuote(file)}`
      );
    }
  }
  if (create.length > 0) steps.push(bash("CreateUsers", create));
  if (recipe.users.remove.length > 0) {
    steps.push(
      bash(
        "RemoveUsers",
        recipe.users.remove.flatMap((u) => [
          `if id -u ${shellQuote(u)} >/dev/null 2>&1; then userdel -r ${shellQuote(u)} || userdel ${shellQuote(u)}; fi`,
          // cloud-init's sudoers drop-in (90-cloud-init-users) keeps a rule for the default user.
          `for f in /etc/sudoers.d/*; do [ -f "$f" ] && sed -i -E ${shellQuote(`/^${u}[[:space:]]/d`)} "$f"; done`
        ]).concat(["visudo -c"])
      )
    );
    if (recipe.users.remove.includes("ec2-user")) {
      steps.push(
        createFile("NoCloudInitDefaultUser", [
          {
            path: "/etc/cloud/cloud.cfg.d/99-amipipe-users.cfg",
            content: "#cloud-config\n# ec2-user is removed from this image; cloud-init must not recreate it.\nusers: []\ndisable_root: true\n",
            permissions: "0644",
            owner: "root",
            group: "root"
          }
        ])
      );
    }
  }
  return steps;
}
function sudoersRule(user, sudo) {
  if (sudo === false) return void 0;
  if (sudo === "all") return `${user} ALL=(ALL) NOPASSWD:ALL`;
  return `${user} ALL=(root) NOPASSWD: ${sudo.join(", ")}`;
}
var AUTHORIZED_KEYS_FILE = `${AUTHORIZED_KEYS_DIR}/%u .ssh/authorized_keys`;
function sshStep(recipe) {
  const settings = [
    ["PasswordAuthentication", recipe.ssh.passwordAuthentication ? "yes" : "no"],
    ["PermitRootLogin", recipe.ssh.permitRootLogin ? "yes" : "no"]
  ];
  if (!recipe.ssh.passwordAuthentication) settings.push(["ChallengeResponseAuthentication", "no"]);
  if (recipe.users.create.some((u) => u.sshKeys !== void 0))
    settings.push(["AuthorizedKeysFile", AUTHORIZED_KEYS_FILE]);
  const lines = [];
  for (const [key, value] of settings) {
    lines.push(`sed -i -E 's|^[#[:space:]]*${key}[[:space:]].*$|${key} ${value}|' /etc/ssh/sshd_config`);
    lines.push(
      `grep -qxF ${shellQuote(`${key} ${value}`)} /etc/ssh/sshd_config || printf '%s\\n' ${shellQuote(`${key} ${value}`)} >> /etc/ssh/sshd_config`
    );
  }
  const dropIn = settings.map(([k, v]) => shellQuote(`${k} ${v}`)).join(" ");
  lines.push(
    `if [ -d /etc/ssh/sshd_config.d ]; then printf '%s\\n' ${dropIn} > /etc/ssh/sshd_config.d/00-amipipe.conf; fi`
  );
  lines.push("sshd -t");
  return bash("HardenSsh", lines);
}

// src/recipe/hash.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      const v = value[key];
      if (v !== void 0) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function recipeHash(recipe, templates) {
  return sha256(canonicalJson({ recipe, templates }));
}
var PART_MAX = 2 ** 30;
function semanticVersionFromHash(hexHash) {
  const bits = BigInt(`0x${hexHash.slice(0, 16)}`);
  const a = Number((bits >> 34n) % BigInt(PART_MAX));
  const b = Number((bits >> 4n) % BigInt(PART_MAX));
  return `1.${a}.${b}`;
}

// src/recipe/compile.ts
var ARN_REGION = "<region>";
var ARN_ACCOUNT = "<account>";
function componentArn(o) {
  return `arn:${o.partition ?? "aws"}:imagebuilder:${o.region ?? ARN_REGION}:${o.accountId ?? ARN_ACCOUNT}:component/${o.name}/${o.semanticVersion}/1`;
}
function readTemplates(loaded) {
  const out = {};
  const root = configRootOf(loaded);
  for (const ref of recipeTemplates(loaded.recipe)) {
    const resolved = resolveConfigPath({ root, from: loaded.dir, ref: ref.template });
    if (!resolved.ok) throw new Error(`${formatPath(ref.path)}: template ${resolved.reason}`);
    const text = readFileSync(resolved.file, "utf8");
    out[ref.template] = text;
    const included = [];
    templateViolations(text, { root, file: resolved.file }, included);
    for (const f of included) out[path.relative(root, f.file)] = f.text;
  }
  return out;
}
function hashOfLoadedRecipe(loaded) {
  return recipeHash(loaded.recipe, readTemplates(loaded));
}
function component(doc) {
  const data = printDocument(doc);
  const contentHash = sha256(data);
  return {
    name: doc.name,
    semanticVersion: semanticVersionFromHash(contentHash),
    description: doc.description,
    platform: "Linux",
    data,
    contentHash
  };
}
function componentNames(recipe) {
  const p = `amipipe-${recipe.name}`;
  return { system: `${p}-system`, agents: `${p}-agents`, app: `${p}-app`, checks: `${p}-checks` };
}
function imageRecipeVersion(o) {
  return semanticVersionFromHash(
    sha256(
      JSON.stringify([
        o.components.map((c) => `${c.name}@${c.semanticVersion}`),
        o.parentImage,
        o.rootVolumeGiB ?? null,
        o.description
      ])
    )
  );
}
function amiName(recipe, version, arch) {
  return `${recipe}-${version}-${arch}-{{imagebuilder:buildDate}}`;
}
function compileImage(loaded, options) {
  const recipe = loaded.recipe;
  const { arch } = options;
  const os = baseOs(recipe);
  const hash = hashOfLoadedRecipe(loaded);
  const manifest = buildManifest(recipe, { recipeHash: hash, arch });
  const names = componentNames(recipe);
  const docs = [systemComponent(names.system, recipe, os)];
  const agents = agentsComponent(names.agents, recipe, os, arch);
  if (agents) docs.push(agents);
  docs.push(appComponent(names.app, recipe, os, manifest), checksComponent(names.checks, recipe, os));
  const components = docs.map(component);
  const ib = recipe.imageBuilder;
  const baseName = `amipipe-${recipe.name}-${arch}`;
  const provenance = {
    [TAG.recipe]: recipe.name,
    [TAG.recipeHash]: hash,
    [TAG.arch]: arch
  };
  const imageRecipe = {
    name: baseName,
    description: `${recipe.name} (${arch}) \u2014 ${recipe.description || "golden image"}`.slice(0, 1024),
    semanticVersion: imageRecipeVersion({
      components,
      parentImage: options.parentImage,
      rootVolumeGiB: ib.rootVolumeGiB,
      description: recipe.description
    }),
    parentImage: options.parentImage,
    components: components.map((c) => ({
      componentArn: componentArn({ name: c.name, semanticVersion: c.semanticVersion })
    })),
    workingDirectory: "/tmp",
    additionalInstanceConfiguration: { systemsManagerAgent: { uninstallAfterBuild: false } },
    tags: { ...provenance }
  };
  if (ib.rootVolumeGiB !== void 0) {
    imageRecipe.blockDeviceMappings = [
      {
        deviceName: "/dev/xvda",
        ebs: { volumeSize: ib.rootVolumeGiB, volumeType: "gp3", deleteOnTermination: true, encrypted: true }
      }
    ];
  }
  const infrastructure = {
    name: baseName,
    description: `Build and test instances of ${recipe.name} (${arch})`,
    instanceTypes: [ib.instanceTypes[arch]],
    instanceProfileName: ib.instanceProfile,
    terminateInstanceOnFailure: !options.keepFailedInstance,
    instanceMetadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 },
    resourceTags: { [TAG.recipe]: recipe.name, [TAG.arch]: arch },
    tags: { [TAG.recipe]: recipe.name }
  };
  if (ib.subnetId) infrastructure.subnetId = ib.subnetId;
  if (ib.securityGroupIds.length > 0) infrastructure.securityGroupIds = [...ib.securityGroupIds];
  if (ib.logsBucket)
    infrastructure.logging = {
      s3Logs: { s3BucketName: ib.logsBucket, s3KeyPrefix: `amipipe/${recipe.name}/${arch}` }
    };
  const amiTags = { ...provenance, ...options.tags ?? {} };
  const distribution = {
    name: baseName,
    description: `AMIs of ${recipe.name} (${arch}) in ${options.regions.join(", ")}`,
    distributions: [...new Set(options.regions)].map((region) => ({
      region,
      amiDistributionConfiguration: {
        name: amiName(recipe.name, imageRecipe.semanticVersion, arch),
        description: `${recipe.name} ${arch} recipe ${hash.slice(0, 12)}`,
        amiTags
      }
    })),
    tags: { [TAG.recipe]: recipe.name }
  };
  return { recipeHash: hash, arch, os, components, imageRecipe, infrastructure, distribution, manifest };
}

export {
  recipePackages,
  canonicalJson,
  sha256,
  semanticVersionFromHash,
  componentArn,
  amiName,
  compileImage
};
