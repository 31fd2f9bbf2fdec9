import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  bake
} from "./chunk-GAAREES6.js";
import {
  PACKAGE_MANIFEST_DIR
} from "./chunk-USVAODVD.js";
import {
  loadProject
} from "./chunk-ILEZNBOJ.js";
import {
  displayPath
} from "./chunk-TDHLHK6M.js";
import {
  formatDuration
} from "./chunk-ZCDM74UX.js";

// src/commands/bake.ts
async function bake2(ctx, input) {
  const project = await loadProject(ctx.root);
  for (const w of project.warnings)
    ctx.progress.warn("config", `${displayPath(ctx, w.file)}:${w.line}:${w.column}: ${w.message}`);
  const options = { recipe: input.recipe };
  if (input.force) options.force = true;
  if (input.keepFailedInstance) options.keepFailedInstance = true;
  if (input.timeout) options.timeout = input.timeout;
  const result = await bake(ctx, project, options);
  return { ok: true, data: result, text: describe(result, displayPath(ctx, PACKAGE_MANIFEST_DIR)) };
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
