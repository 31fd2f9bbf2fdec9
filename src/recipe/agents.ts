import type { Architecture, BaseOs, Recipe } from "../config/schema.js";

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

/** Install script of fluent-package for the base OS: https://docs.fluentd.org/installation/install-fluent-package/install-by-rpm-fluent-package */
export function fluentInstallScriptUrl(os: BaseOs | "custom", version: "5" | "6"): string {
  const distro = os === "amazon-linux-2" ? "amazon2" : "amazon2023";
  const line = version === "5" ? "fluent-package5-lts" : "fluent-package6-lts";
  return `https://toolbelt.treasuredata.com/sh/install-${distro}-${line}.sh`;
}

/** New Relic infrastructure agent yum repository: https://docs.newrelic.com/docs/infrastructure/install-infrastructure-agent/linux-installation/install-infrastructure-monitoring-agent-linux/ */
export function newRelicRepoUrl(os: BaseOs | "custom", arch: Architecture): string {
  const release = os === "amazon-linux-2" ? "2" : "2023";
  const machine = arch === "arm64" ? "aarch64" : "x86_64";
  return `https://download.newrelic.com/infrastructure_agent/linux/yum/amazonlinux/${release}/${machine}/newrelic-infra.repo`;
}

export function agentPackages(recipe: Recipe): string[] {
  const out: string[] = [];
  if (recipe.agents.fluentd) out.push(FLUENT_PACKAGE.package);
  if (recipe.agents["newrelic-infra"]) out.push(NEWRELIC_INFRA.package);
  return out;
}
