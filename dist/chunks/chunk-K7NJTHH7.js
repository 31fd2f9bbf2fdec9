import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  compileImage
} from "./chunk-ISD2FGTV.js";
import {
  YamlSource
} from "./chunk-QTEFZJYW.js";
import {
  ConfigError
} from "./chunk-25FIIMCB.js";

// src/recipe/limits.ts
import path from "node:path";
var INLINE_COMPONENT_LIMIT = 16e3;
var FED_BY = {
  app: { path: ["files"], what: "files, cron entries and users" },
  system: { path: ["packages"], what: "packages, timezone and services" },
  agents: { path: ["agents"], what: "agents and their configs" },
  checks: { path: ["checks"], what: "checks" }
};
function inlineLimitFindings(loaded) {
  const out = [];
  for (const arch of loaded.recipe.architectures) {
    let components;
    try {
      components = compileImage(loaded, { arch, parentImage: "ami-00000000", regions: [] }).components;
    } catch {
      return out;
    }
    for (const c of components) {
      const size = [...c.data].length;
      if (size <= INLINE_COMPONENT_LIMIT) continue;
      const part = Object.entries(FED_BY).find(([suffix]) => c.name.endsWith(`-${suffix}`))?.[1];
      out.push({
        path: part?.path ?? ["name"],
        message: `component ${c.name} (${arch}) compiles to ${size} characters; Image Builder takes at most ${INLINE_COMPONENT_LIMIT} characters of inline component data. Move large ${part?.what ?? "content"} into a package or a file fetched at build time, or split the recipe`
      });
    }
    if (out.length > 0) break;
  }
  return out;
}
function compileProblems(project) {
  const problems = [];
  for (const loaded of project.recipes.values()) {
    const source = new YamlSource(
      path.relative(project.root, loaded.file).split(path.sep).join("/"),
      loaded.source
    );
    for (const f of inlineLimitFindings(loaded)) problems.push(source.problem(f));
  }
  return problems;
}
function assertCompilable(project) {
  const problems = compileProblems(project);
  if (problems.length > 0) throw new ConfigError(problems);
}

export {
  assertCompilable
};
