import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  findingsOf as findingsOf2
} from "./chunk-WBC65YMV.js";
import {
  formatTypeChanges,
  instanceTypeChanges
} from "./chunk-55NA3AYV.js";
import {
  RolloutRolledBack,
  findingsOf,
  markVerified,
  newReport,
  newRolloutId,
  stepRecord
} from "./chunk-JTYWG3OT.js";
import {
  describeLaunchTemplate,
  describeVersion,
  ensureHardenedVersion,
  primaryInterfaceOf,
  settleDefaultVersion
} from "./chunk-ZOIA7OHR.js";
import {
  TAG,
  toTagList
} from "./chunk-MHZV5H25.js";
import {
  LIVE,
  POLL_MS,
  REGISTERED,
  deregisterTargets,
  errorName,
  pollUntil,
  registerTargets,
  resolveTargetGroup,
  runs,
  targetStates,
  waitDrained,
  waitHealthy
} from "./chunk-GMJUDOBJ.js";
import {
  StepFailed,
  isCrash,
  rolloutFinding
} from "./chunk-H3EWHKZH.js";
import {
  chunks
} from "./chunk-OKTVBVYZ.js";
import {
  parseDuration
} from "./chunk-U2BKHDZX.js";
import "./chunk-RG3TGDQG.js";
import {
  require_dist_cjs4 as require_dist_cjs
} from "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import {
  OperationFailed,
  messageOf
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/rollout/check-summary.ts
function summarizeChecks(groups) {
  if (groups.length === 0) return void 0;
  const parts = [];
  const instance = groups.flatMap((g) => g.kind === "instance" ? g.results : []);
  if (instance.length > 0) {
    const passed = instance.filter((r) => r.passed).length;
    const failed = instance.length - passed;
    const targets = new Set(instance.filter((r) => r.level === "instance").map((r) => r.target));
    const counts = failed > 0 ? `${passed} passed, ${failed} failed` : `${passed} passed`;
    const on = targets.size > 0 ? ` on ${targets.size} instance(s)` : "";
    parts.push(`${counts}${on} \u2014 ${families(instance).join(", ")}`);
  }
  for (const g of groups) {
    if (g.kind === "parity") parts.push(`parity with ${g.serving}: ${verdict(g.results)}`);
    if (g.kind === "reboot") parts.push(`reboot of ${g.instance}: ${verdict(g.results)}`);
  }
  const soaks = groups.filter((g) => g.kind === "soak");
  if (soaks.length > 0) {
    const samples = soaks.map((s) => `${s.phase} ${s.samples} sample(s)`);
    const results = soaks.flatMap((s) => s.results);
    const delivery = results.filter((r) => r.name.startsWith("log-delivery"));
    if (delivery.length > 0) samples.push(`log delivery ${verdict(delivery)}`);
    const failed = results.filter((r) => !r.passed).length;
    if (failed > 0) samples.push(`${failed} failed`);
    parts.push(`soak: ${samples.join(", ")}`);
  }
  if (parts.length === 0)
    return "checks: none apply to this image; the load balancer's health checks decided";
  return `checks: ${parts.join("; ")}`;
}
function verdict(results) {
  const failed = results.filter((r) => !r.passed).length;
  return failed === 0 ? "ok" : `FAILED (${failed})`;
}
var FAMILY = { agent: "agents", "log-delivery": "log delivery" };
function families(results) {
  const out = /* @__PURE__ */ new Set();
  for (const r of results) {
    const prefix = r.name.split(":")[0] ?? r.name;
    out.add(FAMILY[prefix] ?? prefix);
  }
  return [...out];
}

