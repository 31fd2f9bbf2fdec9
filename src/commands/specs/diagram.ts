import { z } from "zod";
import { defineCommand } from "../spec.js";

export const diagramCommand = defineCommand({
  name: "diagram",
  summary: "Mermaid diagram of recipes → images → environments → fleets",
  input: z.object({}),
  aws: ["ec2", "elbv2", "autoscaling"],
  run: () => import("../diagram.js").then((m) => m.diagram),
});
