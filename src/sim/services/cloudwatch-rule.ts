import type { AlarmStateValue } from "../state.js";

/** A composite alarm's rule, parsed. */
export type RuleNode =
  | { kind: "const"; value: boolean }
  | { kind: "state"; state: AlarmStateValue; alarm: string }
  | { kind: "not"; of: RuleNode }
  | { kind: "and" | "or"; left: RuleNode; right: RuleNode };

const STATES = new Set(["ALARM", "OK", "INSUFFICIENT_DATA"]);

/**
 * Parses an AlarmRule: ALARM(name), OK(name), INSUFFICIENT_DATA(name) — the name bare or in
 * double quotes, or the alarm's ARN — TRUE, FALSE, NOT, AND, OR and parentheses (NOT binds
 * tightest, then AND, then OR). Throws with what it did not understand.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html
 */
export function parseAlarmRule(rule: string): RuleNode {
  const tokens = tokenize(rule);
  let at = 0;
  const peek = () => tokens[at];
  const take = (want?: string) => {
    const token = tokens[at++];
    if (token === undefined || (want !== undefined && token !== want))
      throw new Error(`expected ${want ?? "more"} at token ${at} of '${rule}'`);
    return token;
  };
  const or = (): RuleNode => {
    let left = and();
    while (peek() === "OR") {
      take();
      left = { kind: "or", left, right: and() };
    }
    return left;
  };
  const and = (): RuleNode => {
    let left = not();
    while (peek() === "AND") {
      take();
      left = { kind: "and", left, right: not() };
    }
    return left;
  };
  const not = (): RuleNode => {
    if (peek() === "NOT") {
      take();
      return { kind: "not", of: not() };
    }
    return atom();
  };
  const atom = (): RuleNode => {
    const token = take();
    if (token === "(") {
      const inner = or();
      take(")");
      return inner;
    }
    if (token === "TRUE" || token === "FALSE") return { kind: "const", value: token === "TRUE" };
    if (STATES.has(token)) {
      take("(");
      const name = take();
      take(")");
      const unquoted = name.startsWith('"') ? name.slice(1, -1) : name;
      const alarm = unquoted.startsWith("arn:") ? unquoted.slice(unquoted.indexOf(":alarm:") + 7) : unquoted;
      return { kind: "state", state: token as AlarmStateValue, alarm };
    }
    throw new Error(`unexpected '${token}' in '${rule}'`);
  };
  const tree = or();
  if (at !== tokens.length) throw new Error(`unexpected '${tokens[at]}' in '${rule}'`);
  return tree;
}

function tokenize(rule: string): string[] {
  const tokens: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|\(|\)|[^\s()"]+)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  // biome-ignore lint/suspicious/noAssignInExpressions: the usual regex scanning loop.
  while ((m = re.exec(rule)) !== null) {
    tokens.push(m[1] as string);
    end = re.lastIndex;
  }
  if (rule.slice(end).trim() !== "") throw new Error(`cannot read '${rule.slice(end)}'`);
  return tokens;
}
