import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  autoScalingGroupName
} from "./chunk-J523DA24.js";
import {
  TAG
} from "./chunk-DUHWOJWS.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-YGID37AB.js";
import {
  chunks
} from "./chunk-OKTVBVYZ.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-CLJXRIPF.js";
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-4HLE3N6X.js";
import "./chunk-25FIIMCB.js";
import {
  require_dist_cjs
} from "./chunk-FR6JYSTS.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/diagram/build.ts
var id = (kind, name) => `${kind}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
var label = (text) => `"${text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/\n/g, "<br/>")}"`;
var LATEST_PER_RECIPE = 1;
function buildDiagram(project, observed) {
  const envs = environmentsInOrder(project).map((e) => e.env);
  const lines = ["flowchart LR"];
  const edges = [];
  lines.push("  subgraph recipes[Recipes]");
  for (const { recipe } of [...project.recipes.values()].sort(
    (a, b) => a.recipe.name.localeCompare(b.recipe.name)
  )) {
    lines.push(
      `    ${id("recipe", recipe.name)}[${label(`${recipe.name}
${recipe.base} \xB7 ${recipe.architectures.join(", ")}`)}]`
    );
  }
  lines.push("  end");
  const images = /* @__PURE__ */ new Map();
  const addImage = (ami, recipe, note) => {
    const entry = images.get(ami) ?? { notes: [] };
    if (recipe && !entry.recipe) entry.recipe = recipe;
    if (note && !entry.notes.includes(note)) entry.notes.push(note);
    images.set(ami, entry);
  };
  const known = new Map((observed?.images ?? []).map((i) => [i.ami, i]));
  for (const env of envs) if (env.pin.ami) addImage(env.pin.ami, known.get(env.pin.ami)?.recipe);
  for (const fleet of observed?.fleets ?? [])
    for (const s of fleet.serving) addImage(s.ami, known.get(s.ami)?.recipe);
  const byRecipe = /* @__PURE__ */ new Map();
  for (const image of observed?.images ?? [])
    byRecipe.set(image.recipe, [...byRecipe.get(image.recipe) ?? [], image]);
  for (const [recipe, list] of byRecipe) {
    list.sort((a, b) => (b.builtAt ?? "").localeCompare(a.builtAt ?? ""));
    for (const image of list.slice(0, LATEST_PER_RECIPE)) addImage(image.ami, recipe, "newest");
  }
  for (const [ami, image] of images) {
    const facts = known.get(ami);
    const detail = [
      facts?.arch,
      facts?.builtAt ? `built ${facts.builtAt.slice(0, 10)}` : void 0,
      ...image.notes
    ].filter(Boolean).join(" \xB7 ");
    lines.push(`  ${id("ami", ami)}([${label(detail ? `${ami}
${detail}` : ami)}])`);
    if (image.recipe && project.recipes.has(image.recipe))
      edges.push(`  ${id("recipe", image.recipe)} --> ${id("ami", ami)}`);
  }
  for (const env of envs) {
    lines.push(`  ${id("env", env.name)}{{${label(`${env.name}
${env.region}`)}}}`);
    if (env.pin.ami) edges.push(`  ${id("ami", env.pin.ami)} -->|pinned| ${id("env", env.name)}`);
    else edges.push(`  ${id("recipe", env.recipe)} -.->|not pinned| ${id("env", env.name)}`);
    if (env.promotion.from)
      edges.push(`  ${id("env", env.promotion.from)} -.->|promotes to| ${id("env", env.name)}`);
    const fleet = observed?.fleets.find((f) => f.env === env.name);
    const kind = env.fleet.kind === "asg" ? `Auto Scaling group ${autoScalingGroupName(env)}` : "instances";
    const health = fleet ? `${fleet.healthy}/${fleet.desired} healthy` : `${env.fleet.count} desired`;
    lines.push(
      `  ${id("fleet", env.name)}[${label(`${kind}
target group ${env.fleet.targetGroup}
${health}`)}]`
    );
    edges.push(`  ${id("env", env.name)} --> ${id("fleet", env.name)}`);
    for (const s of fleet?.serving ?? []) {
      if (s.ami === env.pin.ami) continue;
      edges.push(`  ${id("fleet", env.name)} -.->|still serving \xD7${s.instances}| ${id("ami", s.ami)}`);
    }
  }
  return [...lines, ...edges].join("\n");
}

// src/diagram/observe.ts
var import_client_auto_scaling = __toESM(require_dist_cjs(), 1);
var import_client_ec2 = __toESM(require_dist_cjs2(), 1);
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs3(), 1);
async function observeForDiagram(aws, project) {
  const envs = environmentsInOrder(project).map((e) => e.env);
  const observation = { images: [], fleets: [] };
  for (const region of [...new Set(envs.map((e) => e.region))].sort()) {
    const filter = { Owners: ["self"], Filters: [{ Name: "tag-key", Values: [TAG.recipe] }] };
    for await (const page of (0, import_client_ec2.paginateDescribeImages)({ client: aws.ec2(region), pageSize: 1e3 }, filter)) {
      for (const image of page.Images ?? []) {
        const tag = (key) => image.Tags?.find((t) => t.Key === key)?.Value;
        const recipe = tag(TAG.recipe);
        if (!image.ImageId || !recipe) continue;
        const entry = { ami: image.ImageId, recipe };
        const arch = tag(TAG.arch) ?? image.Architecture;
        if (arch) entry.arch = arch;
        const builtAt = tag(TAG.builtAt) ?? image.CreationDate;
        if (builtAt) entry.builtAt = builtAt;
        observation.images.push(entry);
      }
    }
  }
  for (const env of envs) {
    const ec2 = aws.ec2(env.region);
    const elb = aws.elbv2(env.region);
    const groups = await elb.send(new import_client_elastic_load_balancing_v2.DescribeTargetGroupsCommand({ Names: [env.fleet.targetGroup] }));
    const arn = groups.TargetGroups?.[0]?.TargetGroupArn;
    const health = arn ? await elb.send(new import_client_elastic_load_balancing_v2.DescribeTargetHealthCommand({ TargetGroupArn: arn })) : void 0;
    const healthy = (health?.TargetHealthDescriptions ?? []).filter(
      (d) => d.TargetHealth?.State === "healthy"
    ).length;
    const serving = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set();
    const count = async (Filters) => {
      for await (const page of (0, import_client_ec2.paginateDescribeInstances)({ client: ec2, pageSize: 1e3 }, { Filters })) {
        for (const i of (page.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
          if (!i.InstanceId || seen.has(i.InstanceId)) continue;
          seen.add(i.InstanceId);
          if (i.ImageId) serving.set(i.ImageId, (serving.get(i.ImageId) ?? 0) + 1);
        }
      }
    };
    const live = { Name: "instance-state-name", Values: ["pending", "running"] };
    await count([{ Name: `tag:${TAG.environment}`, Values: [env.name] }, live]);
    const targets = (health?.TargetHealthDescriptions ?? []).flatMap(
      (d) => d.Target?.Id && !seen.has(d.Target.Id) ? [d.Target.Id] : []
    );
    for (const batch of chunks(targets, 200)) await count([{ Name: "instance-id", Values: batch }, live]);
    const fleet = {
      env: env.name,
      kind: env.fleet.kind,
      desired: env.fleet.count,
      healthy,
      serving: []
    };
    if (env.fleet.kind === "asg") {
      const name = autoScalingGroupName(env);
      const asg = await aws.autoscaling(env.region).send(new import_client_auto_scaling.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }));
      fleet.name = name;
      fleet.desired = asg.AutoScalingGroups?.[0]?.DesiredCapacity ?? env.fleet.count;
    }
    fleet.serving = [...serving].map(([ami, instances]) => ({ ami, instances })).sort((a, b) => b.instances - a.instances);
    observation.fleets.push(fleet);
  }
  return observation;
}

// src/commands/diagram.ts
async function diagram(ctx, _input) {
  const project = await loadProject(ctx.root);
  ctx.progress.info("diagram", "reading images, instances and target health");
  const observed = await observeForDiagram(ctx.aws, project);
  const mermaid = buildDiagram(project, observed);
  return { ok: true, data: { mermaid }, text: `\`\`\`mermaid
${mermaid}
\`\`\`` };
}
export {
  diagram
};
