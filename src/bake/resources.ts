import type { InstanceBlockDeviceMapping } from "@aws-sdk/client-imagebuilder";
import type { Recipe } from "../config/schema.js";
import { recipePackages } from "../recipe/os.js";

/**
 * Root volume size for a recipe: the configured size, else room for what it installs.
 * The 8 GiB default of Amazon Linux AMIs is what fills up mid-build once compilers,
 * language runtimes and agents go in (a classic Image Builder failure).
 */
export function rootVolumeSize(recipe: Recipe): number {
  if (recipe.imageBuilder.rootVolumeGiB !== undefined) return recipe.imageBuilder.rootVolumeGiB;
  const packages = recipePackages(recipe).length;
  const agents = Object.keys(recipe.agents).length;
  const estimate = 12 + Math.ceil(packages / 10) * 2 + agents * 2 + recipe.steps.length;
  return Math.max(16, Math.ceil(estimate / 4) * 4);
}

/** The root device of Amazon Linux AMIs, gp3 (faster and cheaper than the AMIs' gp2). */
export function rootVolume(sizeGiB: number): InstanceBlockDeviceMapping {
  return {
    deviceName: "/dev/xvda",
    ebs: { volumeSize: sizeGiB, volumeType: "gp3", deleteOnTermination: true, encrypted: true },
  };
}
