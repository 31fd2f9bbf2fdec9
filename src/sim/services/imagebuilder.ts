import type { SimEngine } from "../engine.js";
import { configurationHandlers } from "./imagebuilder-configurations.js";
import { imageHandlers } from "./imagebuilder-images.js";
import { recipeHandlers } from "./imagebuilder-recipes.js";
import type { Handler, ImageBuilderWorld } from "./imagebuilder-requests.js";
import { tagHandlers } from "./imagebuilder-tags.js";

export type { ImageBuilderWorld } from "./imagebuilder-requests.js";
export { settleImageBuilds } from "./imagebuilder-settle.js";

/**
 * EC2 Image Builder, modelled for the calls the toolkit makes: immutable, versioned
 * components and image recipes; infrastructure and distribution configurations; image builds
 * whose state (PENDING → BUILDING → TESTING → DISTRIBUTING → AVAILABLE, or FAILED) is derived
 * from the clock; the AMIs and snapshots a build leaves in every distribution region, each
 * carrying the image manifest the components write.
 * API reference: https://docs.aws.amazon.com/imagebuilder/latest/APIReference/
 */
export function createImageBuilderHandlers(world: ImageBuilderWorld): Record<string, Handler> {
  return {
    ...recipeHandlers(world),
    ...configurationHandlers(world),
    ...imageHandlers(world),
    ...tagHandlers(world),
  };
}

/** Registers Image Builder on the simulator's engine. */
export function register(engine: SimEngine): void {
  engine.register(
    "imagebuilder",
    createImageBuilderHandlers({ state: engine.state, now: () => engine.clock.now(), faults: engine.faults }),
  );
}
