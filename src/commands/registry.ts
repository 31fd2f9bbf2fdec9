import type { CommandResult, Ports } from "./context.js";

// biome-ignore lint/suspicious/noExplicitAny: each command declares its own input type.
type CommandFn = (ctx: Ports, input: any) => Promise<CommandResult>;

/**
 * Every command, lazily loaded so start-up stays fast. The CLI and the GitHub Action both
 * dispatch through this table; each module exports the function named here.
 */
export const commandLoaders: Record<string, () => Promise<CommandFn>> = {
  validate: () => import("./validate.js").then((m) => m.validate),
  compile: () => import("./compile.js").then((m) => m.compile),
  "plan-recipe": () => import("./plan-recipe.js").then((m) => m.planRecipe),
  bake: () => import("./bake.js").then((m) => m.bake),
  rebake: () => import("./rebake.js").then((m) => m.rebake),
  promote: () => import("./promote.js").then((m) => m.promote),
  rollback: () => import("./rollback.js").then((m) => m.rollback),
  reconcile: () => import("./reconcile.js").then((m) => m.reconcile),
  verify: () => import("./verify.js").then((m) => m.verify),
  status: () => import("./status.js").then((m) => m.status),
  survey: () => import("./survey.js").then((m) => m.survey),
  parity: () => import("./parity.js").then((m) => m.parity),
  "recipe-from-survey": () => import("./recipe-from-survey.js").then((m) => m.recipeFromSurvey),
  gc: () => import("./gc.js").then((m) => m.gc),
  "changed-pins": () => import("./changed-pins.js").then((m) => m.changedPins),
  "iam-policy": () => import("./iam-policy.js").then((m) => m.iamPolicy),
  bootstrap: () => import("./bootstrap.js").then((m) => m.bootstrap),
  diagram: () => import("./diagram.js").then((m) => m.diagram),
  "sim init": () => import("./sim-init.js").then((m) => m.simInit),
  "github setup": () => import("./github-setup.js").then((m) => m.githubSetup),
  demo: () => import("./demo.js").then((m) => m.demo),
};

export type CommandName = keyof typeof commandLoaders;
