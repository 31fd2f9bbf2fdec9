import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  Progress
} from "./chunk-VJMQ2UOD.js";
import {
  systemClock
} from "./chunk-B752TP6F.js";
import {
  createAwsFactory
} from "./chunk-GI3TUJUQ.js";
import {
  AmipipeError,
  messageOf
} from "./chunk-WPO6EQZK.js";

// src/commands/context.ts
async function createContext({ global, env, sinks }) {
  if (global.sim) {
    const { openSimSession } = await import("./session-ISTTENXL.js");
    const session = await openSimSession({ file: global.sim, faults: global.faults, root: global.root });
    return {
      root: global.root,
      clock: session.clock,
      progress: new Progress(session.clock, sinks),
      aws: session.aws,
      env,
      sim: { ...session, file: global.sim }
    };
  }
  if (global.faults.length > 0) {
    const { UsageError } = await import("./errors-4PK35L6D.js");
    throw new UsageError("--fault needs the simulator (--sim FILE or AMIPIPE_SIM)");
  }
  return {
    root: global.root,
    clock: systemClock,
    progress: new Progress(systemClock, sinks),
    aws: createAwsFactory(),
    env
  };
}

// src/commands/registry.ts
var commandLoaders = {
  validate: () => import("./validate-FDB2D7KW.js").then((m) => m.validate),
  compile: () => import("./compile-NVTF2FA5.js").then((m) => m.compile),
  "plan-recipe": () => import("./plan-recipe-YNZMZ67K.js").then((m) => m.planRecipe),
  bake: () => import("./bake-PHCP45D4.js").then((m) => m.bake),
  rebake: () => import("./rebake-JSDLIHON.js").then((m) => m.rebake),
  promote: () => import("./promote-Y5QIYGRY.js").then((m) => m.promote),
  rollback: () => import("./rollback-EZ7GO7QP.js").then((m) => m.rollback),
  reconcile: () => import("./reconcile-2SNW2LN7.js").then((m) => m.reconcile),
  verify: () => import("./verify-SFJFKGEF.js").then((m) => m.verify),
  status: () => import("./status-4IMUSBN2.js").then((m) => m.status),
  survey: () => import("./survey-7MXX2KYQ.js").then((m) => m.survey),
  parity: () => import("./parity-A63IQQ23.js").then((m) => m.parity),
  "recipe-from-survey": () => import("./recipe-from-survey-RA7Z2EMI.js").then((m) => m.recipeFromSurvey),
  gc: () => import("./gc-F22CMXF5.js").then((m) => m.gc),
  "iam-policy": () => import("./iam-policy-733CRFCI.js").then((m) => m.iamPolicy),
  diagram: () => import("./diagram-II4DI5T4.js").then((m) => m.diagram),
  "sim init": () => import("./sim-init-QOGPQZPA.js").then((m) => m.simInit),
  "github setup": () => import("./github-setup-MGPB3A6Y.js").then((m) => m.githubSetup),
  demo: () => import("./demo-WFPHUNU3.js").then((m) => m.demo)
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
    if (error instanceof AmipipeError) return { exitCode: error.exitCode, error, errorMessage: error.message };
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
  createContext,
  commandLoaders,
  execute
};
