import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  createRolloutVerifier,
  expectationsFromRecipe,
  foldAgentConsequences
} from "./chunk-DLH7D4F4.js";
import "./chunk-EWNFG6EC.js";
import "./chunk-AHXN3YWG.js";
import "./chunk-ALZQZS56.js";
import "./chunk-QB6V435S.js";
import "./chunk-J523DA24.js";
import {
  TAG
} from "./chunk-DUHWOJWS.js";
import "./chunk-DNS2OHZ2.js";
import "./chunk-VW3YBTYP.js";
import {
  describeInstancesById,
  describeInstancesWhere
} from "./chunk-W5NYEKSD.js";
import {
  observeTargetGroups
} from "./chunk-WOQP25UV.js";
import "./chunk-VZVMQFDZ.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-DOMKHADK.js";
import "./chunk-OKTVBVYZ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import {
  require_dist_cjs
} from "./chunk-CLJXRIPF.js";
import "./chunk-4HLE3N6X.js";
import "./chunk-CXZE2OG5.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";
import "./chunk-MJU6FAWD.js";
import "./chunk-FR6JYSTS.js";
import "./chunk-QLIKJFV2.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/commands/verify.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);

// src/verify/table.ts
function formatChecks(checks) {
  const rows = checks.map((c) => [c.name, c.target, c.passed ? "pass" : "FAIL", c.summary]);
  const header = ["check", "target", "result", "evidence"];
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (r) => [...r.slice(0, 3).map((cell, i) => cell.padEnd(widths[i])), r[3]].join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}
function verifyHeadline(o) {
  const findings = o.checks.filter((c) => !c.passed).length;
  const skipped = o.notFromRecipe.length;
  let verdict;
  if (o.checked > 0 && skipped === 0)
    verdict = findings === 0 ? `all checks passed on ${o.checked} instance(s)` : `${findings} finding(s) on ${o.checked} instance(s)`;
  else if (o.checked > 0)
    verdict = findings === 0 ? `environment checks and instance checks on ${o.checked} instance(s) baked from recipe ${o.recipe} passed` : `${findings} finding(s) from environment checks and instance checks on ${o.checked} instance(s)`;
  else
    verdict = findings === 0 ? "environment checks passed" : `${findings} finding(s) from environment checks`;
  const amis = [...new Set(o.notFromRecipe.map((i) => i.ami))].join(", ");
  const rest = skipped > 0 ? `; instance checks skipped on ${skipped} instance(s) not baked from recipe ${o.recipe} (${amis})` : o.checked === 0 ? "; no running instance to run instance checks on" : "";
  return `${o.environment}: ${verdict}${rest}`;
}

// src/commands/verify.ts
async function runningInstances(ctx, env) {
  const tagged = await describeInstancesWhere(ctx.aws, env.region, [
    { Name: `tag:${TAG.environment}`, Values: [env.name] },
    { Name: "instance-state-name", Values: ["running"] }
  ]);
  const known = new Set(tagged.map((i) => i.InstanceId));
  let registered = [];
  try {
    const group = (await observeTargetGroups(ctx.aws, env.region, [env.fleet.targetGroup])).get(
      env.fleet.targetGroup
    );
    registered = (group?.targets ?? []).map((t) => t.instanceId).filter((id) => !known.has(id));
  } catch (error) {
    const name = error.name ?? "";
    if (!name.startsWith("TargetGroupNotFound")) throw error;
  }
  const adopted = registered.length > 0 ? [...(await describeInstancesById(ctx.aws, env.region, registered)).values()] : [];
  return [...tagged, ...adopted].filter((i) => i.State?.Name === "running").flatMap((i) => i.InstanceId && i.ImageId ? [{ instance: i.InstanceId, ami: i.ImageId }] : []);
}
var DELIVERY_SAMPLE_GAP_MS = 6e4;
async function verify(ctx, input) {
  const project = await loadProject(ctx.root);
  const loaded = project.environments.get(input.env);
  if (!loaded)
    throw new UsageError(
      `unknown environment '${input.env}' (known: ${[...project.environments.keys()].join(", ")})`
    );
  const env = loaded.env;
  const recipe = project.recipes.get(env.recipe)?.recipe;
  if (!recipe) throw new UsageError(`environment ${env.name} uses unknown recipe '${env.recipe}'`);
  const ec2 = ctx.aws.ec2(env.region);
  const running = await runningInstances(ctx, env);
  const amis = [...new Set(running.map((i) => i.ami))];
  const images = amis.length > 0 ? (await ec2.send(new import_client_ec2.DescribeImagesCommand({ ImageIds: amis }))).Images ?? [] : [];
  const fromRecipe = new Set(
    images.filter((image) => image.Tags?.some((t) => t.Key === TAG.recipe && t.Value === env.recipe)).flatMap((image) => image.ImageId ? [image.ImageId] : [])
  );
  const ids = running.filter((i) => fromRecipe.has(i.ami)).map((i) => i.instance);
  const notFromRecipe = running.filter((i) => !fromRecipe.has(i.ami));
  const verifier = createRolloutVerifier(ctx, {
    project,
    env: loaded,
    stage: { first: environmentsInOrder(project)[0]?.env.name === env.name }
  });
  const checks = ids.length > 0 ? await verifier.instanceChecks(ids, "boot") : [];
  const first = await verifier.soakSample(1);
  const judgesDelivery = ids.length > 0 && expectationsFromRecipe(recipe).agents.some((a) => a.monitorPort !== void 0);
  if (judgesDelivery) {
    ctx.progress.waiting(
      `verify ${env.name}`,
      "second sample of log delivery in a minute",
      "fluentd counters to move"
    );
    await ctx.clock.sleep(DELIVERY_SAMPLE_GAP_MS);
    const second = await verifier.soakSample(2);
    const repeated = new Set(second.map((c) => `${c.name} ${c.target}`));
    checks.push(...first.filter((c) => !c.passed || !repeated.has(`${c.name} ${c.target}`)), ...second);
  } else checks.push(...first);
  const results = foldAgentConsequences(checks);
  const passed = results.every((c) => c.passed);
  const lines = [formatChecks(results), ""];
  if (notFromRecipe.length > 0)
    lines.push(
      `not baked from recipe ${env.recipe} (only environment checks): ${notFromRecipe.map((i) => `${i.instance} (${i.ami})`).join(", ")}`
    );
  lines.push(
    verifyHeadline({
      environment: env.name,
      recipe: env.recipe,
      checks: results,
      checked: ids.length,
      notFromRecipe
    })
  );
  return {
    ok: passed,
    data: { environment: env.name, checks: results, passed, notFromRecipe },
    text: lines.join("\n")
  };
}
export {
  verify
};
