import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  findRecipe
} from "./chunk-COABUFVD.js";
import {
  assertCompilable
} from "./chunk-K7NJTHH7.js";
import {
  resolveBaseAmi
} from "./chunk-YJVTBTBA.js";
import {
  amiName,
  compileImage
} from "./chunk-ISD2FGTV.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-KM55L6OI.js";
import "./chunk-APSVUJUW.js";
import "./chunk-2Z6C5QLB.js";
import {
  resolveBaseParameter
} from "./chunk-VF6VSLYK.js";
import "./chunk-DUHWOJWS.js";
import {
  displayPath
} from "./chunk-RQQVW77K.js";
import {
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-CLJXRIPF.js";
import "./chunk-CXZE2OG5.js";
import {
  UsageError,
  messageOf
} from "./chunk-25FIIMCB.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/compile.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
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
  if (input.baseAmi && loaded.recipe.architectures.length > 1)
    throw new UsageError(
      `--base-ami names one AMI, but recipe ${loaded.recipe.name} builds ${loaded.recipe.architectures.join(" and ")}: leave it out to have each architecture's base resolved`
    );
  const notes = [];
  for (const arch of loaded.recipe.architectures) {
    const parentImage = await parentFor(ctx, loaded.recipe, arch, regions[0], input.baseAmi, notes);
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
      version: image.imageRecipe.semanticVersion,
      amiName: amiName(loaded.recipe.name, image.imageRecipe.semanticVersion, arch),
      components: image.components.map((c) => ({ name: c.name, version: c.semanticVersion }))
    });
  }
  const text = [
    `compiled ${loaded.recipe.name} (${loaded.recipe.architectures.join(", ")}) for ${regions.join(", ")}:`,
    ...written.map((f) => `  ${displayPath(ctx, f)}`),
    ...images.map(
      (i) => `  ${i.arch}: image recipe version ${i.version}, AMI name ${i.amiName} (base ${i.parentImage})`
    ),
    ...notes.map((n) => `  note: ${n}`)
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
async function parentFor(ctx, recipe, arch, region, given, notes) {
  if (given) return given;
  const base = resolveBaseParameter(recipe.base, arch);
  if (base.kind !== "ssm") return base.ami;
  try {
    return (await resolveBaseAmi(ctx.aws, { base: recipe.base, arch, region })).ami;
  } catch (error) {
    notes.push(
      `${arch}: the base ssm:${base.parameter} could not be resolved (${messageOf(error).split("\n")[0]}); the recipe version is computed for the parameter, while bake resolves it to an AMI first: pass --base-ami to compile exactly what bake makes`
    );
    return `ssm:${base.parameter}`;
  }
}
export {
  compile
};
