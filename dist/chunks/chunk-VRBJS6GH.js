import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake,
  failureMessage,
  forEachRecipe,
  recipeNames,
  recipesInUse
} from "./chunk-UPLCJAIA.js";
import {
  assertCompilable
} from "./chunk-K7NJTHH7.js";
import {
  PACKAGE_MANIFEST_DIR
} from "./chunk-JMCWI4WT.js";
import {
  displayPath
} from "./chunk-RQQVW77K.js";
import {
  loadProject
} from "./chunk-YGID37AB.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";
import {
  formatDuration
} from "./chunk-U2BKHDZX.js";

// src/commands/bake.ts
async function bake2(ctx, input) {
  if (Boolean(input.recipe) === Boolean(input.all))
    throw new UsageError("bake needs exactly one of RECIPE or --all");
  const project = await loadProject(ctx.root);
  assertCompilable(project);
  for (const w of project.warnings)
    ctx.progress.warn("config", `${displayPath(ctx, w.file)}:${w.line}:${w.column}: ${w.message}`);
  const manifestDir = displayPath(ctx, PACKAGE_MANIFEST_DIR);
  const bakeOne = (recipe) => {
    const options = { recipe };
    if (input.force) options.force = true;
    if (input.keepFailedInstance) options.keepFailedInstance = true;
    if (input.timeout) options.timeout = input.timeout;
    return bake(ctx, project, options);
  };
  if (input.recipe) {
    const result = await bakeOne(input.recipe);
    return { ok: true, data: result, text: describe(result, manifestDir) };
  }
  const names = recipeNames(project);
  const used = recipesInUse(project);
  const unused = names.filter((n) => !used.has(n));
  for (const n of unused) ctx.progress.info(`bake ${n}`, "no environment uses this recipe: not baked");
  const targets = names.filter((n) => used.has(n));
  const each = await forEachRecipe(ctx, targets, "bake", bakeOne);
  const data = bakeAllResult(each, unused);
  const text = [
    ...each.done.map((r) => describe(r, manifestDir)),
    ...unused.map((n) => `${n}: no environment uses this recipe: not baked`),
    each.failed.length > 0 ? failureMessage("bake --all", targets.length, each.failed) : `baked ${targets.length} recipe(s)${data.skipped ? ": all already baked" : ""}`
  ].join("\n");
  return { ok: each.failed.length === 0, data, text };
}
function bakeAllResult(each, unused) {
  return {
    recipes: each.done,
    skipped: each.failed.length === 0 && each.done.every((r) => r.skipped),
    amis: each.done.flatMap((r) => r.amis.map((a) => ({ ...a, recipe: r.recipe }))),
    unused,
    failed: each.failed
  };
}
function describe(r, manifestDir) {
  const head = r.skipped ? `${r.recipe}: nothing to bake \u2014 recipe ${r.recipeHash.slice(0, 12)} on the current base is already baked` : `${r.recipe}: baked recipe ${r.recipeHash.slice(0, 12)}`;
  const lines = [head];
  for (const a of r.architectures) {
    const took = a.startedAt !== void 0 && a.endedAt !== void 0 ? ` in ${formatDuration(a.endedAt - a.startedAt)}` : "";
    lines.push(
      `  ${a.arch}: base ${a.baseAmi} (${a.baseVia})${a.skipped ? ", already baked" : `, built${took}${a.resumed ? " (picked up an unfinished build)" : ""}`}`
    );
  }
  for (const ami of r.amis) lines.push(`  ${ami.ami}  ${ami.region}  ${ami.arch}`);
  if (!r.skipped)
    lines.push(`  components: ${r.components.created.length} new, ${r.components.reused.length} reused`);
  if (r.manifests.length > 0)
    lines.push(`  package lists: ${r.manifests.length} file(s) under ${manifestDir}/`);
  return lines.join("\n");
}

export {
  bake2 as bake
};
