import { type CompositeAlarm, DescribeAlarmsCommand, type MetricAlarm } from "@aws-sdk/client-cloudwatch";
import type { AwsFactory } from "../aws/clients.js";
import { chunks, collectPages } from "../aws/pagination.js";
import type { CheckResult } from "./types.js";

/** An alarm as the check reads it: metric and composite alarms alike. */
export interface AlarmState {
  name: string;
  type: "metric" | "composite";
  state: string;
  reason?: string;
  updated?: string;
}

/** DescribeAlarms takes at most 100 names a call. */
const NAMES_PER_CALL = 100;

/**
 * The named alarms' states. Without `AlarmTypes`, DescribeAlarms returns only metric alarms, so
 * a composite alarm would read as missing: both types are asked for and both lists read
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarms.html).
 */
export async function readAlarms(
  aws: AwsFactory,
  o: { region: string; names: readonly string[] },
): Promise<AlarmState[]> {
  const cloudwatch = aws.cloudwatch(o.region);
  const out: AlarmState[] = [];
  for (const names of chunks(o.names, NAMES_PER_CALL)) {
    const pages = await collectPages(async (token) => {
      const page = await cloudwatch.send(
        new DescribeAlarmsCommand({
          AlarmNames: names,
          AlarmTypes: ["MetricAlarm", "CompositeAlarm"],
          ...(token ? { NextToken: token } : {}),
        }),
      );
      return {
        items: [
          ...(page.MetricAlarms ?? []).map((a) => stateOf(a, "metric")),
          ...(page.CompositeAlarms ?? []).map((a) => stateOf(a, "composite")),
        ],
        next: page.NextToken,
      };
    });
    out.push(...pages);
  }
  return out;
}

function stateOf(a: MetricAlarm | CompositeAlarm, type: AlarmState["type"]): AlarmState {
  const alarm: AlarmState = { name: a.AlarmName ?? "", type, state: a.StateValue ?? "INSUFFICIENT_DATA" };
  if (a.StateReason) alarm.reason = a.StateReason;
  if (a.StateUpdatedTimestamp) alarm.updated = a.StateUpdatedTimestamp.toISOString();
  return alarm;
}

/**
 * The one alarms check: every alarm `verify.alarms` names exists and is out of ALARM.
 * INSUFFICIENT_DATA passes (a quiet metric has no datapoints); a missing alarm fails, because
 * the soak cannot watch it.
 */
export function alarmsVerdict(o: {
  environment: string;
  region: string;
  names: readonly string[];
  alarms: readonly AlarmState[];
  sample: number;
}): CheckResult {
  const byName = new Map(o.alarms.map((a) => [a.name, a]));
  const firing = o.names.flatMap((n) => {
    const a = byName.get(n);
    return a?.state === "ALARM" ? [a] : [];
  });
  const missing = o.names.filter((n) => !byName.has(n));
  const problems = [
    ...firing.map((a) => `alarm ${a.name} is in ALARM${a.reason ? `: ${a.reason}` : ""}`),
    ...(missing.length > 0
      ? [`alarm(s) not found in ${o.region}: ${missing.join(", ")} — the soak cannot watch them`]
      : []),
  ];
  return {
    name: "alarms",
    level: "environment",
    target: o.environment,
    passed: problems.length === 0,
    summary:
      problems.length > 0
        ? problems.join("; ")
        : `${o.names.length} alarm(s) quiet: ${o.names.map((n) => `${n} ${byName.get(n)?.state}`).join(", ")}`,
    evidence: {
      sample: o.sample,
      alarms: o.names.map((n) => byName.get(n) ?? { name: n, state: "missing" }),
    },
  };
}

export async function checkAlarms(
  aws: AwsFactory,
  o: { region: string; environment: string; names: readonly string[]; sample: number },
): Promise<CheckResult[]> {
  if (o.names.length === 0) return [];
  const alarms = await readAlarms(aws, o);
  return [alarmsVerdict({ ...o, alarms })];
}
