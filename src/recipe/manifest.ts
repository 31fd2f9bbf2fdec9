import { z } from "zod";
import { ARCHITECTURES, BASE_OS } from "../config/schema.js";

/**
 * What an image promises, written by the build to /etc/amipipe/manifest.json (a CreateFile
 * step in the compiled component). Probes compare a running server against it, parity and
 * the package diff read it, and the simulator derives a new instance's facts from it — so the
 * simulator knows only what the compiled documents say, as AWS would.
 */
export const MANIFEST_PATH = "/etc/amipipe/manifest.json";

export const imageManifestSchema = z.object({
  schema: z.literal("amipipe.manifest/v1"),
  recipe: z.string(),
  recipeHash: z.string(),
  os: z.enum(BASE_OS),
  arch: z.enum(ARCHITECTURES),
  timezone: z.string(),
  locale: z.string(),
  packages: z.array(z.string()),
  services: z.array(
    z.object({
      name: z.string(),
      port: z.number().optional(),
      enabled: z.boolean(),
      processes: z.array(z.string()).optional(),
    }),
  ),
  users: z.object({
    create: z.array(z.object({ name: z.string(), groups: z.array(z.string()) })),
    remove: z.array(z.string()),
  }),
  cron: z.array(z.object({ name: z.string(), schedule: z.string(), user: z.string(), command: z.string() })),
  agents: z.object({
    fluentd: z.object({ package: z.string(), service: z.string(), monitorPort: z.number() }).optional(),
    newrelic: z.object({ package: z.string(), service: z.string() }).optional(),
  }),
  ssh: z.object({ passwordAuthentication: z.boolean(), permitRootLogin: z.boolean() }),
  /** The canary cron entry the cron-timezone check reads back. */
  canaryCron: z.object({ file: z.string(), schedule: z.string(), logFile: z.string() }),
});

export type ImageManifest = z.infer<typeof imageManifestSchema>;
