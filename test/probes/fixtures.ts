import { readFileSync } from "node:fs";
import path from "node:path";
import { type Inventory, inventorySchema } from "../../src/probes/schema.js";
import { CANARY_CRON_FILE, CANARY_LOG, CANARY_SCHEDULE } from "../../src/recipe/canary.js";
import type { ImageManifest } from "../../src/recipe/manifest.js";
import { Faults } from "../../src/sim/faults.js";

/** The manifest a bake of the example recipe (image-recipes/web.yml) writes to the image. */
export const webManifest: ImageManifest = {
  schema: "amipipe.manifest/v1",
  recipe: "web",
  recipeHash: "0f3c9d2a".padEnd(64, "0"),
  os: "amazon-linux-2",
  arch: "x86_64",
  timezone: "Asia/Tokyo",
  locale: "en_US.UTF-8",
  packages: [
    "git",
    "gcc",
    "httpd",
    "httpd-devel",
    "mariadb",
    "mariadb-devel",
    "ruby",
    "ruby-devel",
    "passenger",
  ],
  services: [
    { name: "httpd", port: 80, enabled: true },
    { name: "crond", enabled: true },
    { name: "fluentd", enabled: true },
    { name: "newrelic-infra", enabled: true },
  ],
  users: {
    create: [
      { name: "app", groups: [] },
      { name: "deploy", groups: ["app"] },
    ],
    remove: ["ec2-user"],
  },
  cron: [
    {
      name: "daily-mail",
      schedule: "0 9 * * *",
      user: "app",
      command: "/var/www/app/current/bin/cron-run daily_mail",
    },
    {
      name: "daily-notice",
      schedule: "30 9 * * *",
      user: "app",
      command: "/var/www/app/current/bin/cron-run daily_notice",
    },
  ],
  agents: {
    fluentd: { package: "fluent-package", service: "fluentd", monitorPort: 24220 },
    newrelic: { package: "newrelic-infra", service: "newrelic-infra" },
  },
  ssh: { passwordAuthentication: false, permitRootLogin: false },
  canaryCron: { file: CANARY_CRON_FILE, schedule: CANARY_SCHEDULE, logFile: CANARY_LOG },
};

/** The example recipe without fluentd: what the seed's servers shipped with. */
export const webManifestWithoutFluentd: ImageManifest = {
  ...webManifest,
  services: webManifest.services.filter((s) => s.name !== "fluentd"),
  agents: { newrelic: webManifest.agents.newrelic! },
};

export function legacyInventory(): Inventory {
  const file = path.resolve(import.meta.dirname, "../../sim/legacy/web-legacy.inventory.json");
  return inventorySchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** Faults as the simulator parses them from NAME[=ARG]. */
export function faults(...specs: string[]): Faults {
  return new Faults(specs);
}

export const LAUNCH = Date.parse("2026-07-01T00:00:00Z");
export const MINUTE = 60_000;
