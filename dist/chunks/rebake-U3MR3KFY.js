import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-REHUHKQT.js";
import "./chunk-7VK5HIOR.js";
import {
  writePin
} from "./chunk-FWBP3RB6.js";
import "./chunk-4ZEUDONS.js";
import {
  diffPackages,
  formatPackageDiff,
  isEmptyDiff
} from "./chunk-2WM5YPXN.js";
import {
  packagesOfAmi
} from "./chunk-3Y5OF2RI.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-MAB7OMU6.js";
import "./chunk-ZCDM74UX.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-HEPVYIAX.js";
import "./chunk-2BTEB6CI.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-OXZX3V2D.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-ZRIABQBG.js";
import {
  require_dist_cjs
} from "./chunk-EHTJYPX7.js";
import "./chunk-TJJSCQJT.js";
import "./chunk-JOISYBJ5.js";
import {
  OperationFailed,
  UsageError,
  messageOf
} from "./chunk-WPO6EQZK.js";
import "./chunk-IVT7V2TT.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/lifecycle/rebake.ts
var import_client_ec22 = __toESM(require_dist_cjs(), 1);

// src/lifecycle/advisories.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var import_client_ssm = __toESM(require_dist_cjs2(), 1);
var ADVISORY_SCRIPT = [
  "set -o pipefail",
  "if command -v dnf >/dev/null 2>&1; then",
  "  dnf -q updateinfo list --security --updates",
  "else",
  "  yum -q updateinfo list security updates",
  "fi"
].join("\n");
function packageNameOf(nevra) {
  const withoutArch = nevra.replace(/\.(x86_64|aarch64|noarch|i686)$/, "");
  const parts = withoutArch.split("-");
  return parts.length >= 3 ? parts.slice(0, -2).join("-") : withoutArch;
}
function parseUpdateinfo(stdout) {
  const advisories = [];
  for (const line of stdout.split("\n")) {
    const m = line.trim().match(/^(ALAS[\w-]*-\d{4}-\d+|[A-Z]+-\d{4}-\d+)\s+(\S+?)(?:\/Sec\.)?\s+(\S+)$/);
    if (!m) continue;
    advisories.push({ id: m[1], severity: m[2], package: packageNameOf(m[3]), fixedIn: m[3] });
  }
  return advisories;
}
async function advisoriesFromServingInstance(o) {
  const described = await o.aws.ec2(o.region).send(
    new import_client_ec2.DescribeInstancesCommand({
      Filters: [
        { Name: "tag:amipipe:environment", Values: [o.environment] },
        { Name: "instance-state-name", Values: ["running"] }
      ]
    })
  );
  const instance = (described.Reservations ?? []).flatMap((r) => r.Instances ?? []).find((i) => i.InstanceId)?.InstanceId;
  if (!instance)
    return {
      available: false,
      source: o.environment,
      reason: `no running instance in ${o.environment} to ask`
    };
  const source = `${o.environment} instance ${instance} (updateinfo)`;
  try {
    const sent = await o.aws.ssm(o.region).send(
      new import_client_ssm.SendCommandCommand({
        DocumentName: "AWS-RunShellScript",
        InstanceIds: [instance],
        Parameters: { commands: [ADVISORY_SCRIPT] },
        Comment: "amipipe: security advisories not yet applied",
        TimeoutSeconds: 300
      })
    );
    const commandId = sent.Command?.CommandId;
    if (!commandId) return { available: false, source, reason: "SendCommand returned no command id" };
    const deadline = o.clock.now() + (o.timeoutMs ?? 6e5);
    for (; ; ) {
      await o.clock.sleep(5e3);
      let answer;
      try {
        answer = await o.aws.ssm(o.region).send(new import_client_ssm.GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instance }));
      } catch (error) {
        if (error.name === "InvocationDoesNotExist" && o.clock.now() < deadline)
          continue;
        throw error;
      }
      const status = answer.Status ?? "";
      if (status === "Success")
        return { available: true, source, advisories: parseUpdateinfo(answer.StandardOutputContent ?? "") };
      if ([
        "Failed",
        "Cancelled",
        "TimedOut",
        "Undeliverable",
        "Terminated",
        "InvalidPlatform",
        "AccessDenied"
      ].includes(status)) {
        const detail = (answer.StandardErrorContent ?? "").trim().split("\n")[0] ?? "";
        return { available: false, source, reason: `updateinfo ${status}${detail ? `: ${detail}` : ""}` };
      }
      if (o.clock.now() >= deadline)
        return { available: false, source, reason: `updateinfo still ${status} after the timeout` };
    }
  } catch (error) {
    return { available: false, source, reason: messageOf(error) };
  }
}