// src/rollout/plan.ts
function plan(desired, observed, memory) {
  const live = observed.instances.filter((i) => LIVE.has(i.state)).sort(byId);
  const pinned = live.filter((i) => runs(i, desired));
  const running = pinned.filter((i) => i.state === "pending" || i.state === "running");
  const retained = pinned.filter((i) => i.state === "stopped" || i.state === "stopping");
  const others = live.filter((i) => !runs(i, desired));
  const servingOld = others.filter((i) => i.state === "running" && REGISTERED.has(i.target));
  const established = running.filter((i) => i.role !== "new");
  const rollout = servingOld.length > 0 && healthyCount(established) < desired.count;
  if (!rollout) return finish(desired, memory, { live, running, retained, others });
  const discarded = (i) => desired.discard !== void 0 && runs(i, desired.discard);
  const untagged = servingOld.filter((i) => i.role !== "old" && !discarded(i));
  if (untagged.length > 0) return { kind: "tag-old", ids: ids(untagged) };
  const drained = others.filter(
    (i) => i.state === "running" && i.role === "old" && !REGISTERED.has(i.target) && i.target !== "draining"
  );
  if (drained.length > 0 && !drained.every(discarded)) {
    const toRetain = drained.filter((i) => !discarded(i));
    if (toRetain.length > 0) return { kind: "retain", ids: ids(toRetain) };
  }
  const count = desired.count;
  const surge = Math.max(1, desired.maxSurge);
  const candidates = running.filter((i) => i.role === "new" || desired.discard !== void 0).sort(byReadiness);
  const leftOld2 = others.filter(
    (i) => i.role === "old" && memory.rolloutId !== void 0 && i.rolloutId === memory.rolloutId && !REGISTERED.has(i.target) && i.target !== "draining"
  ).length;
  const canary = desired.soak ? Math.min(desired.canary, count) : 0;
  const canaryPassed = canary === 0 || memory.canarySoaked || candidates.length > canary || leftOld2 > 0;
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
  const soaked = desired.soak ? fresh.filter((i, n) => memory.soaked.has(i.id) || n < leftOld2) : fresh;
  if (desired.soak && soaked.length < fresh.length) {
    const phase = !canaryPassed ? "canary" : fresh.length >= count ? "full" : "batch";
    const batch = phase === "canary" ? fresh : fresh.filter((i) => !soaked.includes(i));
    return { kind: "soak", phase, ids: ids(batch) };
  }
  const keep = Math.max(0, count - soaked.length);
  if (servingOld.length > keep) {
    const leaving = [...servingOld].sort(byLeavingOrder).slice(0, servingOld.length - keep);
    return { kind: "drain", ids: ids(leaving) };
  }
  return { kind: "wait-healthy", ids: ids(fresh) };
}
function finish(desired, memory, f) {
  const candidates = [...f.running].sort(byReadiness);
  const fresh = candidates.slice(0, desired.count);
  const surplus = candidates.slice(desired.count);
  const discarded = (i) => desired.discard !== void 0 && runs(i, desired.discard);
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
  const servingOthers = f.others.filter((i) => i.state === "running" && REGISTERED.has(i.target));
  if (servingOthers.length > 0) return { kind: "drain", ids: ids(servingOthers) };
  const surplusServing = surplus.filter((i) => REGISTERED.has(i.target));
  if (surplusServing.length > 0) return { kind: "drain", ids: ids(surplusServing) };
  const draining = f.live.filter((i) => i.target === "draining");
  if (draining.length > 0) return { kind: "drain", ids: ids(draining) };
  const leaving = f.others.filter((i) => i.state === "running" || i.state === "pending");
  const toRetain = leaving.filter((i) => (i.role === "old" || i.role === void 0) && !discarded(i));
  if (toRetain.length > 0) return { kind: "retain", ids: ids(toRetain) };
  const toRemove = [...leaving.filter((i) => i.role === "new" || discarded(i)), ...surplus];
  if (toRemove.length > 0) return { kind: "remove", ids: ids(toRemove) };
  return { kind: "done" };
}
function healthyCount(instances) {
  return instances.filter((i) => i.target === "healthy").length;
}
function ids(instances) {
  return instances.map((i) => i.id);
}
var READINESS = {
  healthy: 0,
  initial: 1,
  unhealthy: 2,
  "unhealthy.draining": 2,
  unavailable: 2,
  unregistered: 3,
  unused: 3,
  draining: 4
};
function byReadiness(a, b) {
  return (READINESS[a.target] ?? 5) - (READINESS[b.target] ?? 5) || byId(a, b);
}
function byLeavingOrder(a, b) {
  return (READINESS[b.target] ?? 5) - (READINESS[a.target] ?? 5) || byId(a, b);
}
function byId(a, b) {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// src/rollout/executor.ts
var StepOutcomeFailed = class extends Error {
  constructor(cause, groups) {
    super(messageOf(cause));
    this.cause = cause;
    this.groups = groups;
  }
  cause;
  groups;
};
var BEFORE_OLD_LEAVE = /* @__PURE__ */ new Set([
  "tag-old",
  "start",
  "launch",
  "prepare",
  "register",
  "wait-healthy",
  "soak"
]);
async function executeRollout(o) {
  const { desired, driver, clock, progress, phase } = o;
  const memory = {
    checked: /* @__PURE__ */ new Set(),
    canarySoaked: false,
    soaked: /* @__PURE__ */ new Set(),
    rolloutId: o.rolloutId,
    rebooted: false,
    parityChecked: false
  };
  const groups = [];
  const report = newReport({ environment: desired.environment, ami: desired.ami, rolloutId: o.rolloutId });
  const expect = { launched: [], started: [] };
  let observed = await driver.observe(expect);
  const fail = async (message, code) => {
    const summary = summarizeChecks(groups);
    if (summary) report.checkSummary = summary;
    progress.error(
      phase,
      `rolling back: ${desired.ami} leaves, ${servingIdentity(observed, desired)?.ami ?? "the old fleet"} keeps serving`
    );
    report.pinChanges.push(...await o.restorePin(servingIdentity(observed, desired)?.ami));
    report.removed.push(...await driver.rollBack(report));
    report.outcome = "rolled-back";
    progress.error(phase, `rolled back: ${report.removed.length} new instance(s) removed`);
    throw new RolloutRolledBack(message, report, code);
  };
  if (plan(desired, observed, memory).kind !== "done") {
    const findings = await o.preflight();
    if (findings.length > 0) {
      report.findings.push(...findings);
      await fail(
        `preflight of ${desired.ami} for ${desired.environment} failed: ${findings.map((f) => f.summary).join("; ")}; nothing was launched`,
        "preflight-failed"
      );
    }
  }
  const maxSteps = o.maxSteps ?? 200;
  const converge = async (target) => {
    for (let n = 0; ; n++) {
      const next = plan(target, observed, memory);
      if (next.kind === "done") return {};
      if (n >= maxSteps || clock.now() > o.deadline)
        throw new OperationFailed(
          `environment ${target.environment} did not converge (last step planned: ${next.kind})`,
          "not-converged",
          report
        );
      const startedAt = clock.now();
      let outcome;
      try {
        outcome = await driver.apply(next, observed, memory, target);
      } catch (thrown) {
        const error = thrown instanceof StepOutcomeFailed ? thrown.cause : thrown;
        if (isCrash(error)) throw error;
        if (thrown instanceof StepOutcomeFailed) record(report, groups, thrown.groups);
        report.steps.push(stepRecord(next, startedAt, clock.now(), `failed: ${messageOf(error)}`));
        report.findings.push(...findingsOf(error, target.environment));
        return { failed: { step: next, error } };
      }
      report.steps.push(stepRecord(next, startedAt, clock.now(), outcome.detail));
      progress.info(phase, outcome.detail);
      remember(memory, next, outcome);
      record(report, groups, outcome.groups ?? []);
      report.launched.push(...outcome.launched ?? []);
      report.started.push(...outcome.started ?? []);
      report.retained.push(...outcome.retained ?? []);
      report.removed.push(...outcome.removed ?? []);
      expect.launched.push(...outcome.launched ?? []);
      expect.started.push(...outcome.started ?? []);
      if (outcome.soaked === "full" && target === desired) {
        report.verified = await o.onVerified();
      }
      observed = await driver.observe(expect);
      noteTypeChanges(report, observed, progress, phase);
    }
  };
  const forward = await converge(desired);
  if (forward.failed) {
    const { step, error } = forward.failed;
    const reached = progressOf(observed, desired, memory);
    if (reached) report.reached = reached;
    if (BEFORE_OLD_LEAVE.has(step.kind) && oldFleetServes(observed, desired)) {
      if (leftOld(observed, o.rolloutId) === 0)
        await fail(
          `rollout of ${desired.ami} to ${desired.environment} failed and was rolled back (${report.findings.length} finding(s))`
        );
      await returnToServing(error);
    }
    summarize();
    if (error instanceof OperationFailed) throw new OperationFailed(error.message, error.code, report);
    throw error;
  }
  summarize();
  return report;
  function summarize() {
    const summary = summarizeChecks(groups);
    if (summary) report.checkSummary = summary;
    else delete report.checkSummary;
  }
  async function returnToServing(error) {
    const identity = servingIdentity(observed, desired);
    if (!identity) throw error;
    const serving = identity.ami;
    progress.error(
      phase,
      `rolling back ${report.reached ?? "the rollout"}: ${serving} returns in full, ${desired.ami} leaves`
    );
    report.pinChanges.push(...await o.restorePin(serving));
    const back = {
      ...desired,
      ...identity,
      canary: 0,
      soak: false,
      discard: { ami: desired.ami, ...desired.config ? { config: desired.config } : {} }
    };
    if (identity.config === void 0) delete back.config;
    const returned = await converge(back);
    report.outcome = "rolled-back";
    summarize();
    if (returned.failed)
      throw new OperationFailed(
        `rollout of ${desired.ami} to ${desired.environment} failed (${messageOf(error)}) and the return to ${serving} failed too: ${messageOf(returned.failed.error)}`,
        "rollback-failed",
        report
      );
    progress.error(phase, `rolled back: ${desired.environment} serves ${serving} again`);
    throw new RolloutRolledBack(
      `rollout of ${desired.ami} to ${desired.environment} failed after ${report.reached ?? "some batches"} and was rolled back to ${serving} (${report.findings.length} finding(s))`,
      report
    );
  }
}
function progressOf(observed, desired, memory) {
  const serving = observed.instances.filter(
    (i) => runs(i, desired) && i.role === "new" && i.state === "running" && REGISTERED.has(i.target)
  );
  const soaked = serving.filter((i) => memory.soaked.has(i.id)).length;
  if (serving.length === 0) return void 0;
  return `${soaked} of ${desired.count} new instance(s) soaked and serving (${serving.length} registered)`;
}
function leftOld(observed, rolloutId) {
  return observed.instances.filter(
    (i) => i.role === "old" && i.rolloutId === rolloutId && !REGISTERED.has(i.target) && i.target !== "draining"
  ).length;
}
function remember(memory, step, outcome) {
  for (const id of outcome.checked ?? []) memory.checked.add(id);
  if (outcome.rebooted) memory.rebooted = true;
  if (outcome.parityChecked) memory.parityChecked = true;
  if (outcome.soaked && step.kind === "soak") {
    for (const id of step.ids) memory.soaked.add(id);
    if (outcome.soaked === "canary") memory.canarySoaked = true;
  }
}
function record(report, into, groups) {
  for (const group of groups) {
    into.push(group);
    report.checks.push(...group.results);
  }
}
function noteTypeChanges(report, observed, progress, phase) {
  for (const change of instanceTypeChanges(observed, { ami: report.ami, rolloutId: report.rolloutId })) {
    if (report.instanceTypeChanges.some((k) => k.from === change.from && k.to === change.to)) continue;
    report.instanceTypeChanges.push(change);
    progress.warn(phase, formatTypeChanges([change]));
  }
}
function oldFleetServes(observed, desired) {
  return observed.instances.some(
    (i) => !runs(i, desired) && i.state === "running" && REGISTERED.has(i.target)
  );
}
function servingIdentity(observed, desired) {
  const counts = /* @__PURE__ */ new Map();
  for (const i of observed.instances) {
    if (runs(i, desired) || i.state !== "running" || !REGISTERED.has(i.target)) continue;
    const key = `${i.ami} ${i.config ?? ""}`;
    const seen = counts.get(key) ?? {
      identity: { ami: i.ami, ...i.config ? { config: i.config } : {} },
      n: 0
    };
    seen.n += 1;
    counts.set(key, seen);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.identity;
}
function rolloutIdOf(observed, desired) {
  const live = (i) => i.state === "pending" || i.state === "running";
  return observed.instances.find((i) => runs(i, desired) && i.role === "new" && i.rolloutId && live(i))?.rolloutId ?? observed.instances.find(
    (i) => !runs(i, desired) && i.role === "old" && i.rolloutId && live(i) && REGISTERED.has(i.target)
  )?.rolloutId;
}

// src/fleet/instances/observe.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var LISTED_STATES = ["pending", "running", "stopping", "stopped", "shutting-down"];
var CONSISTENCY_TIMEOUT_MS = 5 * 6e4;
async function observeFleet(aws, clock, fleet, expect = { launched: [], started: [] }) {
  return pollUntil({
    clock,
    everyMs: POLL_MS.consistency,
    timeoutMs: CONSISTENCY_TIMEOUT_MS,
    onTimeout: (waitingFor) => new OperationFailed(
      `EC2 still does not list ${waitingFor} after ${CONSISTENCY_TIMEOUT_MS / 6e4} minutes`,
      "eventual-consistency"
    ),
    check: async () => {
      const observed = await observeOnce(aws, fleet);
      const byId2 = new Map(observed.instances.map((i) => [i.id, i]));
      const unlisted = expect.launched.filter((id) => !byId2.has(id));
      const ended = unlisted.length === 0 ? /* @__PURE__ */ new Set() : new Set(
        (await describeAll(aws, fleet.group.region, [{ Name: "instance-id", Values: [...unlisted] }])).map((i) => i.InstanceId ?? "")
      );
      const missing = unlisted.filter((id) => !ended.has(id));
      const notStarted = expect.started.filter((id) => {
        const state = byId2.get(id)?.state;
        return state !== "pending" && state !== "running";
      });
      if (missing.length === 0 && notStarted.length === 0) return { done: true, value: observed };
      return {
        done: false,
        waitingFor: [
          missing.length > 0 ? `${missing.length} launched instance(s) (${missing.join(", ")})` : "",
          notStarted.length > 0 ? `${notStarted.length} started instance(s) as running` : ""
        ].filter(Boolean).join(" and ")
      };
    }
  });
}
async function observeOnce(aws, fleet) {
  const region = fleet.group.region;
  const [tagged, health] = await Promise.all([
    describeAll(aws, region, [
      { Name: `tag:${TAG.environment}`, Values: [fleet.environment] },
      { Name: "instance-state-name", Values: LISTED_STATES }
    ]),
    targetStates(aws, fleet.group)
  ]);
  const known = new Set(tagged.map((i) => i.InstanceId ?? ""));
  const untagged = await describeUntaggedTargets(
    aws,
    fleet,
    [...health.keys()].filter((id) => !known.has(id))
  );
  return {
    instances: [...tagged, ...untagged].map(
      (i) => toObserved(i, health.get(i.InstanceId ?? "") ?? "unregistered")
    )
  };
}
async function describeUntaggedTargets(aws, fleet, ids2) {
  if (ids2.length === 0) return [];
  const out = [];
  for (const batch of chunks(ids2, 200)) {
    out.push(
      ...await describeAll(aws, fleet.group.region, [
        { Name: "instance-id", Values: batch },
        { Name: "instance-state-name", Values: LISTED_STATES }
      ])
    );
  }
  for (const instance of out) {
    const other = instance.Tags?.find((t) => t.Key === TAG.environment)?.Value;
    if (other !== void 0 && other !== fleet.environment)
      throw new OperationFailed(
        `instance ${instance.InstanceId} in target group ${fleet.group.name} is tagged ${TAG.environment}=${other}, not ${fleet.environment}`,
        "foreign-instance"
      );
  }
  return out;
}
async function describeAll(aws, region, Filters) {
  const out = [];
  const pages = (0, import_client_ec2.paginateDescribeInstances)({ client: aws.ec2(region), pageSize: 1e3 }, { Filters });
  for await (const page of pages) {
    for (const reservation of page.Reservations ?? []) out.push(...reservation.Instances ?? []);
  }
  return out;
}
function toObserved(instance, target) {
  const tags = new Map((instance.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
  const role = tags.get(TAG.role);
  const observed = {
    id: instance.InstanceId ?? "",
    state: instance.State?.Name ?? "pending",
    ami: instance.ImageId ?? "",
    target
  };
  if (instance.SubnetId) observed.subnet = instance.SubnetId;
  if (instance.InstanceType) observed.instanceType = instance.InstanceType;
  if (role === "old" || role === "new") observed.role = role;
  const rolloutId = tags.get(TAG.rolloutId);
  if (rolloutId) observed.rolloutId = rolloutId;
  const mode = tags.get(TAG.rolloutMode);
  if (mode === "full" || mode === "return") observed.mode = mode;
  const config = tags.get(TAG.config);
  if (config) observed.config = config;
  const retainUntil = tags.get(TAG.retainUntil);
  if (retainUntil) observed.retainUntil = retainUntil;
  return observed;
}

// src/fleet/instances/steps.ts
var import_client_ec25 = __toESM(require_dist_cjs(), 1);

// src/rollout/soak.ts
var SAMPLE_EVERY_MS = 6e4;
function soakSamples(durationMs) {
  const count = Math.max(2, Math.ceil(durationMs / SAMPLE_EVERY_MS));
  return { count, everyMs: durationMs / count };
}
async function soak(o) {
  const { count, everyMs } = soakSamples(o.durationMs);
  const results = [];
  const startedAt = o.clock.now();
  for (let index = 1; index <= count; index++) {
    o.onSample?.(index, count);
    await o.clock.sleep(Math.max(0, startedAt + index * everyMs - o.clock.now()));
    const sample = await o.verifier.soakSample(index);
    results.push(...sample);
    o.onResults?.(sample);
    const findings = findingsOf2(sample);
    if (findings.length > 0) {
      throw new StepFailed(
        `soak sample ${index}/${count}: ${findings.map((f) => f.summary).join("; ")}`,
        findings
      );
    }
  }
  return results;
}

// src/fleet/instances/boot.ts
var import_client_ec22 = __toESM(require_dist_cjs(), 1);
var BOOT_TIMEOUT_MS = 15 * 6e4;
async function waitStatusOk(o) {
  await pollUntil({
    clock: o.clock,
    everyMs: POLL_MS.status,
    timeoutMs: BOOT_TIMEOUT_MS,
    onWait: o.onWait,
    onTimeout: (waitingFor) => new StepFailed(`instances did not pass EC2 status checks in time: ${waitingFor}`, [
      rolloutFinding({
        name: "status-checks",
        target: o.ids.join(","),
        summary: `status checks not OK after 15m: ${waitingFor}`
      })
    ]),
    check: async () => {
      const statuses = await runningStatuses(o.aws, o.region);
      const waiting = [];
      for (const id of o.ids) {
        const status = statuses.get(id);
        const instanceCheck = status?.InstanceStatus?.Status;
        const systemCheck = status?.SystemStatus?.Status;
        if (instanceCheck === "impaired" || systemCheck === "impaired") {
          throw new StepFailed(`instance ${id} failed EC2 status checks`, [
            rolloutFinding({
              name: "status-checks",
              target: id,
              summary: `EC2 status checks impaired (instance: ${instanceCheck}, system: ${systemCheck})`,
              evidence: { instanceStatus: instanceCheck, systemStatus: systemCheck }
            })
          ]);
        }
        if (instanceCheck !== "ok" || systemCheck !== "ok") waiting.push(id);
      }
      return waiting.length === 0 ? { done: true, value: void 0 } : { done: false, waitingFor: `status checks of ${waiting.length} instance(s)` };
    }
  });
}
async function runningStatuses(aws, region) {
  const statuses = /* @__PURE__ */ new Map();
  let token;
  do {
    const page = await aws.ec2(region).send(
      new import_client_ec22.DescribeInstanceStatusCommand({
        Filters: [{ Name: "instance-state-name", Values: ["running"] }],
        MaxResults: 1e3,
        ...token ? { NextToken: token } : {}
      })
    );
    for (const s of page.InstanceStatuses ?? []) if (s.InstanceId) statuses.set(s.InstanceId, s);
    token = page.NextToken;
  } while (token);
  return statuses;
}

// src/fleet/instances/instances.ts
var import_client_ec23 = __toESM(require_dist_cjs(), 1);
var BATCH = 1e3;
async function tagOld(aws, region, ids2, o) {
  await tag(aws, region, ids2, {
    [TAG.environment]: o.environment,
    [TAG.role]: "old",
    [TAG.rolloutId]: o.rolloutId,
    [TAG.rolloutMode]: o.mode
  });
}
async function startRetained(aws, region, ids2, rolloutId) {
  await tag(aws, region, ids2, { [TAG.role]: "new", [TAG.rolloutId]: rolloutId });
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec23.DeleteTagsCommand({ Resources: batch, Tags: [{ Key: TAG.retainUntil }] }));
    await aws.ec2(region).send(new import_client_ec23.StartInstancesCommand({ InstanceIds: batch }));
  }
}
async function retain(aws, region, ids2, until) {
  await tag(aws, region, ids2, { [TAG.retainUntil]: until });
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec23.StopInstancesCommand({ InstanceIds: batch }));
  }
}
async function terminate(aws, region, ids2) {
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec23.TerminateInstancesCommand({ InstanceIds: batch }));
  }
}
async function tag(aws, region, ids2, tags) {
  const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec23.CreateTagsCommand({ Resources: batch, Tags }));
  }
}
async function waitStopped(aws, clock, region, ids2) {
  await pollUntil({
    clock,
    everyMs: POLL_MS.health,
    timeoutMs: 10 * 6e4,
    onTimeout: (waitingFor) => new Error(`instances did not stop in time: ${waitingFor}`),
    check: async () => {
      const result = await aws.ec2(region).send(new import_client_ec23.DescribeInstancesCommand({ InstanceIds: [...ids2] }));
      const states = (result.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.State?.Name);
      const moving = states.filter((s) => s !== "stopped").length;
      return moving === 0 ? { done: true, value: void 0 } : { done: false, waitingFor: `${moving} instance(s) to stop` };
    }
  });
}
async function unmarkOld(aws, region, ids2) {
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec23.DeleteTagsCommand({ Resources: batch, Tags: [{ Key: TAG.role }, { Key: TAG.rolloutId }] }));
  }
}

