import type { Recipe } from "../config/schema.js";

/** What a recipe promises about a running instance, in the terms the probes report. */
export interface Expectations {
  zone: string;
  /** Services that must be enabled at boot and active (recipe services and agents' units). */
  services: Array<{ name: string; port?: number; enabled: boolean; processes?: string[] }>;
  agents: ExpectedAgent[];
  users: { create: string[]; remove: string[] };
  ssh: { passwordAuthentication: boolean; permitRootLogin: boolean };
}

export interface ExpectedAgent {
  /** As the agents probe names it: fluentd | newrelic-infra. */
  name: string;
  package: string;
  service: string;
  /** The process `ps` shows (comm). */
  process: string;
  /** fluentd's monitor_agent port: listening, and the log-delivery check reads it. */
  monitorPort?: number;
}

export function expectationsFromRecipe(recipe: Recipe): Expectations {
  const agents: ExpectedAgent[] = [];
  const fluentd = recipe.agents.fluentd;
  if (fluentd)
    agents.push({
      name: "fluentd",
      package: "fluent-package",
      service: "fluentd",
      process: "fluentd",
      monitorPort: fluentd.monitorPort,
    });
  if (recipe.agents["newrelic-infra"])
    agents.push({
      name: "newrelic-infra",
      package: "newrelic-infra",
      service: "newrelic-infra",
      process: "newrelic-infra",
    });
  const services: Expectations["services"] = recipe.services.map((s) => ({
    name: s.name,
    ...(s.port === undefined ? {} : { port: s.port }),
    enabled: s.enabled,
    ...(s.processes.length > 0 ? { processes: [...s.processes] } : {}),
  }));
  for (const agent of agents)
    if (!services.some((s) => s.name === agent.service))
      services.push({ name: agent.service, enabled: true });
  return {
    zone: recipe.timezone,
    services,
    agents,
    users: { create: recipe.users.create.map((u) => u.name), remove: recipe.users.remove },
    ssh: {
      passwordAuthentication: recipe.ssh.passwordAuthentication,
      permitRootLogin: recipe.ssh.permitRootLogin,
    },
  };
}
