import { environmentsInOrder, type Project } from "../config/load.js";
import { messageOf } from "../errors.js";
import type { Ports } from "../ports/context.js";
import { type PackageLookup, recordedPackages, surveyServingPackages } from "./evidence-packages.js";

/** An environment a pin command may re-pin, with the pin it holds before the command runs. */
export interface PinAtStake {
  environment: string;
  region: string;
  targetGroup: string;
  ami: string;
}

/** Which environment each pin command may re-pin: the one it names, or (rebake) the recipe's first stage. */
export function pinsAtStake(project: Project, command: string, input: Record<string, unknown>): PinAtStake[] {
  let name: string | undefined;
  if ((command === "promote" || command === "rollback") && typeof input.env === "string") name = input.env;
  if (command === "rebake" && typeof input.recipe === "string")
    name = environmentsInOrder(project).find((e) => e.env.recipe === input.recipe)?.env.name;
  const env = name ? project.environments.get(name)?.env : undefined;
  // Nothing at stake without a pin, or when the command names the AMI already pinned.
  if (!env?.pin.ami || input.ami === env.pin.ami || input.to === env.pin.ami) return [];
  return [
    { environment: env.name, region: env.region, targetGroup: env.fleet.targetGroup, ami: env.pin.ami },
  ];
}

/**
 * Package lists of the pins at stake that no manifest or Image Builder record holds, surveyed
 * from the environment's serving instances while they still run that pin (the command may
 * replace them). Keyed by AMI; pins with a recorded list are left to the evidence to read.
 */
export async function surveyPinsAtStake(
  ctx: Ports,
  pins: readonly PinAtStake[],
): Promise<Map<string, PackageLookup>> {
  const found = new Map<string, PackageLookup>();
  for (const pin of pins) {
    if (found.has(pin.ami)) continue;
    try {
      if (await recordedPackages(ctx.aws, { root: ctx.root, region: pin.region, ami: pin.ami })) continue;
    } catch (error) {
      ctx.progress.warn(
        `evidence ${pin.environment}`,
        `cannot read the package list of ${pin.ami}: ${messageOf(error)}`,
      );
    }
    found.set(pin.ami, await surveyServingPackages(ctx, pin));
  }
  return found;
}