// src/fleet/instances/launch.ts
var import_client_ec24 = __toESM(require_dist_cjs(), 1);
function spread(subnets, existing, count) {
  const load = new Map(subnets.map((s) => [s, 0]));
  for (const s of existing) if (s !== void 0 && load.has(s)) load.set(s, (load.get(s) ?? 0) + 1);
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i < count; i++) {
    let best = subnets[0];
    for (const s of subnets) if ((load.get(s) ?? 0) < (load.get(best) ?? 0)) best = s;
    load.set(best, (load.get(best) ?? 0) + 1);
    out.set(best, (out.get(best) ?? 0) + 1);
  }
  return out;
}
async function launchInstances(aws, r) {
  const usable = [...r.subnets];
  const launched = [];
  const placed = [...r.existingSubnets];
  let remaining = r.count;
  while (remaining > 0) {
    if (usable.length === 0) {
      throw new StepFailed(`no subnet had capacity for ${remaining} more instance(s)`, [
        rolloutFinding({
          name: "capacity",
          level: "environment",
          target: r.subnets.join(","),
          summary: `InsufficientInstanceCapacity in every subnet (${r.subnets.join(", ")})`
        })
      ]);
    }
    const shares = spread(usable, placed, remaining);
    for (const [subnet, count] of shares) {
      try {
        const ids2 = await runIn(aws, r, subnet, count);
        launched.push(...ids2);
        placed.push(...ids2.map(() => subnet));
        remaining -= ids2.length;
      } catch (error) {
        if (errorName(error) !== "InsufficientInstanceCapacity") throw error;
        usable.splice(usable.indexOf(subnet), 1);
        r.onCapacity?.(subnet);
      }
    }
  }
  return launched;
}
async function runIn(aws, r, subnet, count) {
  const Tags = toTagList({ ...r.tags, [TAG.role]: "new" });
  const tagSpecifications = [
    { ResourceType: "instance", Tags },
    { ResourceType: "volume", Tags },
    { ResourceType: "network-interface", Tags }
  ];
  const primary = r.template.primaryInterface;
  const placement = primary ? { NetworkInterfaces: [{ ...primary, DeviceIndex: 0, SubnetId: subnet }] } : { SubnetId: subnet };
  const result = await aws.ec2(r.region).send(
    new import_client_ec24.RunInstancesCommand({
      LaunchTemplate: { LaunchTemplateId: r.template.id, Version: r.template.version },
      ...placement,
      MinCount: count,
      MaxCount: count,
      // Same token on the SDK's own retries: a retried call never launches twice.
      ClientToken: r.token(),
      TagSpecifications: tagSpecifications
    })
  );
  return (result.Instances ?? []).map((i) => i.InstanceId ?? "").filter(Boolean);
}

