import { defineFault, nameArgument } from "./fault.js";

export const serviceNotEnabled = defineFault({
  name: "service-not-enabled",
  argument: nameArgument("service-not-enabled", "NAME"),
  help: "NAME is running after build but not enabled at boot",
  effects: (name) => ({
    alterNewInstance: (facts) => ({
      ...facts,
      services: facts.services.map((s) =>
        s.name === name ? { ...s, enabled: "disabled", active: "active" } : s,
      ),
    }),
  }),
});
