import type { Environment } from "../config/schema.js";
import { UsageError } from "../errors.js";
import type { PinnedImage } from "../fleet/image.js";
import { fleetInstanceType, sameBakeFor } from "../fleet/instance-types.js";
import type { Ports } from "../ports/context.js";

/**
 * The image of `image`'s bake that the environment's instance type can run. An AMI of another
 * architecture is swapped for its sibling of the same bake when `swap` allows (promote), and
 * refused before anything launches otherwise, naming the fix (exit 2: nothing changed).
 */
export async function imageForFleet(
  ports: Pick<Ports, "aws" | "progress">,
  env: Environment,
  image: PinnedImage,
  o: { command: string; swap: boolean; hint?: string },
): Promise<PinnedImage> {
  if (!image.architecture) return image;
  const fleet = await fleetInstanceType(ports.aws, env);
  if (!fleet || fleet.architectures.length === 0 || fleet.architectures.includes(image.architecture))
    return image;
  const wanted = fleet.architectures.includes("arm64") ? "arm64" : (fleet.architectures[0] ?? "x86_64");
  if (o.swap) {
    const sibling = await sameBakeFor(ports.aws, env.region, image, wanted);
    if (sibling) {
      ports.progress.warn(
        `${o.command} ${env.name}`,
        `${image.id} is ${image.architecture}, but ${env.name} runs ${fleet.type} (${wanted}, from ${fleet.source}): taking ${sibling.id}, the ${wanted} image of the same bake`,
      );
      return sibling;
    }
  }
  throw new UsageError(
    `${o.command} ${env.name} refused: ${image.id} is ${image.architecture}, but ${env.name}'s instance type ` +
      `${fleet.type} (${fleet.source}) runs ${fleet.architectures.join("/")}; nothing was changed. ` +
      (o.hint ??
        `Pin the ${wanted} image of the bake (add ${wanted} to the recipe's architectures and bake again), ` +
          `or set fleet.instanceType in environments/${env.name}.yml to a ${image.architecture} type.`),
    { environment: env.name, ami: image.id, architecture: image.architecture, instanceType: fleet.type },
  );
}
