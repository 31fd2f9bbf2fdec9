import path from "node:path";
import type { LoadedRecipe, Project } from "../config/load.js";
import { type Finding, YamlSource } from "../config/yaml-source.js";
import { ConfigError, type ConfigProblem } from "../errors.js";
import { compileImage } from "./compile.js";

/**
 * CreateComponent takes at most 16,000 characters of inline `data` (AWS's model of the API,
 * InlineComponentData; https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateComponent.html).
 * A recipe whose compiled component is longer would pass everything here and fail on AWS, so
 * validate refuses it, naming the component, its size and what fills it. (The alternative,
 * uploading the document to S3 and passing `uri`, needs a bucket the toolkit does not own.)
 */
export const INLINE_COMPONENT_LIMIT = 16_000;

/** Which recipe fields feed each component, for the hint on splitting it. */
const FED_BY: Record<string, { path: string[]; what: string }> = {
  app: { path: ["files"], what: "files, cron entries and users" },
  system: { path: ["packages"], what: "packages, timezone and services" },
  agents: { path: ["agents"], what: "agents and their configs" },
  checks: { path: ["checks"], what: "checks" },
};

export function inlineLimitFindings(loaded: LoadedRecipe): Finding[] {
  const out: Finding[] = [];
  for (const arch of loaded.recipe.architectures) {
    let components: ReturnType<typeof compileImage>["components"];
    try {
      components = compileImage(loaded, { arch, parentImage: "ami-00000000", regions: [] }).components;
    } catch {
      return out; // the recipe's own problems (missing templates, …) are reported by its rules
    }
    for (const c of components) {
      const size = [...c.data].length;
      if (size <= INLINE_COMPONENT_LIMIT) continue;
      const part = Object.entries(FED_BY).find(([suffix]) => c.name.endsWith(`-${suffix}`))?.[1];
      out.push({
        path: part?.path ?? ["name"],
        message:
          `component ${c.name} (${arch}) compiles to ${size} characters; Image Builder takes at most ` +
          `${INLINE_COMPONENT_LIMIT} characters of inline component data. Move large ${part?.what ?? "content"} ` +
          "into a package or a file fetched at build time, or split the recipe",
      });
    }
    if (out.length > 0) break; // the same overflow on every architecture: said once
  }
  return out;
}

/**
 * The problems a recipe has only once compiled (components over Image Builder's inline limit),
 * as file:line:column problems. Asked by the commands that compile or bake, and by validate:
 * loading a project for a rollout compiles nothing.
 */
export function compileProblems(project: Pick<Project, "root" | "recipes">): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const loaded of project.recipes.values()) {
    const source = new YamlSource(
      path.relative(project.root, loaded.file).split(path.sep).join("/"),
      loaded.source,
    );
    for (const f of inlineLimitFindings(loaded)) problems.push(source.problem(f));
  }
  return problems;
}

/** Throws the compile problems of the project's recipes as one ConfigError (exit 2). */
export function assertCompilable(project: Pick<Project, "root" | "recipes">): void {
  const problems = compileProblems(project);
  if (problems.length > 0) throw new ConfigError(problems);
}
