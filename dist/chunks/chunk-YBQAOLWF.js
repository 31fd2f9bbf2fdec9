import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  createContext
} from "./chunk-HBGMIR2M.js";
import {
  AmipipeError,
  messageOf
} from "./chunk-WPO6EQZK.js";

// src/commands/registry.ts
var commandLoaders = {
  validate: () => import("./validate-53MX2KLS.js").then((m) => m.validate),
  compile: () => import("./compile-WLY4W2LD.js").then((m) => m.compile),
  "plan-recipe": () => import("./plan-recipe-DEUBO4MI.js").then((m) => m.planRecipe),
  bake: () => import("./bake-RY5FDSW4.js").then((m) => m.bake),
  rebake: () => import("./rebake-U3MR3KFY.js").then((m) => m.rebake),
  promote: () => import("./promote-IO232KK4.js").then((m) => m.promote),
  rollback: () => import("./rollback-OP6JSFMY.js").then((m) => m.rollback),
  reconcile: () => import("./reconcile-VCXZ3SRO.js").then((m) => m.reconcile),
  verify: () => import("./verify-5DNSBDG7.js").then((m) => m.verify),
  status: () => import("./status-ULZHLX6Y.js").then((m) => m.status),
  survey: () => import("./survey-OYCLTAVH.js").then((m) => m.survey),
  parity: () => import("./parity-LR4QAYJB.js").then((m) => m.parity),
  "recipe-from-survey": () => import("./recipe-from-survey-F3E5W2DB.js").then((m) => m.recipeFromSurvey),
  gc: () => import("./gc-54V5IPWU.js").then((m) => m.gc),
  "iam-policy": () => import("./iam-policy-7HGZJMEW.js").then((m) => m.iamPolicy),
  diagram: () => import("./diagram-GYLV273O.js").then((m) => m.diagram),
  "sim init": () => import("./sim-init-54TKJUYD.js").then((m) => m.simInit),
  "github setup": () => import("./github-setup-G363OI3T.js").then((m) => m.githubSetup),
  demo: () => import("./demo-B43FYHLZ.js").then((m) => m.demo)
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
