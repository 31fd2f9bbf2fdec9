import { describe, expect, it } from "vitest";
import type { Desired, ObservedInstance, RunMemory, Step } from "../../src/rollout/model.js";
import { converged, plan } from "../../src/rollout/plan.js";

const OLD = "ami-0000000000000000a";
const NEW = "ami-0000000000000000b";
const desired: Desired = { environment: "prod", ami: NEW, count: 2, canary: 1, maxSurge: 2, soak: true };
const fresh = (): RunMemory => ({
  checked: new Set(),
  canarySoaked: false,
  soaked: new Set(),
  rolloutId: "r-1",
});

function old(id: string, extra: Partial<ObservedInstance> = {}): ObservedInstance {
  return { id, state: "running", ami: OLD, target: "healthy", ...extra };
}
function neu(id: string, extra: Partial<ObservedInstance> = {}): ObservedInstance {
  return { id, state: "running", ami: NEW, role: "new", rolloutId: "r-1", target: "unregistered", ...extra };
}

/** Drives the planner against a tiny model of AWS until it says done; returns the step kinds. */
function drive(
  instances: ObservedInstance[],
  memory = fresh(),
  want: Desired = desired,
): { kinds: string[]; healthyFloor: number; runningPeak: number } {
  const checked = new Set<string>();
  const soaked = new Set<string>();
  const m = { ...memory, checked, soaked };
  const kinds: string[] = [];
  let next = 0;
  let healthyFloor = Number.POSITIVE_INFINITY;
  let runningPeak = 0;
  for (let n = 0; n < 500; n++) {
    healthyFloor = Math.min(healthyFloor, instances.filter((i) => i.target === "healthy").length);
    runningPeak = Math.max(runningPeak, instances.filter((i) => i.state === "running").length);
    const step: Step = plan(want, { instances }, m);
    kinds.push(step.kind === "soak" ? `soak:${step.phase}` : step.kind);
    const byId = (id: string) => instances.find((i) => i.id === id)!;
    switch (step.kind) {
      case "done":
        return { kinds, healthyFloor, runningPeak };
      case "tag-old":
        for (const id of step.ids) Object.assign(byId(id), { role: "old", rolloutId: "r-1" });
        break;
      case "launch":
        for (let i = 0; i < step.count; i++) instances.push(neu(`i-new${next++}`));
        break;
      case "start":
        for (const id of step.ids) Object.assign(byId(id), { state: "running", role: "new" });
        break;
      case "prepare":
        for (const id of step.ids) checked.add(id);
        break;
      case "register":
        for (const id of step.ids) Object.assign(byId(id), { target: "initial" });
        break;
      case "wait-healthy":
        for (const id of step.ids) Object.assign(byId(id), { target: "healthy" });
        break;
      case "soak":
        if (step.phase === "canary") m.canarySoaked = true;
        for (const id of step.ids) soaked.add(id);
        break;
      case "drain":
        for (const id of step.ids) Object.assign(byId(id), { target: "unregistered" });
        break;
      case "retain":
        for (const id of step.ids) Object.assign(byId(id), { state: "stopped" });
        break;
      case "remove":
        for (const id of step.ids) Object.assign(byId(id), { state: "terminated", target: "unregistered" });
        break;
    }
  }
  throw new Error(`no convergence: ${kinds.join(" ")}`);
}

