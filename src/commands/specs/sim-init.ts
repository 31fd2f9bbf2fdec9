import { z } from "zod";
import { SERVICE_NAMES } from "../../aws/clients.js";
import { defineCommand } from "../spec.js";

export const simInitCommand = defineCommand({
  name: "sim init",
  summary: "create the simulator state from sim/world.yml under the config root",
  input: z.object({}),
  // It writes the simulator's state, which answers every service.
  aws: SERVICE_NAMES,
  session: true,
  run: () => import("../sim-init.js").then((m) => m.simInit),
});
