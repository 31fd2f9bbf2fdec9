import type { Inventory } from "../probes/schema.js";
import type { ImageManifest } from "../recipe/manifest.js";
import type { Faults } from "./faults.js";
import type { RepositoryOffer } from "./host/updateinfo.js";

/**
 * The one seam between the simulator and the probe model (src/sim/host/instance.ts): facts of
 * a new instance from its image's manifest or legacy inventory, reboots, and probe answers.
 * Loaded on first use so the simulator starts without the probe scripts.
 */
const probes = () => import("./host/instance.js");

export async function factsForImage(
  image: {
    manifest?: ImageManifest;
    inventory?: unknown;
    packages?: ReadonlyArray<{ name: string; version: string }>;
  },
  o: { launchedAt: number; faults: Faults; isNewestImage: boolean; userData?: string },
): Promise<unknown> {
  const m = await probes();
  if (image.manifest)
    return m.factsFromManifest(image.manifest, image.packages ? { ...o, packages: image.packages } : o);
  if (image.inventory) return m.factsFromInventory(image.inventory as Inventory);
  return null;
}

export async function factsAfterBoot(facts: unknown, at: number): Promise<unknown> {
  if (!facts) return facts;
  const m = await probes();
  return m.rebootFacts(facts as Parameters<typeof m.rebootFacts>[0], at);
}

export async function answerProbe(
  script: string,
  facts: unknown,
  now: number,
  o: { repository?: () => RepositoryOffer | undefined } = {},
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const m = await probes();
  return m.answerProbe(script, facts as Parameters<typeof m.answerProbe>[1], now, o);
}
