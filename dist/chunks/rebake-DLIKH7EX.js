import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  writePin
} from "./chunk-HJC2AF7E.js";
import {
  bake,
  failureMessage,
  forEachRecipe,
  recipeNames,
  recipesInUse
} from "./chunk-UPLCJAIA.js";
import "./chunk-YJVTBTBA.js";
import "./chunk-ISD2FGTV.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-KM55L6OI.js";
import "./chunk-APSVUJUW.js";
import "./chunk-2Z6C5QLB.js";
import "./chunk-VF6VSLYK.js";
import "./chunk-BXYUEG23.js";
import {
  TAG
} from "./chunk-DUHWOJWS.js";
import "./chunk-TKPX3VNR.js";
import {
  runProbe
} from "./chunk-DNS2OHZ2.js";
import {
  compareRpmVersions,
  diffPackages,
  formatPackageDiff,
  isEmptyDiff
} from "./chunk-TEHLXEUN.js";
import "./chunk-VW3YBTYP.js";
import {
  packagesOfAmi
} from "./chunk-JMCWI4WT.js";
import "./chunk-W5NYEKSD.js";
import "./chunk-VZVMQFDZ.js";
import {
  displayPath
} from "./chunk-RQQVW77K.js";
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
import "./chunk-NZP7FVAE.js";
import "./chunk-CXZE2OG5.js";
import {
  OperationFailed,
  UsageError,
  messageOf
} from "./chunk-25FIIMCB.js";
import "./chunk-U2BKHDZX.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/app/rebake.ts
var import_client_ec22 = __toESM(require_dist_cjs(), 1);

// src/lifecycle/advisories.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
async function advisoriesFromServingInstance(ctx, o) {
  const described = await ctx.aws.ec2(o.region).send(
    new import_client_ec2.DescribeInstancesCommand({
      Filters: [
        { Name: `tag:${TAG.environment}`, Values: [o.environment] },
        { Name: "image-id", Values: [o.ami] },
        { Name: "instance-state-name", Values: ["running"] }
      ]
    })
  );
  const instance = (described.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId).filter((id) => Boolean(id)).sort()[0];
  if (!instance)
    return {
      available: false,
      source: o.environment,
      reason: `no running ${o.environment} instance runs ${o.ami} to ask`
    };
  const source = `${o.environment} instance ${instance}`;
  try {
    const outcome = (await runProbe(ctx, {
      region: o.region,
      instanceIds: [instance],
      probe: "advisories",
      phase: `advisories ${o.environment}`
    })).get(instance);
    if (!outcome?.ok) return { available: false, source, reason: outcome?.error ?? "no answer" };
    const found = outcome.inventory.advisories;
    if (!found) return { available: false, source, reason: "the probe printed no advisories section" };
    if (!found.listed)
      return { available: false, source: `${source} (${found.tool})`, reason: found.error ?? "not listed" };
    return { available: true, source: `${source} (${found.tool} updateinfo)`, advisories: found.items };
  } catch (error) {
    if (error instanceof OperationFailed || error.$metadata !== void 0)
      return { available: false, source, reason: messageOf(error) };
    throw error;
  }
}

