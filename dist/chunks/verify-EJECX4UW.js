import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  createRolloutVerifier,
  expectationsFromRecipe
} from "./chunk-KVX4BN4K.js";
import "./chunk-IGZSQQBH.js";
import "./chunk-HWXOPVVO.js";
import "./chunk-FC66HR4N.js";
import "./chunk-KD44KZX5.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-MAB7OMU6.js";
import "./chunk-ZCDM74UX.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import {
  TAG
} from "./chunk-2BTEB6CI.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-HE7ZY7HS.js";
import "./chunk-X6XA3Y4X.js";
import "./chunk-ZRIABQBG.js";
import "./chunk-UFVNQ4V6.js";
import {
  require_dist_cjs
} from "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
import "./chunk-NRMTDQN5.js";
import "./chunk-IVT7V2TT.js";
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

// src/commands/verify.ts
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
  const described = await ec2.send(
    new import_client_ec2.DescribeInstancesCommand({
      Filters: [
        { Name: `tag:${TAG.environment}`, Values: [env.name] },
        { Name: "instance-state-name", Values: ["running"] }
      ]
    })
  );
  const running = (described.Reservations ?? []).flatMap((r) => r.Instances ?? []).flatMap((i) => i.InstanceId && i.ImageId ? [{ instance: i.InstanceId, ami: i.ImageId }] : []);
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
  const passed = checks.every((c) => c.passed);
  const lines = [formatChecks(checks), ""];
  if (notFromRecipe.length > 0)
    lines.push(
      `not baked from recipe ${env.recipe} (only environment checks): ${notFromRecipe.map((i) => `${i.instance} (${i.ami})`).join(", ")}`
    );
  lines.push(
    `${env.name}: ${passed ? "all checks passed" : `${checks.filter((c) => !c.passed).length} finding(s)`} on ${running.length} instance(s)`
  );
  return {
    ok: passed,
    data: { environment: env.name, checks, passed, notFromRecipe },
    text: lines.join("\n")
  };
}
export {
  verify
};
