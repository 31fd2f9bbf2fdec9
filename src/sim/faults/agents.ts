import type { InstanceFacts, SimAgent } from "../host/facts.js";

/** The agent of a host a fault argument names: by agent, package or unit name ("newrelic" too). */
export function agentNamed(facts: InstanceFacts, wanted: string): SimAgent | undefined {
  const name = wanted === "newrelic" ? "newrelic-infra" : wanted;
  return facts.agents.find((a) => a.name === name || a.package === name || a.service === name);
}
