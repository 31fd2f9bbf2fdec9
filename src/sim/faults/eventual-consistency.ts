import { defineFault, durationArgument } from "./fault.js";

/**
 * Sets the lag of eventual consistency (the simulator always has one: see
 * src/sim/consistency.ts for the default and the AWS documentation it follows).
 */
export const eventualConsistency = defineFault({
  name: "eventual-consistency",
  argument: durationArgument("eventual-consistency"),
  help: "what a call creates or changes shows in describes/lists only after DURATION",
  effects: (lag) => ({ consistencyLagMs: lag }),
});
