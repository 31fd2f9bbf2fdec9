import { loadProject } from "../config/load.js";
import { formatPackageDiff } from "../lifecycle/package-diff.js";
import { type RebakeResult, rebakeRecipe } from "../lifecycle/rebake.js";
import type { CommandContext, CommandResult } from "./context.js";
import { displayPath } from "./display-path.js";

export interface RebakeInput {
  recipe: string;
  security?: boolean;
}

/** `amipipe rebake RECIPE [--security]`: rebake with OS updates, diff against prod, pin dev when something changed. */
export async function rebake(ctx: CommandContext, input: RebakeInput): Promise<CommandResult<RebakeResult>> {
  const project = await loadProject(ctx.root);
  for (const w of project.warnings)
    ctx.progress.warn("config", `${displayPath(ctx, w.file)}:${w.line}:${w.column}: ${w.message}`);
  const result = await rebakeRecipe(ctx, project, {
    recipe: input.recipe,
    security: Boolean(input.security),
  });
  return { ok: true, data: result, text: describeRebake(result) };
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
