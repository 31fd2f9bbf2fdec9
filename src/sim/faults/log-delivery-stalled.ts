import { agentNamed } from "./agents.js";
import { defineFault, nameArgument } from "./fault.js";

export const logDeliveryStalled = defineFault({
  name: "log-delivery-stalled",
  argument: nameArgument("log-delivery-stalled", "AGENT"),
  help: "the agent runs but delivers nothing (retries grow)",
  effects: (wanted) => ({
    alterNewInstance: (facts) => {
      const agent = agentNamed(facts, wanted);
      if (!agent) return facts;
      return {
        ...facts,
        monitors: facts.monitors.map((m) => (m.service === agent.service ? { ...m, stalled: true } : m)),
      };
    },
  }),
});
