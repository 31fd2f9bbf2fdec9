import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  createContext
} from "./chunk-WYZ7QDZ3.js";
import {
  AmipipeError,
  messageOf
} from "./chunk-WPO6EQZK.js";

// src/commands/registry.ts
var commandLoaders = {
  validate: () => import("./validate-53MX2KLS.js").then((m) => m.validate),
  compile: () => import("./compile-KOOTLDQM.js").then((m) => m.compile),
  "plan-recipe": () => import("./plan-recipe-5HETK6LS.js").then((m) => m.planRecipe),
  bake: () => import("./bake-HXUHWFNA.js").then((m) => m.bake),
  rebake: () => import("./rebake-EM3VLVNS.js").then((m) => m.rebake),
  promote: () => import("./promote-K3OINTLO.js").then((m) => m.promote),
  rollback: () => import("./rollback-KRYOB6HM.js").then((m) => m.rollback),
  reconcile: () => import("./reconcile-KVW4JXNT.js").then((m) => m.reconcile),
  verify: () => import("./verify-EJECX4UW.js").then((m) => m.verify),
  status: () => import("./status-UQAXTWRA.js").then((m) => m.status),
  survey: () => import("./survey-T4QJF52N.js").then((m) => m.survey),
  parity: () => import("./parity-NCBPNM6J.js").then((m) => m.parity),
  "recipe-from-survey": () => import("./recipe-from-survey-5N5X4PWA.js").then((m) => m.recipeFromSurvey),
  gc: () => import("./gc-54V5IPWU.js").then((m) => m.gc),
  "iam-policy": () => import("./iam-policy-SBUP5K4F.js").then((m) => m.iamPolicy),
  diagram: () => import("./diagram-GYLV273O.js").then((m) => m.diagram),
  "sim init": () => import("./sim-init-CGC4FNNR.js").then((m) => m.simInit),
  "github setup": () => import("./github-setup-G363OI3T.js").then((m) => m.githubSetup),
  demo: () => import("./demo-MHGHQT6U.js").then((m) => m.demo)
};

// src/commands/run.ts
async function execute({ command, input, global, env, sinks }) {
  const load = commandLoaders[command];
  if (!load) return { exitCode: 2, errorMessage: `unknown command: ${command}` };
  let ctx;
  try {
    ctx = await createContext({ global, env, sinks });
    const fn = await load();
    const result = await fn(ctx, input);
    await ctx.sim?.save();
    return { exitCode: result.ok ? 0 : 1, result };
  } catch (error) {
    if (ctx?.sim && !(error instanceof AmipipeError && error.exitCode === 2)) await ctx.sim.save();
    if (error instanceof AmipipeError)
      return { exitCode: error.exitCode, error, errorMessage: error.message };
    const err = error instanceof Error ? error : new Error(messageOf(error));
    return { exitCode: 1, error: err, errorMessage: describeUnexpected(err) };
  }
}
function describeUnexpected(error) {
  const meta = error.$metadata;
  const name = error.name && error.name !== "Error" ? `${error.name}: ` : "";
  const status = meta?.httpStatusCode ? ` (HTTP ${meta.httpStatusCode})` : "";
  return `${name}${error.message}${status}`;
}

export {
  commandLoaders,
  execute
};
