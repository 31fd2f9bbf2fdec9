import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  allRoles,
  rolePolicies
} from "./chunk-THWCHQED.js";
import "./chunk-INNCXB3H.js";
import "./chunk-64O4RD3C.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-EIDDBT4Z.js";
import "./chunk-565DV32U.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-RIJM7CS5.js";
import {
  loadProject
} from "./chunk-KOJ5FIOR.js";
import "./chunk-JKHJW5WV.js";
import "./chunk-FXIBIJX2.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-OOMH36IZ.js";
import "./chunk-GWXWFI4Q.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-5QRSPSR7.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import "./chunk-AESBZ24B.js";
import "./chunk-SIRB34BK.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
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
