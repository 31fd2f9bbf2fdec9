import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import { inventorySchema } from "../probes/schema.js";
import { draftRecipe } from "../verify/recipe-draft.js";
import type { CommandContext, CommandResult } from "./context.js";

/** Drafts a recipe from an old server's inventory; with --out also writes the template drafts beside it. */
export async function recipeFromSurvey(
  ctx: CommandContext,
  input: { inventory: string; name?: string; out?: string },
): Promise<CommandResult> {
  const name = input.name ?? "web";
  if (!/^[a-z][a-z0-9-]{0,62}$/.test(name))
    throw new UsageError(`recipe name '${name}': lower-case letters, digits and '-'`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.resolve(ctx.root, input.inventory), "utf8"));
  } catch (error) {
    throw new UsageError(
      `cannot read inventory ${input.inventory}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = inventorySchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`${input.inventory}: not an inventory (amipipe survey output)`);
  const draft = draftRecipe(parsed.data, name);
  const written: string[] = [];
  if (input.out) {
    const file = path.resolve(ctx.root, input.out);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, draft.yaml);
    written.push(input.out);
    for (const [rel, content] of Object.entries(draft.files)) {
      const target = path.join(path.dirname(file), rel);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content, { flag: "wx" }).then(
        () => written.push(path.relative(ctx.root, target)),
        () => undefined,
      );
    }
  }
  return {
    ok: true,
    data: { recipe: draft.recipe, files: Object.keys(draft.files), written },
    text: input.out ? `wrote ${written.join(", ")}` : draft.yaml,
  };
}
