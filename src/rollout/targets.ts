import { DeregisterTargetsCommand, RegisterTargetsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { AwsFactory } from "../aws/clients.js";
import type { Clock } from "../ports/clock.js";
import { rolloutFinding, StepFailed } from "./failure.js";
import type { TargetState } from "./model.js";
import { type FleetRefs, targetHealth } from "./observe.js";
import { POLL_MS, pollUntil } from "./poll.js";

/** RegisterTargets/DeregisterTargets take many targets per call; 500 keeps requests small. */
const BATCH = 500;

export async function registerTargets(
  aws: AwsFactory,
  fleet: FleetRefs,
  ids: readonly string[],
): Promise<void> {
  for (const batch of chunks(ids, BATCH)) {
    await aws.elbv2(fleet.region).send(
      new RegisterTargetsCommand({
        TargetGroupArn: fleet.targetGroupArn,
        Targets: batch.map((Id) => ({ Id })),
      }),
    );
  }
}

export async function deregisterTargets(
  aws: AwsFactory,
  fleet: FleetRefs,
  ids: readonly string[],
): Promise<void> {
  for (const batch of chunks(ids, BATCH)) {
    await aws.elbv2(fleet.region).send(
      new DeregisterTargetsCommand({
        TargetGroupArn: fleet.targetGroupArn,
        Targets: batch.map((Id) => ({ Id })),
      }),
    );
  }
}

/**
 * Waits until every target is healthy; a target the load balancer finds unhealthy fails the
 * step at once (its health checks already failed the unhealthy threshold).
 */
export async function waitHealthy(o: {
  aws: AwsFactory;
  clock: Clock;
  fleet: FleetRefs;
  ids: readonly string[];
  onWait?: (waitingFor: string) => void;
}): Promise<void> {
  await pollUntil({
    clock: o.clock,
    everyMs: POLL_MS.health,
    // Health checks need threshold × interval after registration; allow three times that.
    timeoutMs: 3 * o.fleet.healthyAfterMs + 60_000,
    onWait: o.onWait,
    onTimeout: (waitingFor) =>
      new StepFailed(`targets did not become healthy in ${o.fleet.targetGroupName}`, [
        rolloutFinding({
          name: "target-health",
          level: "environment",
          target: o.ids.join(","),
          summary: `not healthy in target group ${o.fleet.targetGroupName} in time (${waitingFor})`,
        }),
      ]),
    check: async () => {
      const states = await targetHealth(o.aws, o.fleet);
      const unhealthy = o.ids.filter((id) => states.get(id) === "unhealthy");
      if (unhealthy.length > 0) {
        throw new StepFailed(`${unhealthy.length} new instance(s) failed ALB health checks`, [
          ...unhealthy.map((id) =>
            rolloutFinding({
              name: "target-health",
              level: "environment",
              target: id,
              summary: `unhealthy in target group ${o.fleet.targetGroupName}: the load balancer's health checks fail`,
              evidence: { targetGroup: o.fleet.targetGroupName, state: "unhealthy" },
            }),
          ),
        ]);
      }
      const waiting = o.ids.filter((id) => states.get(id) !== "healthy");
      return waiting.length === 0
        ? { done: true, value: undefined }
        : {
            done: false,
            waitingFor: `${waiting.length} target(s) to pass health checks in ${o.fleet.targetGroupName}`,
          };
    },
  });
}

/** Waits until none of the targets is listed as draining any more (deregistration delay). */
export async function waitDrained(o: {
  aws: AwsFactory;
  clock: Clock;
  fleet: FleetRefs;
  ids: readonly string[];
  onWait?: (waitingFor: string) => void;
}): Promise<void> {
  await pollUntil({
    clock: o.clock,
    everyMs: POLL_MS.draining,
    timeoutMs: 2 * o.fleet.deregistrationDelayMs + 120_000,
    onWait: o.onWait,
    onTimeout: (waitingFor) =>
      new StepFailed(`targets did not finish draining in ${o.fleet.targetGroupName}`, [
        rolloutFinding({
          name: "draining",
          level: "environment",
          target: o.ids.join(","),
          summary: waitingFor,
        }),
      ]),
    check: async () => {
      const states = await targetHealth(o.aws, o.fleet);
      const draining = o.ids.filter((id) => isLeaving(states.get(id)));
      return draining.length === 0
        ? { done: true, value: undefined }
        : {
            done: false,
            waitingFor: `${draining.length} target(s) to drain from ${o.fleet.targetGroupName}`,
          };
    },
  });
}

function isLeaving(state: TargetState | undefined): boolean {
  return state === "draining";
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
