import type { Environment } from "./schema.js";

/** `rollout.maxSurge` as a number of instances for the environment's fleet (at least one). */
export function surgeCount(env: Pick<Environment, "rollout" | "fleet">): number {
  const surge = env.rollout.maxSurge;
  const count =
    typeof surge === "number" ? surge : Math.ceil((Number(surge.slice(0, -1)) / 100) * env.fleet.count);
  return Math.max(1, count);
}
