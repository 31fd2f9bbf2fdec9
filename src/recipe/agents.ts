import { FLUENT_PACKAGE, FLUENT_V6_ON_AL2, NEWRELIC_INFRA } from "../config/agents.js";
import type { Architecture, BaseOs, Recipe } from "../config/schema.js";
import { UsageError } from "../errors.js";

export { FLUENT_PACKAGE, FLUENT_V6_ON_AL2, NEWRELIC_INFRA };

/**
 * The fluent-package install script for the base OS and the requested major version (LTS line).
 * Source: https://docs.fluentd.org/installation/install-fluent-package/install-by-rpm-fluent-package
 * (fluent/fluentd-docs-gitbook installation/install-fluent-package/install-by-rpm-fluent-package*.md):
 *   Amazon Linux 2023: https://fluentd.cdn.cncf.io/sh/install-amazon2023-fluent-package{5,6}-lts.sh
 *   Amazon Linux 2:    https://fluentd.cdn.cncf.io/sh/install-amazon2-fluent-package5-lts.sh
 *   ("fluent-package v6 will not be shipped for Amazon Linux 2" — validate rejects that pairing.)
 * The script registers /etc/yum.repos.d/fluent-package-lts.repo and installs the package.
 * A custom base is assumed to be AL2023-compatible.
 */
export function fluentInstallScriptUrl(os: BaseOs | "custom", version: "5" | "6"): string {
  const distro = os === "amazon-linux-2" ? "amazon2" : "amazon2023";
  if (distro === "amazon2" && version === "6") throw new UsageError(FLUENT_V6_ON_AL2);
  return `https://fluentd.cdn.cncf.io/sh/install-${distro}-fluent-package${version}-lts.sh`;
}

/**
 * New Relic infrastructure agent yum repository, per Amazon Linux release and CPU.
 * Source: https://docs.newrelic.com/docs/infrastructure/install-infrastructure-agent/linux-installation/install-infrastructure-monitoring-agent-linux/
 * (newrelic/docs-website, "Add the infrastructure monitoring agent repository" → Amazon Linux):
 *   https://download.newrelic.com/infrastructure_agent/linux/yum/amazonlinux/{2,2023}/{x86_64,aarch64}/newrelic-infra.repo
 * followed by `yum -q makecache -y --disablerepo='*' --enablerepo='newrelic-infra'`.
 */
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
