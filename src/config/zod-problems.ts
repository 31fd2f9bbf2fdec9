import type { z } from "zod";
import { didYouMean, quote } from "./suggest.js";
import type { Finding, PathSegment } from "./yaml-source.js";

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Expectations worded for people where the schema alone would say too little. */
const EXPECTATIONS: Record<string, string> = {
  base: "amazon-linux-2, amazon-linux-2023, an AMI id (ami-…) or an SSM parameter (ssm:/path)",
};

/**
 * Turns zod issues into findings that say what was expected and what was found, quoting
 * the bad value; unknown keys get the closest known key as a suggestion.
 */
export function findingsFromIssues(issues: readonly Issue[], schema: AnySchema, data: unknown): Finding[] {
  const out: Finding[] = [];
  for (const issue of issues) out.push(...findingsFromIssue(issue, schema, data));
  return out;
}

function findingsFromIssue(issue: Issue, schema: AnySchema, data: unknown): Finding[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
  const got = valueAt(data, path);
  const override = EXPECTATIONS[path.join(".")];
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(schemaAt(schema, path));
      return issue.keys.map((key) => ({
        path: [...path, key],
        at: "key" as const,
        message: `unknown key '${key}'${didYouMean(key, known)}`,
      }));
    }
    case "invalid_type": {
      if (got === undefined)
        return [
          {
            path,
            message: `missing required field (expected ${override ?? describeExpected(issue.expected)})`,
          },
        ];
      return [
        {
          path,
          message: `expected ${override ?? describeExpected(issue.expected)}, got ${describeGot(got)}`,
        },
      ];
    }
    case "invalid_value": {
      const values = issue.values.map((v) => quote(v));
      const hint = typeof got === "string" ? didYouMean(got, issue.values.map(String)) : "";
      return [{ path, message: `expected one of ${values.join(", ")}, got ${describeGot(got)}${hint}` }];
    }
    case "invalid_format":
    case "invalid_union":
      return [{ path, message: `expected ${override ?? issue.message}, got ${describeGot(got)}` }];
    case "too_small":
    case "too_big":
      return [{ path, message: `${sizeMessage(issue)}, got ${describeGot(got)}` }];
    default:
      return [
        { path, message: got === undefined ? issue.message : `${issue.message}, got ${describeGot(got)}` },
      ];
  }
}

function sizeMessage(issue: Issue & { code: "too_small" | "too_big" }): string {
  const bound = String(issue.code === "too_small" ? issue.minimum : issue.maximum);
  const cmp =
    issue.code === "too_small"
      ? issue.inclusive
        ? "at least"
        : "more than"
      : issue.inclusive
        ? "at most"
        : "less than";
  if (!issue.message.startsWith("Too ")) return issue.message;
  switch (issue.origin) {
    case "array":
      return `expected ${cmp} ${bound} item${bound === "1" ? "" : "s"}`;
    case "string":
      return `expected ${cmp} ${bound} character${bound === "1" ? "" : "s"}`;
    default:
      return `expected a number ${cmp} ${bound}`;
  }
}

function describeExpected(expected: string): string {
  switch (expected) {
    case "object":
      return "a mapping";
    case "array":
      return "a list";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    default:
      return expected;
  }
}

export function describeGot(value: unknown): string {
  if (typeof value === "string") return `'${value.length > 80 ? `${value.slice(0, 77)}…` : value}'`;
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null (empty value)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  valueType?: AnySchema;
}

function defOf(schema: AnySchema | undefined): Def | undefined {
  return schema ? (schema._zod.def as unknown as Def) : undefined;
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let s = schema;
  for (let i = 0; i < 10 && s; i++) {
    const def = defOf(s) as Def;
    if (def.innerType) s = def.innerType;
    else if (def.type === "pipe" && def.in) s = def.in;
    else break;
  }
  return s;
}

/** The (unwrapped) schema describing the value at `path`. */
export function schemaAt(schema: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let cur: AnySchema | undefined = unwrap(schema);
  for (const seg of path) {
    const def = defOf(cur);
    if (!def) return undefined;
    if (def.type === "object" && def.shape) cur = unwrap(def.shape[String(seg)]);
    else if (def.type === "array" && def.element) cur = unwrap(def.element);
    else if (def.type === "record" && def.valueType) cur = unwrap(def.valueType);
    else return undefined;
  }
  return cur;
}

export function knownKeys(schema: AnySchema | undefined): string[] {
  const def = defOf(schema);
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
