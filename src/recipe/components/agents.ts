import type { Architecture, BaseOs, Recipe } from "../../config/schema.js";
import { FLUENT_PACKAGE, fluentInstallScriptUrl, NEWRELIC_INFRA, newRelicRepoUrl } from "../agents.js";
import {
  NEWRELIC_LICENSE_SCRIPT,
  NEWRELIC_LICENSE_UNIT,
  newRelicLicenseScript,
  newRelicLicenseUnit,
} from "../boot-scripts.js";
import { packageManager } from "../os.js";
import { shellQuote } from "../shell.js";
import { bash, type ComponentDocument, createFile, type Step } from "./awstoe.js";

/** fluentd (fluent-package) and the New Relic infrastructure agent; undefined when the recipe has no agents. */
export function agentsComponent(
  name: string,
  recipe: Recipe,
  os: BaseOs | "custom",
  arch: Architecture,
): ComponentDocument | undefined {
  const build: Step[] = [];
  const validate: Step[] = [];
  const fluentd = recipe.agents.fluentd;
  if (fluentd) {
    build.push(
      bash(
        "InstallFluentPackage",
        `curl -fsSL ${shellQuote(fluentInstallScriptUrl(os, fluentd.version))} | sh`,
        { maxAttempts: 3 },
      ),
    );
    // The full configuration is rendered at launch with the environment's vars; the image
    // carries one that only opens the monitor endpoint, so the test phase can see fluentd up.
    build.push(
      createFile("FluentdBootConfig", [
        {
          path: FLUENT_PACKAGE.configFile,
          content: `# Replaced at launch by the rendered configuration.\n<source>\n  @type monitor_agent\n  bind 127.0.0.1\n  port ${fluentd.monitorPort}\n</source>\n`,
          permissions: "0644",
          owner: "root",
          group: "root",
        },
      ]),
    );
    if (recipe.services.some((s) => s.name === "httpd")) {
      // Apache's log directory is root-only; fluentd (user _fluentd) needs to read the access log.
      build.push(
        bash("FluentdReadsHttpdLogs", [
          "install -d -m 0700 /var/log/httpd",
          "setfacl -m u:_fluentd:rx /var/log/httpd",
          "setfacl -d -m u:_fluentd:r /var/log/httpd",
        ]),
      );
    }
    build.push(bash("EnableFluentd", `systemctl enable ${FLUENT_PACKAGE.service}`));
    validate.push(
      bash("FluentPackageInstalled", [
        `rpm -q ${FLUENT_PACKAGE.package}`,
        `systemctl is-enabled ${FLUENT_PACKAGE.service}`,
      ]),
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
          `rm -f ${NEWRELIC_INFRA.configFile}`,
        ],
        { maxAttempts: 3 },
      ),
    );
    build.push(
      createFile("NewRelicLicenseAtBoot", [
        {
          path: NEWRELIC_LICENSE_SCRIPT,
          content: newRelicLicenseScript(nr.license.slice("ssm:".length), nr.displayName),
          permissions: "0755",
          owner: "root",
          group: "root",
        },
        {
          path: `/etc/systemd/system/${NEWRELIC_LICENSE_UNIT}`,
          content: newRelicLicenseUnit(),
          permissions: "0644",
          owner: "root",
          group: "root",
        },
      ]),
    );
    build.push(
      bash("EnableNewRelicInfra", [
        "systemctl daemon-reload",
        `systemctl enable ${NEWRELIC_LICENSE_UNIT} ${NEWRELIC_INFRA.service}`,
      ]),
    );
    validate.push(
      bash("NewRelicInstalled", [
        `rpm -q ${NEWRELIC_INFRA.package}`,
        `test ! -e ${NEWRELIC_INFRA.configFile}`,
      ]),
    );
  }
  if (build.length === 0) return undefined;
  return {
    name,
    description: `${recipe.name}: agents (${[fluentd ? "fluent-package" : "", nr ? "newrelic-infra" : ""].filter(Boolean).join(", ")})`,
    schemaVersion: 1.0,
    phases: [
      { name: "build", steps: build },
      { name: "validate", steps: validate },
    ],
  };
}
