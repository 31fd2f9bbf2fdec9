import { readFileSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { resolveConfigPath } from "./config-paths.js";
import type { Environment, Recipe } from "./schema.js";
import {
  ALLOWED_GLOBALS,
  isForbiddenKey,
  isForbiddenVariable,
  parseTemplate,
  type TemplateNode,
  type TemplateOrigin,
  type TemplateViolation,
  templateViolations,
} from "./template-safety.js";

export {
  parseTemplate,
  type TemplateOrigin,
  TemplateSyntaxError,
  type TemplateViolation,
  templateViolations,
} from "./template-safety.js";

/** A use of a variable the rendering context does not define. */
export interface UndefinedUse {
  name: string;
  /** 1-based. */
  line: number;
  column: number;
}

/** A template that the safety check refused; nothing of it was rendered. */
export class UnsafeTemplateError extends Error {
  constructor(readonly violations: TemplateViolation[]) {
    super(violations.map((v) => `${v.file}:${v.line}:${v.column}: ${v.message}`).join("\n"));
  }
}

/**
 * The values a recipe template sees: the environment's vars plus a few facts about where it
 * runs (`environment`, `region`, `recipe`, `fluentd_monitor_port`). Templates are rendered by the toolkit when it composes an instance's user data, so the
 * same function renders at validate time and at launch.
 */
export function templateContext(recipe: Recipe, env: Environment): Record<string, unknown> {
  const context: Record<string, unknown> = {
    ...env.vars,
    environment: env.name,
    region: env.region,
    recipe: recipe.name,
  };
  if (recipe.agents.fluentd) context.fluentd_monitor_port = recipe.agents.fluentd.monitorPort;
  return context;
}

/**
 * Renders a template (Jinja2-compatible) with strict undefined handling. The template and
 * everything it includes pass the safety check first (template-safety.ts); one that does not
 * is never compiled. Includes resolve relative to the including file, inside `origin.root`;
 * without an origin (a template that is not a recipe's file) nothing can be included.
 */
export function renderTemplate(
  source: string,
  context: Record<string, unknown>,
  origin?: TemplateOrigin,
): string {
  const violations = templateViolations(source, origin);
  if (violations.length > 0) throw new UnsafeTemplateError(violations);
  return new nunjucks.Template(source, environmentFor(origin?.root), origin?.file).render(context);
}

const environments = new Map<string, nunjucks.Environment>();

function environmentFor(root: string | undefined): nunjucks.Environment {
  const key = root === undefined ? "" : path.resolve(root);
  let env = environments.get(key);
  if (!env) {
    const loader = key === "" ? null : (new ConfigRootLoader(key) as unknown as nunjucks.ILoader);
    env = new nunjucks.Environment(loader, { autoescape: false, throwOnUndefined: true });
    const globals = (env as unknown as { globals: Record<string, Callable> }).globals;
    // cycler() and joiner() hand out objects with methods; range() is the one global kept.
    for (const name of Object.keys(globals)) if (!ALLOWED_GLOBALS.has(name)) delete globals[name];
    for (const name of ALLOWED_GLOBALS) if (globals[name]) callableGlobals.add(globals[name]);
    environments.set(key, env);
  }
  return env;
}

/** Reads included templates through the same rule as every recipe path: inside the root, links followed. */
class ConfigRootLoader {
  constructor(private readonly root: string) {}

  isRelative(): boolean {
    return true;
  }

  resolve(from: string, to: string): string {
    return path.resolve(path.dirname(from), to);
  }

  getSource(name: string): { src: string; path: string; noCache: boolean } | null {
    const resolved = resolveConfigPath({
      root: this.root,
      from: path.dirname(name),
      ref: path.basename(name),
    });
    if (!resolved.ok) {
      if (resolved.missing) return null;
      throw new Error(resolved.reason);
    }
    return { src: readFileSync(resolved.file, "utf8"), path: name, noCache: true };
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the runtime calls these with whatever a template holds
type Callable = (...args: any[]) => unknown;

interface NunjucksRuntime {
  memberLookup(obj: unknown, val: unknown): unknown;
  callWrap(obj: unknown, name: string, context: unknown, args: unknown[]): unknown;
  contextOrFrameLookup(context: unknown, frame: unknown, name: string): unknown;
  makeMacro(...args: unknown[]): Callable;
}

/** Functions a template may call: its macros (and call blocks) and the allowed globals. */
const macros = new WeakSet<Callable>();
const callableGlobals = new WeakSet<Callable>();

/**
 * The runtime guard behind the static check, in case a construct slips past it: property
 * reads see only a value's own data (never a prototype, never a function's properties), and
 * only macros and range() can be called. nunjucks' own jinja-compat mode replaces
 * `runtime.memberLookup` the same way; this process renders no other nunjucks templates.
 */
function installRuntimeGuard(): void {
  const runtime = (nunjucks as unknown as { runtime: NunjucksRuntime }).runtime;
  const refuse = (what: string) => {
    throw new Error(`refused by the template guard: ${what}`);
  };
  const makeMacro = runtime.makeMacro;
  runtime.makeMacro = (...args: unknown[]) => {
    const macro = makeMacro(...args);
    macros.add(macro);
    return macro;
  };
  runtime.memberLookup = (obj: unknown, val: unknown) => {
    if (obj === undefined || obj === null) return undefined;
    if (typeof val !== "string" && typeof val !== "number") return refuse(`a key of type ${typeof val}`);
    const key = String(val);
    if (isForbiddenKey(key)) return refuse(`reading '${key}'`);
    if (typeof obj === "function") return refuse(`reading '${key}' of a function`);
    if (typeof obj !== "object" && typeof obj !== "string") return undefined;
    return Object.hasOwn(Object(obj), key) ? (obj as Record<string, unknown>)[key] : undefined;
  };
  const callWrap = runtime.callWrap;
  runtime.callWrap = (obj: unknown, name: string, context: unknown, args: unknown[]) => {
    if (typeof obj !== "function" || !(macros.has(obj as Callable) || callableGlobals.has(obj as Callable)))
      return refuse(`calling '${name}' (only macros and range() can be called)`);
    return callWrap(obj, name, context, args);
  };
  const lookup = runtime.contextOrFrameLookup;
  runtime.contextOrFrameLookup = (context: unknown, frame: unknown, name: string) =>
    isForbiddenVariable(name) ? refuse(`the name '${name}'`) : lookup(context, frame, name);
}
installRuntimeGuard();

/**
 * Every `{{ … }}` output that would render an undefined value with this context — what
 * nunjucks' throwOnUndefined stops at, but all of them at once and with the variable's name.
 * Names bound inside the template (for, set, macro) are not looked up.
 */
export function undefinedVariables(source: string, context: Record<string, unknown>): UndefinedUse[] {
  const ast = parseTemplate(source);
  const found: UndefinedUse[] = [];
  walk(ast, new Set(), context, found);
  const seen = new Set<string>();
  return found.filter((u) => {
    const key = `${u.name}@${u.line}:${u.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function children(node: TemplateNode): TemplateNode[] {
  const out: TemplateNode[] = [];
  for (const field of node.fields ?? []) {
    const v = node[field];
    if (Array.isArray(v)) out.push(...(v as TemplateNode[]));
    else if (v && typeof v === "object" && "typename" in v) out.push(v as TemplateNode);
  }
  if (node.children && !(node.fields ?? []).includes("children")) out.push(...node.children);
  return out;
}

function boundNames(target: TemplateNode | undefined, into: Set<string>): void {
  if (!target) return;
  if (target.typename === "Symbol") into.add(String(target.value));
  for (const c of children(target)) boundNames(c, into);
}

function walk(
  node: TemplateNode,
  bound: Set<string>,
  context: Record<string, unknown>,
  found: UndefinedUse[],
): void {
  switch (node.typename) {
    case "For":
    case "AsyncEach":
    case "AsyncAll": {
      const inner = new Set(bound);
      boundNames(node.name as TemplateNode, inner);
      inner.add("loop");
      walk(node.arr as TemplateNode, bound, context, found);
      if (node.body) walk(node.body as TemplateNode, inner, context, found);
      if (node.else_) walk(node.else_ as TemplateNode, bound, context, found);
      return;
    }
    case "Set":
      for (const t of (node.targets as TemplateNode[]) ?? []) boundNames(t, bound);
      if (node.body) walk(node.body as TemplateNode, bound, context, found);
      return;
    case "Macro":
    case "Caller":
      boundNames(node.name as TemplateNode, bound);
      return;
    case "Output":
      for (const expr of node.children ?? []) checkOutput(expr, bound, context, found);
      return;
    default:
      for (const c of children(node)) walk(c, bound, context, found);
  }
}

function checkOutput(
  expr: TemplateNode,
  bound: Set<string>,
  context: Record<string, unknown>,
  found: UndefinedUse[],
): void {
  if (expr.typename === "TemplateData") return;
  if (expr.typename === "Filter") {
    const filter = String((expr.name as TemplateNode | undefined)?.value ?? "");
    if (filter === "default" || filter === "d") return;
    const first = (expr.args as TemplateNode | undefined)?.children?.[0];
    if (first) checkOutput(first, bound, context, found);
    return;
  }
  const chain = lookupChain(expr);
  if (!chain) return;
  const [head, ...rest] = chain.names;
  if (head === undefined || bound.has(head)) return;
  let value: unknown = context;
  const seen: string[] = [];
  for (const name of [head, ...rest]) {
    seen.push(name);
    if (
      value === null ||
      typeof value !== "object" ||
      !Object.hasOwn(value, name) ||
      (value as Record<string, unknown>)[name] == null
    ) {
      found.push({ name: seen.join("."), line: chain.node.lineno + 1, column: chain.node.colno + 1 });
      return;
    }
    value = (value as Record<string, unknown>)[name];
  }
}

/** `a`, `a.b`, `a["b"]` → ["a", "b"]; anything else (calls, arithmetic) is not checked statically. */
function lookupChain(expr: TemplateNode): { names: string[]; node: TemplateNode } | undefined {
  if (expr.typename === "Symbol") return { names: [String(expr.value)], node: expr };
  if (expr.typename === "LookupVal") {
    const target = lookupChain(expr.target as TemplateNode);
    const key = expr.val as TemplateNode;
    if (!target || key.typename !== "Literal") return undefined;
    return { names: [...target.names, String(key.value)], node: target.node };
  }
  return undefined;
}

/** The template files a recipe uses, as written in the recipe, with the field that names each. */
export function recipeTemplates(recipe: Recipe): Array<{ template: string; path: Array<string | number> }> {
  const out: Array<{ template: string; path: Array<string | number> }> = [];
  if (recipe.agents.fluentd)
    out.push({ template: recipe.agents.fluentd.config, path: ["agents", "fluentd", "config"] });
  recipe.files.forEach((f, i) => {
    if (f.template !== undefined) out.push({ template: f.template, path: ["files", i, "template"] });
  });
  return out;
}
