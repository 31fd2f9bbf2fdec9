import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  Progress
} from "./chunk-VJMQ2UOD.js";
import {
  systemClock
} from "./chunk-B752TP6F.js";
import {
  createAwsFactory
} from "./chunk-ADTSLEO7.js";
import {
  AmipipeError,
  messageOf
} from "./chunk-WPO6EQZK.js";

// src/ports/http.ts
var fetchHttp = {
  async get({ url, timeoutMs }) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      return { status: response.status };
    } catch (error) {
      const cause = error.cause?.code;
      const message = error instanceof Error ? error.message : String(error);
      return { status: 0, error: cause ? `${cause}: ${message}` : message };
    }
  }
};

// src/commands/context.ts
async function createContext({ global, env, sinks }) {
  if (global.sim) {
    const { openSimSession, sessionEngine } = await import("./session-NKVAM3QN.js");
    const { simulatedHttp } = await import("./http-KSOLMGM6.js");
    const session = await openSimSession({ file: global.sim, faults: global.faults, root: global.root });
    return {
      root: global.root,
      clock: session.clock,
      progress: new Progress(session.clock, sinks),
      aws: session.aws,
      env,
      http: simulatedHttp(() => sessionEngine(session)),
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
    env,
    http: fetchHttp
  };
}

// src/commands/registry.ts
var commandLoaders = {
  validate: () => import("./validate-AOODPEFC.js").then((m) => m.validate),
  compile: () => import("./compile-QWSKIZIE.js").then((m) => m.compile),
  "plan-recipe": () => import("./plan-recipe-2IHG7XKH.js").then((m) => m.planRecipe),
  bake: () => import("./bake-MYU6JGJC.js").then((m) => m.bake),
  rebake: () => import("./rebake-YTILBPEG.js").then((m) => m.rebake),
  promote: () => import("./promote-LPWXK6DY.js").then((m) => m.promote),
  rollback: () => import("./rollback-PGLW3WF4.js").then((m) => m.rollback),
  reconcile: () => import("./reconcile-B6P2LPUK.js").then((m) => m.reconcile),
  verify: () => import("./verify-VVAIR7K3.js").then((m) => m.verify),
  status: () => import("./status-Z3RB7LMM.js").then((m) => m.status),
  survey: () => import("./survey-BAF7XOST.js").then((m) => m.survey),
  parity: () => import("./parity-I4LRVXQU.js").then((m) => m.parity),
  "recipe-from-survey": () => import("./recipe-from-survey-D3HUFAJB.js").then((m) => m.recipeFromSurvey),
  gc: () => import("./gc-NCMXTSO6.js").then((m) => m.gc),
  "iam-policy": () => import("./iam-policy-ZZSHNBB3.js").then((m) => m.iamPolicy),
  diagram: () => import("./diagram-PP6S7NUG.js").then((m) => m.diagram),
  "sim init": () => import("./sim-init-Z2ID2GKM.js").then((m) => m.simInit),
  "github setup": () => import("./github-setup-MMUZ3B7P.js").then((m) => m.githubSetup),
  demo: () => import("./demo-26LNDUAZ.js").then((m) => m.demo)
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
