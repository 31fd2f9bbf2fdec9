import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  assertCompilable
} from "./chunk-KETNNVQF.js";
import {
  compileImage
} from "./chunk-SGWNE6O7.js";
import {
  resolveBaseParameter
} from "./chunk-VF6VSLYK.js";
import {
  displayPath
} from "./chunk-RQQVW77K.js";
import {
  loadProject
} from "./chunk-YGID37AB.js";
import {
  closest
} from "./chunk-QTEFZJYW.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";

// src/commands/compile.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
function findRecipe(project, name) {
  const loaded = project.recipes.get(name);
  if (loaded) return loaded;
  const known = [...project.recipes.keys()];
  const hint = closest(name, known);
  throw new UsageError(
    `no recipe named '${name}' (known: ${known.join(", ") || "none"})${hint ? ` \u2014 did you mean '${hint}'?` : ""}`
  );
}
async function compile(ctx, input) {
  const project = await loadProject(ctx.root);
  assertCompilable(project);
  const loaded = findRecipe(project, input.recipe);
  const regions = [
    ...new Set(
      [...project.environments.values()].filter((e) => e.env.recipe === loaded.recipe.name).map((e) => e.env.region)
    )
  ];
  if (regions.length === 0)
    throw new UsageError(
      `no environment uses recipe '${loaded.recipe.name}', so there is no region to distribute to`
    );
  const outDir = path.resolve(ctx.root, input.out ?? "out");
  const written = [];
  const images = [];
  for (const arch of loaded.recipe.architectures) {
    const base = resolveBaseParameter(loaded.recipe.base, arch);
    const parentImage = base.kind === "ssm" ? `ssm:${base.parameter}` : base.ami;
    const image = compileImage(loaded, { arch, parentImage, regions });
    const dir = path.join(outDir, loaded.recipe.name, arch);
    await mkdir(path.join(dir, "components"), { recursive: true });
    const files2 = [
      ...image.components.map((c) => [path.join("components", `${c.name}.yml`), c.data]),
      ["image-recipe.json", json(image.imageRecipe)],
      ["infrastructure-configuration.json", json(image.infrastructure)],
      ["distribution-configuration.json", json(image.distribution)],
      ["manifest.json", json(image.manifest)],
      ["components.json", json(image.components.map(({ data: _d, ...meta }) => meta))]
    ];
    for (const [name, content] of files2) {
      await writeFile(path.join(dir, name), content);
      written.push(path.join(dir, name));
    }
    images.push({
      arch,
      recipeHash: image.recipeHash,
      parentImage,
      components: image.components.map((c) => ({ name: c.name, version: c.semanticVersion }))
    });
  }
  const text = [
    `compiled ${loaded.recipe.name} (${loaded.recipe.architectures.join(", ")}) for ${regions.join(", ")}:`,
    ...written.map((f) => `  ${displayPath(ctx, f)}`)
  ].join("\n");
  const files = written.map((f) => rootRelative(ctx.root, f));
  return { ok: true, data: { recipe: loaded.recipe.name, regions, images, files }, text };
}
function json(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
function rootRelative(root, file) {
  const rel = path.relative(root, file);
  return rel.startsWith("..") ? file : rel;
}

export {
  findRecipe,
  compile
};
