import { formatProblemFor } from "../config/display-path.js";
import { environmentsInOrder, loadProject } from "../config/load.js";
import type { ConfigProblem } from "../errors.js";
import { assertCompilable } from "../recipe/limits.js";
import type { CommandResult, Ports } from "./context.js";

export interface ValidateInput {
  eolError?: boolean;
}

export interface ValidateData {
  ok: true;
  recipes: Array<{ name: string; file: string; base: string; architectures: string[] }>;
  environments: Array<{
    name: string;
    file: string;
    recipe: string;
    pinned: string | null;
    from: string | null;
  }>;
  /** Always empty here: with problems, validate exits 2 and --json prints them (src/commands/run.ts). */
  problems: ConfigProblem[];
  /** Files relative to the config root `root`. */
  warnings: ConfigProblem[];
  root: string;
}

/**
 * Validates every recipe and environment. Problems throw a ConfigError (exit 2, one line per
 * problem, file:line:column); warnings are printed and the command succeeds.
 */
export async function validate(ctx: Ports, input: ValidateInput = {}): Promise<CommandResult<ValidateData>> {
  const options = input.eolError ? { eolError: true } : {};
  const project = await loadProject(ctx.root, options);
  // Problems a recipe has only once compiled (Image Builder's inline component limit).
  assertCompilable(project);
  const relative = (file: string) => file.slice(project.root.length + 1);
  const envs = environmentsInOrder(project);
  const data: ValidateData = {
    ok: true,
    recipes: [...project.recipes.values()].map((r) => ({
      name: r.recipe.name,
      file: relative(r.file),
      base: r.recipe.base,
      architectures: [...r.recipe.architectures],
    })),
    environments: envs.map((e) => ({
      name: e.env.name,
      file: relative(e.file),
      recipe: e.env.recipe,
      pinned: e.env.pin.ami,
      from: e.env.promotion.from ?? null,
    })),
    problems: [],
    warnings: project.warnings.map(({ file, line, column, path, message }) => ({
      file,
      line,
      column,
      path,
      message,
      severity: "warning" as const,
    })),
    root: project.root,
  };
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    ...project.warnings.map((p) => formatProblemFor(ctx, p)),
    `valid: ${count(data.recipes.length, "recipe")}, ${count(envs.length, "environment")} (${envs.map((e) => e.env.name).join(" → ")})` +
      (project.warnings.length ? `; ${count(project.warnings.length, "warning")}` : ""),
  ];
  return { ok: true, data, text: lines.join("\n") };
}
