import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  environmentsInOrder,
  loadProject
} from "./chunk-MAB7OMU6.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-UFVNQ4V6.js";
import {
  require_dist_cjs
} from "./chunk-EHTJYPX7.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/aws/fleet.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs2(), 1);

// src/aws/pagination.ts
async function collectPages(fetch, o = {}) {
  const out = [];
  let token;
  const maxPages = o.maxPages ?? 1e3;
  for (let pageNo = 0; pageNo < maxPages; pageNo++) {
    const page = await fetch(token);
    out.push(...page.items ?? []);
    if (!page.next || page.next === token) return out;
    token = page.next;
  }
  throw new Error(`more than ${maxPages} pages; refusing to continue`);
}
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// src/aws/fleet.ts
async function observeTargetGroups(aws, region, names) {
  const elb = aws.elbv2(region);
  const out = /* @__PURE__ */ new Map();
  if (names.length === 0) return out;
  const groups = [];
  for (const batch of chunks([...new Set(names)], 20)) {
    const page = await elb.send(new import_client_elastic_load_balancing_v2.DescribeTargetGroupsCommand({ Names: batch }));
    groups.push(...page.TargetGroups ?? []);
  }
  await Promise.all(
    groups.map(async (tg) => {
      const health = await elb.send(new import_client_elastic_load_balancing_v2.DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }));
      out.set(tg.TargetGroupName, {
        name: tg.TargetGroupName,
        arn: tg.TargetGroupArn,
        targets: (health.TargetHealthDescriptions ?? []).map((d) => {
          const t = {
            instanceId: d.Target?.Id ?? "",
            port: d.Target?.Port ?? 0,
            state: d.TargetHealth?.State ?? "unavailable"
          };
          if (d.TargetHealth?.Reason) t.reason = d.TargetHealth.Reason;
          return t;
        })
      });
    })
  );
  return out;
}
async function describeInstancesById(aws, region, ids) {
  const ec2 = aws.ec2(region);
  const out = /* @__PURE__ */ new Map();
  for (const batch of chunks([...new Set(ids)], 200)) {
    const reservations = await collectPages(async (token) => {
      const page = await ec2.send(
        new import_client_ec2.DescribeInstancesCommand({ InstanceIds: batch, NextToken: token })
      );
      return { items: page.Reservations, next: page.NextToken };
    });
    for (const r of reservations)
      for (const i of r.Instances ?? []) if (i.InstanceId) out.set(i.InstanceId, i);
  }
  return out;
}

// src/commands/status.ts
var SERVING_STATES = /* @__PURE__ */ new Set(["healthy", "initial"]);
async function status(ctx, _input) {
  const project = await loadProject(ctx.root);
  const envs = environmentsInOrder(project).map((l) => l.env);
  const byRegion = /* @__PURE__ */ new Map();
  for (const env of envs) byRegion.set(env.region, [...byRegion.get(env.region) ?? [], env]);
  const results = /* @__PURE__ */ new Map();
  for (const [region, regionEnvs] of byRegion) {
    ctx.progress.info("status", `observing ${regionEnvs.map((e) => e.name).join(", ")} in ${region}`);
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
  return { ok: true, data: { environments }, text: render(environments) };
}
function render(envs) {
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
  status
};
