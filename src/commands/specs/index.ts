import type { AnyCommandSpec } from "../spec.js";
import { bakeCommand } from "./bake.js";
import { changedPinsCommand } from "./changed-pins.js";
import { compileCommand } from "./compile.js";
import { demoCommand } from "./demo.js";
import { diagramCommand } from "./diagram.js";
import { gcCommand } from "./gc.js";
import { githubSetupCommand } from "./github-setup.js";
import { iamPolicyCommand } from "./iam-policy.js";
import { parityCommand } from "./parity.js";
import { planRecipeCommand } from "./plan-recipe.js";
import { promoteCommand } from "./promote.js";
import { rebakeCommand } from "./rebake.js";
import { recipeFromSurveyCommand } from "./recipe-from-survey.js";
import { reconcileCommand } from "./reconcile.js";
import { rollbackCommand } from "./rollback.js";
import { simInitCommand } from "./sim-init.js";
import { statusCommand } from "./status.js";
import { surveyCommand } from "./survey.js";
import { validateCommand } from "./validate.js";
import { verifyCommand } from "./verify.js";

/** Every command, in the order --help and action.yml list them. */
export const COMMANDS: readonly AnyCommandSpec[] = [
  validateCommand,
  compileCommand,
  planRecipeCommand,
  bakeCommand,
  rebakeCommand,
  promoteCommand,
  rollbackCommand,
  reconcileCommand,
  verifyCommand,
  statusCommand,
  surveyCommand,
  parityCommand,
  recipeFromSurveyCommand,
  gcCommand,
  changedPinsCommand,
  iamPolicyCommand,
  diagramCommand,
  simInitCommand,
  githubSetupCommand,
  demoCommand,
];
