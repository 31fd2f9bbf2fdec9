import type {
  InstanceStateChange,
  RebootInstancesCommandInput,
  StartInstancesCommandInput,
  StartInstancesCommandOutput,
  StopInstancesCommandInput,
  StopInstancesCommandOutput,
  TerminateInstancesCommandInput,
  TerminateInstancesCommandOutput,
} from "@aws-sdk/client-ec2";
import type { SimCallContext } from "../engine.js";
import { SimError } from "../errors.js";
import { factsAfterBoot } from "../facts.js";
import type { InstanceRecord, InstanceStateName } from "../state.js";
import { findInstance } from "./ec2-instances.js";
import { changeState, instanceState, stateAt, TIMINGS } from "./ec2-lifecycle.js";

/** Stop, start, terminate and reboot: each schedules the instance's next transitions on the clock. */

type Out<T> = Omit<T, "$metadata">;

function stateChanges(
  ids: string[] | undefined,
  ctx: SimCallContext,
  change: (i: InstanceRecord, current: InstanceStateName) => void,
): InstanceStateChange[] {
  const instances = (ids ?? []).map((id) => findInstance(ctx.r, id, ctx.now));
  return instances.map((i) => {
    const previous = stateAt(i, ctx.now);
    change(i, previous);
    return {
      InstanceId: i.id,
      PreviousState: instanceState(previous),
      CurrentState: instanceState(stateAt(i, ctx.now)),
    };
  });
}

function incorrectState(i: InstanceRecord, current: InstanceStateName, action: string): SimError {
  return new SimError(
    "IncorrectInstanceState",
    `The instance '${i.id}' is not in a state from which it can be ${action}. (current state: ${current})`,
  );
}

export function stopInstances(
  input: StopInstancesCommandInput,
  ctx: SimCallContext,
): Out<StopInstancesCommandOutput> {
  return {
    StoppingInstances: stateChanges(input.InstanceIds, ctx, (i, current) => {
      if (current === "stopped" || current === "stopping") return;
      if (current === "terminated" || current === "shutting-down")
        throw incorrectState(i, current, "stopped");
      changeState(i, ctx.now, [
        { after: 0, state: "stopping" },
        { after: TIMINGS.stopping, state: "stopped" },
      ]);
    }),
  };
}

export async function startInstances(
  input: StartInstancesCommandInput,
  ctx: SimCallContext,
): Promise<Out<StartInstancesCommandOutput>> {
  const started: InstanceRecord[] = [];
  const out = stateChanges(input.InstanceIds, ctx, (i, current) => {
    if (current === "running" || current === "pending") return;
    if (current !== "stopped") throw incorrectState(i, current, "started");
    changeState(i, ctx.now, [
      { after: 0, state: "pending" },
      { after: TIMINGS.pendingToRunning, state: "running" },
    ]);
    started.push(i);
  });
  for (const i of started) i.facts = await factsAfterBoot(i.facts, ctx.now + TIMINGS.pendingToRunning);
  return { StartingInstances: out };
}

export function terminateInstances(
  input: TerminateInstancesCommandInput,
  ctx: SimCallContext,
): Out<TerminateInstancesCommandOutput> {
  return {
    TerminatingInstances: stateChanges(input.InstanceIds, ctx, (i, current) => {
      if (current === "terminated" || current === "shutting-down") return;
      changeState(i, ctx.now, [
        { after: 0, state: "shutting-down" },
        { after: TIMINGS.shuttingDown, state: "terminated" },
      ]);
      // Terminated instances leave their target groups (draining) and their Auto Scaling group.
      for (const tg of Object.values(ctx.r.targetGroups)) {
        for (const e of tg.targets)
          if (e.id === i.id && e.deregisteredAt === undefined) e.deregisteredAt = ctx.now;
      }
      if (i.autoScalingGroup) {
        const asg = ctx.r.autoScalingGroups[i.autoScalingGroup];
        if (asg) asg.instanceIds = asg.instanceIds.filter((id) => id !== i.id);
      }
    }),
  };
}

export async function rebootInstances(
  input: RebootInstancesCommandInput,
  ctx: SimCallContext,
): Promise<Record<string, never>> {
  const instances = (input.InstanceIds ?? []).map((id) => findInstance(ctx.r, id, ctx.now));
  for (const i of instances) {
    const current = stateAt(i, ctx.now);
    if (current === "terminated" || current === "shutting-down") throw incorrectState(i, current, "rebooted");
  }
  for (const i of instances) {
    if (stateAt(i, ctx.now) !== "running") continue;
    i.reboots.push(ctx.now);
    i.facts = await factsAfterBoot(i.facts, ctx.now);
  }
  return {};
}
