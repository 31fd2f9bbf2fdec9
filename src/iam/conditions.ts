import type { ConditionBlock } from "./document.js";

/**
 * The request context IAM evaluates conditions against: condition key → value(s). Keys are
 * matched case-insensitively, as IAM does; values as written.
 */
export type RequestContext = Record<string, string | readonly string[]>;

type Compare = (policyValue: string, contextValue: string) => boolean;

const COMPARE: Record<string, Compare> = {
  StringEquals: (p, c) => p === c,
  StringNotEquals: (p, c) => p !== c,
  StringEqualsIgnoreCase: (p, c) => p.toLowerCase() === c.toLowerCase(),
  StringLike: (p, c) => like(p, c),
  StringNotLike: (p, c) => !like(p, c),
  ArnEquals: (p, c) => like(p, c),
  ArnLike: (p, c) => like(p, c),
  Bool: (p, c) => p.toLowerCase() === c.toLowerCase(),
};

/** Negated operators hold when the value matches none of the policy's values. */
const NEGATED = new Set(["StringNotEquals", "StringNotLike"]);

function like(pattern: string, value: string): boolean {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`).test(value);
}

function lookUp(context: RequestContext, key: string): readonly string[] | undefined {
  const wanted = key.toLowerCase();
  for (const [k, v] of Object.entries(context)) {
    if (k.toLowerCase() === wanted) return typeof v === "string" ? [v] : v;
  }
  return undefined;
}

/**
 * Whether every condition of a statement holds for the request (IAM ANDs operators and keys,
 * ORs the values of one key). Supports the String*, Arn*, Bool and Null operators, the
 * `IfExists` suffix and the `ForAllValues:` / `ForAnyValue:` set prefixes. An operator this
 * evaluator does not know makes the condition fail, never pass.
 */
export function conditionsHold(block: ConditionBlock, context: RequestContext): boolean {
  return Object.entries(block).every(([operator, keys]) =>
    Object.entries(keys).every(([key, expected]) =>
      holds(operator, lookUp(context, key), typeof expected === "string" ? [expected] : expected),
    ),
  );
}

function holds(
  operator: string,
  actual: readonly string[] | undefined,
  expected: readonly string[],
): boolean {
  if (operator === "Null") {
    const wantAbsent = expected[0]?.toLowerCase() === "true";
    const absent = actual === undefined || actual.length === 0;
    return wantAbsent === absent;
  }
  const set = operator.match(/^(ForAllValues|ForAnyValue):(.+)$/);
  let base = set ? set[2]! : operator;
  const ifExists = base.endsWith("IfExists");
  if (ifExists) base = base.slice(0, -"IfExists".length);
  const compare = COMPARE[base];
  if (!compare) return false;
  const matchesOne = (value: string) =>
    NEGATED.has(base) ? expected.every((p) => compare(p, value)) : expected.some((p) => compare(p, value));
  const present = actual !== undefined && actual.length > 0;
  if (set?.[1] === "ForAllValues") return !present || actual.every(matchesOne);
  if (set?.[1] === "ForAnyValue") return present && actual.some(matchesOne);
  // An absent key matches nothing: negated operators then hold, the others only with IfExists.
  if (!present) return ifExists || NEGATED.has(base);
  return actual.some(matchesOne);
}