// src/lifecycle/rebake.ts
var UPDATE_STEP_NAME = "amipipe-os-updates";
function updateStep(security) {
  const dnf = security ? "dnf upgrade --security -y" : "dnf upgrade -y";
  const yum = security ? "yum --security update -y" : "yum update -y";
  return { name: UPDATE_STEP_NAME, run: `if command -v dnf >/dev/null 2>&1; then ${dnf}; else ${yum}; fi` };
}
function withUpdateStep(project, loaded, security) {
  const recipe = {
    ...loaded.recipe,
    steps: [...loaded.recipe.steps.filter((s) => s.name !== UPDATE_STEP_NAME), updateStep(security)]
  };
  const recipes = new Map(project.recipes);
  recipes.set(recipe.name, { ...loaded, recipe });
  return { ...project, recipes };
}
async function rebakeRecipe(ctx, project, o) {
  const loaded = project.recipes.get(o.recipe);
  if (!loaded)
    throw new UsageError(
      `no recipe '${o.recipe}' in image-recipes/ (recipes: ${[...project.recipes.keys()].join(", ") || "none"})`
    );
  const chain = environmentsInOrder(project).filter((e) => e.env.recipe === o.recipe);
  const first = chain[0];
  const last = chain.at(-1);
  if (!first || !last)
    throw new UsageError(`no environment uses recipe '${o.recipe}': nothing to compare with or pin`);
  const phase = `rebake ${o.recipe}`;
  const pinnedTo = await pinnedArch(ctx, last);
  const arch = loaded.recipe.architectures.find((a) => a === pinnedTo) ?? loaded.recipe.architectures[0];
  ctx.progress.info(phase, `baking with ${o.security ? "security" : "all OS"} updates applied`);
  const baked = await bake(ctx, withUpdateStep(project, loaded, o.security), {
    recipe: o.recipe,
    force: true
  });
  const image = baked.amis.find((a) => a.region === last.env.region && a.arch === arch) ?? baked.amis.find((a) => a.arch === arch);
  if (!image)
    throw new OperationFailed(
      `the rebake of ${o.recipe} produced no ${arch} image in ${last.env.region}`,
      "rebake"
    );
  const after = await packagesOfAmi({ root: ctx.root, aws: ctx.aws, region: image.region, ami: image.ami });
  if (!after) throw new OperationFailed(`no package list for the rebaked image ${image.ami}`, "rebake");
  const prodAmi = last.env.pin.ami;
  const before = prodAmi ? await packagesOfAmi({ root: ctx.root, aws: ctx.aws, region: last.env.region, ami: prodAmi }) : void 0;
  if (!before)
    ctx.progress.warn(
      phase,
      `${last.env.name}'s image ${prodAmi ?? "(none)"} has no package list (not baked by amipipe): every package counts as added`
    );
  const diff = diffPackages(before ?? [], after);
  const changed = !isEmptyDiff(diff);
  const advisories = diff.upgraded.length > 0 ? await advisoriesFromServingInstance({
    aws: ctx.aws,
    clock: ctx.clock,
    region: last.env.region,
    environment: last.env.name
  }) : { available: false, source: last.env.name, reason: "no package was upgraded" };
  if (advisories.available) {
    const upgraded = new Set(diff.upgraded.map((c) => c.name));
    advisories.advisories = advisories.advisories.filter((a) => upgraded.has(a.package));
  } else if (diff.upgraded.length > 0) {
    ctx.progress.warn(phase, `advisories unavailable from ${advisories.source}: ${advisories.reason}`);
  }
  let pinned = null;
  if (changed) {
    const reason = `${o.security ? "security " : ""}rebake: ${diff.upgraded.length} upgraded, ${diff.added.length} added, ${diff.removed.length} removed against ${last.env.name}`;
    pinned = await writePin(ctx.root, first, {
      ami: image.ami,
      at: new Date(ctx.clock.now()).toISOString(),
      by: ctx.env.actor ?? "amipipe rebake",
      reason
    }) ?? null;
    ctx.progress.info(
      phase,
      pinned ? `pinned ${first.env.name} to ${image.ami}` : `${first.env.name} is already pinned to ${image.ami}`
    );
  } else {
    ctx.progress.info(phase, `no package changed against ${last.env.name}'s ${prodAmi}: nothing pinned`);
  }
  return {
    recipe: o.recipe,
    security: o.security,
    ami: image.ami,
    arch,
    region: image.region,
    comparedWith: { environment: last.env.name, ami: prodAmi, packageList: Boolean(before) },
    diff,
    changed,
    advisories,
    pinned,
    firstStage: first.env.name,
    bake: { recipeHash: baked.recipeHash, amis: baked.amis, architectures: baked.architectures }
  };
}
async function pinnedArch(ctx, loaded) {
  const ami = loaded.env.pin.ami;
  if (!ami) return void 0;
  try {
    const answer = await ctx.aws.ec2(loaded.env.region).send(new import_client_ec22.DescribeImagesCommand({ ImageIds: [ami] }));
    return answer.Images?.[0]?.Architecture;
  } catch {
    return void 0;
  }
}

