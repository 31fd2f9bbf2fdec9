import {
  type Desired,
  LIVE,
  type Observed,
  type ObservedInstance,
  REGISTERED,
  type RunMemory,
  type Step,
} from "./model.js";

/**
 * The next step that moves the fleet from what AWS shows towards the pin: surge, verify,
 * then drain (DESIGN §6). Pure; the executor applies the step, observes again and asks again.
 *
 * Healthy capacity never drops below the desired count: the serving fleet leaves the target
 * group only once the pinned instances are all healthy (and soaked, during a rollout).
 */
export function plan(desired: Desired, observed: Observed, memory: RunMemory): Step {
  const live = observed.instances.filter((i) => LIVE.has(i.state)).sort(byId);
  const pinned = live.filter((i) => i.ami === desired.ami);
  const running = pinned.filter((i) => i.state === "pending" || i.state === "running");
  // A stopping instance is retained a few seconds from now; the start step waits for it.
  const retained = pinned.filter((i) => i.state === "stopped" || i.state === "stopping");
  const others = live.filter((i) => i.ami !== desired.ami);
  const servingOld = others.filter((i) => i.state === "running" && REGISTERED.has(i.target));

  const established = running.filter((i) => i.role !== "new");
  const rollout = servingOld.length > 0 && healthyCount(established) < desired.count;

  if (rollout) {
    const untagged = servingOld.filter((i) => i.role !== "old");
    if (untagged.length > 0) return { kind: "tag-old", ids: ids(untagged) };
  }

  const candidates = (rollout ? running.filter((i) => i.role === "new") : running).sort(byReadiness);
  const canary = rollout && desired.soak ? Math.min(desired.canary, desired.count) : 0;
  const canaryPassed = canary === 0 || memory.canarySoaked || candidates.length > canary;
  const wanted = canaryPassed ? desired.count : canary;
  const fresh = candidates.slice(0, wanted);
  const surplus = candidates.slice(wanted);

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

  if (rollout) {
    if (!canaryPassed) return { kind: "soak", phase: "canary", ids: ids(fresh) };
    if (desired.soak && !memory.fullSoaked) return { kind: "soak", phase: "full", ids: ids(fresh) };
  }

  // The pinned fleet serves at full capacity from here on: everything else may leave.
  if (servingOld.length > 0) return { kind: "drain", ids: ids(servingOld) };

  const surplusServing = surplus.filter((i) => REGISTERED.has(i.target));
  if (surplusServing.length > 0) return { kind: "drain", ids: ids(surplusServing) };

  const draining = live.filter((i) => i.target === "draining");
  if (draining.length > 0) return { kind: "drain", ids: ids(draining) };

  const leaving = others.filter((i) => i.state === "running" || i.state === "pending");
  const toRetain = leaving.filter((i) => i.role === "old" || i.role === undefined);
  if (toRetain.length > 0) return { kind: "retain", ids: ids(toRetain) };
  const toRemove = [...leaving.filter((i) => i.role === "new"), ...surplus];
  if (toRemove.length > 0) return { kind: "remove", ids: ids(toRemove) };

  return { kind: "done" };
}

/** True when the fleet serves the pin at the desired count and nothing else is left to do. */
export function converged(desired: Desired, observed: Observed): boolean {
  return (
    plan(desired, observed, { checked: new Set(), canarySoaked: true, fullSoaked: true }).kind === "done"
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
  unavailable: 2,
  unregistered: 3,
  unused: 3,
  draining: 4,
};

/** Instances closest to serving first, so the ones kept are the ones that already serve. */
function byReadiness(a: ObservedInstance, b: ObservedInstance): number {
  return (READINESS[a.target] ?? 5) - (READINESS[b.target] ?? 5) || byId(a, b);
}

function byId(a: ObservedInstance, b: ObservedInstance): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
