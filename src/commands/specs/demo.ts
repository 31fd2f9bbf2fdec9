import { z } from "zod";
import { SERVICE_NAMES } from "../../aws/clients.js";
import { defineCommand, option } from "../spec.js";

export const demoCommand = defineCommand({
  name: "demo",
  summary: "the whole pipeline on the simulator: bake → dev → staging → prod → rollback",
  input: z.object({
    state: option("keep the simulator state here", { value: "file" }),
  }),
  // The demo runs on its own simulator, which answers every service.
  aws: SERVICE_NAMES,
  run: () => import("../demo.js").then((m) => m.demo),
});
