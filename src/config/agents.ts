/** Facts about the agents a recipe can install, shared by validation and the compiler. */

/** fluent-package (td-agent's successor): package, unit, config dir. https://docs.fluentd.org/installation/install-fluent-package */
export const FLUENT_PACKAGE = {
  package: "fluent-package",
  service: "fluentd",
  configFile: "/etc/fluent/fluentd.conf",
} as const;
export const NEWRELIC_INFRA = {
  package: "newrelic-infra",
  service: "newrelic-infra",
  configFile: "/etc/newrelic-infra.yml",
} as const;

/** Validation's message for fluent-package v6 on Amazon Linux 2 (not shipped there). */
export const FLUENT_V6_ON_AL2 =
  'fluent-package v6 is not shipped for Amazon Linux 2: use version: "5" (LTS), or base: amazon-linux-2023';
