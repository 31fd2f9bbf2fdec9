import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  FLUENT_PACKAGE,
  FLUENT_V6_ON_AL2,
  NEWRELIC_INFRA
} from "./chunk-DNSQREQD.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";

// src/recipe/agents.ts
function fluentInstallScriptUrl(os, version) {
  const distro = os === "amazon-linux-2" ? "amazon2" : "amazon2023";
  if (distro === "amazon2" && version === "6") throw new UsageError(FLUENT_V6_ON_AL2);
  return `https://fluentd.cdn.cncf.io/sh/install-${distro}-fluent-package${version}-lts.sh`;
}
function newRelicRepoUrl(os, arch) {
  const release = os === "amazon-linux-2" ? "2" : "2023";
  const machine = arch === "arm64" ? "aarch64" : "x86_64";
  return `https://download.newrelic.com/infrastructure_agent/linux/yum/amazonlinux/${release}/${machine}/newrelic-infra.repo`;
}
function agentPackages(recipe) {
  const out = [];
  if (recipe.agents.fluentd) out.push(FLUENT_PACKAGE.package);
  if (recipe.agents["newrelic-infra"]) out.push(NEWRELIC_INFRA.package);
  return out;
}

export {
  fluentInstallScriptUrl,
  newRelicRepoUrl,
  agentPackages
};
