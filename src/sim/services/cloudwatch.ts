import type {
  DescribeAlarmsCommandInput,
  DescribeAlarmsCommandOutput,
  MetricAlarm,
  SetAlarmStateCommandInput,
} from "@aws-sdk/client-cloudwatch";
import type { SimCallContext, SimEngine } from "../engine.js";
import { notFound, SimError } from "../errors.js";
import { type AlarmRecord, type AlarmStateValue, regionOf, type SimState } from "../state.js";
import { page } from "./filters.js";

type Out<T> = Omit<T, "$metadata">;

/** The alarm's state at `at`: the last change at or before it (changes may be scheduled ahead). */
export function alarmStateAt(
  alarm: AlarmRecord,
  at: number,
): { state: AlarmStateValue; reason: string; since: number } {
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

function describeAlarms(
  input: DescribeAlarmsCommandInput,
  ctx: SimCallContext,
): Out<DescribeAlarmsCommandOutput> {
  if (input.AlarmNames?.length && input.AlarmNamePrefix)
    throw new SimError(
      "InvalidParameterCombination",
      "AlarmNames and AlarmNamePrefix cannot be used together",
    );
  const alarms = Object.values(ctx.r.alarms).filter(
    (a) =>
      (!input.AlarmNames?.length || input.AlarmNames.includes(a.name)) &&
      (!input.AlarmNamePrefix || a.name.startsWith(input.AlarmNamePrefix)) &&
      (!input.StateValue || alarmStateAt(a, ctx.now).state === input.StateValue),
  );
  const wantsMetric = !input.AlarmTypes?.length || input.AlarmTypes.includes("MetricAlarm");
  const { items, nextToken } = page(wantsMetric ? alarms : [], input.MaxRecords, input.NextToken, {
    min: 1,
    max: 100,
    default: 50,
  });
  return {
    MetricAlarms: items.map((a) => toMetricAlarm(a, ctx.now)),
    CompositeAlarms: [],
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

function setAlarmState(input: SetAlarmStateCommandInput, ctx: SimCallContext): Record<string, never> {
  const alarm = input.AlarmName ? ctx.r.alarms[input.AlarmName] : undefined;
  if (!alarm) throw notFound("ResourceNotFound", `Alarm ${input.AlarmName} not found`);
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

/** CloudWatch: metric alarms and their states over virtual time. */
export function register(engine: SimEngine): void {
  engine.register("cloudwatch", { DescribeAlarms: describeAlarms, SetAlarmState: setAlarmState });
}
