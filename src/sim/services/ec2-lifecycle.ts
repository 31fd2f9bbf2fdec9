import type { InstanceRecord, InstanceStateName } from "../state.js";

/** Realistic durations of EC2 state changes (ms). */
export const TIMINGS = {
  pendingToRunning: 20_000,
  runningToStatusOk: 120_000,
  stopping: 30_000,
  shuttingDown: 30_000,
  /** From "running" until the instance's web server answers health checks. */
  appBoot: 40_000,
  /** Terminated instances stay visible in DescribeInstances this long. */
  terminatedVisible: 3_600_000,
} as const;

export const STATE_CODES: Record<InstanceStateName, number> = {
  pending: 0,
  running: 16,
  "shutting-down": 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

/** The InstanceState an API answer carries: its code and name. */
export function instanceState(name: InstanceStateName): { Code: number; Name: InstanceStateName } {
  return { Code: STATE_CODES[name], Name: name };
}

export function stateAt(instance: InstanceRecord, at: number): InstanceStateName {
  let current: InstanceStateName = "pending";
  for (const t of instance.transitions) {
    if (t.at > at) break;
    current = t.state;
  }
  return current;
}

/**
 * The state DescribeInstances reports: until a state change has propagated (the eventual
 * consistency lag, src/sim/consistency.ts) it still shows the state before the change.
 */
export function describedStateAt(instance: InstanceRecord, at: number, lag: number): InstanceStateName {
  const change = instance.lastChange;
  return change && at >= change.at && at < change.at + lag ? change.previous : stateAt(instance, at);
}

/** Replaces every transition after `at` with `next` (a state change cancels what was scheduled). */
export function changeState(
  instance: InstanceRecord,
  at: number,
  next: Array<{ after: number; state: InstanceStateName }>,
): void {
  instance.lastChange = { at, previous: stateAt(instance, at) };
  instance.transitions = instance.transitions.filter((t) => t.at <= at);
  for (const n of next) instance.transitions.push({ at: at + n.after, state: n.state });
}

/** The periods [from, to) the instance was running (to = Infinity while it still runs). */
export function runningPeriods(instance: InstanceRecord): Array<{ from: number; to: number }> {
  const periods: Array<{ from: number; to: number }> = [];
  let start: number | undefined;
  for (const t of instance.transitions) {
    if (t.state === "running" && start === undefined) start = t.at;
    else if (t.state !== "running" && start !== undefined) {
      periods.push({ from: start, to: t.at });
      start = undefined;
    }
  }
  if (start !== undefined) periods.push({ from: start, to: Number.POSITIVE_INFINITY });
  return periods;
}

/** Start of the running period that contains `at`, if the instance runs then. */
export function runningSince(instance: InstanceRecord, at: number): number | undefined {
  return runningPeriods(instance).find((p) => p.from <= at && at < p.to)?.from;
}

/** The OS's last boot at or before `at`: start of the running period, or a later reboot. */
export function lastBootAt(instance: InstanceRecord, at: number): number | undefined {
  const since = runningSince(instance, at);
  if (since === undefined) return undefined;
  const reboots = instance.reboots.filter((r) => r >= since && r <= at);
  return reboots.length > 0 ? Math.max(...reboots) : since;
}

/** Instance and system status checks: initializing for ~2 minutes after each boot. */
export function statusChecksAt(
  instance: InstanceRecord,
  at: number,
): "ok" | "initializing" | "not-applicable" {
  const boot = lastBootAt(instance, at);
  if (boot === undefined) return "not-applicable";
  return at >= boot + TIMINGS.runningToStatusOk ? "ok" : "initializing";
}
