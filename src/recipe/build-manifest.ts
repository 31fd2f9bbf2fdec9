import type { Architecture, Recipe } from "../config/schema.js";
import { agentPackages, FLUENT_PACKAGE, NEWRELIC_INFRA } from "./agents.js";
import { CANARY_CRON_FILE, CANARY_LOG, CANARY_SCHEDULE } from "./canary.js";
import type { ImageManifest } from "./manifest.js";
import { baseOs, langpack, recipePackages } from "./os.js";

/** What the image promises (written to /etc/amipipe/manifest.json by the build). */
export function buildManifest(recipe: Recipe, o: { recipeHash: string; arch: Architecture }): ImageManifest {
  const os = baseOs(recipe);
  const lp = langpack(os, recipe.locale);
  const packages = [...new Set([...recipePackages(recipe), ...(lp ? [lp] : []), ...agentPackages(recipe)])];
  const manifest: ImageManifest = {
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
      ...(s.port === undefined ? {} : { port: s.port }),
      enabled: s.enabled,
      ...(s.processes.length > 0 ? { processes: [...s.processes] } : {}),
    })),
    users: {
      create: recipe.users.create.map((u) => ({ name: u.name, groups: [...u.groups] })),
      remove: [...recipe.users.remove],
    },
    cron: recipe.cron.map((c) => ({ name: c.name, schedule: c.schedule, user: c.user, command: c.command })),
    agents: {},
    ssh: { ...recipe.ssh },
    canaryCron: { file: CANARY_CRON_FILE, schedule: CANARY_SCHEDULE, logFile: CANARY_LOG },
  };
  if (recipe.agents.fluentd)
    manifest.agents.fluentd = {
      package: FLUENT_PACKAGE.package,
      service: FLUENT_PACKAGE.service,
      monitorPort: recipe.agents.fluentd.monitorPort,
    };
  if (recipe.agents["newrelic-infra"])
    manifest.agents.newrelic = { package: NEWRELIC_INFRA.package, service: NEWRELIC_INFRA.service };
  return manifest;
}
