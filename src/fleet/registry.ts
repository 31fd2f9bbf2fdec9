import { UsageError } from "../errors.js";
import type { FleetDriver } from "./driver.js";

/**
 * Fleet drivers by `fleet.kind`, loaded when an environment of that kind is converged (the
 * planner and the app layer never know which kind they drive).
 */
const DRIVERS: Record<string, () => Promise<FleetDriver>> = {
  instances: () => import("./instances/driver.js").then((m) => m.instanceFleetDriver),
  asg: () => import("./asg/driver.js").then((m) => m.autoScalingFleetDriver),
};

export const FLEET_KINDS = Object.keys(DRIVERS);

export async function fleetDriver(kind: string): Promise<FleetDriver> {
  const load = DRIVERS[kind];
  if (!load) throw new UsageError(`unknown fleet kind '${kind}' (known: ${FLEET_KINDS.join(", ")})`);
  return load();
}
