import {
  type Desired,
  LIVE,
  type Observed,
  type ObservedInstance,
  REGISTERED,
  type RunMemory,
  runs,
  type SoakPhase,
  type Step,
} from "./model.js";

/**
 * The next step that moves the fleet from what AWS shows towards the pin: surge, verify,
 * then drain (DESIGN §6), in batches within the surge budget. Pure; the executor applies the
 * step, observes again and asks again.
 *
 * Invariants, at every moment of a rollout:
 * - healthy capacity never drops below the desired count: an old instance leaves the target
 *   group only once a new one is healthy and soaked in its place;
 * - never more than `count + maxSurge` instances run: the next batch launches only when as
 *   many old instances have left (drained and stopped) as the budget needs.
 */
export function plan(desired: Desired, observed: Observed, memory: RunMemory): Step {
  const live = observed.instances.filter((i) => LIVE.has(i.state)).sort(byId);
  const pinned = live.filter((i) => runs(i, desired));
  const running = pinned.filter((i) => i.state === "pending" || i.state === "running");
  // A stopping instance is retained a few seconds from now; the start step waits for it.
  const retained = pinned.filter((i) => i.state === "stopped" || i.state === "stopping");
  const others = live.filter((i) => !runs(i, desired));
  const servingOld = others.filter((i) => i.state === "running" && REGISTERED.has(i.target));

  const established = running.filter((i) => i.role !== "new");
  const rollout = servingOld.length > 0 && healthyCount(established) < desired.count;
  if (!rollout) return finish(desired, memory, { live, running, retained, others });

  const discarded = (i: ObservedInstance) => desired.discard !== undefined && runs(i, desired.discard);
  const untagged = servingOld.filter((i) => i.role !== "old" && !discarded(i));
  if (untagged.length > 0) return { kind: "tag-old", ids: ids(untagged) };

  // Old instances this rollout drained keep running until stopped: stopped before the next
  // batch launches, so they do not count against the surge budget.
  const drained = others.filter(
    (i) => i.state === "running" && i.role === "old" && !REGISTERED.has(i.target) && i.target !== "draining",
  );
  if (drained.length > 0 && !drained.every(discarded)) {
    const toRetain = drained.filter((i) => !discarded(i));
    if (toRetain.length > 0) return { kind: "retain", ids: ids(toRetain) };
  }

  const count = desired.count;
  const surge = Math.max(1, desired.maxSurge);
  // A return (discard set) counts the instances still serving what it returns to, too.
  const candidates = running
    .filter((i) => i.role === "new" || desired.discard !== undefined)
    .sort(byReadiness);
  // Old instances of this rollout that have left: each left only after a new one soaked.
  const leftOld = others.filter(
    (i) =>
      i.role === "old" &&
      memory.rolloutId !== undefined &&
      i.rolloutId === memory.rolloutId &&
      !REGISTERED.has(i.target) &&
      i.target !== "draining",
  ).length;
  const canary = desired.soak ? Math.min(desired.canary, count) : 0;
  const canaryPassed = canary === 0 || memory.canarySoaked || candidates.length > canary || leftOld > 0;
  // How many new instances may run now: the budget minus the old still serving.
  const capacity = Math.max(0, count + surge - servingOld.length);
  const wanted = Math.min(canaryPassed ? count : canary, capacity);
  const fresh = candidates.slice(0, wanted);

  if (fresh.length < wanted) {
    const shortfall = wanted - fresh.length;
    if (retained.length > 0) return { kind: "start", ids: ids(retained.slice(0, shortfall)) };
    return { kind: "launch", count: shortfall };
  }

  const unregistered = fresh.filter((i) => !REGISTERED.has(i.target) && i.target !== "draining");
  const toCheck = unregistered.filter((i) => !memory.checked.has(i.id));
  if (toCheck.length > 0) return { kind: "prepare", ids: ids(toCheck) };
  if (unregistered.length > 0) return { kind: "register", ids: ids(unregistered) };

  const notHealthy = fresh.filter((i) => i.target !== "healthy");
  if (notHealthy.length > 0) return { kind: "wait-healthy", ids: ids(notHealthy) };

  // New instances that may stand in for old ones: all healthy ones on a return (no soak),
  // else those soaked in this run or, after a crash, as many as old ones already left.
  const soaked = desired.soak ? fresh.filter((i, n) => memory.soaked.has(i.id) || n < leftOld) : fresh;
  if (desired.soak && soaked.length < fresh.length) {
    const phase: SoakPhase = !canaryPassed ? "canary" : fresh.length >= count ? "full" : "batch";
    const batch = phase === "canary" ? fresh : fresh.filter((i) => !soaked.includes(i));
    return { kind: "soak", phase, ids: ids(batch) };
  }

  // As many old instances leave as soaked new ones can stand in for: healthy stays ≥ count.
  const keep = Math.max(0, count - soaked.length);
  if (servingOld.length > keep) {
    const leaving = [...servingOld].sort(byLeavingOrder).slice(0, servingOld.length - keep);
    return { kind: "drain", ids: ids(leaving) };
  }
  // Nothing may leave and nothing may join: only more surge could help (it never does here,
  // since surge ≥ 1 and every old instance beyond `keep` leaves above).
  return { kind: "wait-healthy", ids: ids(fresh) };
}