// src/commands/rebake.ts
async function rebake(ctx, input) {
  const project = await loadProject(ctx.root);
  for (const w of project.warnings)
    ctx.progress.warn("config", `${w.file}:${w.line}:${w.column}: ${w.message}`);
  const result = await rebakeRecipe(ctx, project, {
    recipe: input.recipe,
    security: Boolean(input.security)
  });
  return { ok: true, data: result, text: describeRebake(result) };
}
function describeRebake(r) {
  const lines = [
    `${r.recipe}: ${r.security ? "security " : ""}rebake built ${r.ami} (${r.region}, ${r.arch})`,
    `packages against ${r.comparedWith.environment}'s ${r.comparedWith.ami ?? "(no pin)"}${r.comparedWith.packageList ? "" : " (no package list: not baked by amipipe)"}:`,
    ...formatPackageDiff(r.diff).split("\n").map((l) => `  ${l}`)
  ];
  if (r.advisories.available) {
    lines.push(
      `advisories (${r.advisories.source}): ${r.advisories.advisories.length === 0 ? "none reported for the upgraded packages" : ""}`
    );
    for (const a of r.advisories.advisories)
      lines.push(`  ${a.id} ${a.severity} ${a.package} \u2192 ${a.fixedIn}`);
  } else if (r.diff.upgraded.length > 0) {
    lines.push(`advisories: unavailable from ${r.advisories.source} (${r.advisories.reason})`);
  }
  if (r.pinned)
    lines.push(
      `pinned ${r.pinned.environment} to ${r.ami} (was ${r.pinned.previous ?? "unpinned"}) in ${r.pinned.file}`
    );
  else if (r.changed) lines.push(`${r.firstStage} is already pinned to ${r.ami}`);
  else lines.push("nothing changed: no pin written");
  return lines.join("\n");
}
export {
  describeRebake,
  rebake
};
