import { type BakeResult, bake as bakeRecipe } from "../bake/bake.js";
import { PACKAGE_MANIFEST_DIR } from "../bake/package-manifest.js";
import { loadProject } from "../config/load.js";
import { formatDuration } from "../ports/clock.js";
import type { CommandContext, CommandResult } from "./context.js";
import { displayPath } from "./display-path.js";

export interface BakeInput {
  recipe: string;
  force?: boolean;
  keepFailedInstance?: boolean;
  timeout?: string;
}

/** `amipipe bake RECIPE`: build the golden image(s) of a recipe, or find them already built. */
export async function bake(ctx: CommandContext, input: BakeInput): Promise<CommandResult<BakeResult>> {
  const project = await loadProject(ctx.root);
  for (const w of project.warnings)
    ctx.progress.warn("config", `${displayPath(ctx, w.file)}:${w.line}:${w.column}: ${w.message}`);
  const options: Parameters<typeof bakeRecipe>[2] = { recipe: input.recipe };
  if (input.force) options.force = true;
  if (input.keepFailedInstance) options.keepFailedInstance = true;
  if (input.timeout) options.timeout = input.timeout;
  const result = await bakeRecipe(ctx, project, options);
  return { ok: true, data: result, text: describe(result, displayPath(ctx, PACKAGE_MANIFEST_DIR)) };
}

function describe(r: BakeResult, manifestDir: string): string {
  const head = r.skipped
    ? `${r.recipe}: nothing to bake — recipe ${r.recipeHash.slice(0, 12)} on the current base is already baked`
    : `${r.recipe}: baked recipe ${r.recipeHash.slice(0, 12)}`;
  const lines = [head];
  for (const a of r.architectures) {
    const took =
      a.startedAt !== undefined && a.endedAt !== undefined
        ? ` in ${formatDuration(a.endedAt - a.startedAt)}`
        : "";
    lines.push(
      `  ${a.arch}: base ${a.baseAmi} (${a.baseVia})${a.skipped ? ", already baked" : `, built${took}${a.resumed ? " (picked up an unfinished build)" : ""}`}`,
    );
  }
  for (const ami of r.amis) lines.push(`  ${ami.ami}  ${ami.region}  ${ami.arch}`);
  if (!r.skipped)
    lines.push(`  components: ${r.components.created.length} new, ${r.components.reused.length} reused`);
  if (r.manifests.length > 0)
    lines.push(`  package lists: ${r.manifests.length} file(s) under ${manifestDir}/`);
  return lines.join("\n");
}
