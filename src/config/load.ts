import { realpathSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { ConfigError, type ConfigProblem } from "../errors.js";
import { resolveConfigPath } from "./config-paths.js";
import { nonDeliveryProblem } from "./fluentd-outputs.js";
import { type EnvironmentView, environmentFindings } from "./rules/environments.js";
import { recipeFindings } from "./rules/recipe.js";
import { stepNameFindings } from "./rules/step-names.js";
import { controlCharacterFindings, environmentMultiLine, recipeMultiLine } from "./rules/strings.js";
import { type Environment, environmentSchema, type Recipe, recipeSchema } from "./schema.js";
import {
  recipeTemplates,
  renderTemplate,
  templateContext,
  templateViolations,
  undefinedVariables,
} from "./templates.js";
import { type Finding, formatPath, type PathSegment, YamlSource } from "./yaml-source.js";
import { findingsFromIssues } from "./zod-problems.js";

export const RECIPES_DIR = "image-recipes";
export const ENVIRONMENTS_DIR = "environments";

export interface LoadedRecipe {
  recipe: Recipe;
  /**
   * The config root (real path); every file the recipe names resolves inside it. Unset in
   * hand-built values: the parent of the recipe's directory (image-recipes/..).
   */
  root?: string;
  /** Absolute path of the recipe file. */
  file: string;
  /** The recipe file's directory; template paths are relative to it. */
  dir: string;
  source: string;
}

export interface LoadedEnvironment {
  env: Environment;
  /** Absolute path of the environment file. */
  file: string;
  source: string;
}

export interface Project {
  root: string;
  recipes: Map<string, LoadedRecipe>;
  environments: Map<string, LoadedEnvironment>;
  /** Problems that do not stop anything (e.g. the base OS is past end of support). */
  warnings: ConfigProblem[];
}

export interface LoadOptions {
  /** Treat an end-of-life base OS as an error (`validate --eol-error`). */
  eolError?: boolean;
}

/**
 * Loads and validates every recipe and environment under `root`. Throws one ConfigError that
 * lists every problem found, each with file:line:column, the field path and what was expected.
 */
export async function loadProject(root: string, options: LoadOptions = {}): Promise<Project> {
  // The real path: every file a recipe names must resolve inside it, links followed.
  const absRoot = realPath(path.resolve(root));
  const problems: ConfigProblem[] = [];
  const rel = (file: string) => path.relative(absRoot, file) || ".";

  const recipeFiles = await yamlFiles(absRoot, RECIPES_DIR);
  const envFiles = await yamlFiles(absRoot, ENVIRONMENTS_DIR);
  if (recipeFiles === undefined && envFiles === undefined) {
    problems.push({
      file: rel(absRoot),
      line: 1,
      column: 1,
      path: "",
      message: `no ${RECIPES_DIR}/ or ${ENVIRONMENTS_DIR}/ here; is this the config root? (use -C DIR)`,
    });
    throw new ConfigError(problems);
  }

  // Names of every file, valid or not, so one broken file does not make others refer to "nothing".
  const declaredRecipes = new Set<string>();
  const declaredEnvs = new Set<string>();
  const recipes = new Map<string, LoadedRecipe>();
  const recipeSources = new Map<string, YamlSource>();
  for (const file of recipeFiles ?? []) {
    const loaded = await loadFile(file, rel(file), recipeSchema, problems, declaredRecipes, recipeMultiLine);
    if (!loaded) continue;
    const { value: recipe, source } = loaded;
    if (!checkName(recipe.name, file, recipes, source, problems, "recipe")) continue;
    recipes.set(recipe.name, { recipe, root: absRoot, file, dir: path.dirname(file), source: source.text });
    recipeSources.set(recipe.name, source);
    const findings = [...recipeFindings(recipe, options), ...stepNameFindings(recipe)];
    for (const f of findings) problems.push(source.problem(f));
  }

  const environments = new Map<string, LoadedEnvironment>();
  const views = new Map<string, EnvironmentView>();
  for (const file of envFiles ?? []) {
    const loaded = await loadFile(
      file,
      rel(file),
      environmentSchema,
      problems,
      declaredEnvs,
      environmentMultiLine,
    );
    if (!loaded) continue;
    const { value: env, source } = loaded;
    if (!checkName(env.name, file, environments, source, problems, "environment")) continue;
    environments.set(env.name, { env, file, source: source.text });
    views.set(env.name, { env, report: (f: Finding) => problems.push(source.problem(f)) });
  }
  environmentFindings(views, { recipes: [...declaredRecipes], environments: [...declaredEnvs] });

  for (const [name, loaded] of recipes) {
    const users = [...environments.values()].filter((e) => e.env.recipe === name);
    problems.push(...(await templateProblems(loaded, recipeSources.get(name) as YamlSource, users, rel)));
  }

  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity !== "warning");
  const warnings = sorted.filter((p) => p.severity === "warning");
  if (errors.length > 0) throw new ConfigError([...errors, ...warnings]);
  return { root: absRoot, recipes, environments, warnings };
}

