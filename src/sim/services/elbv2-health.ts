import type { ListenerRecord, RegionState, TargetEpisode, TargetGroupRecord } from "../state.js";
import { runningPeriods, stateAt, TIMINGS } from "./ec2-lifecycle.js";

export type TargetHealthState = "initial" | "healthy" | "unhealthy" | "unused" | "draining";

export interface DerivedHealth {
  state: TargetHealthState;
  reason?: string;
  description?: string;
}

const REASONS = {
  initial: { reason: "Elb.InitialHealthChecking", description: "Initial health checks in progress" },
  unhealthy: {
    reason: "Target.ResponseCodeMismatch",
    description: "Health checks failed with these codes: [502]",
  },
  unused: { reason: "Target.InvalidState", description: "Target is in the stopped state" },
  draining: {
    reason: "Target.DeregistrationInProgress",
    description: "Target deregistration is in progress",
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html
  notInUse: {
    reason: "Target.NotInUse",
    description: "Target group is not configured to receive traffic from the load balancer",
  },
  notRegistered: {
    reason: "Target.NotRegistered",
    description: "Target is not registered to the target group",
  },
} as const;

function checkMs(tg: TargetGroupRecord, checks: number): number {
  return checks * tg.healthCheck.intervalSeconds * 1000;
}

/**
 * Whether a listener forwards to the group, by its default action or one of its rules: a load
 * balancer health-checks the targets of groups it routes to only; the others' targets are
 * `unused` (Target.NotInUse).
 */
export function inUse(tg: TargetGroupRecord, r: RegionState): boolean {
  const forwards = (to: ListenerRecord["forward"]) => to.some((f) => f.targetGroupArn === tg.arn);
  return r.listeners.some(
    (l) => forwards(l.forward) || (l.rules ?? []).some((rule) => forwards(rule.forward)),
  );
}

/** Intervals [from, to) during which the episode's target answered health checks as healthy. */
export function healthyIntervals(
  tg: TargetGroupRecord,
  episode: TargetEpisode,
  r: RegionState,
): Array<{ from: number; to: number }> {
  const instance = r.instances[episode.id];
  if (!instance || instance.failsHealthChecks || !inUse(tg, r)) return [];
  const end = episode.deregisteredAt ?? Number.POSITIVE_INFINITY;
  const out: Array<{ from: number; to: number }> = [];
  for (const period of runningPeriods(instance)) {
    const checksFrom = Math.max(episode.registeredAt, period.from + TIMINGS.appBoot);
    const from = checksFrom + checkMs(tg, tg.healthCheck.healthyThreshold);
    const to = Math.min(period.to, end);
    if (from < to) out.push({ from, to });
  }
  return out;
}

/** The episode's health at `at`, or undefined when the target is not listed then (gone after draining). */
export function healthAt(
  tg: TargetGroupRecord,
  episode: TargetEpisode,
  r: RegionState,
  at: number,
): DerivedHealth | undefined {
  if (at < episode.registeredAt) return undefined;
  if (episode.deregisteredAt !== undefined && at >= episode.deregisteredAt) {
    return at < episode.deregisteredAt + tg.deregistrationDelaySeconds * 1000
      ? { state: "draining", ...REASONS.draining }
      : undefined;
  }
  if (!inUse(tg, r)) return { state: "unused", ...REASONS.notInUse };
  const instance = r.instances[episode.id];
  if (!instance || stateAt(instance, at) !== "running") return { state: "unused", ...REASONS.unused };
  if (healthyIntervals(tg, episode, r).some((i) => i.from <= at && at < i.to)) return { state: "healthy" };
  const period = runningPeriods(instance).find((p) => p.from <= at && at < p.to);
  const checksFrom = Math.max(episode.registeredAt, (period?.from ?? at) + TIMINGS.appBoot);
  if (instance.failsHealthChecks && at >= checksFrom + checkMs(tg, tg.healthCheck.unhealthyThreshold)) {
    return { state: "unhealthy", ...REASONS.unhealthy };
  }
  return { state: "initial", ...REASONS.initial };
}

export function notRegisteredHealth(): DerivedHealth {
  return { state: "unused", ...REASONS.notRegistered };
}

/** The latest episode of each target id that is still listed at `at`. */
export function listedEpisodes(
  tg: TargetGroupRecord,
  r: RegionState,
  at: number,
): Array<{ episode: TargetEpisode; health: DerivedHealth }> {
  const latest = new Map<string, TargetEpisode>();
  for (const e of tg.targets) if (e.registeredAt <= at) latest.set(`${e.id}:${e.port}`, e);
  const out: Array<{ episode: TargetEpisode; health: DerivedHealth }> = [];
  for (const episode of latest.values()) {
    const health = healthAt(tg, episode, r, at);
    if (health) out.push({ episode, health });
  }
  return out;
}

/** Healthy-target count over time up to `now`, as the steps where it changes. */
export function healthyCountHistory(
  tg: TargetGroupRecord,
  r: RegionState,
  now: number,
): Array<{ at: number; healthy: number }> {
  const events: Array<{ at: number; delta: number }> = [];
  for (const episode of tg.targets) {
    for (const i of healthyIntervals(tg, episode, r)) {
      if (i.from <= now) events.push({ at: i.from, delta: +1 });
      if (i.to <= now) events.push({ at: i.to, delta: -1 });
    }
  }
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const steps: Array<{ at: number; healthy: number }> = [];
  let count = 0;
  for (const e of events) {
    count += e.delta;
    const last = steps[steps.length - 1];
    if (last && last.at === e.at) last.healthy = count;
    else steps.push({ at: e.at, healthy: count });
  }
  return steps;
}

/** Finished episodes kept per target group for the history. */
const KEPT_FINISHED = 500;

export function pruneEpisodes(tg: TargetGroupRecord, now: number): void {
  const finished = tg.targets.filter(
    (e) => e.deregisteredAt !== undefined && now >= e.deregisteredAt + tg.deregistrationDelaySeconds * 1000,
  );
  if (finished.length <= KEPT_FINISHED) return;
  const drop = new Set(finished.slice(0, finished.length - KEPT_FINISHED));
  tg.targets = tg.targets.filter((e) => !drop.has(e));
}
