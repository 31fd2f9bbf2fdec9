import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  describeInstancesById,
  observeTargetGroups
} from "./chunk-565DV32U.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-KOJ5FIOR.js";

// src/commands/status.ts
var SERVING_STATES = /* @__PURE__ */ new Set(["healthy", "initial"]);
async function status(ctx, _input) {
  const project = await loadProject(ctx.root);
  const envs = environmentsInOrder(project).map((l) => l.env);
  const byRegion = /* @__PURE__ */ new Map();
  for (const env of envs) byRegion.set(env.region, [...byRegion.get(env.region) ?? [], env]);
  const results = /* @__PURE__ */ new Map();
  for (const [region, regionEnvs] of byRegion) {
    const groups = await observeTargetGroups(
      ctx.aws,
      region,
      regionEnvs.map((e) => e.fleet.targetGroup)
    );
    const servingIds = [...groups.values()].flatMap(
      (g) => g.targets.filter((t) => SERVING_STATES.has(t.state)).map((t) => t.instanceId)
    );
    const instances = await describeInstancesById(ctx.aws, region, servingIds);
    for (const env of regionEnvs) {
      const targets = groups.get(env.fleet.targetGroup)?.targets ?? [];
      const serving = targets.filter((t) => SERVING_STATES.has(t.state));
      const amis = [
        ...new Set(
          serving.map((t) => instances.get(t.instanceId)?.ImageId).filter((a) => Boolean(a))
        )
      ].sort();
      const healthy = targets.filter((t) => t.state === "healthy").length;
      const pinned = env.pin.ami;
      results.set(env.name, {
        name: env.name,
        pinned,
        serving: amis,
        healthy,
        desired: env.fleet.count,
        inSync: pinned !== null && amis.length === 1 && amis[0] === pinned && healthy >= env.fleet.count
      });
    }
  }
  const environments = envs.map((e) => results.get(e.name));
  return { ok: true, data: { environments }, text: formatStatusTable(environments) };
}
function formatStatusTable(envs) {
  const rows = [["ENVIRONMENT", "PINNED", "SERVING", "HEALTHY", "IN SYNC"]];
  for (const e of envs)
    rows.push([
      e.name,
      e.pinned ?? "-",
      e.serving.join(",") || "-",
      `${e.healthy}/${e.desired}`,
      e.inSync ? "yes" : "no"
    ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map(
    (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()
  ).join("\n");
}

export {
  status,
  formatStatusTable
};
