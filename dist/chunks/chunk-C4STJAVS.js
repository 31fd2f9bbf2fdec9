import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/sim/services/ec2-lifecycle.ts
var TIMINGS = {
  pendingToRunning: 2e4,
  runningToStatusOk: 12e4,
  stopping: 3e4,
  shuttingDown: 3e4,
  /** From "running" until the instance's web server answers health checks. */
  appBoot: 4e4,
  /** Terminated instances stay visible in DescribeInstances this long. */
  terminatedVisible: 36e5
};
var STATE_CODES = {
  pending: 0,
  running: 16,
  "shutting-down": 32,
  terminated: 48,
  stopping: 64,
  stopped: 80
};
function instanceState(name) {
  return { Code: STATE_CODES[name], Name: name };
}
function stateAt(instance, at) {
  let current = "pending";
  for (const t of instance.transitions) {
    if (t.at > at) break;
    current = t.state;
  }
  return current;
}
function describedStateAt(instance, at, lag) {
  const change = instance.lastChange;
  return change && at >= change.at && at < change.at + lag ? change.previous : stateAt(instance, at);
}
function changeState(instance, at, next) {
  instance.lastChange = { at, previous: stateAt(instance, at) };
  instance.transitions = instance.transitions.filter((t) => t.at <= at);
  for (const n of next) instance.transitions.push({ at: at + n.after, state: n.state });
}
function runningPeriods(instance) {
  const periods = [];
  let start;
  for (const t of instance.transitions) {
    if (t.state === "running" && start === void 0) start = t.at;
    else if (t.state !== "running" && start !== void 0) {
      periods.push({ from: start, to: t.at });
      start = void 0;
    }
  }
  if (start !== void 0) periods.push({ from: start, to: Number.POSITIVE_INFINITY });
  return periods;
}
function runningSince(instance, at) {
  return runningPeriods(instance).find((p) => p.from <= at && at < p.to)?.from;
}
function lastBootAt(instance, at) {
  const since = runningSince(instance, at);
  if (since === void 0) return void 0;
  const reboots = instance.reboots.filter((r) => r >= since && r <= at);
  return reboots.length > 0 ? Math.max(...reboots) : since;
}
function statusChecksAt(instance, at) {
  const boot = lastBootAt(instance, at);
  if (boot === void 0) return "not-applicable";
  return at >= boot + TIMINGS.runningToStatusOk ? "ok" : "initializing";
}

// src/sim/services/elbv2-health.ts
var REASONS = {
  initial: { reason: "Elb.InitialHealthChecking", description: "Initial health checks in progress" },
  unhealthy: {
    reason: "Target.ResponseCodeMismatch",
    description: "Health checks failed with these codes: [502]"
  },
  unused: { reason: "Target.InvalidState", description: "Target is in the stopped state" },
  draining: {
    reason: "Target.DeregistrationInProgress",
    description: "Target deregistration is in progress"
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html
  notInUse: {
    reason: "Target.NotInUse",
    description: "Target group is not configured to receive traffic from the load balancer"
  },
  notRegistered: {
    reason: "Target.NotRegistered",
    description: "Target is not registered to the target group"
  }
};
function checkMs(tg, checks) {
  return checks * tg.healthCheck.intervalSeconds * 1e3;
}
function inUse(tg, r) {
  const forwards = (to) => to.some((f) => f.targetGroupArn === tg.arn);
  return r.listeners.some(
    (l) => forwards(l.forward) || (l.rules ?? []).some((rule) => forwards(rule.forward))
  );
}
function healthyIntervals(tg, episode, r) {
  const instance = r.instances[episode.id];
  if (!instance || instance.failsHealthChecks || !inUse(tg, r)) return [];
  const end = episode.deregisteredAt ?? Number.POSITIVE_INFINITY;
  const out = [];
  for (const period of runningPeriods(instance)) {
    const checksFrom = Math.max(episode.registeredAt, period.from + TIMINGS.appBoot);
    const from = checksFrom + checkMs(tg, tg.healthCheck.healthyThreshold);
    const to = Math.min(period.to, end);
    if (from < to) out.push({ from, to });
  }
  return out;
}
function healthAt(tg, episode, r, at) {
  if (at < episode.registeredAt) return void 0;
  if (episode.deregisteredAt !== void 0 && at >= episode.deregisteredAt) {
    return at < episode.deregisteredAt + tg.deregistrationDelaySeconds * 1e3 ? { state: "draining", ...REASONS.draining } : void 0;
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
function notRegisteredHealth() {
  return { state: "unused", ...REASONS.notRegistered };
}
function listedEpisodes(tg, r, at) {
  const latest = /* @__PURE__ */ new Map();
  for (const e of tg.targets) if (e.registeredAt <= at) latest.set(`${e.id}:${e.port}`, e);
  const out = [];
  for (const episode of latest.values()) {
    const health = healthAt(tg, episode, r, at);
    if (health) out.push({ episode, health });
  }
  return out;
}
function healthyCountHistory(tg, r, now) {
  const events = [];
  for (const episode of tg.targets) {
    for (const i of healthyIntervals(tg, episode, r)) {
      if (i.from <= now) events.push({ at: i.from, delta: 1 });
      if (i.to <= now) events.push({ at: i.to, delta: -1 });
    }
  }
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const steps = [];
  let count = 0;
  for (const e of events) {
    count += e.delta;
    const last = steps[steps.length - 1];
    if (last && last.at === e.at) last.healthy = count;
    else steps.push({ at: e.at, healthy: count });
  }
  return steps;
}
var KEPT_FINISHED = 500;
function pruneEpisodes(tg, now) {
  const finished = tg.targets.filter(
    (e) => e.deregisteredAt !== void 0 && now >= e.deregisteredAt + tg.deregistrationDelaySeconds * 1e3
  );
  if (finished.length <= KEPT_FINISHED) return;
  const drop = new Set(finished.slice(0, finished.length - KEPT_FINISHED));
  tg.targets = tg.targets.filter((e) => !drop.has(e));
}

export {
  TIMINGS,
  STATE_CODES,
  instanceState,
  stateAt,
  describedStateAt,
  changeState,
  runningPeriods,
  statusChecksAt,
  healthyIntervals,
  healthAt,
  notRegisteredHealth,
  listedEpisodes,
  healthyCountHistory,
  pruneEpisodes
};
