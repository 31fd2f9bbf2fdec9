import path from "node:path";
import { type LoadedRecipe, loadProject } from "../../src/config/load.js";
import type { Architecture, BaseOs } from "../../src/config/schema.js";
import { resolveBaseParameter } from "../../src/recipe/base-image.js";
import { type CompiledImage, compileImage } from "../../src/recipe/compile.js";

export const REPO = path.resolve(import.meta.dirname, "../..");

/** The example recipe, with its base switched to `os` (the AL2023 variant gets the migration lint's fixes). */
export async function exampleRecipe(os: BaseOs): Promise<LoadedRecipe> {
  const project = await loadProject(REPO);
  const loaded = project.recipes.get("web") as LoadedRecipe;
  if (os === "amazon-linux-2") return loaded;
  const r = structuredClone(loaded.recipe);
  r.base = "amazon-linux-2023";
  r.packages.yum = r.packages.yum
    .map((p) => (p === "mariadb" ? "mariadb105" : p === "mariadb-devel" ? "mariadb105-devel" : p))
    .concat(["ruby3.2", "cronie"]);
  r.packages.yum = r.packages.yum.filter((p) => p !== "ruby-devel").concat(["ruby3.2-devel"]);
  r.packages["amazon-linux-extras"] = [];
  return { ...loaded, recipe: r };
}

export async function compileExample(os: BaseOs, arch: Architecture): Promise<CompiledImage> {
  const loaded = await exampleRecipe(os);
  const base = resolveBaseParameter(loaded.recipe.base, arch);
  return compileImage(loaded, {
    arch,
    parentImage: base.kind === "ssm" ? `ssm:${base.parameter}` : base.ami,
    regions: ["ap-northeast-1"],
  });
}

export const VARIANTS: Array<[BaseOs, Architecture]> = [
  ["amazon-linux-2", "x86_64"],
  ["amazon-linux-2", "arm64"],
  ["amazon-linux-2023", "x86_64"],
  ["amazon-linux-2023", "arm64"],
];