// src/app/rebake.ts
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
  const advisories = diff.upgraded.length > 0 && prodAmi ? await advisoriesFromServingInstance(ctx, {
    region: last.env.region,
    environment: last.env.name,
    ami: prodAmi
  }) : { available: false, source: last.env.name, reason: "no package was upgraded" };
  let notFixed = [];
  if (advisories.available) {
    const fixed = fixedBy(after);
    notFixed = advisories.advisories.filter((a) => !fixed(a));
    advisories.advisories = advisories.advisories.filter(fixed);
    if (notFixed.length > 0)
      ctx.progress.warn(
        phase,
        `${notFixed.length} advisory(ies) ${last.env.name} lacks are not fixed by ${image.ami}: ${notFixed.map((a) => `${a.id} (${a.package})`).join(", ")}`
      );
  } else if (diff.upgraded.length > 0) {
    ctx.progress.warn(phase, `advisories unavailable from ${advisories.source}: ${advisories.reason}`);
  }
  let pinned = null;
  if (changed) {
    const reason = `${o.security ? "security " : ""}rebake: ${diff.upgraded.length} upgraded, ${diff.added.length} added, ${diff.removed.length} removed against ${last.env.name}`;
    pinned = await writePin(ctx.root, first, {
      ami: image.ami,
      at: new Date(ctx.clock.now()).toISOString(),
      by: ctx.run.actor ?? "amipipe rebake",
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
    advisoriesNotFixed: notFixed,
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
function fixedBy(packages) {
  const versions = new Map(packages.map((p) => [p.name, p.version]));
  return (a) => {
    const version = versions.get(a.package);
    if (version === void 0) return false;
    const fixed = a.fixedIn.startsWith(`${a.package}-`) ? a.fixedIn.slice(a.package.length + 1).replace(/\.[^.]+$/, "") : a.fixedIn;
    return compareRpmVersions(version, fixed) >= 0;
  };
}

// src/commands/rebake.ts
async function rebake(ctx, input) {
  if (Boolean(input.recipe) === Boolean(input.all))
    throw new UsageError("rebake needs exactly one of RECIPE or --all");
  const project = await loadProject(ctx.root);
  for (const w of project.warnings)
    ctx.progress.warn("config", `${displayPath(ctx, w.file)}:${w.line}:${w.column}: ${w.message}`);
  const security = Boolean(input.security);
  const rebakeOne = (recipe) => rebakeRecipe(ctx, project, { recipe, security });
  if (input.recipe) {
    const result = await rebakeOne(input.recipe);
    return { ok: true, data: result, text: describeRebake(result) };
  }
  const names = recipeNames(project);
  const used = recipesInUse(project);
  const unused = names.filter((n) => !used.has(n));
  for (const n of unused) ctx.progress.info(`rebake ${n}`, "no environment uses this recipe: not rebaked");
  const targets = names.filter((n) => used.has(n));
  const each = await forEachRecipe(ctx, targets, "rebake", rebakeOne);
  const data = {
    recipes: each.done,
    amis: each.done.flatMap((r) => r.bake.amis.map((a) => ({ ...a, recipe: r.recipe }))),
    pinChanges: each.done.flatMap((r) => r.pinned ? [r.pinned] : []),
    unused,
    failed: each.failed
  };
  const text = [
    ...each.done.map(describeRebake),
    ...unused.map((n) => `${n}: no environment uses this recipe: not rebaked`),
    each.failed.length > 0 ? failureMessage("rebake --all", targets.length, each.failed) : `rebaked ${targets.length} recipe(s)`
  ].join("\n");
  return { ok: each.failed.length === 0, data, text };
}
function describeRebake(r) {
  const lines = [
    `${r.recipe}: ${r.security ? "security " : ""}rebake built ${r.ami} (${r.region}, ${r.arch})`,
    `packages against ${r.comparedWith.environment}'s ${r.comparedWith.ami ?? "(no pin)"}${r.comparedWith.packageList ? "" : " (no package list: not baked by amipipe)"}:`,
    ...formatPackageDiff(r.diff).split("\n").map((l) => `  ${l}`)
  ];
  if (r.advisories.available) {
    lines.push(
      `security advisories fixed (${r.advisories.source}): ${r.advisories.advisories.length === 0 ? "none reported" : r.advisories.advisories.length}`
    );
    for (const a of r.advisories.advisories)
      lines.push(`  ${a.id} ${a.severity} ${a.package} \u2192 ${a.fixedIn}`);
    if (r.advisoriesNotFixed.length > 0) {
      lines.push(`security advisories this image does not fix: ${r.advisoriesNotFixed.length}`);
      for (const a of r.advisoriesNotFixed)
        lines.push(`  ${a.id} ${a.severity} ${a.package} (fixed in ${a.fixedIn})`);
    }
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
