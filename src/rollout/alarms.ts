import { DescribeAlarmsCommand } from "@aws-sdk/client-cloudwatch";
import type { AwsFactory } from "../aws/clients.js";
import type { CheckResult } from "../ports/verifier.js";

/** The configured CloudWatch alarms must stay out of ALARM (one DescribeAlarms per sample). */
export async function alarmChecks(
  aws: AwsFactory,
  region: string,
  alarms: readonly string[],
  environment: string,
): Promise<CheckResult[]> {
  if (alarms.length === 0) return [];
  const result = await aws.cloudwatch(region).send(new DescribeAlarmsCommand({ AlarmNames: [...alarms] }));
  const states = new Map((result.MetricAlarms ?? []).map((a) => [a.AlarmName ?? "", a]));
  return alarms.map((name): CheckResult => {
    const alarm = states.get(name);
    if (!alarm) {
      return {
        name: `alarm:${name}`,
        level: "environment",
        target: environment,
        passed: false,
        summary: `alarm ${name} does not exist in ${region}: the soak cannot watch it`,
        evidence: { alarm: name },
      };
    }
    const state = alarm.StateValue ?? "INSUFFICIENT_DATA";
    return {
      name: `alarm:${name}`,
      level: "environment",
      target: environment,
      passed: state !== "ALARM",
      summary:
        state === "ALARM"
          ? `alarm ${name} is in ALARM: ${alarm.StateReason ?? ""}`.trim()
          : `alarm ${name} is ${state}`,
      evidence: {
        alarm: name,
        state,
        reason: alarm.StateReason,
        updated: alarm.StateUpdatedTimestamp?.toISOString(),
      },
    };
  });
}
