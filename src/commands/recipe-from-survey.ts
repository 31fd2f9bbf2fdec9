import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import { inventorySchema } from "../probes/schema.js";
import { draftRecipe, LOG_DESTINATION_VAR } from "../verify/recipe-draft.js";
import type { CommandResult, Ports } from "./context.js";

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Drafts a recipe from an old server's inventory; with --out also writes the template drafts
 * beside it. An existing recipe file is replaced only with --force; an existing template is
 * never replaced (it may hold the ported agent configuration) and is reported as kept.
 */
export async function recipeFromSurvey(
  ctx: Ports,
  input: { inventory: string; name?: string; out?: string; force?: boolean },
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
  const kept: string[] = [];
  if (input.out) {
    const file = path.resolve(ctx.root, input.out);
    const replacing = await exists(file);
    if (replacing && !input.force)
      throw new UsageError(
        `${input.out} exists: not overwriting it (run with --force to replace it, or choose another --out)`,
      );
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, draft.yaml);
    written.push(path.relative(ctx.root, file));
    for (const [rel, content] of Object.entries(draft.files)) {
      const target = path.join(path.dirname(file), rel);
      await mkdir(path.dirname(target), { recursive: true });
      const created = await writeFile(target, content, { flag: "wx" }).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === "EEXIST") return false;
          throw error;
        },
      );
      (created ? written : kept).push(path.relative(ctx.root, target));
    }
  }
  const text = input.out
    ? [
        ...written.map((f) => `wrote ${f}`),
        ...kept.map(
          (f) => `kept ${f} (it exists; the draft's version was not written — delete it to get the draft)`,
        ),
        ...(written.some((f) => f.endsWith(`${path.sep}fluentd.conf.njk`))
          ? [
              `next: work through the REVIEW notes; \`amipipe validate\` fails until every environment's vars define ${LOG_DESTINATION_VAR} (where the logs go)`,
            ]
          : ["next: work through the REVIEW notes, then run `amipipe validate`"]),
      ].join("\n")
    : draft.yaml;
  return {
    ok: true,
    data: { recipe: draft.recipe, files: Object.keys(draft.files), written, kept },
    text,
  };
}
