import type { BaseOs, Recipe } from "../../config/schema.js";
import { IMAGE_CHECKS, type ImageStepName } from "../../verify/image-checks.js";
import { FLUENT_PACKAGE, NEWRELIC_INFRA } from "../agents.js";
import { CANARY_LOG } from "../canary.js";
import { secretScanCommands } from "../secret-scan.js";
import { shellQuote } from "../shell.js";
import { bash, type ComponentDocument, type Step } from "./awstoe.js";

/** The commands of one image-check step for a recipe; undefined when the step has nothing to check. */
type StepCommands = (recipe: Recipe, os: BaseOs | "custom") => string[] | undefined;

const enabledServices = (recipe: Recipe) => recipe.services.filter((s) => s.enabled);
const nonEmpty = (lines: string[]) => (lines.length > 0 ? lines : undefined);

/** The commands behind each AWSTOE step the catalogue's image-level checks name. */
const STEP_COMMANDS: Record<ImageStepName, StepCommands> = {
  CheckTimezone: (recipe) => {
    const zone = shellQuote(recipe.timezone);
    return [
      `test "$(readlink -f /etc/localtime)" = /usr/share/zoneinfo/${zone} || { echo "zone is $(readlink -f /etc/localtime), expected "${zone}; exit 1; }`,
      `test "$(date +%Z%z)" = "$(TZ=${zone} date +%Z%z)" || { echo "local time is $(date +%Z%z)"; exit 1; }`,
    ];
  },
  CheckCrondStartedAfterZone: (recipe, os) =>
    hasCronDaemon(recipe, os)
      ? [
          "pid=$(pgrep -o -x crond)",
          'started=$(date -d "$(ps -o lstart= -p "$pid")" +%s)',
          "changed=$(stat -c %Y /etc/localtime)",
          'test "$started" -ge "$changed" || { echo "crond started $(date -d @"$started") before the zone changed $(date -d @"$changed"): its jobs run in the old zone"; exit 1; }',
        ]
      : undefined,
  CheckCronCanary: (recipe, os) =>
    hasCronDaemon(recipe, os)
      ? [
          "line=''",
          `for _ in $(seq 1 36); do line=$(tail -n 1 ${CANARY_LOG} 2>/dev/null || true); [ -n "$line" ] && break; sleep 5; done`,
          `test -n "$line" || { echo "the canary cron entry did not fire within 3 minutes"; exit 1; }`,
          // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a template.
          "cron_hour=${line##*cron-hour=}",
          "local_hour=$(printf '%s' \"$line\" | cut -c12-13)",
          'test "$((10#$local_hour))" -eq "$cron_hour" || { echo "crond fired the hour-$cron_hour entry at local $line: cron runs in another zone"; exit 1; }',
        ]
      : undefined,
  CheckServicesEnabledAndActive: (recipe) =>
    nonEmpty(
      enabledServices(recipe).flatMap((s) => {
        const unit = shellQuote(s.name);
        return [
          `systemctl is-enabled --quiet ${unit} || { echo ${shellQuote(`${s.name} is not enabled at boot`)}; exit 1; }`,
          `for _ in $(seq 1 30); do systemctl is-active --quiet ${unit} && break; sleep 2; done`,
          `systemctl is-active --quiet ${unit} || { echo ${shellQuote(`${s.name} is not active after boot`)}; systemctl status ${unit} --no-pager || true; exit 1; }`,
        ];
      }),
    ),
  CheckAgents: (recipe) => {
    const lines: string[] = [];
    const fluentd = recipe.agents.fluentd;
    if (fluentd)
      lines.push(
        `rpm -q ${FLUENT_PACKAGE.package}`,
        `systemctl is-active --quiet ${FLUENT_PACKAGE.service} || { echo 'fluentd is not running'; exit 1; }`,
        `curl -fsS http://127.0.0.1:${fluentd.monitorPort}/api/plugins.json >/dev/null || { echo 'fluentd monitor_agent does not answer on ${fluentd.monitorPort}'; exit 1; }`,
      );
    if (recipe.agents["newrelic-infra"])
      lines.push(
        `rpm -q ${NEWRELIC_INFRA.package}`,
        `systemctl is-enabled --quiet ${NEWRELIC_INFRA.service}`,
      );
    return nonEmpty(lines);
  },
  CheckDeclaredProcesses: (recipe) =>
    nonEmpty(
      enabledServices(recipe)
        .flatMap((s) => s.processes.map((p) => ({ service: s.name, p })))
        .map(
          ({ service, p }) =>
            `for _ in $(seq 1 30); do pgrep -if -- ${shellQuote(p)} >/dev/null && break; sleep 2; done; pgrep -if -- ${shellQuote(p)} >/dev/null || { echo ${shellQuote(`${p} (run by ${service}) is not running`)}; exit 1; }`,
        ),
    ),
  CheckPortsListening: (recipe) => {
    const ports = enabledServices(recipe).flatMap((s) => (s.port === undefined ? [] : [s.port]));
    if (recipe.agents.fluentd) ports.push(recipe.agents.fluentd.monitorPort);
    return nonEmpty(
      ports.map(
        (p) =>
          `for _ in $(seq 1 30); do ss -ltnH "sport = :${p}" | grep -q . && break; sleep 2; done; ss -ltnH "sport = :${p}" | grep -q . || { echo 'nothing listens on port ${p}'; exit 1; }`,
      ),
    );
  },
  CheckUsers: (recipe) => {
    const lines: string[] = [];
    for (const u of recipe.users.create) {
      lines.push(
        `id -u ${shellQuote(u.name)} >/dev/null || { echo ${shellQuote(`user ${u.name} is missing`)}; exit 1; }`,
      );
      for (const g of u.groups)
        lines.push(
          `id -nG ${shellQuote(u.name)} | tr ' ' '\\n' | grep -qx ${shellQuote(g)} || { echo ${shellQuote(`user ${u.name} is not in ${g}`)}; exit 1; }`,
        );
    }
    // This instance was booted from the new image, so cloud-init has run: a removed default
    // user that cloud-init recreated would show up here.
    for (const u of recipe.users.remove)
      lines.push(
        `! id -u ${shellQuote(u)} >/dev/null 2>&1 || { echo ${shellQuote(`user ${u} still exists`)}; exit 1; }`,
        `test ! -e ${shellQuote(`/home/${u}`)} || { echo ${shellQuote(`/home/${u} is still in the image`)}; exit 1; }`,
        `! grep -rqsE ${shellQuote(`^${u}[[:space:]]`)} /etc/sudoers /etc/sudoers.d || { echo ${shellQuote(`a sudoers rule still names ${u}`)}; exit 1; }`,
      );
    return nonEmpty(lines);
  },
  CheckSshHardening: (recipe) => sshCheckLines(recipe),
  CheckNoSecretsBaked: () => secretScanCommands(),
};

/** Amazon Linux 2023 ships no cron daemon unless the recipe installs cronie. */
function hasCronDaemon(recipe: Recipe, os: BaseOs | "custom"): boolean {
  return (
    os !== "amazon-linux-2023" ||
    recipe.packages.yum.includes("cronie") ||
    recipe.packages.dnf.includes("cronie")
  );
}

/**
 * The test phase: Image Builder runs it on a fresh instance booted from the new image, so
 * it sees what a first boot gives — the image-level checks of the catalogue
 * (src/verify/catalogue.ts), in its order, each step that has something to check.
 */
export function checksComponent(name: string, recipe: Recipe, os: BaseOs | "custom"): ComponentDocument {
  const steps: Step[] = IMAGE_CHECKS.flatMap((check) =>
    check.steps.flatMap((step: { name: ImageStepName; timeoutSeconds?: number }) => {
      const commands = STEP_COMMANDS[step.name](recipe, os);
      if (!commands) return [];
      return [
        bash(
          step.name,
          commands,
          step.timeoutSeconds === undefined ? {} : { timeoutSeconds: step.timeoutSeconds },
        ),
      ];
    }),
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