describe("the rollout planner", () => {
  it("surges a canary, soaks it, adds the rest, soaks, and only then drains and retains the old fleet", () => {
    const { kinds, healthyFloor } = drive([old("i-old1"), old("i-old2")]);
    expect(kinds).toEqual([
      "tag-old",
      "launch",
      "prepare",
      "register",
      "wait-healthy",
      "soak:canary",
      "launch",
      "prepare",
      "register",
      "wait-healthy",
      "soak:full",
      "drain",
      "retain",
      "done",
    ]);
    expect(healthyFloor).toBeGreaterThanOrEqual(2);
  });

  it("never drains the serving fleet while the pinned fleet is short of healthy instances", () => {
    const instances = [
      old("i-old1", { role: "old" }),
      old("i-old2", { role: "old" }),
      neu("i-a", { target: "healthy" }),
      neu("i-b", { target: "unhealthy" }),
    ];
    const memory: RunMemory = {
      checked: new Set(["i-a", "i-b"]),
      canarySoaked: true,
      soaked: new Set(["i-a", "i-b"]),
    };
    expect(plan(desired, { instances }, memory)).toEqual({ kind: "wait-healthy", ids: ["i-b"] });
  });

  it("starts retained instances of the pinned AMI instead of launching new ones", () => {
    const instances = [
      old("i-old1"),
      old("i-old2"),
      neu("i-kept1", { state: "stopped", role: "old", retainUntil: "2026-01-02T00:00:00.000Z" }),
      neu("i-kept2", { state: "stopped", role: "old" }),
    ];
    const { kinds } = drive(instances);
    expect(kinds).not.toContain("launch");
    expect(kinds.filter((k) => k === "start")).toHaveLength(2);
  });

  it("returning to an AMI that served here before skips the canary and the soaks, never the health wait", () => {
    const instances = [old("i-old1"), old("i-old2")];
    const back: Desired = { ...desired, soak: false };
    const kinds: string[] = [];
    const m = { checked: new Set<string>(), canarySoaked: false, soaked: new Set<string>() };
    for (let n = 0; n < 20; n++) {
      const step = plan(back, { instances }, m);
      kinds.push(step.kind);
      if (step.kind === "done") break;
      if (step.kind === "tag-old")
        for (const id of step.ids) instances.find((i) => i.id === id)!.role = "old";
      if (step.kind === "launch") for (let i = 0; i < step.count; i++) instances.push(neu(`i-n${i}`));
      if (step.kind === "prepare") for (const id of step.ids) m.checked.add(id);
      if (step.kind === "register")
        for (const id of step.ids) instances.find((i) => i.id === id)!.target = "initial";
      if (step.kind === "wait-healthy")
        for (const id of step.ids) instances.find((i) => i.id === id)!.target = "healthy";
      if (step.kind === "drain")
        for (const id of step.ids) instances.find((i) => i.id === id)!.target = "unregistered";
      if (step.kind === "retain")
        for (const id of step.ids) instances.find((i) => i.id === id)!.state = "stopped";
    }
    expect(kinds).toEqual([
      "tag-old",
      "launch",
      "prepare",
      "register",
      "wait-healthy",
      "drain",
      "retain",
      "done",
    ]);
  });

  it("after a crash resumes from what AWS shows: healthy canary, rest not launched yet → soak the canary again", () => {
    const instances = [
      old("i-old1", { role: "old" }),
      old("i-old2", { role: "old" }),
      neu("i-c", { target: "healthy" }),
    ];
    expect(plan(desired, { instances }, fresh())).toEqual({ kind: "soak", phase: "canary", ids: ["i-c"] });
  });

  it("terminates leftovers of a failed rollout once the pin points back at the serving fleet", () => {
    const back: Desired = { ...desired, ami: OLD };
    const instances = [
      old("i-old1", { role: "old" }),
      old("i-old2", { role: "old" }),
      neu("i-n1", { target: "healthy" }),
    ];
    const first = plan(back, { instances }, fresh());
    expect(first).toEqual({ kind: "drain", ids: ["i-n1"] });
    instances[2]!.target = "unregistered";
    expect(plan(back, { instances }, fresh())).toEqual({ kind: "remove", ids: ["i-n1"] });
  });

  it("is done when the pinned fleet serves at the desired count and nothing else runs", () => {
    const instances = [
      neu("i-a", { target: "healthy" }),
      neu("i-b", { target: "healthy" }),
      old("i-o", { state: "stopped", target: "unregistered", role: "old" }),
    ];
    expect(converged(desired, { instances })).toBe(true);
    expect(converged(desired, { instances: instances.slice(1) })).toBe(false);
  });

  it("scales in surplus pinned instances by draining and terminating them", () => {
    const instances = ["i-a", "i-b", "i-c"].map((id) => neu(id, { target: "healthy" }));
    const { kinds } = drive(instances);
    expect(kinds).toEqual(["drain", "remove", "done"]);
    expect(instances.filter((i) => i.state === "running")).toHaveLength(2);
  });

  it("rolls a big fleet in batches within the surge budget: capacity held, never more than count + surge running", () => {
    const eight: Desired = { ...desired, count: 8, maxSurge: 2 };
    const instances = Array.from({ length: 8 }, (_, n) => old(`i-old${n}`));
    const { kinds, healthyFloor, runningPeak } = drive(instances, fresh(), eight);
    expect(healthyFloor).toBeGreaterThanOrEqual(8);
    expect(runningPeak).toBeLessThanOrEqual(10);
    expect(kinds.filter((k) => k.startsWith("soak"))).toEqual([
      "soak:canary",
      "soak:batch",
      "soak:batch",
      "soak:batch",
      "soak:full",
    ]);
    expect(kinds.filter((k) => k === "drain")).toHaveLength(4);
    expect(kinds.at(-1)).toBe("done");
    expect(instances.filter((i) => i.state === "running").map((i) => i.ami)).toEqual(Array(8).fill(NEW));
  });

  it("after a crash between batches, counts the old instances this rollout already retired as soaked batches", () => {
    const eight: Desired = { ...desired, count: 4, maxSurge: 1 };
    const instances = [
      old("i-old0", { role: "old", rolloutId: "r-1", state: "stopped", target: "unregistered" }),
      old("i-old1", { role: "old", rolloutId: "r-1" }),
      old("i-old2", { role: "old", rolloutId: "r-1" }),
      old("i-old3", { role: "old", rolloutId: "r-1" }),
      neu("i-a", { target: "healthy" }),
      neu("i-b", { target: "healthy" }),
    ];
    // i-a stood in for the retired i-old0; i-b is the batch in flight: it soaks again before an old one leaves.
    expect(plan(eight, { instances }, { ...fresh(), checked: new Set(["i-b"]) })).toEqual({
      kind: "soak",
      phase: "batch",
      ids: ["i-b"],
    });
  });

  it("a return from a failed batch keeps the serving old instances, starts the retired ones and removes the failed release", () => {
    const back: Desired = {
      ...desired,
      ami: OLD,
      count: 2,
      maxSurge: 1,
      canary: 0,
      soak: false,
      discard: { ami: NEW },
    };
    const instances = [
      old("i-old0", { role: "old", rolloutId: "r-1", state: "stopped", target: "unregistered" }),
      old("i-old1", { role: "old", rolloutId: "r-1" }),
      neu("i-a", { target: "healthy" }),
    ];
    const { kinds, healthyFloor } = drive(instances, fresh(), back);
    expect(healthyFloor).toBeGreaterThanOrEqual(2);
    expect(kinds).toEqual(["start", "prepare", "register", "wait-healthy", "drain", "remove", "done"]);
    expect(instances.find((i) => i.id === "i-a")!.state).toBe("terminated");
  });
});
