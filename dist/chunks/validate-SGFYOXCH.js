import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  assertCompilable
} from "./chunk-K7NJTHH7.js";
import "./chunk-ISD2FGTV.js";
import "./chunk-QB6V435S.js";
import "./chunk-4ZEUDONS.js";
import "./chunk-KM55L6OI.js";
import "./chunk-APSVUJUW.js";
import "./chunk-2Z6C5QLB.js";
import "./chunk-DUHWOJWS.js";
import {
  formatProblemFor
} from "./chunk-RQQVW77K.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/validate.ts
async function validate(ctx, input = {}) {
  const options = input.eolError ? { eolError: true } : {};
  const project = await loadProject(ctx.root, options);
  assertCompilable(project);
  const relative = (file) => file.slice(project.root.length + 1);
  const envs = environmentsInOrder(project);
  const data = {
    ok: true,
    recipes: [...project.recipes.values()].map((r) => ({
      name: r.recipe.name,
      file: relative(r.file),
      base: r.recipe.base,
      architectures: [...r.recipe.architectures]
    })),
    environments: envs.map((e) => ({
      name: e.env.name,
      file: relative(e.file),
      recipe: e.env.recipe,
      pinned: e.env.pin.ami,
      from: e.env.promotion.from ?? null
    })),
    problems: [],
    warnings: project.warnings.map(({ file, line, column, path, message }) => ({
      file,
      line,
      column,
      path,
      message,
      severity: "warning"
    })),
    root: project.root
  };
  const count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    ...project.warnings.map((p) => formatProblemFor(ctx, p)),
    `valid: ${count(data.recipes.length, "recipe")}, ${count(envs.length, "environment")} (${envs.map((e) => e.env.name).join(" \u2192 ")})` + (project.warnings.length ? `; ${count(project.warnings.length, "warning")}` : "")
  ];
  return { ok: true, data, text: lines.join("\n") };
}
export {
  validate
};
