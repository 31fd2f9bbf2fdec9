import { GetParametersCommand } from "@aws-sdk/client-ssm";
import type { AwsFactory } from "../aws/clients.js";
import { chunks } from "../aws/pagination.js";
import type { Recipe } from "../config/schema.js";
import type { Finding } from "../ports/verifier.js";
import { rolloutFinding } from "./failure.js";

/** An SSM parameter a recipe reads at boot, and the recipe field that names it. */
export interface ParameterReference {
  /** The parameter's name, e.g. /web/newrelic/license. */
  parameter: string;
  /** The recipe field, e.g. agents.newrelic-infra.license. */
  field: string;
}

/** Every `ssm:/…` parameter the recipe's instances read at boot (agents' licenses, users' SSH keys). */
export function recipeParameters(recipe: Recipe): ParameterReference[] {
  const refs: ParameterReference[] = [];
  const license = recipe.agents["newrelic-infra"]?.license;
  if (license) refs.push({ parameter: parameterName(license), field: "agents.newrelic-infra.license" });
  for (const user of recipe.users.create) {
    if (user.sshKeys)
      refs.push({ parameter: parameterName(user.sshKeys), field: `users.create[${user.name}].sshKeys` });
  }
  return refs;
}

/** GetParameters accepts up to 10 names per call. */
const NAMES_PER_CALL = 10;

/**
 * The references whose parameter does not exist in the region, as findings. Asks for names
 * only (no WithDecryption): the toolkit needs to know a secret is there, never its value.
 */
export async function missingParameters(
  aws: AwsFactory,
  o: { region: string; recipe: string; environment: string; refs: readonly ParameterReference[] },
): Promise<Finding[]> {
  const names = [...new Set(o.refs.map((r) => r.parameter))];
  const missing = new Set<string>();
  for (const batch of chunks(names, NAMES_PER_CALL)) {
    const answer = await aws.ssm(o.region).send(new GetParametersCommand({ Names: batch }));
    for (const name of answer.InvalidParameters ?? []) missing.add(name);
  }
  return o.refs
    .filter((r) => missing.has(r.parameter))
    .map((r) =>
      rolloutFinding({
        name: "preflight:ssm-parameter",
        level: "environment",
        target: o.environment,
        summary: `SSM parameter ${r.parameter} (recipe ${o.recipe}, ${r.field}) does not exist in ${o.region}`,
        evidence: { parameter: r.parameter, field: r.field, region: o.region },
      }),
    );
}

function parameterName(ref: string): string {
  return ref.slice("ssm:".length);
}
