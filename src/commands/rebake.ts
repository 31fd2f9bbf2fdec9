import { type RebakeResult, rebakeRecipe } from "../app/rebake.js";
import { failureMessage, forEachRecipe, type RecipeFailure, recipeNames, recipesInUse } from "../bake/all.js";
import type { BakedAmi } from "../bake/bake.js";
import { displayPath } from "../config/display-path.js";
import { loadProject } from "../config/load.js";
import { UsageError } from "../errors.js";
import type { PinChange } from "../gitops/pins.js";
import { formatPackageDiff } from "../probes/package-diff.js";
import type { CommandResult, Ports } from "./context.js";

export interface RebakeInput {
  /** One recipe; or `all` for every recipe some environment uses (exactly one of the two). */
  recipe?: string;
  all?: boolean;
  security?: boolean;
}

/** What `rebake --all` reports: each recipe's rebake, every AMI built, every pin written, the failures. */
export interface RebakeAllResult {
  recipes: RebakeResult[];
  amis: Array<BakedAmi & { recipe: string }>;
  pinChanges: PinChange[];
  /** Recipes no environment uses: nothing to compare with or pin, so not rebaked. */
  unused: string[];
  failed: RecipeFailure[];
}

/**
 * `amipipe rebake RECIPE | --all [--security]`: rebake with OS updates, diff against prod, pin dev
 * when something changed. With --all every recipe an environment uses, in turn; a failed recipe
 * does not stop the others.
 */
export async function rebake(
  ctx: Ports,
  input: RebakeInput & { recipe: string; all?: false },
): Promise<CommandResult<RebakeResult>>;
export async function rebake(
  ctx: Ports,
  input: RebakeInput,
): Promise<CommandResult<RebakeResult | RebakeAllResult>>;
export async function rebake(
  ctx: Ports,
  input: RebakeInput,
): Promise<CommandResult<RebakeResult | RebakeAllResult>> {
  if (Boolean(input.recipe) === Boolean(input.all))
    throw new UsageError("rebake needs exactly one of RECIPE or --all");
  const project = await loadProject(ctx.root);
  for (const w of project.warnings)
    ctx.progress.warn("config", `${displayPath(ctx, w.file)}:${w.line}:${w.column}: ${w.message}`);
  const security = Boolean(input.security);
  const rebakeOne = (recipe: string) => rebakeRecipe(ctx, project, { recipe, security });
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
  const data: RebakeAllResult = {
    recipes: each.done,
    amis: each.done.flatMap((r) => r.bake.amis.map((a) => ({ ...a, recipe: r.recipe }))),
    pinChanges: each.done.flatMap((r) => (r.pinned ? [r.pinned] : [])),
    unused,
    failed: each.failed,
  };
  const text = [
    ...each.done.map(describeRebake),
    ...unused.map((n) => `${n}: no environment uses this recipe: not rebaked`),
    each.failed.length > 0
      ? failureMessage("rebake --all", targets.length, each.failed)
      : `rebaked ${targets.length} recipe(s)`,
  ].join("\n");
  return { ok: each.failed.length === 0, data, text };
}

export function describeRebake(r: RebakeResult): string {
  const lines = [
    `${r.recipe}: ${r.security ? "security " : ""}rebake built ${r.ami} (${r.region}, ${r.arch})`,
    `packages against ${r.comparedWith.environment}'s ${r.comparedWith.ami ?? "(no pin)"}${r.comparedWith.packageList ? "" : " (no package list: not baked by amipipe)"}:`,
    ...formatPackageDiff(r.diff)
      .split("\n")
      .map((l) => `  ${l}`),
  ];
  if (r.advisories.available) {
    lines.push(
      `security advisories fixed (${r.advisories.source}): ${r.advisories.advisories.length === 0 ? "none reported" : r.advisories.advisories.length}`,
    );
    for (const a of r.advisories.advisories)
      lines.push(`  ${a.id} ${a.severity} ${a.package} → ${a.fixedIn}`);
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
      `pinned ${r.pinned.environment} to ${r.ami} (was ${r.pinned.previous ?? "unpinned"}) in ${r.pinned.file}`,
    );
  else if (r.changed) lines.push(`${r.firstStage} is already pinned to ${r.ami}`);
  else lines.push("nothing changed: no pin written");
  return lines.join("\n");
}
