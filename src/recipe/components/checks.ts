import type { BaseOs, Recipe } from "../../config/schema.js";
import { FLUENT_PACKAGE, NEWRELIC_INFRA } from "../agents.js";
import { CANARY_LOG } from "../canary.js";
import { secretScanCommands } from "../secret-scan.js";
import { shellQuote } from "../shell.js";
import { bash, type ComponentDocument, type Step } from "./awstoe.js";

/**
 * The test phase: Image Builder runs it on a fresh instance booted from the new image, so
 * it sees what a first boot gives — the checks of DESIGN §8 that need no traffic.
 */
export function checksComponent(name: string, recipe: Recipe, os: BaseOs | "custom"): ComponentDocument {
  const zone = shellQuote(recipe.timezone);
  const steps: Step[] = [
    bash("CheckTimezone", [
      `test "$(readlink -f /etc/localtime)" = /usr/share/zoneinfo/${zone} || { echo "zone is $(readlink -f /etc/localtime), expected "${zone}; exit 1; }`,
      `test "$(date +%Z%z)" = "$(TZ=${zone} date +%Z%z)" || { echo "local time is $(date +%Z%z)"; exit 1; }`,
    ]),
  ];

  const hasCronDaemon =
    os !== "amazon-linux-2023" ||
    recipe.packages.yum.includes("cronie") ||
    recipe.packages.dnf.includes("cronie");
  if (hasCronDaemon) {
    steps.push(
      bash("CheckCrondStartedAfterZone", [
        "pid=$(pgrep -o -x crond)",
        'started=$(date -d "$(ps -o lstart= -p "$pid")" +%s)',
        "changed=$(stat -c %Y /etc/localtime)",
        'test "$started" -ge "$changed" || { echo "crond started $(date -d @"$started") before the zone changed $(date -d @"$changed"): its jobs run in the old zone"; exit 1; }',
      ]),
      bash(
        "CheckCronCanary",
        [
          "line=''",
          `for _ in $(seq 1 36); do line=$(tail -n 1 ${CANARY_LOG} 2>/dev/null || true); [ -n "$line" ] && break; sleep 5; done`,
          `test -n "$line" || { echo "the canary cron entry did not fire within 3 minutes"; exit 1; }`,
          // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a template.
          "cron_hour=${line##*cron-hour=}",
          "local_hour=$(printf '%s' \"$line\" | cut -c12-13)",
          'test "$((10#$local_hour))" -eq "$cron_hour" || { echo "crond fired the hour-$cron_hour entry at local $line: cron runs in another zone"; exit 1; }',
        ],
        { timeoutSeconds: 300 },
      ),
    );
  }

  const enabled = recipe.services.filter((s) => s.enabled);
  if (enabled.length > 0) {
    steps.push(
      bash(
        "CheckServicesEnabledAndActive",
        enabled.flatMap((s) => {
          const unit = shellQuote(s.name);
          return [
            `systemctl is-enabled --quiet ${unit} || { echo ${shellQuote(`${s.name} is not enabled at boot`)}; exit 1; }`,
            `for _ in $(seq 1 30); do systemctl is-active --quiet ${unit} && break; sleep 2; done`,
            `systemctl is-active --quiet ${unit} || { echo ${shellQuote(`${s.name} is not active after boot`)}; systemctl status ${unit} --no-pager || true; exit 1; }`,
          ];
        }),
        { timeoutSeconds: 600 },
      ),
    );
  }

  const agentLines: string[] = [];
  const fluentd = recipe.agents.fluentd;
  if (fluentd) {
    agentLines.push(
      `rpm -q ${FLUENT_PACKAGE.package}`,
      `systemctl is-active --quiet ${FLUENT_PACKAGE.service} || { echo 'fluentd is not running'; exit 1; }`,
      `curl -fsS http://127.0.0.1:${fluentd.monitorPort}/api/plugins.json >/dev/null || { echo 'fluentd monitor_agent does not answer on ${fluentd.monitorPort}'; exit 1; }`,
    );
  }
  if (recipe.agents["newrelic-infra"]) {
    agentLines.push(
      `rpm -q ${NEWRELIC_INFRA.package}`,
      `systemctl is-enabled --quiet ${NEWRELIC_INFRA.service}`,
    );
  }
  if (agentLines.length > 0) steps.push(bash("CheckAgents", agentLines));

  const programs = recipe.services
    .filter((s) => s.enabled)
    .flatMap((s) => s.processes.map((p) => ({ service: s.name, p })));
  if (programs.length > 0) {
    steps.push(
      bash(
        "CheckDeclaredProcesses",
        programs.map(
          ({ service, p }) =>
            `for _ in $(seq 1 30); do pgrep -if -- ${shellQuote(p)} >/dev/null && break; sleep 2; done; pgrep -if -- ${shellQuote(p)} >/dev/null || { echo ${shellQuote(`${p} (run by ${service}) is not running`)}; exit 1; }`,
        ),
      ),
    );
  }

  const ports = recipe.services.filter((s) => s.port !== undefined && s.enabled).map((s) => s.port as number);
  if (fluentd) ports.push(fluentd.monitorPort);
  if (ports.length > 0) {
    steps.push(
      bash(
        "CheckPortsListening",
        ports.map(
          (p) =>
            `for _ in $(seq 1 30); do ss -ltnH "sport = :${p}" | grep -q . && break; sleep 2; done; ss -ltnH "sport = :${p}" | grep -q . || { echo 'nothing listens on port ${p}'; exit 1; }`,
        ),
      ),
    );
  }

  const userLines: string[] = [];
  for (const u of recipe.users.create) {
    userLines.push(
      `id -u ${shellQuote(u.name)} >/dev/null || { echo ${shellQuote(`user ${u.name} is missing`)}; exit 1; }`,
    );
    for (const g of u.groups)
      userLines.push(
        `id -nG ${shellQuote(u.name)} | tr ' ' '\\n' | grep -qx ${shellQuote(g)} || { echo ${shellQuote(`user ${u.name} is not in ${g}`)}; exit 1; }`,
      );
  }
  // This instance was booted from the new image, so cloud-init has run: a removed default
  // user that cloud-init recreated would show up here.
  for (const u of recipe.users.remove)
    userLines.push(
      `! id -u ${shellQuote(u)} >/dev/null 2>&1 || { echo ${shellQuote(`user ${u} still exists`)}; exit 1; }`,
      `test ! -e ${shellQuote(`/home/${u}`)} || { echo ${shellQuote(`/home/${u} is still in the image`)}; exit 1; }`,
      `! grep -rqsE ${shellQuote(`^${u}[[:space:]]`)} /etc/sudoers /etc/sudoers.d || { echo ${shellQuote(`a sudoers rule still names ${u}`)}; exit 1; }`,
    );
  if (userLines.length > 0) steps.push(bash("CheckUsers", userLines));

  steps.push(
    bash("CheckSshHardening", sshCheckLines(recipe)),
    bash("CheckNoSecretsBaked", secretScanCommands(), { timeoutSeconds: 900 }),
  );

  return {
    name,
    description: `${recipe.name}: image checks on a fresh boot`,
    schemaVersion: 1.0,
    phases: [{ name: "test", steps }],
  };
}

