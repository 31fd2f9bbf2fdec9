import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  ARCHITECTURES,
  BASE_OS
} from "./chunk-QTEFZJYW.js";
import {
  external_exports
} from "./chunk-52IUZXQM.js";

// src/recipe/manifest.ts
var MANIFEST_PATH = "/etc/amipipe/manifest.json";
var imageManifestSchema = external_exports.object({
  schema: external_exports.literal("amipipe.manifest/v1"),
  recipe: external_exports.string(),
  recipeHash: external_exports.string(),
  os: external_exports.enum(BASE_OS),
  arch: external_exports.enum(ARCHITECTURES),
  timezone: external_exports.string(),
  locale: external_exports.string(),
  packages: external_exports.array(external_exports.string()),
  services: external_exports.array(
    external_exports.object({
      name: external_exports.string(),
      port: external_exports.number().optional(),
      enabled: external_exports.boolean(),
      processes: external_exports.array(external_exports.string()).optional()
    })
  ),
  users: external_exports.object({
    create: external_exports.array(external_exports.object({ name: external_exports.string(), groups: external_exports.array(external_exports.string()) })),
    remove: external_exports.array(external_exports.string())
  }),
  cron: external_exports.array(external_exports.object({ name: external_exports.string(), schedule: external_exports.string(), user: external_exports.string(), command: external_exports.string() })),
  agents: external_exports.object({
    fluentd: external_exports.object({ package: external_exports.string(), service: external_exports.string(), monitorPort: external_exports.number() }).optional(),
    newrelic: external_exports.object({ package: external_exports.string(), service: external_exports.string() }).optional()
  }),
  ssh: external_exports.object({ passwordAuthentication: external_exports.boolean(), permitRootLogin: external_exports.boolean() }),
  /** The canary cron entry the cron-timezone check reads back. */
  canaryCron: external_exports.object({ file: external_exports.string(), schedule: external_exports.string(), logFile: external_exports.string() })
});

export {
  MANIFEST_PATH,
  imageManifestSchema
};
