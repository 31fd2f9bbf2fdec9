import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { resolveBaseAmi } from "../bake/base-ami.js";
import { displayPath } from "../config/display-path.js";
import { loadProject } from "../config/load.js";
import type { Architecture, Recipe } from "../config/schema.js";
import { messageOf, UsageError } from "../errors.js";
import { resolveBaseParameter } from "../recipe/base-image.js";
import { amiName, compileImage } from "../recipe/compile.js";
import { assertCompilable } from "../recipe/limits.js";
import type { CommandResult, Ports } from "./context.js";
import { findRecipe } from "./find-recipe.js";

export interface CompileInput {
  recipe: string;
  /** Output directory, relative to the config root. */
  out?: string;
  /** Compile for this base AMI (as bake would after resolving the recipe's base). */
  baseAmi?: string;
}

/** Writes every architecture's component documents and Image Builder resource specs. */
export async function compile(ctx: Ports, input: CompileInput): Promise<CommandResult> {
  const project = await loadProject(ctx.root);
  // Problems a recipe has only once compiled (Image Builder's inline component limit).
  assertCompilable(project);
  const loaded = findRecipe(project, input.recipe);
  const regions = [
    ...new Set(
      [...project.environments.values()]
        .filter((e) => e.env.recipe === loaded.recipe.name)
        .map((e) => e.env.region),
    ),
  ];
  if (regions.length === 0)
    throw new UsageError(
      `no environment uses recipe '${loaded.recipe.name}', so there is no region to distribute to`,
    );
  const outDir = path.resolve(ctx.root, input.out ?? "out");
  const written: string[] = [];
  const images = [];
  if (input.baseAmi && loaded.recipe.architectures.length > 1)
    throw new UsageError(
      `--base-ami names one AMI, but recipe ${loaded.recipe.name} builds ${loaded.recipe.architectures.join(" and ")}: leave it out to have each architecture's base resolved`,
    );
  const notes: string[] = [];
  for (const arch of loaded.recipe.architectures) {
    const parentImage = await parentFor(ctx, loaded.recipe, arch, regions[0]!, input.baseAmi, notes);
    const image = compileImage(loaded, { arch, parentImage, regions });
    const dir = path.join(outDir, loaded.recipe.name, arch);
    await mkdir(path.join(dir, "components"), { recursive: true });
    const files: Array<[string, string]> = [
      ...image.components.map((c): [string, string] => [path.join("components", `${c.name}.yml`), c.data]),
      ["image-recipe.json", json(image.imageRecipe)],
      ["infrastructure-configuration.json", json(image.infrastructure)],
      ["distribution-configuration.json", json(image.distribution)],
      ["manifest.json", json(image.manifest)],
      ["components.json", json(image.components.map(({ data: _d, ...meta }) => meta))],
    ];
    for (const [name, content] of files) {
      await writeFile(path.join(dir, name), content);
      written.push(path.join(dir, name));
    }
    images.push({
      arch,
      recipeHash: image.recipeHash,
      parentImage,
      version: image.imageRecipe.semanticVersion!,
      amiName: amiName(loaded.recipe.name, image.imageRecipe.semanticVersion!, arch),
      components: image.components.map((c) => ({ name: c.name, version: c.semanticVersion })),
    });
  }
  const text = [
    `compiled ${loaded.recipe.name} (${loaded.recipe.architectures.join(", ")}) for ${regions.join(", ")}:`,
    ...written.map((f) => `  ${displayPath(ctx, f)}`),
    ...images.map(
      (i) => `  ${i.arch}: image recipe version ${i.version}, AMI name ${i.amiName} (base ${i.parentImage})`,
    ),
    ...notes.map((n) => `  note: ${n}`),
  ].join("\n");
  const files = written.map((f) => rootRelative(ctx.root, f));
  return { ok: true, data: { recipe: loaded.recipe.name, regions, images, files }, text };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Files in --json stay relative to the config root (absolute outside it), whatever the cwd. */
function rootRelative(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel.startsWith("..") ? file : rel;
}

/**
 * The parent image bake would build from: the AMI given, else the recipe's base resolved now
 * (Amazon's SSM parameter) when AWS or the simulator answers, else the parameter itself —
 * the version then differs from bake's, which the note says.
 */
async function parentFor(
  ctx: Ports,
  recipe: Recipe,
  arch: Architecture,
  region: string,
  given: string | undefined,
  notes: string[],
): Promise<string> {
  if (given) return given;
  const base = resolveBaseParameter(recipe.base, arch);
  if (base.kind !== "ssm") return base.ami;
  try {
    return (await resolveBaseAmi(ctx.aws, { base: recipe.base, arch, region })).ami;
  } catch (error) {
    notes.push(
      `${arch}: the base ssm:${base.parameter} could not be resolved (${messageOf(error).split("\n")[0]}); ` +
        "the recipe version is computed for the parameter, while bake resolves it to an AMI first: pass --base-ami to compile exactly what bake makes",
    );
    return `ssm:${base.parameter}`;
  }
}
