import { simulatedHttp } from "../../src/sim/http.js";
import type { World } from "../rollout/world.js";

/** The world with HTTP to the simulated load balancer, as `--sim` gives every command. */
export function withHttp(world: World): World {
  return { ...world, ctx: { ...world.ctx, http: simulatedHttp(() => world.sim.engine) } };
}
