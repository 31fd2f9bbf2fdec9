import nunjucks from "nunjucks";
import type { Environment, Recipe } from "./schema.js";

/** A use of a variable the rendering context does not define. */
export interface UndefinedUse {
  name: string;
  /** 1-based. */
  line: number;
  column: number;
}

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
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

const environment = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });

/** Renders a template (Jinja2-compatible) with strict undefined handling. */
export function renderTemplate(source: string, context: Record<string, unknown>): string {
  return environment.renderString(source, context);
}

interface AstNode {
  typename: string;
  value?: unknown;
  lineno: number;
  colno: number;
  fields?: string[];
  children?: AstNode[];
  [key: string]: unknown;
}

/** Parses a template; a syntax error comes back with its 1-based position. */
export function parseTemplate(source: string): AstNode {
  try {
    return (nunjucks as unknown as { parser: { parse(src: string): AstNode } }).parser.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /\[Line (\d+), Column (\d+)\]\s*([\s\S]*)$/.exec(message);
    if (m) throw new TemplateSyntaxError((m[3] as string).trim(), Number(m[1]), Number(m[2]));
    throw new TemplateSyntaxError(message.trim(), 1, 1);
  }
}

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

function children(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  for (const field of node.fields ?? []) {
    const v = node[field];
    if (Array.isArray(v)) out.push(...(v as AstNode[]));
    else if (v && typeof v === "object" && "typename" in v) out.push(v as AstNode);
  }
  if (node.children && !(node.fields ?? []).includes("children")) out.push(...node.children);
  return out;
}

function boundNames(target: AstNode | undefined, into: Set<string>): void {
  if (!target) return;
  if (target.typename === "Symbol") into.add(String(target.value));
  for (const c of children(target)) boundNames(c, into);
}

function walk(
  node: AstNode,
  bound: Set<string>,
  context: Record<string, unknown>,
  found: UndefinedUse[],
): void {
  switch (node.typename) {
    case "For":
    case "AsyncEach":
    case "AsyncAll": {
      const inner = new Set(bound);
      boundNames(node.name as AstNode, inner);
      inner.add("loop");
      walk(node.arr as AstNode, bound, context, found);
      if (node.body) walk(node.body as AstNode, inner, context, found);
      if (node.else_) walk(node.else_ as AstNode, bound, context, found);
      return;
    }
    case "Set":
      for (const t of (node.targets as AstNode[]) ?? []) boundNames(t, bound);
      if (node.body) walk(node.body as AstNode, bound, context, found);
      return;
    case "Macro":
    case "Caller":
      boundNames(node.name as AstNode, bound);
      return;
    case "Output":
      for (const expr of node.children ?? []) checkOutput(expr, bound, context, found);
      return;
    default:
      for (const c of children(node)) walk(c, bound, context, found);
  }
}

function checkOutput(
  expr: AstNode,
  bound: Set<string>,
  context: Record<string, unknown>,
  found: UndefinedUse[],
): void {
  if (expr.typename === "TemplateData") return;
  if (expr.typename === "Filter") {
    const filter = String((expr.name as AstNode | undefined)?.value ?? "");
    if (filter === "default" || filter === "d") return;
    const first = (expr.args as AstNode | undefined)?.children?.[0];
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
      !(name in (value as object)) ||
      (value as Record<string, unknown>)[name] == null
    ) {
      found.push({ name: seen.join("."), line: chain.node.lineno + 1, column: chain.node.colno + 1 });
      return;
    }
    value = (value as Record<string, unknown>)[name];
  }
}

/** `a`, `a.b`, `a["b"]` → ["a", "b"]; anything else (calls, arithmetic) is not checked statically. */
function lookupChain(expr: AstNode): { names: string[]; node: AstNode } | undefined {
  if (expr.typename === "Symbol") return { names: [String(expr.value)], node: expr };
  if (expr.typename === "LookupVal") {
    const target = lookupChain(expr.target as AstNode);
    const key = expr.val as AstNode;
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
