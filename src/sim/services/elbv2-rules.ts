import type {
  Action,
  DescribeRulesCommandInput,
  DescribeRulesCommandOutput,
  Rule,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { SimCallContext } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import type { ListenerRecord, ListenerRuleRecord, RedirectRecord } from "../state.js";
import { page } from "./filters.js";

type Out<T> = Omit<T, "$metadata">;

function forwardAction(forward: ListenerRuleRecord["forward"]): Action {
  return forward.length === 1
    ? { Type: "forward", Order: 1, TargetGroupArn: forward[0]!.targetGroupArn }
    : {
        Type: "forward",
        Order: 1,
        ForwardConfig: {
          TargetGroups: forward.map((f) => ({ TargetGroupArn: f.targetGroupArn, Weight: f.weight })),
        },
      };
}

/** As ELBv2 describes a redirect: every part present, `#{…}` for the ones kept from the request. */
function redirectAction(r: RedirectRecord): Action {
  return {
    Type: "redirect",
    Order: 1,
    RedirectConfig: {
      Protocol: r.protocol ?? "#{protocol}",
      Port: r.port ?? "#{port}",
      Host: r.host ?? "#{host}",
      Path: r.path ?? "/#{path}",
      Query: r.query ?? "#{query}",
      StatusCode: r.statusCode,
    },
  };
}

/** The actions of a listener's default rule or of one of its rules. */
export function actionsOf(a: {
  forward: ListenerRuleRecord["forward"];
  redirect?: RedirectRecord;
}): Action[] {
  return [a.redirect ? redirectAction(a.redirect) : forwardAction(a.forward)];
}

function rulesOf(l: ListenerRecord): Rule[] {
  const rules: Rule[] = [...(l.rules ?? [])]
    .sort((a, b) => a.priority - b.priority)
    .map((rule) => ({
      RuleArn: rule.arn,
      Priority: String(rule.priority),
      Conditions: [
        ...(rule.hostHeader
          ? [{ Field: "host-header", Values: rule.hostHeader, HostHeaderConfig: { Values: rule.hostHeader } }]
          : []),
        ...(rule.pathPattern
          ? [
              {
                Field: "path-pattern",
                Values: rule.pathPattern,
                PathPatternConfig: { Values: rule.pathPattern },
              },
            ]
          : []),
      ],
      Actions: actionsOf(rule),
      IsDefault: false,
    }));
  rules.push({
    RuleArn: l.defaultRuleArn ?? `${l.arn.replace(":listener/", ":listener-rule/")}/0000000000000000`,
    Priority: "default",
    Conditions: [],
    Actions: actionsOf(l),
    IsDefault: true,
  });
  return rules;
}

/** DescribeRules: a listener's rules by priority, its default rule last; or rules by ARN. */
export function describeRules(
  input: DescribeRulesCommandInput,
  { r }: SimCallContext,
): Out<DescribeRulesCommandOutput> {
  if (!input.ListenerArn && !input.RuleArns?.length)
    throw new SimError("ValidationError", "You must specify either listener rule ARNs or a listener ARN");
  let rules: Rule[];
  if (input.ListenerArn) {
    const listener = r.listeners.find((l) => l.arn === input.ListenerArn);
    if (!listener) throw notFound("ListenerNotFound", "One or more listeners not found");
    rules = rulesOf(listener);
  } else rules = r.listeners.flatMap(rulesOf);
  if (input.RuleArns?.length) {
    rules = rules.filter((rule) => input.RuleArns?.includes(rule.RuleArn ?? ""));
    if (rules.length < input.RuleArns.length) throw notFound("RuleNotFound", "One or more rules not found");
  }
  const { items, nextToken } = page(rules, input.PageSize, input.Marker, { min: 1, max: 400, default: 400 });
  return { Rules: items, ...(nextToken ? { NextMarker: nextToken } : {}) };
}
