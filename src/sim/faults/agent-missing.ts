import { agentNamed } from "./agents.js";
import { defineFault, nameArgument } from "./fault.js";

/** Users an agent's package creates. */
const AGENT_USERS: Record<string, string[]> = { fluentd: ["_fluentd"] };

export const agentMissing = defineFault({
  name: "agent-missing",
  argument: nameArgument("agent-missing", "AGENT"),
  help: "the agent is absent from new instances",
  effects: (wanted) => ({
    // As if the install step had been left out: no package, unit, process, port, user or monitor.
    alterNewInstance: (facts) => {
      const agent = agentNamed(facts, wanted);
      if (!agent) return facts;
      const users = new Set(AGENT_USERS[agent.name] ?? []);
      return {
        ...facts,
        agents: facts.agents.filter((a) => a !== agent),
        services: facts.services.filter((s) => s.name !== agent.service),
        processes: facts.processes.filter((p) => p.service !== agent.service),
        ports: facts.ports.filter((p) => p.service !== agent.service),
        packages: facts.packages.filter((p) => p.name !== agent.package),
        monitors: facts.monitors.filter((m) => m.service !== agent.service),
        users: facts.users.filter((u) => !users.has(u.name)),
      };
    },
  }),
});