/** sshd's effective settings (`sshd -T`), not the config file text: drop-ins and defaults count. */
function sshCheckLines(recipe: Recipe): string[] {
  const yesNo = (b: boolean) => (b ? "yes" : "no");
  const lines = [
    `sshd -T 2>/dev/null | grep -qx 'passwordauthentication ${yesNo(recipe.ssh.passwordAuthentication)}' || { echo 'sshd PasswordAuthentication is not ${yesNo(recipe.ssh.passwordAuthentication)}'; exit 1; }`,
    `sshd -T 2>/dev/null | grep -qx 'permitrootlogin ${yesNo(recipe.ssh.permitRootLogin)}' || { echo 'sshd PermitRootLogin is not ${yesNo(recipe.ssh.permitRootLogin)}'; exit 1; }`,
  ];
  if (!recipe.ssh.passwordAuthentication) {
    // Keyboard-interactive (PAM) asks for the same password; OpenSSH < 8.7 calls it
    // ChallengeResponseAuthentication, later versions KbdInteractiveAuthentication.
    lines.push(
      "sshd -T 2>/dev/null | grep -qxE '(kbdinteractiveauthentication|challengeresponseauthentication) no' || { echo 'sshd still accepts passwords through keyboard-interactive authentication'; exit 1; }",
      "sshd -T 2>/dev/null | grep -qx 'permitemptypasswords no' || { echo 'sshd PermitEmptyPasswords is not no'; exit 1; }",
    );
  }
  return lines;
}
