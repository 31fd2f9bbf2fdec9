import type { ProbeSection } from "./probe-sections.js";
import type { CheckLevel } from "./types.js";

/**
 * The image-level part of the verification catalogue (catalogue.ts holds the whole registry):
 * the AWSTOE steps of the Image Builder test phase, run on a fresh instance booted from the new
 * image. A module of its own, with nothing but types behind it, because the recipe compiler
 * reads it: compiling a recipe must not reach the checks that call AWS.
 */

/** What every catalogue entry says of itself. */
export interface CheckEntryBase {
  name: string;
  level: CheckLevel;
  /** What a failure of this check catches. */
  catches: string;
  /** The probe sections it reads; empty for checks that read AWS or run on the image itself. */
  sections: readonly ProbeSection[];
}

/** One AWSTOE step of the test phase; its commands come from the recipe. */
export interface ImageStep {
  name: string;
  timeoutSeconds?: number;
}

export interface ImageCheck extends CheckEntryBase {
  level: "image";
  steps: readonly ImageStep[];
}

export const IMAGE_CHECKS = [
  {
    name: "timezone",
    level: "image",
    catches: "wrong zone",
    sections: [],
    steps: [{ name: "CheckTimezone" }],
  },
  {
    name: "cron-timezone",
    level: "image",
    catches: "crond started before the zone change: jobs in the old zone (the seed's cron-in-UTC incident)",
    sections: [],
    steps: [{ name: "CheckCrondStartedAfterZone" }, { name: "CheckCronCanary", timeoutSeconds: 300 }],
  },
  {
    name: "services",
    level: "image",
    catches: "services that only ran because someone started them",
    sections: [],
    steps: [{ name: "CheckServicesEnabledAndActive", timeoutSeconds: 600 }],
  },
  {
    name: "agents",
    level: "image",
    catches: "an agent missing from the image (the seed's lost access logs)",
    sections: [],
    steps: [{ name: "CheckAgents" }],
  },
  {
    name: "processes",
    level: "image",
    catches: "half-started services",
    sections: [],
    steps: [{ name: "CheckDeclaredProcesses" }],
  },
  {
    name: "ports",
    level: "image",
    catches: "half-started services",
    sections: [],
    steps: [{ name: "CheckPortsListening" }],
  },
  {
    name: "users",
    level: "image",
    catches: "hardening drift",
    sections: [],
    steps: [{ name: "CheckUsers" }],
  },
  {
    name: "ssh",
    level: "image",
    catches: "hardening drift",
    sections: [],
    steps: [{ name: "CheckSshHardening" }],
  },
  {
    name: "secrets",
    level: "image",
    catches: "secret material baked into the image",
    sections: [],
    steps: [{ name: "CheckNoSecretsBaked", timeoutSeconds: 900 }],
  },
] as const satisfies readonly ImageCheck[];

/** The AWSTOE step names of the test phase: recipe/components/checks.ts writes commands for each. */
export type ImageStepName = (typeof IMAGE_CHECKS)[number]["steps"][number]["name"];
