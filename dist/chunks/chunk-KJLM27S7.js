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
    const { openSimSession, sessionEngine } = await import("./session-ZF3NT2C6.js");
    const { simulatedHttp } = await import("./http-GEWOGFVO.js");
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
  validate: () => import("./validate-TCT6SBVT.js").then((m) => m.validate),
  compile: () => import("./compile-UMB4MCYS.js").then((m) => m.compile),
  "plan-recipe": () => import("./plan-recipe-DFY4T23R.js").then((m) => m.planRecipe),
  bake: () => import("./bake-PBF4U47L.js").then((m) => m.bake),
  rebake: () => import("./rebake-PWJL374P.js").then((m) => m.rebake),
  promote: () => import("./promote-VOY3IYP6.js").then((m) => m.promote),
  rollback: () => import("./rollback-E5OI66UJ.js").then((m) => m.rollback),
  reconcile: () => import("./reconcile-TZVPUJBA.js").then((m) => m.reconcile),
  verify: () => import("./verify-EMPRDOP3.js").then((m) => m.verify),
  status: () => import("./status-EQMC4WXN.js").then((m) => m.status),
  survey: () => import("./survey-GUIMH3PM.js").then((m) => m.survey),
  parity: () => import("./parity-Q5WGTWQ6.js").then((m) => m.parity),
  "recipe-from-survey": () => import("./recipe-from-survey-F3E5W2DB.js").then((m) => m.recipeFromSurvey),
  gc: () => import("./gc-XYVEHA27.js").then((m) => m.gc),
  "iam-policy": () => import("./iam-policy-G6GMOSUB.js").then((m) => m.iamPolicy),
  diagram: () => import("./diagram-TW6V5X3I.js").then((m) => m.diagram),
  "sim init": () => import("./sim-init-UW5DPX6Q.js").then((m) => m.simInit),
  "github setup": () => import("./github-setup-UTJP6QA6.js").then((m) => m.githubSetup),
  demo: () => import("./demo-JPQHY73P.js").then((m) => m.demo)
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
