import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  allRoles,
  rolePolicies
} from "./chunk-KBTEVWHN.js";
import "./chunk-4VLGMKWT.js";
import "./chunk-J523DA24.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-BXYUEG23.js";
import "./chunk-DUHWOJWS.js";
import "./chunk-I6SAK64H.js";
import "./chunk-W5NYEKSD.js";
import "./chunk-WOQP25UV.js";
import "./chunk-VZVMQFDZ.js";
import {
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-4HLE3N6X.js";
import "./chunk-CXZE2OG5.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/iam-policy.ts
var OTHER_ROLES = ["bake", "gc", "verify"];
async function iamPolicy(ctx, input) {
  const project = await loadProject(ctx.root);
  const names = [...project.environments.keys()].sort();
  if (input.env && input.role) throw new UsageError("give --env ENV or --role ROLE, not both");
  if (input.env && !project.environments.has(input.env))
    throw new UsageError(`unknown environment "${input.env}" (known: ${names.join(", ")})`);
  if (input.role && !OTHER_ROLES.includes(input.role))
    throw new UsageError(`unknown role "${input.role}" (known: ${OTHER_ROLES.join(", ")}; or --env ENV)`);
  const refs = input.env ? [{ kind: "environment", environment: input.env }] : input.role ? [{ kind: input.role }] : allRoles(names);
  const policies = await rolePolicies(
    { aws: ctx.aws, progress: ctx.progress, project, allowWildcards: input.allowWildcards === true },
    refs
  );
  if (refs.length === 1) {
    const policy = policies[0].policy;
    return { ok: true, data: policy, text: JSON.stringify(policy, null, 2) };
  }
  const data = {
    roles: policies.map(({ role, purpose, policy }) => ({ role, purpose, policy }))
  };
  return { ok: true, data, text: describeAll(policies) };
}
function describeAll(policies) {
  return policies.map((p) => `# ${p.role}: ${p.purpose}
${JSON.stringify(p.policy, null, 2)}`).join("\n\n");
}
export {
  iamPolicy
};
