import { z } from "zod";
import { defineCommand, option, requiredOption } from "../spec.js";

export const surveyCommand = defineCommand({
  name: "survey",
  summary: "gather an inventory from a running server over SSM",
  input: z.object({
    instance: requiredOption("instance id", { kind: "instance", value: "id" }),
    region: option("region (default: the first environment's)", { kind: "region" }),
    out: option("write the inventory JSON here", { value: "file" }),
    probe: option("run this probe instead of inventory (e.g. packages, instance)", { value: "name" }),
  }),
  aws: ["ec2", "ssm"],
  run: () => import("../survey.js").then((m) => m.survey),
});