// src/fleet/instances/steps.ts
var REBOOT_SHOWS_MS = 15e3;
var REBOOT_POLL_MS = 15e3;
var REBOOT_TIMEOUT_MS = 10 * 6e4;
var iso = (epochSeconds) => new Date(epochSeconds * 1e3).toISOString();
function versionContent(c) {
  return {
    ami: c.image.id,
    image: c.image,
    ...c.env.fleet.instanceType ? { instanceType: c.env.fleet.instanceType } : {},
    userData: c.userData
  };
}
var InstanceSteps = class {
  constructor(c) {
    this.c = c;
  }
  c;
  /** The version this run launches from (made once per run). */
  version;
  observe(expect) {
    const { aws, clock } = this.c.ports;
    return observeFleet(aws, clock, { environment: this.c.env.name, group: this.c.group }, expect);
  }
  async apply(step, observed, memory, desired) {
    const { c } = this;
    const { aws, clock } = c.ports;
    const region = c.group.region;
    switch (step.kind) {
      case "tag-old":
        await tagOld(aws, region, step.ids, {
          environment: c.env.name,
          rolloutId: c.rolloutId,
          mode: desired.soak ? "full" : "return"
        });
        return { detail: `${step.ids.length} serving instance(s) marked as the fleet being replaced` };
      case "start":
        await waitStopped(aws, clock, region, step.ids);
        await startRetained(aws, region, step.ids, c.rolloutId);
        return {
          detail: `started ${step.ids.length} retained instance(s) of ${desired.ami}: ${step.ids.join(", ")}`,
          started: step.ids
        };
      case "launch": {
        const version = this.forward(desired) ? this.version ??= await ensureHardenedVersion(aws, {
          region,
          template: c.template,
          source: "$Default",
          content: versionContent(c)
        }) : await this.defaultVersionLaunching(desired.ami);
        const existing = observed.instances.filter(
          (i) => runs(i, desired) && (i.state === "running" || i.state === "pending")
        );
        const ids2 = await launchInstances(aws, {
          region,
          template: version,
          subnets: c.env.fleet.subnets,
          existingSubnets: existing.map((i) => i.subnet),
          count: step.count,
          tags: {
            Name: `${c.env.recipe}-${c.env.name}`,
            [TAG.environment]: c.env.name,
            [TAG.ami]: desired.ami,
            ...desired.config ? { [TAG.config]: desired.config } : {},
            [TAG.rolloutId]: c.rolloutId,
            [TAG.recipe]: c.env.recipe
          },
          token: () => c.ports.ids.token(),
          onCapacity: (subnet) => c.ports.progress.warn(c.phase, `no capacity in ${subnet}; launching in the other subnets`)
        });
        return {
          detail: `launched ${ids2.length} instance(s) from ${version.name} version ${version.version}: ${ids2.join(", ")}`,
          launched: ids2
        };
      }
      case "prepare":
        if (!this.forward(desired)) {
          await waitStatusOk({
            aws,
            clock,
            region,
            ids: step.ids,
            onWait: this.wait(`booting ${step.ids.length} instance(s)`)
          });
          return {
            detail: `${step.ids.length} instance(s) of ${desired.ami} passed EC2 status checks`,
            checked: step.ids
          };
        }
        return this.prepare(step.ids, observed, memory);
      case "register":
        await registerTargets(aws, c.group, step.ids);
        return { detail: `registered ${step.ids.length} instance(s) in ${c.group.name}` };
      case "wait-healthy":
        await waitHealthy({
          aws,
          clock,
          group: c.group,
          ids: step.ids,
          onWait: this.wait(`registered ${step.ids.length} instance(s)`)
        });
        return { detail: `${step.ids.length} instance(s) healthy in ${c.group.name}` };
      case "soak": {
        const durationMs = parseDuration(
          step.phase === "canary" ? c.env.rollout.canary.soak : step.phase === "batch" ? c.env.rollout.batchSoak ?? c.env.rollout.canary.soak : c.env.verify.soak
        );
        const group = {
          kind: "soak",
          phase: step.phase,
          samples: 0,
          results: []
        };
        try {
          await soak({
            clock,
            verifier: c.verifier,
            durationMs,
            onResults: (sample) => {
              group.samples += 1;
              group.results.push(...sample);
            },
            onSample: (index, of) => {
              if (index === 1 || index === of || index % 10 === 0)
                c.ports.progress.waiting(
                  c.phase,
                  `${step.phase} soak, sample ${index}/${of}`,
                  `${step.phase} soak`
                );
            }
          });
        } catch (error) {
          throw new StepOutcomeFailed(error, [group]);
        }
        return {
          detail: `${step.phase} soak passed (${group.results.length} check result(s))`,
          soaked: step.phase,
          groups: [group]
        };
      }
      case "drain": {
        const states = new Map(observed.instances.map((i) => [i.id, i.target]));
        const registered = step.ids.filter((id) => REGISTERED.has(states.get(id) ?? "unregistered"));
        if (registered.length > 0) await deregisterTargets(aws, c.group, registered);
        await waitDrained({
          aws,
          clock,
          group: c.group,
          ids: step.ids,
          onWait: this.wait(`deregistered ${step.ids.length} instance(s)`)
        });
        return { detail: `${step.ids.length} instance(s) left ${c.group.name}` };
      }
      case "retain": {
        const until = new Date(clock.now() + parseDuration(c.env.rollout.retention)).toISOString();
        await retain(aws, region, step.ids, until);
        return {
          detail: `stopped ${step.ids.length} instance(s), retained until ${until}`,
          retained: step.ids
        };
      }
      case "remove": {
        const states = new Map(observed.instances.map((i) => [i.id, i.target]));
        const registered = step.ids.filter((id) => REGISTERED.has(states.get(id) ?? "unregistered"));
        if (registered.length > 0) await deregisterTargets(aws, c.group, registered);
        await terminate(aws, region, step.ids);
        return {
          detail: `terminated ${step.ids.length} instance(s): ${step.ids.join(", ")}`,
          removed: step.ids
        };
      }
      case "done":
        return { detail: "converged" };
    }
  }
  /** Status checks, instance checks, one reboot and parity (first stage), before any traffic. */
  async prepare(ids2, observed, memory) {
    const { c } = this;
    const { aws, clock } = c.ports;
    const region = c.group.region;
    const groups = [];
    const record2 = (group, what) => {
      groups.push(group);
      const findings = findingsOf2(group.results);
      if (findings.length > 0)
        throw new StepOutcomeFailed(
          new StepFailed(`${what}: ${findings.map((f) => `${f.target}: ${f.summary}`).join("; ")}`, findings),
          groups
        );
    };
    await waitStatusOk({
      aws,
      clock,
      region,
      ids: ids2,
      onWait: this.wait(`booting ${ids2.length} new instance(s)`)
    });
    record2({ kind: "instance", results: await c.verifier.instanceChecks(ids2, "boot") }, "instance checks");
    let rebooted = false;
    const reboot = c.env.verify.reboot ?? (c.firstStage ? "one" : "none");
    if (reboot === "one" && !memory.rebooted) {
      const id = ids2[0];
      const proof = await this.reboot(id);
      await waitStatusOk({ aws, clock, region, ids: [id], onWait: this.wait(`rebooted ${id}`) });
      const again = await c.verifier.instanceChecks([id], "reboot");
      record2(
        { kind: "reboot", instance: id, results: [...proof ? [proof] : [], ...again] },
        "checks after reboot"
      );
      rebooted = true;
    }
    let parityChecked = false;
    const parity = c.env.verify.parity ?? c.firstStage;
    const serving = observed.instances.find(
      (i) => i.ami !== c.image.id && i.state === "running" && REGISTERED.has(i.target)
    );
    if (parity && !memory.parityChecked && serving) {
      const results = await c.verifier.parity(serving.id, ids2[0]);
      record2(
        { kind: "parity", serving: serving.id, instance: ids2[0], results },
        `parity with ${serving.id}`
      );
      parityChecked = true;
    }
    return {
      detail: `instance checks passed on ${ids2.join(", ")}`,
      checked: ids2,
      rebooted,
      parityChecked,
      groups
    };
  }
  /**
   * Reboots `id` and proves it: RebootInstances only queues a reboot, so the checks after it
   * wait until the instance reports a boot time later than before and no unit still settling.
   * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RebootInstances.html
   * A verifier that reads no boot times (an image without a recipe) gets the status checks only.
   */
  async reboot(id) {
    const { c } = this;
    const { aws, clock, progress } = c.ports;
    const read = c.verifier.bootStates?.bind(c.verifier);
    const before = read ? (await read([id])).get(id) : void 0;
    if (read && (!before || "error" in before))
      throw new StepFailed(`cannot read the boot time of ${id} before its reboot`, [
        rolloutFinding({
          name: "reboot",
          target: id,
          summary: `the boot time of ${id} could not be read before the reboot: ${before && "error" in before ? before.error : "no answer"}`
        })
      ]);
    progress.info(c.phase, `rebooting ${id} once before it takes traffic`);
    await aws.ec2(c.group.region).send(new import_client_ec25.RebootInstancesCommand({ InstanceIds: [id] }));
    if (!read || !before || "error" in before) {
      await clock.sleep(REBOOT_SHOWS_MS);
      return void 0;
    }
    const after = await pollUntil({
      clock,
      everyMs: REBOOT_POLL_MS,
      timeoutMs: REBOOT_TIMEOUT_MS,
      onWait: this.wait(`rebooted ${id}`),
      onTimeout: (waitingFor) => new StepFailed(`${id} did not come back from its reboot: ${waitingFor}`, [
        rolloutFinding({
          name: "reboot",
          target: id,
          summary: `no proof of a reboot within ${REBOOT_TIMEOUT_MS / 6e4} minutes: ${waitingFor}`,
          evidence: { bootedAtBefore: before.bootedAt }
        })
      ]),
      check: async () => {
        const now = (await read([id])).get(id);
        if (!now || "error" in now) return { done: false, waitingFor: `${id} to answer after its reboot` };
        if (now.bootedAt <= before.bootedAt)
          return { done: false, waitingFor: `${id} to reboot (still booted at ${iso(now.bootedAt)})` };
        if (now.settling.length > 0)
          return { done: false, waitingFor: `units to settle on ${id}: ${now.settling.join(", ")}` };
        return { done: true, value: now };
      }
    });
    return {
      name: "reboot",
      level: "instance",
      target: id,
      passed: true,
      summary: `rebooted: booted at ${iso(after.bootedAt)} (before: ${iso(before.bootedAt)}), every unit settled`,
      evidence: { bootedAtBefore: before.bootedAt, bootedAtAfter: after.bootedAt }
    };
  }
  /** Whether `desired` is what this rollout rolls out (not the return to what the old fleet ran). */
  forward(desired) {
    return desired.ami === this.c.image.id && (desired.config === void 0 || desired.config === this.c.config);
  }
  /** The template's default version, which must launch `ami` (the configuration the old fleet runs). */
  async defaultVersionLaunching(ami) {
    const { c } = this;
    const version = await describeVersion(c.ports.aws, c.group.region, { id: c.template.id }, "$Default");
    const data = version?.LaunchTemplateData;
    if (!data || version.VersionNumber === void 0 || data.ImageId !== ami)
      throw new StepFailed(`launch template ${c.template.name} no longer launches ${ami}`, [
        rolloutFinding({
          name: "rollback",
          level: "environment",
          target: c.template.name,
          summary: `cannot launch more instances of ${ami}: the default version of ${c.template.name} launches ${data?.ImageId ?? "nothing"}`
        })
      ]);
    const primary = primaryInterfaceOf(data);
    return {
      id: c.template.id,
      name: c.template.name,
      version: String(version.VersionNumber),
      ...primary ? { primaryInterface: primary } : {}
    };
  }
  /** Undo before the old fleet leaves: new instances out and terminated, the old fleet unmarked. */
  async rollBack(report) {
    const { c } = this;
    const { aws } = c.ports;
    const region = c.group.region;
    const fresh = await this.observe({ launched: report.launched, started: report.started });
    const newOnes = fresh.instances.filter(
      (i) => i.ami === report.ami && i.role === "new" && i.rolloutId === report.rolloutId && ["pending", "running", "stopping", "stopped"].includes(i.state)
    );
    const markedOld = fresh.instances.filter(
      (i) => i.role === "old" && i.rolloutId === report.rolloutId && (i.state === "pending" || i.state === "running")
    );
    if (markedOld.length > 0)
      await unmarkOld(
        aws,
        region,
        markedOld.map((i) => i.id)
      );
    const registered = newOnes.filter((i) => REGISTERED.has(i.target)).map((i) => i.id);
    if (registered.length > 0) await deregisterTargets(aws, c.group, registered);
    if (newOnes.length > 0)
      await terminate(
        aws,
        region,
        newOnes.map((i) => i.id)
      );
    return newOnes.map((i) => i.id);
  }
  wait(doing) {
    return (waitingFor) => this.c.ports.progress.waiting(this.c.phase, doing, waitingFor);
  }
};