/**
 * Past the rollout (no old fleet serving, or the pinned fleet serves in full): bring the
 * pinned fleet to the desired count, then everything else leaves.
 */
function finish(
  desired: Desired,
  memory: RunMemory,
  f: {
    live: ObservedInstance[];
    running: ObservedInstance[];
    retained: ObservedInstance[];
    others: ObservedInstance[];
  },
): Step {
  const candidates = [...f.running].sort(byReadiness);
  const fresh = candidates.slice(0, desired.count);
  const surplus = candidates.slice(desired.count);
  const discarded = (i: ObservedInstance) => desired.discard !== undefined && runs(i, desired.discard);

  if (fresh.length < desired.count) {
    const shortfall = desired.count - fresh.length;
    if (f.retained.length > 0) return { kind: "start", ids: ids(f.retained.slice(0, shortfall)) };
    return { kind: "launch", count: shortfall };
  }

  const unregistered = fresh.filter((i) => !REGISTERED.has(i.target) && i.target !== "draining");
  const toCheck = unregistered.filter((i) => !memory.checked.has(i.id));
  if (toCheck.length > 0) return { kind: "prepare", ids: ids(toCheck) };
  if (unregistered.length > 0) return { kind: "register", ids: ids(unregistered) };

  const notHealthy = fresh.filter((i) => i.target !== "healthy");
  if (notHealthy.length > 0) return { kind: "wait-healthy", ids: ids(notHealthy) };

  // The pinned fleet serves at full capacity from here on: everything else may leave.
  const servingOthers = f.others.filter((i) => i.state === "running" && REGISTERED.has(i.target));
  if (servingOthers.length > 0) return { kind: "drain", ids: ids(servingOthers) };

  const surplusServing = surplus.filter((i) => REGISTERED.has(i.target));
  if (surplusServing.length > 0) return { kind: "drain", ids: ids(surplusServing) };

  const draining = f.live.filter((i) => i.target === "draining");
  if (draining.length > 0) return { kind: "drain", ids: ids(draining) };

  const leaving = f.others.filter((i) => i.state === "running" || i.state === "pending");
  const toRetain = leaving.filter((i) => (i.role === "old" || i.role === undefined) && !discarded(i));
  if (toRetain.length > 0) return { kind: "retain", ids: ids(toRetain) };
  const toRemove = [...leaving.filter((i) => i.role === "new" || discarded(i)), ...surplus];
  if (toRemove.length > 0) return { kind: "remove", ids: ids(toRemove) };

  return { kind: "done" };
}

/** True when the fleet serves the pin at the desired count and nothing else is left to do. */
export function converged(desired: Desired, observed: Observed): boolean {
  return (
    plan(desired, observed, { checked: new Set(), canarySoaked: true, soaked: new Set() }).kind === "done"
  );
}

function healthyCount(instances: readonly ObservedInstance[]): number {
  return instances.filter((i) => i.target === "healthy").length;
}

function ids(instances: readonly ObservedInstance[]): string[] {
  return instances.map((i) => i.id);
}

const READINESS: Record<string, number> = {
  healthy: 0,
  initial: 1,
  unhealthy: 2,
  "unhealthy.draining": 2,
  unavailable: 2,
  unregistered: 3,
  unused: 3,
  draining: 4,
};

/** Instances closest to serving first, so the ones kept are the ones that already serve. */
function byReadiness(a: ObservedInstance, b: ObservedInstance): number {
  return (READINESS[a.target] ?? 5) - (READINESS[b.target] ?? 5) || byId(a, b);
}

/** The old instances that serve worst leave first. */
function byLeavingOrder(a: ObservedInstance, b: ObservedInstance): number {
  return (READINESS[b.target] ?? 5) - (READINESS[a.target] ?? 5) || byId(a, b);
}

function byId(a: ObservedInstance, b: ObservedInstance): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
