import { DeregisterTargetsCommand, RegisterTargetsCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { AwsFactory } from "../aws/clients.js";
import { chunks } from "../aws/pagination.js";
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
  await sendInBatches(aws, fleet, ids, RegisterTargetsCommand);
}

export async function deregisterTargets(
  aws: AwsFactory,
  fleet: FleetRefs,
  ids: readonly string[],
): Promise<void> {
  await sendInBatches(aws, fleet, ids, DeregisterTargetsCommand);
}

async function sendInBatches(
  aws: AwsFactory,
  fleet: FleetRefs,
  ids: readonly string[],
  Command: typeof RegisterTargetsCommand | typeof DeregisterTargetsCommand,
): Promise<void> {
  for (const batch of chunks(ids, BATCH)) {
    await aws
      .elbv2(fleet.region)
      .send(new Command({ TargetGroupArn: fleet.targetGroupArn, Targets: batch.map((Id) => ({ Id })) }));
  }
}

/** The targets of one fleet a wait is about, and whom to tell what it waits for. */
export interface TargetWait {
  aws: AwsFactory;
  clock: Clock;
  fleet: FleetRefs;
  ids: readonly string[];
  onWait?: (waitingFor: string) => void;
}

/**
 * Polls the target group's health until `pending` finds no target left to wait for; on
 * timeout the step fails with one finding about all the targets.
 */
async function waitForTargets(
  o: TargetWait,
  w: {
    everyMs: number;
    timeoutMs: number;
    timeout: { message: string; finding: string; summary: (waitingFor: string) => string };
    /** The targets still waited for (throws StepFailed when a state is already a failure). */
    pending: (states: Map<string, TargetState>) => string[];
    waitingFor: (count: number) => string;
  },
): Promise<void> {
  await pollUntil({
    clock: o.clock,
    everyMs: w.everyMs,
    timeoutMs: w.timeoutMs,
    onWait: o.onWait,
    onTimeout: (waitingFor) =>
      new StepFailed(w.timeout.message, [
        rolloutFinding({
          name: w.timeout.finding,
          level: "environment",
          target: o.ids.join(","),
          summary: w.timeout.summary(waitingFor),
        }),
      ]),
    check: async () => {
      const waiting = w.pending(await targetHealth(o.aws, o.fleet));
      return waiting.length === 0
        ? { done: true, value: undefined }
        : { done: false, waitingFor: w.waitingFor(waiting.length) };
    },
  });
}

/**
 * Waits until every target is healthy; a target the load balancer finds unhealthy fails the
 * step at once (its health checks already failed the unhealthy threshold).
 */
export async function waitHealthy(o: TargetWait): Promise<void> {
  const group = o.fleet.targetGroupName;
  await waitForTargets(o, {
    everyMs: POLL_MS.health,
    // Health checks need threshold × interval after registration; allow three times that.
    timeoutMs: 3 * o.fleet.healthyAfterMs + 60_000,
    timeout: {
      message: `targets did not become healthy in ${group}`,
      finding: "target-health",
      summary: (waitingFor) => `not healthy in target group ${group} in time (${waitingFor})`,
    },
    pending: (states) => {
      const unhealthy = o.ids.filter((id) => states.get(id) === "unhealthy");
      if (unhealthy.length > 0) {
        throw new StepFailed(`${unhealthy.length} new instance(s) failed ALB health checks`, [
          ...unhealthy.map((id) =>
            rolloutFinding({
              name: "target-health",
              level: "environment",
              target: id,
              summary: `unhealthy in target group ${group}: the load balancer's health checks fail`,
              evidence: { targetGroup: group, state: "unhealthy" },
            }),
          ),
        ]);
      }
      return o.ids.filter((id) => states.get(id) !== "healthy");
    },
    waitingFor: (count) => `${count} target(s) to pass health checks in ${group}`,
  });
}

/** Waits until none of the targets is listed as draining any more (deregistration delay). */
export async function waitDrained(o: TargetWait): Promise<void> {
  const group = o.fleet.targetGroupName;
  await waitForTargets(o, {
    everyMs: POLL_MS.draining,
    timeoutMs: 2 * o.fleet.deregistrationDelayMs + 120_000,
    timeout: {
      message: `targets did not finish draining in ${group}`,
      finding: "draining",
      summary: (waitingFor) => waitingFor,
    },
    pending: (states) => o.ids.filter((id) => isLeaving(states.get(id))),
    waitingFor: (count) => `${count} target(s) to drain from ${group}`,
  });
}

function isLeaving(state: TargetState | undefined): boolean {
  return state === "draining";
}