/** The config root a recipe's file references must stay inside. */
export function configRootOf(loaded: Pick<LoadedRecipe, "root" | "dir">): string {
  return loaded.root ?? path.dirname(loaded.dir);
}

/** Environments in promotion order: each stage after the one it promotes from (dev, staging, prod). */
export function environmentsInOrder(project: Project): LoadedEnvironment[] {
  const all = [...project.environments.values()].sort((a, b) => a.env.name.localeCompare(b.env.name));
  const children = new Map<string, LoadedEnvironment[]>();
  const roots: LoadedEnvironment[] = [];
  for (const e of all) {
    const from = e.env.promotion.from;
    if (from === undefined || !project.environments.has(from)) roots.push(e);
    else children.set(from, [...(children.get(from) ?? []), e]);
  }
  const out: LoadedEnvironment[] = [];
  const queue = [...roots];
  while (queue.length > 0) {
    const next = queue.shift() as LoadedEnvironment;
    if (out.includes(next)) continue;
    out.push(next);
    queue.push(...(children.get(next.env.name) ?? []));
  }
  return [...out, ...all.filter((e) => !out.includes(e))];
}

function realPath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

async function yamlFiles(root: string, dir: string): Promise<string[] | undefined> {
  try {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
      .map((e) => path.join(root, dir, e.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function loadFile<S extends z.ZodType>(
  file: string,
  relFile: string,
  schema: S,
  problems: ConfigProblem[],
  declared: Set<string>,
  multiLine: (path: readonly PathSegment[]) => boolean,
): Promise<{ value: z.output<S>; source: YamlSource } | undefined> {
  const source = new YamlSource(relFile, await readFile(file, "utf8"));
  declared.add(declaredName(source, file));
  if (source.syntaxProblems.length > 0) {
    problems.push(...source.syntaxProblems);
    return undefined;
  }
  const data = source.value();
  if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
    problems.push(
      source.problem({
        path: [],
        message: `expected a mapping of settings, got ${data === undefined || data === null ? "an empty file" : Array.isArray(data) ? "a list" : `'${String(data)}'`}`,
      }),
    );
    return undefined;
  }
  for (const f of controlCharacterFindings(data, multiLine)) problems.push(source.problem(f));
  const parsed = schema.safeParse(data);
  if (parsed.success) return { value: parsed.data, source };
  for (const f of findingsFromIssues(parsed.error.issues, schema, data)) problems.push(source.problem(f));
  // Unknown keys alone should not hide the other rules' findings: check the rest without them.
  if (parsed.error.issues.every((i) => i.code === "unrecognized_keys")) {
    const reparsed = schema.safeParse(withoutKeys(data, parsed.error.issues));
    if (reparsed.success) return { value: reparsed.data, source };
  }
  return undefined;
}

function withoutKeys(data: object, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    let target: unknown = copy;
    for (const seg of issue.path) target = (target as Record<PropertyKey, unknown>)[seg as string];
    for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
  }
  return copy;
}

/** The name a file declares, even when the rest of it is invalid (so others can refer to it). */
function declaredName(source: YamlSource, file: string): string {
  const data = source.syntaxProblems.length ? undefined : source.value();
  const name = data && typeof data === "object" ? (data as { name?: unknown }).name : undefined;
  return typeof name === "string" ? name : path.basename(file).replace(/\.ya?ml$/, "");
}

function checkName(
  name: string,
  file: string,
  seen: Map<string, unknown>,
  source: YamlSource,
  problems: ConfigProblem[],
  what: string,
): boolean {
  const stem = path.basename(file).replace(/\.ya?ml$/, "");
  if (name !== stem) {
    problems.push(
      source.problem({
        path: ["name"],
        message: `${what} name '${name}' must match its file name '${stem}'`,
      }),
    );
    return false;
  }
  if (seen.has(name)) {
    problems.push(source.problem({ path: ["name"], message: `another ${what} is already named '${name}'` }));
    return false;
  }
  return true;
}

/** A stand-in instance id, for rendering the hostname at validate time. */
const SAMPLE_INSTANCE_ID = "i-0123456789abcdef0";
const HOST_NAME =
  /^(?=.{1,64}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/**
 * Template files resolve inside the config root, pass the safety check (with everything they
 * include), and render with every environment that uses the recipe.
 */
async function templateProblems(
  loaded: LoadedRecipe,
  source: YamlSource,
  users: LoadedEnvironment[],
  rel: (file: string) => string,
): Promise<ConfigProblem[]> {
  const out: ConfigProblem[] = [];
  const recipe = loaded.recipe;
  const refs: Array<{ label: string; text: string; file: string; path: Array<string | number> }> = [];
  for (const ref of recipeTemplates(recipe)) {
    const resolved = resolveConfigPath({ root: configRootOf(loaded), from: loaded.dir, ref: ref.template });
    if (!resolved.ok) {
      out.push(
        source.problem({
          path: ref.path,
          message: resolved.missing
            ? `template '${ref.template}' not found (looked for ${resolved.looked})`
            : `template ${resolved.reason}`,
        }),
      );
      continue;
    }
    refs.push({
      label: rel(resolved.file),
      text: await readFile(resolved.file, "utf8"),
      file: resolved.file,
      path: ref.path,
    });
  }
  if (recipe.hostname !== undefined)
    refs.push({ label: source.file, text: recipe.hostname, file: loaded.file, path: ["hostname"] });

  for (const ref of refs) {
    const inRecipe = ref.path[0] === "hostname";
    const field = formatPath(ref.path);
    const at = (file: string, line: number, column: number) =>
      inRecipe && file === ref.file
        ? { file: ref.label, ...source.position(ref.path) }
        : { file: file === ref.file ? ref.label : rel(file), line, column };
    const origin = { root: configRootOf(loaded), file: ref.file };
    const violations = templateViolations(ref.text, origin);
    for (const v of violations)
      out.push({ ...at(v.file, v.line, v.column), path: field, message: v.message });
    if (violations.length > 0) continue;

    const silent = new Map<string, { line: number; message: string; envs: string[] }>();
    for (const user of users) {
      const context = templateContext(recipe, user.env);
      if (inRecipe) context.instance_id = SAMPLE_INSTANCE_ID;
      const undefinedUses = undefinedVariables(ref.text, context);
      for (const use of undefinedUses) {
        out.push({
          ...at(ref.file, use.line, use.column),
          path: inRecipe ? "hostname" : "",
          message: `'${use.name}' is undefined for environment '${user.env.name}' (add it to vars in ${rel(user.file)})`,
        });
      }
      if (undefinedUses.length > 0) continue;
      let rendered: string;
      try {
        rendered = renderTemplate(ref.text, context, origin);
      } catch (error) {
        const failure = renderFailure(error, ref.file);
        out.push({
          ...at(failure.file, failure.line, failure.column),
          path: field,
          message: `renders with an error for environment '${user.env.name}': ${failure.message}`,
        });
        continue;
      }
      if (inRecipe) {
        const name = rendered.trim();
        if (!HOST_NAME.test(name))
          out.push({
            ...at(ref.file, 1, 1),
            path: "hostname",
            message: `renders as '${JSON.stringify(name).slice(1, -1)}' for environment '${user.env.name}': not a host name (letters, digits and '-', dot-separated, at most 64 characters)`,
          });
      }
      if (ref.path[0] === "agents") {
        const problem = fluentdDeliveryProblem(ref.text, rendered);
        if (problem) {
          const key = `${problem.line}\0${problem.message}`;
          const entry = silent.get(key) ?? { ...problem, envs: [] };
          entry.envs.push(user.env.name);
          silent.set(key, entry);
        }
      }
    }
    for (const p of silent.values()) {
      const envs =
        p.envs.length === 1
          ? `environment '${p.envs[0]}'`
          : `environments ${p.envs.map((e) => `'${e}'`).join(", ")}`;
      out.push({
        file: ref.label,
        line: p.line,
        column: 1,
        path: "",
        message: `fluentd config rendered for ${envs}: ${p.message}`,
      });
    }
  }
  return out;
}

/** Where a render failed (nunjucks names the file and position in its message) and why. */
function renderFailure(
  error: unknown,
  file: string,
): { file: string; line: number; column: number; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const m = /\((.*?)\)(?: \[Line (\d+), Column (\d+)\])?\s*([\s\S]*)$/.exec(text);
  const where = m?.[1] && m[1] !== "unknown path" ? m[1] : file;
  const message = (m?.[4] ?? text).replace(/^\s*(?:Error|TypeError):\s*/, "").trim();
  return { file: where, line: Number(m?.[2] ?? 1), column: Number(m?.[3] ?? 1), message };
}

/**
 * The fluentd config as an environment renders it, checked for a `<match>` that delivers
 * somewhere; the line is mapped back to the template (the rendered line's text found there).
 */
function fluentdDeliveryProblem(
  template: string,
  rendered: string,
): { line: number; message: string } | undefined {
  const problem = nonDeliveryProblem(rendered);
  if (!problem) return undefined;
  const renderedLine = rendered.split("\n")[problem.line - 1]?.trim();
  const templateLines = template.split("\n");
  const found = renderedLine ? templateLines.findIndex((l) => l.trim() === renderedLine) : -1;
  const line = found >= 0 ? found + 1 : Math.min(problem.line, templateLines.length);
  return { line, message: problem.message };
}

function sortProblems(problems: ConfigProblem[]): ConfigProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
