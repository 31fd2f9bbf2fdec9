import type {
  CompositeAlarm,
  DescribeAlarmsCommandInput,
  DescribeAlarmsCommandOutput,
  MetricAlarm,
  PutCompositeAlarmCommandInput,
  SetAlarmStateCommandInput,
} from "@aws-sdk/client-cloudwatch";
import type { SimCallContext, SimEngine } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import { type AlarmRecord, type AlarmStateValue, regionOf, type SimState } from "../state.js";
import { parseAlarmRule, type RuleNode } from "./cloudwatch-rule.js";
import { page } from "./filters.js";

type Out<T> = Omit<T, "$metadata">;
type AlarmState = { state: AlarmStateValue; reason: string; since: number };

/**
 * The alarm's state at `at`: a metric alarm's last change at or before it (changes may be
 * scheduled ahead); a composite alarm's rule evaluated over the other alarms then (`alarms`,
 * the region's alarms; without them a composite reads INSUFFICIENT_DATA).
 */
export function alarmStateAt(
  alarm: AlarmRecord,
  at: number,
  alarms?: Record<string, AlarmRecord>,
): AlarmState {
  if (alarm.rule !== undefined) return compositeStateAt(alarm, alarm.rule, at, alarms);
  let current = {
    state: "INSUFFICIENT_DATA" as AlarmStateValue,
    reason: "Unchecked: Initial alarm creation",
    since: 0,
  };
  for (const h of alarm.history) {
    if (h.at > at) break;
    if (h.state !== current.state || current.since === 0)
      current = { state: h.state, reason: h.reason, since: h.at };
  }
  return current;
}

/**
 * ALARM while the rule is true, OK while false; `since` is the last moment a child's change
 * flipped the result.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Composite_Alarm.html
 */
function compositeStateAt(
  alarm: AlarmRecord,
  rule: string,
  at: number,
  alarms: Record<string, AlarmRecord> | undefined,
): AlarmState {
  const created = alarm.history[0]?.at ?? 0;
  if (!alarms)
    return { state: "INSUFFICIENT_DATA", reason: "Unchecked: Initial alarm creation", since: created };
  const tree = parseAlarmRule(rule);
  const children = [...namesIn(tree)].flatMap((n) => (alarms[n] && alarms[n] !== alarm ? [alarms[n]] : []));
  const value = (t: number) =>
    evaluate(tree, (name) =>
      alarms[name] ? alarmStateAt(alarms[name], t, alarms).state : "INSUFFICIENT_DATA",
    );
  const moments = [
    ...new Set([
      created,
      ...children.flatMap((c) => c.history.map((h) => h.at)).filter((t) => t > created && t <= at),
    ]),
  ].sort((a, b) => a - b);
  let since = created;
  let last = value(created);
  for (const t of moments) {
    const now = value(t);
    if (now !== last) since = t;
    last = now;
  }
  return {
    state: last ? "ALARM" : "OK",
    reason: `${last ? "Alarm rule became TRUE" : "Alarm rule became FALSE"}: ${rule}`,
    since,
  };
}

function namesIn(node: RuleNode): Set<string> {
  switch (node.kind) {
    case "state":
      return new Set([node.alarm]);
    case "not":
      return namesIn(node.of);
    case "and":
    case "or":
      return new Set([...namesIn(node.left), ...namesIn(node.right)]);
    default:
      return new Set();
  }
}

function evaluate(node: RuleNode, stateOf: (alarm: string) => AlarmStateValue): boolean {
  switch (node.kind) {
    case "const":
      return node.value;
    case "state":
      return stateOf(node.alarm) === node.state;
    case "not":
      return !evaluate(node.of, stateOf);
    case "and":
      return evaluate(node.left, stateOf) && evaluate(node.right, stateOf);
    case "or":
      return evaluate(node.left, stateOf) || evaluate(node.right, stateOf);
  }
}

/** Test helper: the alarm changes state at `at` (now or later), as if its metric crossed the threshold. */
export function scheduleAlarmState(
  state: SimState,
  o: { region: string; name: string; value: AlarmStateValue; at: number; reason?: string },
): void {
  const alarm = regionOf(state, o.region).alarms[o.name];
  if (!alarm) throw new Error(`no alarm ${o.name} in ${o.region}`);
  alarm.history = alarm.history.filter((h) => h.at <= o.at);
  alarm.history.push({
    at: o.at,
    state: o.value,
    reason: o.reason ?? `Threshold Crossed: simulated ${o.value}`,
  });
}

function toMetricAlarm(a: AlarmRecord, at: number): MetricAlarm {
  const s = alarmStateAt(a, at);
  return {
    AlarmName: a.name,
    AlarmArn: a.arn,
    AlarmDescription: a.description ?? "",
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    StateValue: s.state,
    StateReason: s.reason,
    StateUpdatedTimestamp: new Date(s.since),
    StateTransitionedTimestamp: new Date(s.since),
    AlarmConfigurationUpdatedTimestamp: new Date(a.history[0]?.at ?? 0),
    MetricName: a.metricName,
    Namespace: a.namespace,
    Statistic: a.statistic as "Sum",
    Dimensions: a.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
    Period: a.period,
    EvaluationPeriods: a.evaluationPeriods,
    Threshold: a.threshold,
    ComparisonOperator: a.comparisonOperator as "GreaterThanThreshold",
    TreatMissingData: "notBreaching",
    Metrics: [],
  };
}

