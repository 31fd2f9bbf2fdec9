import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { displayPath } from "../config/display-path.js";
import { loadProject, type Project } from "../config/load.js";
import { closest } from "../config/suggest.js";
import { UsageError } from "../errors.js";
import { resolveBaseParameter } from "../recipe/base-image.js";
import { compileImage } from "../recipe/compile.js";
import { assertCompilable } from "../recipe/limits.js";
import type { CommandResult, Ports } from "./context.js";

export interface CompileInput {
  recipe: string;
  /** Output directory, relative to the config root. */
  out?: string;
}

export function findRecipe(project: Project, name: string) {
  const loaded = project.recipes.get(name);
  if (loaded) return loaded;
  const known = [...project.recipes.keys()];
  const hint = closest(name, known);
  throw new UsageError(
    `no recipe named '${name}' (known: ${known.join(", ") || "none"})${hint ? ` — did you mean '${hint}'?` : ""}`,
  );
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
  for (const arch of loaded.recipe.architectures) {
    const base = resolveBaseParameter(loaded.recipe.base, arch);
    const parentImage = base.kind === "ssm" ? `ssm:${base.parameter}` : base.ami;
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
      components: image.components.map((c) => ({ name: c.name, version: c.semanticVersion })),
    });
  }
  const text = [
    `compiled ${loaded.recipe.name} (${loaded.recipe.architectures.join(", ")}) for ${regions.join(", ")}:`,
    ...written.map((f) => `  ${displayPath(ctx, f)}`),
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
