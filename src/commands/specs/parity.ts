import { z } from "zod";
import { argument, defineCommand, option } from "../spec.js";

export const parityCommand = defineCommand({
  name: "parity",
  summary: "findings for anything the old server ran that the new one lacks",
  input: z.object({
    old: argument("OLD", "the old server's inventory JSON"),
    new: argument("NEW", "the new server's inventory JSON"),
    recipe: option("apply this recipe's parity waivers", { kind: "recipe", value: "name" }),
  }),
  run: () => import("../parity.js").then((m) => m.parity),
});