function toCompositeAlarm(a: AlarmRecord, s: AlarmState): CompositeAlarm {
  return {
    AlarmName: a.name,
    AlarmArn: a.arn,
    AlarmDescription: a.description ?? "",
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    AlarmRule: a.rule ?? "",
    StateValue: s.state,
    StateReason: s.reason,
    StateUpdatedTimestamp: new Date(s.since),
    StateTransitionedTimestamp: new Date(s.since),
    AlarmConfigurationUpdatedTimestamp: new Date(a.history[0]?.at ?? 0),
  };
}

function describeAlarms(
  input: DescribeAlarmsCommandInput,
  ctx: SimCallContext,
): Out<DescribeAlarmsCommandOutput> {
  if (input.AlarmNames?.length && input.AlarmNamePrefix)
    throw new SimError(
      "InvalidParameterCombination",
      "AlarmNames and AlarmNamePrefix cannot be used together",
    );
  const stateOf = (a: AlarmRecord) => alarmStateAt(a, ctx.now, ctx.r.alarms);
  const alarms = Object.values(ctx.r.alarms).filter(
    (a) =>
      (!input.AlarmNames?.length || input.AlarmNames.includes(a.name)) &&
      (!input.AlarmNamePrefix || a.name.startsWith(input.AlarmNamePrefix)) &&
      (!input.StateValue || stateOf(a).state === input.StateValue),
  );
  // Without AlarmTypes only metric alarms are returned, even where composite alarms match
  // (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarms.html).
  const wantsMetric = !input.AlarmTypes?.length || input.AlarmTypes.includes("MetricAlarm");
  const wantsComposite = input.AlarmTypes?.includes("CompositeAlarm") ?? false;
  const listed = alarms.filter((a) => (a.rule === undefined ? wantsMetric : wantsComposite));
  const { items, nextToken } = page(listed, input.MaxRecords, input.NextToken, {
    min: 1,
    max: 100,
    default: 50,
  });
  return {
    MetricAlarms: items.filter((a) => a.rule === undefined).map((a) => toMetricAlarm(a, ctx.now)),
    CompositeAlarms: items.filter((a) => a.rule !== undefined).map((a) => toCompositeAlarm(a, stateOf(a))),
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

/** Creates or replaces a composite alarm; every alarm its rule names must exist. */
function putCompositeAlarm(input: PutCompositeAlarmCommandInput, ctx: SimCallContext): Record<string, never> {
  const name = input.AlarmName ?? "";
  const rule = input.AlarmRule ?? "";
  let tree: RuleNode;
  try {
    tree = parseAlarmRule(rule);
  } catch (error) {
    throw new SimError(
      "ValidationError",
      `Error in alarm rule: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const missing = [...namesIn(tree)].filter((n) => !ctx.r.alarms[n]);
  if (missing.length > 0)
    throw new SimError(
      "ValidationError",
      `Could not save the composite alarm as alarms [${missing.join(", ")}] in the alarm rule do not exist`,
    );
  const existing = ctx.r.alarms[name];
  if (existing && existing.rule === undefined)
    throw new SimError("ValidationError", `The alarm ${name} is a metric alarm, not a composite alarm`);
  ctx.r.alarms[name] = {
    name,
    arn: `arn:aws:cloudwatch:${ctx.region}:${ctx.account}:alarm:${name}`,
    ...(input.AlarmDescription ? { description: input.AlarmDescription } : {}),
    rule,
    metricName: "",
    namespace: "",
    statistic: "",
    period: 0,
    evaluationPeriods: 0,
    threshold: 0,
    comparisonOperator: "",
    dimensions: [],
    history: [{ at: existing?.history[0]?.at ?? ctx.now, state: "INSUFFICIENT_DATA", reason: "created" }],
  };
  return {};
}

function setAlarmState(input: SetAlarmStateCommandInput, ctx: SimCallContext): Record<string, never> {
  const alarm = input.AlarmName ? ctx.r.alarms[input.AlarmName] : undefined;
  if (!alarm) throw notFound("ResourceNotFound", `Alarm ${input.AlarmName} not found`);
  // A composite alarm's state is its rule's (a SetAlarmState on it would last until the next evaluation).
  if (alarm.rule !== undefined) return {};
  if (!["OK", "ALARM", "INSUFFICIENT_DATA"].includes(input.StateValue ?? ""))
    throw new SimError("InvalidParameterValue", `Invalid state value ${input.StateValue}`);
  scheduleAlarmState(ctx.state, {
    region: ctx.region,
    name: alarm.name,
    value: input.StateValue as AlarmStateValue,
    at: ctx.now,
    reason: input.StateReason ?? "",
  });
  return {};
}

/** CloudWatch: metric and composite alarms and their states over virtual time. */
export function register(engine: SimEngine): void {
  engine.register("cloudwatch", {
    DescribeAlarms: describeAlarms,
    PutCompositeAlarm: putCompositeAlarm,
    SetAlarmState: setAlarmState,
  });
}
