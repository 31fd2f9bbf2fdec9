import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/recipe/agents.ts
var FLUENT_PACKAGE = {
  package: "fluent-package",
  service: "fluentd",
  configFile: "/etc/fluent/fluentd.conf"
};
var NEWRELIC_INFRA = {
  package: "newrelic-infra",
  service: "newrelic-infra",
  configFile: "/etc/newrelic-infra.yml"
};
function fluentInstallScriptUrl(os, version) {
  const distro = os === "amazon-linux-2" ? "amazon2" : "amazon2023";
  const line = version === "5" ? "fluent-package5-lts" : "fluent-package6-lts";
  return `https://toolbelt.treasuredata.com/sh/install-${distro}-${line}.sh`;
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

// src/recipe/shell.ts
function shellQuote(value) {
  if (value.includes("\0")) throw new Error("a shell value cannot contain NUL");
  if (value !== "" && /^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
function shellWords(words) {
  return words.map(shellQuote).join(" ");
}
function writeFileCommand(path, content, mode = "0644") {
  let delimiter = "AMIPIPE_EOF";
  for (let i = 0; content.split("\n").includes(delimiter); i++) delimiter = `AMIPIPE_EOF_${i}`;
  const body = content.endsWith("\n") ? content : `${content}
`;
  return `install -D -m ${shellQuote(mode)} /dev/null ${shellQuote(path)}
cat > ${shellQuote(path)} <<'${delimiter}'
${body}${delimiter}`;
}

export {
  FLUENT_PACKAGE,
  NEWRELIC_INFRA,
  fluentInstallScriptUrl,
  newRelicRepoUrl,
  agentPackages,
  shellQuote,
  shellWords,
  writeFileCommand
};
