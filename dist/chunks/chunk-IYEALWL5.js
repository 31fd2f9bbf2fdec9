import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  rolloutFinding
} from "./chunk-H3EWHKZH.js";
import {
  chunks
} from "./chunk-OKTVBVYZ.js";
import {
  require_dist_cjs
} from "./chunk-5QRSPSR7.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/rollout/preflight.ts
var import_client_ssm = __toESM(require_dist_cjs(), 1);
function recipeParameters(recipe) {
  const refs = [];
  const license = recipe.agents["newrelic-infra"]?.license;
  if (license) refs.push({ parameter: parameterName(license), field: "agents.newrelic-infra.license" });
  for (const user of recipe.users.create) {
    if (user.sshKeys)
      refs.push({ parameter: parameterName(user.sshKeys), field: `users.create[${user.name}].sshKeys` });
  }
  return refs;
}
var NAMES_PER_CALL = 10;
async function missingParameters(aws, o) {
  const names = [...new Set(o.refs.map((r) => r.parameter))];
  const missing = /* @__PURE__ */ new Set();
  for (const batch of chunks(names, NAMES_PER_CALL)) {
    const answer = await aws.ssm(o.region).send(new import_client_ssm.GetParametersCommand({ Names: batch }));
    for (const name of answer.InvalidParameters ?? []) missing.add(name);
  }
  return o.refs.filter((r) => missing.has(r.parameter)).map(
    (r) => rolloutFinding({
      name: "preflight:ssm-parameter",
      level: "environment",
      target: o.environment,
      summary: `SSM parameter ${r.parameter} (recipe ${o.recipe}, ${r.field}) does not exist in ${o.region}`,
      evidence: { parameter: r.parameter, field: r.field, region: o.region }
    })
  );
}
function parameterName(ref) {
  return ref.slice("ssm:".length);
}

export {
  recipeParameters,
  missingParameters
};
