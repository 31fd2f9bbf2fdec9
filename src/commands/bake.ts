import {
  type EachRecipe,
  failureMessage,
  forEachRecipe,
  type RecipeFailure,
  recipeNames,
  recipesInUse,
} from "../bake/all.js";
import { type BakedAmi, type BakeResult, bake as bakeRecipe } from "../bake/bake.js";
import { PACKAGE_MANIFEST_DIR } from "../bake/package-manifest.js";
import { displayPath } from "../config/display-path.js";
import { loadProject } from "../config/load.js";
import { UsageError } from "../errors.js";
import { formatDuration } from "../ports/clock.js";
import { assertCompilable } from "../recipe/limits.js";
import type { CommandResult, Ports } from "./context.js";

export interface BakeInput {
  /** One recipe; or `all` for every recipe under image-recipes/ (exactly one of the two). */
  recipe?: string;
  all?: boolean;
  force?: boolean;
  keepFailedInstance?: boolean;
  timeout?: string;
}

/** What `bake --all` reports: each recipe's bake (DESIGN §4 shape), every AMI, and the failures. */
export interface BakeAllResult {
  recipes: BakeResult[];
  /** True when every recipe was already baked (nothing was built). */
  skipped: boolean;
  amis: Array<BakedAmi & { recipe: string }>;
  /** Recipes no environment uses: no region to bake in, so not baked. */
  unused: string[];
  failed: RecipeFailure[];
}

/**
 * `amipipe bake RECIPE | --all`: build the golden image(s) of a recipe (or of every recipe in
 * turn), or find them already built. With --all a failed recipe does not stop the others.
 */
export async function bake(
  ctx: Ports,
  input: BakeInput & { recipe: string; all?: false },
): Promise<CommandResult<BakeResult>>;
export async function bake(ctx: Ports, input: BakeInput): Promise<CommandResult<BakeResult | BakeAllResult>>;
export async function bake(ctx: Ports, input: BakeInput): Promise<CommandResult<BakeResult | BakeAllResult>> {
  if (Boolean(input.recipe) === Boolean(input.all))
    throw new UsageError("bake needs exactly one of RECIPE or --all");
  const project = await loadProject(ctx.root);
  // Problems a recipe has only once compiled (Image Builder's inline component limit).
  assertCompilable(project);
  for (const w of project.warnings)
    ctx.progress.warn("config", `${displayPath(ctx, w.file)}:${w.line}:${w.column}: ${w.message}`);
  const manifestDir = displayPath(ctx, PACKAGE_MANIFEST_DIR);
  const bakeOne = (recipe: string) => {
    const options: Parameters<typeof bakeRecipe>[2] = { recipe };
    if (input.force) options.force = true;
    if (input.keepFailedInstance) options.keepFailedInstance = true;
    if (input.timeout) options.timeout = input.timeout;
    return bakeRecipe(ctx, project, options);
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
    each.failed.length > 0
      ? failureMessage("bake --all", targets.length, each.failed)
      : `baked ${targets.length} recipe(s)${data.skipped ? ": all already baked" : ""}`,
  ].join("\n");
  return { ok: each.failed.length === 0, data, text };
}

function bakeAllResult(each: EachRecipe<BakeResult>, unused: string[]): BakeAllResult {
  return {
    recipes: each.done,
    skipped: each.failed.length === 0 && each.done.every((r) => r.skipped),
    amis: each.done.flatMap((r) => r.amis.map((a) => ({ ...a, recipe: r.recipe }))),
    unused,
    failed: each.failed,
  };
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
