/**
 * Known differences between Amazon Linux 2 and Amazon Linux 2023 that break a recipe moved
 * from one to the other. Sources:
 *   https://docs.aws.amazon.com/linux/al2023/ug/compare-with-al2.html (yum → dnf, no
 *     amazon-linux-extras, no EPEL, cron: "#cron" — systemd timers preferred, cronie optional)
 *   https://docs.aws.amazon.com/linux/al2023/release-notes/all-packages-AL2023.6.html and the
 *     later all-packages lists (package names: mariadb105, mariadb105-devel, ruby3.2, ruby3.2-devel,
 *     cronie 1.5.7 — each built for aarch64 and x86_64)
 *   https://docs.aws.amazon.com/linux/al2023/ug/ruby.html (Ruby is namespaced: ruby3.2, ruby3.4)
 *   https://github.com/amazonlinux/amazon-linux-2023/issues/300 and #683 (cronie is not
 *     installed by default; `dnf install cronie`, then enable crond)
 */

/** AL2 package names that do not exist on AL2023, with the name to use there. */
export const RENAMED_ON_AL2023: Readonly<Record<string, string>> = {
  mysql: "mariadb105",
  mariadb: "mariadb105",
  "mariadb-devel": "mariadb105-devel",
  "mysql-devel": "mariadb105-devel",
  python: "python3",
  "python-pip": "python3-pip",
  "python-devel": "python3-devel",
  ntp: "chrony",
  awslogs: "amazon-cloudwatch-agent",
  "td-agent": "fluent-package (agents.fluentd)",
};

/** AL2 packages with no AL2023 counterpart in the distribution. */
export const GONE_ON_AL2023: Readonly<Record<string, string>> = {
  "epel-release": "EPEL is not supported on AL2023; take the package from its upstream repository",
  "amazon-linux-extras": "AL2023 has no extras; install the namespaced dnf packages instead",
};

/** amazon-linux-extras topics and the dnf packages that replace them on AL2023. */
export const EXTRAS_ON_AL2023: Readonly<Record<string, string>> = {
  "ruby3.0": "ruby3.2 ruby3.2-devel",
  "ruby2.6": "ruby3.2 ruby3.2-devel",
  "php8.0": "php8.2",
  "php8.1": "php8.2",
  nginx1: "nginx",
  postgresql14: "postgresql15",
  postgresql13: "postgresql15",
  redis6: "redis6",
  "mariadb10.5": "mariadb105",
  "python3.8": "python3",
  docker: "docker",
  "java-openjdk11": "java-11-amazon-corretto",
  corretto8: "java-1.8.0-amazon-corretto",
  "golang1.19": "golang",
  epel: "(none: EPEL is not supported on AL2023)",
};

/** The cron daemon package on AL2023, and its unit. */
export const CRON_PACKAGE = "cronie";
export const CRON_SERVICE = "crond";

/** Commands in build steps that do not exist on AL2023 (yum remains as a dnf alias, so it is only a hint). */
export const STEP_COMMANDS: ReadonlyArray<{
  pattern: RegExp;
  message: string;
  severity: "error" | "warning";
}> = [
  {
    pattern: /\bamazon-linux-extras\b/,
    message:
      "amazon-linux-extras does not exist on Amazon Linux 2023; use 'dnf install' with the namespaced packages",
    severity: "error",
  },
  {
    pattern: /\byum-config-manager\b/,
    message: "yum-config-manager does not exist on Amazon Linux 2023; use 'dnf config-manager'",
    severity: "error",
  },
  {
    pattern: /(^|[\s;&|])yum\s/,
    message: "use dnf on Amazon Linux 2023 (yum there is only an alias of dnf)",
    severity: "warning",
  },
];
