import type { Outcome } from "../commands/run.js";
import { factsOf, findingsOf } from "./result-facts.js";

/** The action's documented outputs (action.yml declares the same names; a test keeps them equal). */
export const ACTION_OUTPUTS = [
  "result",
  "exit-code",
  "amis",
  "ami",
  "recipe-hash",
  "skipped",
  "pins",
  "findings",
  "environments",
  "promotable",
  "pin-commit",
  "deployment-id",
  "evidence-file",
] as const;

export type ActionOutputName = (typeof ACTION_OUTPUTS)[number];

/** Outputs derived from the command's outcome alone (the GitHub side adds pin-commit, deployment-id, evidence-file). */
export function commandOutputs(outcome: Outcome): Partial<Record<ActionOutputName, string>> {
  const facts = factsOf(outcome);
  const amis = facts.amis ?? [];
  const outputs: Partial<Record<ActionOutputName, string>> = {
    "exit-code": String(outcome.exitCode),
    result: JSON.stringify(
      outcome.result ? outcome.result.data : { error: { message: outcome.errorMessage ?? "" } },
    ),
    amis: JSON.stringify(amis),
    pins: JSON.stringify(facts.pinChanges ?? []),
    findings: JSON.stringify(
      findingsOf(outcome).map((f) => ({
        name: f.name,
        level: f.level,
        target: f.target,
        summary: f.summary,
      })),
    ),
  };
  if (amis[0]) outputs.ami = amis[0].ami;
  if (facts.recipeHash !== undefined) outputs["recipe-hash"] = facts.recipeHash;
  if (facts.skipped !== undefined) outputs.skipped = String(facts.skipped);
  if (facts.changedEnvironments) outputs.environments = JSON.stringify(facts.changedEnvironments);
  return outputs;
}
