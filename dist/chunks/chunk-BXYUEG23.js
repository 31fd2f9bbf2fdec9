import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  rolloutFinding
} from "./chunk-DOMKHADK.js";
import {
  chunks,
  collectPages
} from "./chunk-OKTVBVYZ.js";
import {
  require_dist_cjs
} from "./chunk-CXZE2OG5.js";
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
var NAMES_PER_CALL = 50;
async function missingParameters(aws, o) {
  const names = [...new Set(o.refs.map((r) => r.parameter))];
  const found = /* @__PURE__ */ new Set();
  for (const batch of chunks(names, NAMES_PER_CALL)) {
    const parameters = await collectPages(async (token) => {
      const page = await aws.ssm(o.region).send(
        new import_client_ssm.DescribeParametersCommand({
          ParameterFilters: [{ Key: "Name", Option: "Equals", Values: batch }],
          MaxResults: 50,
          ...token ? { NextToken: token } : {}
        })
      );
      return { items: page.Parameters, next: page.NextToken };
    });
    for (const p of parameters) if (p.Name) found.add(p.Name);
  }
  const missing = new Set(names.filter((n) => !found.has(n)));
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