// src/fleet/instances/driver.ts
var instanceFleetDriver = {
  kind: "instances",
  async converge(r) {
    const { aws, clock, progress, ids: ids2 } = r.ports;
    const env = r.env;
    const phase = `rollout ${env.name}`;
    const group = await resolveTargetGroup(aws, env.region, env.fleet.targetGroup);
    const template = await describeLaunchTemplate(aws, env.region, { name: env.fleet.launchTemplate });
    const first = await observeFleet(aws, clock, { environment: env.name, group });
    const resumed = rolloutIdOf(first, r.desired);
    const rolloutId = resumed ?? newRolloutId(clock.now(), ids2);
    const begunFull = first.instances.some(
      (i) => i.rolloutId === resumed && i.role === "old" && i.mode === "full"
    );
    const desired = resumed && begunFull && !r.desired.soak ? { ...r.desired, soak: true } : r.desired;
    const verifier = await r.verifier(group, r.image);
    const steps = new InstanceSteps({
      ports: r.ports,
      phase,
      env,
      group,
      template,
      image: r.image,
      userData: r.userData,
      config: r.desired.config ?? "",
      rolloutId,
      verifier,
      firstStage: r.firstStage
    });
    progress.info(
      phase,
      `converging ${env.name} to ${r.image.id} (${desired.count} instance(s), rollout ${rolloutId}${desired.soak ? "" : ", a return to a known-good pin: no canary, no soak"})`
    );
    const report = await executeRollout({
      desired,
      driver: steps,
      clock,
      progress,
      phase,
      rolloutId,
      deadline: r.deadline,
      preflight: r.preflight,
      restorePin: r.restorePin,
      onVerified: async () => {
        if (verifier.weakened) {
          progress.warn(
            phase,
            `${r.image.id} is not tagged verified in ${env.name}: it was held to target health and alarms only`
          );
          return false;
        }
        await markVerified(aws, env.region, { ami: r.image.id, environment: env.name, at: clock.now() });
        return true;
      }
    });
    const settled = await settleDefaultVersion(aws, {
      region: env.region,
      template,
      content: versionContent({ env, image: r.image, userData: r.userData }),
      ...steps.version ? { launched: steps.version } : {}
    });
    report.launchTemplateDefault = settled.version;
    if (settled.changed)
      progress.info(
        phase,
        `launch template ${template.name}: default version is now ${settled.version} (${r.image.id})`
      );
    progress.info(phase, `${env.name} serves ${r.image.id} with ${r.desired.count} healthy instance(s)`);
    return report;
  }
};
export {
  instanceFleetDriver
};
