import * as ib from "@aws-sdk/client-imagebuilder";

/**
 * Checks a command input against the SDK's own Smithy schema for Image Builder: required
 * members present and member kinds right (string, number, boolean, list, map, structure).
 * moto has no Image Builder, so the schema shipped with the client is what keeps the model
 * honest: an input the real service would reject with a 400 is rejected here too.
 *
 * Schema encoding (from @smithy/core/schema): a structure is
 * `[3, namespace, name, traits, memberNames, memberSchemas, requiredCount?]`, a list
 * `[1, ns, name, traits, member]`, a map `[2, ns, name, traits, key, value]`; simple members
 * are numbers (0 string, 1 number, 2 boolean, 4 timestamp, `64|x` list of x, `128|x` map of x)
 * or `[simple, traits]`; nested schemas are thunks.
 */

type Schema = unknown;

const exported = ib as unknown as Record<string, unknown>;

/** The input structure schema of an operation, e.g. "CreateComponent". */
function inputSchema(operation: string): Schema | undefined {
  const op = exported[`${operation}$`];
  if (!Array.isArray(op) || op[0] !== 9) return undefined;
  const input = op[4];
  return typeof input === "function" ? input() : input;
}

function resolve(schema: Schema): Schema {
  return typeof schema === "function" ? (schema as () => Schema)() : schema;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "list";
  if (value === null) return "null";
  return typeof value;
}

function checkSimple(code: number, value: unknown, at: string, problems: string[]): void {
  if (code & 64) {
    if (!Array.isArray(value)) {
      problems.push(`${at}: expected a list, got ${kindOf(value)}`);
      return;
    }
    for (const [i, v] of value.entries()) checkSimple(code & 63, v, `${at}[${i}]`, problems);
    return;
  }
  if (code & 128) {
    if (kindOf(value) !== "object") {
      problems.push(`${at}: expected a map, got ${kindOf(value)}`);
      return;
    }
    for (const [k, v] of Object.entries(value as object)) checkSimple(code & 127, v, `${at}.${k}`, problems);
    return;
  }
  const expected = code === 1 ? "number" : code === 2 ? "boolean" : code === 4 ? "timestamp" : "string";
  const ok =
    expected === "timestamp"
      ? value instanceof Date || typeof value === "number" || typeof value === "string"
      : typeof value === expected;
  if (!ok) problems.push(`${at}: expected a ${expected}, got ${kindOf(value)}`);
}

function checkStructure(schema: unknown[], value: unknown, at: string, problems: string[]): void {
  if (kindOf(value) !== "object") {
    problems.push(`${at || "input"}: expected a structure, got ${kindOf(value)}`);
    return;
  }
  const record = value as Record<string, unknown>;
  const names = schema[4] as string[];
  const members = schema[5] as Schema[];
  const required = typeof schema[6] === "number" ? schema[6] : 0;
  for (const [i, name] of names.entries()) {
    const path = at ? `${at}.${name}` : name;
    const member = record[name];
    if (member === undefined || member === null) {
      if (i < required) problems.push(`${path}: required`);
      continue;
    }
    check(members[i], member, path, problems);
  }
}

function check(schemaRef: Schema, value: unknown, at: string, problems: string[]): void {
  const schema = resolve(schemaRef);
  if (typeof schema === "number") {
    checkSimple(schema, value, at, problems);
    return;
  }
  if (!Array.isArray(schema)) return;
  const kind = schema[0];
  if (typeof kind === "number" && schema.length === 2) {
    checkSimple(kind, value, at, problems);
  } else if (kind === 1) {
    if (!Array.isArray(value)) problems.push(`${at}: expected a list, got ${kindOf(value)}`);
    else for (const [i, v] of value.entries()) check(schema[4], v, `${at}[${i}]`, problems);
  } else if (kind === 2) {
    if (kindOf(value) !== "object") problems.push(`${at}: expected a map, got ${kindOf(value)}`);
    else for (const [k, v] of Object.entries(value as object)) check(schema[5], v, `${at}.${k}`, problems);
  } else if (kind === 3) {
    checkStructure(schema, value, at, problems);
  }
}

/** Problems with `input` for `operation` ("CreateImage"); empty when it is well-formed. */
export function inputProblems(operation: string, input: unknown): string[] {
  const schema = inputSchema(operation);
  if (!schema) return [`unknown operation ${operation}`];
  const problems: string[] = [];
  check(schema, input ?? {}, "", problems);
  return problems;
}
