import { readFileSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { resolveConfigPath } from "./config-paths.js";

/**
 * nunjucks compiles a template to JavaScript and is not a sandbox: from any value a template
 * can see, `.constructor` leads to `Function`, and `range.constructor("…")()` runs code on the
 * runner (with the job's AWS role and repository token). Recipe templates are written by
 * whoever can open a pull request, so before any template is rendered — at validate, compile
 * and launch — its syntax tree is checked against an allow-list of the Jinja2 features Ansible
 * templates use: variables and attribute lookups, filters and tests, if/for/set, macros and
 * call blocks, include/import of files inside the config root. What the list does not name is
 * refused with its position. The renderer adds a runtime guard behind this check (templates.ts).
 */

/** Names a template may never use: each leads from a value to JavaScript's machinery. */
const FORBIDDEN_NAMES = new Set([
  "constructor",
  "prototype",
  "caller",
  "callee",
  "arguments",
  "apply",
  "bind",
  "call",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
]);

/** True for a property name no template may read (`constructor`, `__proto__`, `__defineGetter__`…). */
export function isForbiddenKey(key: string): boolean {
  return key.startsWith("__") || FORBIDDEN_NAMES.has(key);
}

/**
 * True for a string no template may even write: the names every known escape walks through.
 * (Narrower than keys: a word like "call" is fine as text.)
 */
export function isEscapeName(value: string): boolean {
  return value.startsWith("__") || value === "constructor" || value === "prototype";
}

/** True for a variable name no template may use; `caller` is the macro's own call-block. */
export function isForbiddenVariable(name: string): boolean {
  return name !== "caller" && isForbiddenKey(name);
}

/**
 * nunjucks' built-in filters, less `random` (user data must be the same at every render: its
 * digest is how drift is detected).
 */
export const ALLOWED_FILTERS = new Set([
  "abs",
  "batch",
  "capitalize",
  "center",
  "d",
  "default",
  "dictsort",
  "dump",
  "e",
  "escape",
  "first",
  "float",
  "forceescape",
  "groupby",
  "indent",
  "int",
  "join",
  "last",
  "length",
  "list",
  "lower",
  "nl2br",
  "reject",
  "rejectattr",
  "replace",
  "reverse",
  "round",
  "safe",
  "select",
  "selectattr",
  "slice",
  "sort",
  "string",
  "striptags",
  "sum",
  "title",
  "trim",
  "truncate",
  "upper",
  "urlencode",
  "urlize",
  "wordcount",
]);

/** nunjucks' built-in tests (`x is defined`, `select("odd")`). */
export const ALLOWED_TESTS = new Set([
  "callable",
  "defined",
  "divisibleby",
  "escaped",
  "equalto",
  "eq",
  "sameas",
  "even",
  "falsy",
  "ge",
  "greaterthan",
  "gt",
  "le",
  "lessthan",
  "lt",
  "lower",
  "ne",
  "null",
  "number",
  "odd",
  "string",
  "truthy",
  "undefined",
  "upper",
  "iterable",
  "mapping",
]);

/** The only global function a template may call. */
export const ALLOWED_GLOBALS = new Set(["range"]);

/** Node types whose children are checked generically (their own shape carries no names). */
const STRUCTURAL = new Set([
  "Root",
  "NodeList",
  "Output",
  "TemplateData",
  "Group",
  "Array",
  "If",
  "InlineIf",
  "Switch",
  "Case",
  "Capture",
  "Compare",
  "CompareOperand",
  "In",
  "Or",
  "And",
  "Not",
  "Add",
  "Concat",
  "Sub",
  "Mul",
  "Div",
  "FloorDiv",
  "Mod",
  "Pow",
  "Neg",
  "Pos",
]);

/** What each refused construct is, for the message. */
const REFUSED: Readonly<Record<string, string>> = {
  Extends: "template inheritance ({% extends %})",
  Block: "blocks ({% block %})",
  Super: "super()",
  IfAsync: "async tags",
  AsyncEach: "async tags",
  AsyncAll: "async tags",
  FilterAsync: "async filters",
  CallExtension: "extension tags",
  CallExtensionAsync: "extension tags",
};

export interface TemplateNode {
  typename: string;
  value?: unknown;
  lineno: number;
  colno: number;
  fields?: string[];
  children?: TemplateNode[];
  [key: string]: unknown;
}

/** A template problem at a 1-based position of `file`. */
export interface TemplateViolation {
  /** Absolute path of the file the position is in. */
  file: string;
  line: number;
  column: number;
  message: string;
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

/** Parses a template; a syntax error comes back with its 1-based position. */
export function parseTemplate(source: string): TemplateNode {
  try {
    return (nunjucks as unknown as { parser: { parse(src: string): TemplateNode } }).parser.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /\[Line (\d+), Column (\d+)\]\s*([\s\S]*)$/.exec(message);
    if (m) throw new TemplateSyntaxError((m[3] as string).trim(), Number(m[1]), Number(m[2]));
    throw new TemplateSyntaxError(message.trim(), 1, 1);
  }
}

/** Where a template comes from: the config root and the file it is in (the recipe, for an inline one). */
export interface TemplateOrigin {
  root: string;
  /** Absolute path; includes are relative to its directory. */
  file: string;
}

/** One file a template reads, with the text read. */
export interface TemplateFile {
  file: string;
  text: string;
}

/**
 * Everything that keeps `source` from being rendered safely, in it and in every file it
 * includes or imports (each checked once; include cycles are refused). Syntax errors are
 * violations too. `files` receives each included file that was read.
 */
export function templateViolations(
  source: string,
  origin?: TemplateOrigin,
  files: TemplateFile[] = [],
): TemplateViolation[] {
  const out: TemplateViolation[] = [];
  checkFile(source, origin?.file ?? "<template>", origin?.root, [], new Set(), files, out);
  return out;
}

function checkFile(
  source: string,
  file: string,
  root: string | undefined,
  stack: string[],
  done: Set<string>,
  files: TemplateFile[],
  out: TemplateViolation[],
): void {
  let ast: TemplateNode;
  try {
    ast = parseTemplate(source);
  } catch (error) {
    if (!(error instanceof TemplateSyntaxError)) throw error;
    out.push({
      file,
      line: error.line,
      column: error.column,
      message: `template syntax error: ${error.message}`,
    });
    return;
  }
  const checker = new Checker(file, out);
  checker.collectBindings(ast);
  checker.check(ast);
  for (const ref of checker.references) {
    const at = { file, line: ref.line, column: ref.column };
    if (root === undefined) {
      out.push({ ...at, message: `${ref.tag} is possible only in a recipe's template file` });
      continue;
    }
    const resolved = resolveConfigPath({ root, from: path.dirname(file), ref: ref.name });
    if (!resolved.ok) {
      if (resolved.missing && ref.ignoreMissing) continue;
      const looked = resolved.looked ? ` (looked for ${resolved.looked})` : "";
      out.push({ ...at, message: `${ref.tag} ${resolved.reason}${looked}` });
      continue;
    }
    if (stack.includes(resolved.file) || resolved.file === file) {
      out.push({ ...at, message: `${ref.tag} '${ref.name}' includes itself (an include cycle)` });
      continue;
    }
    if (done.has(resolved.file)) continue;
    done.add(resolved.file);
    const text = readFileSync(resolved.file, "utf8");
    files.push({ file: resolved.file, text });
    checkFile(text, resolved.file, root, [...stack, file], done, files, out);
  }
}

interface Reference {
  tag: string;
  name: string;
  line: number;
  column: number;
  ignoreMissing: boolean;
}

class Checker {
  readonly references: Reference[] = [];
  /** Names bound to macros (defined here, or imported by name from another file). */
  private readonly macros = new Set<string>();
  /** Names bound to a whole imported file (`{% import "x" as lib %}`: `lib.macro()`). */
  private readonly modules = new Set<string>();
  /** Names bound to values (set, for, macro parameters): never callable. */
  private readonly values = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly out: TemplateViolation[],
  ) {}

  private refuse(node: TemplateNode, message: string): void {
    this.out.push({ file: this.file, line: node.lineno + 1, column: node.colno + 1, message });
  }

  /** First pass: which names are macros, imported files and values, wherever they are bound. */
  collectBindings(node: TemplateNode): void {
    switch (node.typename) {
      case "Macro":
        this.macros.add(symbolName(node.name));
        for (const arg of (node.args as TemplateNode | undefined)?.children ?? []) {
          if (arg.typename === "Symbol") this.values.add(String(arg.value));
          if (arg.typename === "KeywordArgs")
            for (const pair of arg.children ?? []) this.values.add(symbolName(pair.key));
        }
        break;
      case "FromImport":
        for (const item of (node.names as TemplateNode | undefined)?.children ?? [])
          this.macros.add(item.typename === "Pair" ? symbolName(item.value) : symbolName(item));
        break;
      case "Import":
        this.modules.add(symbolName(node.target));
        break;
      case "For":
        for (const name of symbols(node.name as TemplateNode)) this.values.add(name);
        break;
      case "Set":
        for (const target of (node.targets as TemplateNode[]) ?? [])
          for (const name of symbols(target)) this.values.add(name);
        break;
    }
    for (const child of childNodes(node)) this.collectBindings(child);
  }

  check(node: TemplateNode): void {
    const type = node.typename;
    if (STRUCTURAL.has(type)) {
      for (const child of childNodes(node)) this.check(child);
      return;
    }
    switch (type) {
      case "Literal":
        if (typeof node.value === "string" && isEscapeName(node.value))
          this.refuse(node, `the string '${node.value}' names JavaScript internals; templates cannot use it`);
        return;
      case "Symbol":
        this.variable(node);
        return;
      case "LookupVal":
        this.lookup(node);
        return;
      case "Dict":
      case "KeywordArgs":
        for (const pair of node.children ?? []) this.pair(pair);
        return;
      case "Pair":
        this.pair(node);
        return;
      case "FunCall":
        this.call(node);
        return;
      case "Filter":
        this.filter(node);
        return;
      case "Is":
        this.test(node);
        return;
      case "For":
        this.bindings(node.name as TemplateNode);
        this.check(node.arr as TemplateNode);
        this.checkAll([node.body, node.else_]);
        return;
      case "Set":
        for (const target of (node.targets as TemplateNode[]) ?? []) this.bindings(target);
        this.checkAll([node.value, node.body]);
        return;
      case "Macro":
      case "Caller":
        this.macro(node);
        return;
      case "Include":
        this.reference(node, "include", node.template as TemplateNode, Boolean(node.ignoreMissing));
        return;
      case "Import":
        this.reference(node, "import", node.template as TemplateNode, false);
        this.bindings(node.target as TemplateNode);
        return;
      case "FromImport":
        this.reference(node, "import", node.template as TemplateNode, false);
        for (const item of (node.names as TemplateNode | undefined)?.children ?? []) {
          if (item.typename === "Pair") {
            this.bindings(item.key as TemplateNode);
            this.bindings(item.value as TemplateNode);
          } else this.bindings(item);
        }
        return;
      default:
        this.refuse(
          node,
          `${REFUSED[type] ?? `'${type}'`} cannot be used in a recipe template (allowed: variables, filters, if/for/set, macros, include/import)`,
        );
    }
  }

  private checkAll(nodes: unknown[]): void {
    for (const n of nodes) if (isNode(n)) this.check(n);
  }

  private variable(node: TemplateNode): void {
    const name = String(node.value);
    if (isForbiddenVariable(name))
      this.refuse(node, `'${name}' names JavaScript internals; templates cannot use it`);
  }

  /** A name being bound (set, for, macro parameter, import alias). */
  private bindings(node: TemplateNode | undefined): void {
    if (!node) return;
    for (const name of symbols(node)) {
      if (isForbiddenVariable(name))
        this.refuse(node, `'${name}' names JavaScript internals; templates cannot bind it`);
      if (this.macros.has(name) || this.modules.has(name) || ALLOWED_GLOBALS.has(name))
        if (this.values.has(name))
          this.refuse(
            node,
            `'${name}' is both a callable (macro, import or range) and a value; give the value another name`,
          );
    }
  }

  private lookup(node: TemplateNode): void {
    this.check(node.target as TemplateNode);
    const key = node.val as TemplateNode;
    if (key.typename === "Literal" && typeof key.value === "string") {
      if (isForbiddenKey(key.value))
        this.refuse(
          key,
          `'.${key.value}' leads from a value to JavaScript internals; templates cannot read it`,
        );
      return;
    }
    // A computed key (`a[b]`) is allowed: the renderer reads only a value's own data.
    this.check(key);
  }

  private pair(pair: TemplateNode): void {
    const key = pair.key as TemplateNode;
    const name = key.typename === "Symbol" || key.typename === "Literal" ? String(key.value) : undefined;
    if (name !== undefined && isForbiddenVariable(name))
      this.refuse(key, `the key '${name}' names JavaScript internals; templates cannot use it`);
    else if (name === undefined) this.check(key);
    this.check(pair.value as TemplateNode);
  }

  private call(node: TemplateNode): void {
    const callee = node.name as TemplateNode;
    if (!this.callable(callee)) {
      this.refuse(
        callee,
        `a template may call only its macros, caller() and range(); '${describe(callee)}(…)' is refused (templates cannot run JavaScript)`,
      );
      this.check(callee);
    } else if (callee.typename === "LookupVal") this.check(callee.target as TemplateNode);
    this.checkAll([node.args]);
  }

  private callable(callee: TemplateNode): boolean {
    if (callee.typename === "Symbol") {
      const name = String(callee.value);
      if (this.values.has(name)) return false;
      return this.macros.has(name) || ALLOWED_GLOBALS.has(name) || name === "caller";
    }
    if (callee.typename === "LookupVal") {
      const target = callee.target as TemplateNode;
      const key = callee.val as TemplateNode;
      return (
        target.typename === "Symbol" &&
        this.modules.has(String(target.value)) &&
        !this.values.has(String(target.value)) &&
        key.typename === "Literal" &&
        typeof key.value === "string" &&
        !isForbiddenKey(key.value)
      );
    }
    return false;
  }

  private filter(node: TemplateNode): void {
    const name = symbolName(node.name);
    const args = (node.args as TemplateNode | undefined)?.children ?? [];
    if (!ALLOWED_FILTERS.has(name)) {
      this.refuse(node.name as TemplateNode, `unknown filter '${name}' (nunjucks' built-in filters only)`);
    } else if (name === "select" || name === "reject") {
      const test = args[1];
      if (test && !(test.typename === "Literal" && ALLOWED_TESTS.has(String(test.value))))
        this.refuse(test, `${name}() takes the name of a built-in test as a string, like "odd"`);
    }
    for (const arg of args) this.check(arg);
  }

  private test(node: TemplateNode): void {
    this.check(node.left as TemplateNode);
    const right = node.right as TemplateNode;
    const name = right.typename === "FunCall" ? symbolName(right.name) : symbolName(right);
    if (!ALLOWED_TESTS.has(name))
      this.refuse(right, `unknown test '${name}' (nunjucks' built-in tests only)`);
    if (right.typename === "FunCall") this.checkAll([right.args]);
  }

  private macro(node: TemplateNode): void {
    const args = (node.args as TemplateNode | undefined)?.children ?? [];
    for (const arg of args) {
      if (arg.typename === "KeywordArgs")
        for (const pair of arg.children ?? []) {
          this.bindings(pair.key as TemplateNode);
          this.check(pair.value as TemplateNode);
        }
      else this.bindings(arg);
    }
    this.checkAll([node.body]);
  }

  private reference(node: TemplateNode, tag: string, template: TemplateNode, ignoreMissing: boolean): void {
    if (template.typename !== "Literal" || typeof template.value !== "string") {
      this.refuse(
        template,
        `${tag} takes a file name written as a string (a computed name cannot be checked)`,
      );
      return;
    }
    this.references.push({
      tag,
      name: template.value,
      line: node.lineno + 1,
      column: node.colno + 1,
      ignoreMissing,
    });
  }
}

function isNode(value: unknown): value is TemplateNode {
  return typeof value === "object" && value !== null && typeof (value as TemplateNode).typename === "string";
}

/** Every node below `node`, whatever property holds it (fields, children, a set block's body). */
export function childNodes(node: TemplateNode): TemplateNode[] {
  const out: TemplateNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "typename") continue;
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

function symbolName(node: unknown): string {
  return isNode(node) ? String(node.value) : "";
}

function symbols(node: TemplateNode | undefined): string[] {
  if (!node) return [];
  if (node.typename === "Symbol") return [String(node.value)];
  return childNodes(node).flatMap(symbols);
}

function describe(node: TemplateNode): string {
  switch (node.typename) {
    case "Symbol":
      return String(node.value);
    case "Literal":
      return JSON.stringify(node.value);
    case "LookupVal": {
      const key = node.val as TemplateNode;
      const target = describe(node.target as TemplateNode);
      return key.typename === "Literal" && typeof key.value === "string" && /^[A-Za-z_]\w*$/.test(key.value)
        ? `${target}.${key.value}`
        : `${target}[…]`;
    }
    case "FunCall":
      return `${describe(node.name as TemplateNode)}(…)`;
    default:
      return "an expression";
  }
}
