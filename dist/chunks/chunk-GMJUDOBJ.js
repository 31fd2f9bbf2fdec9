import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  StepFailed,
  rolloutFinding
} from "./chunk-H3EWHKZH.js";
import {
  chunks
} from "./chunk-OKTVBVYZ.js";
import {
  require_dist_cjs
} from "./chunk-RG3TGDQG.js";
import {
  OperationFailed
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/fleet/target-group.ts
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs(), 1);

// src/aws/errors.ts
function errorName(error) {
  if (typeof error !== "object" || error === null) return "";
  const e = error;
  return typeof e.name === "string" ? e.name : typeof e.Code === "string" ? e.Code : "";
}

// src/rollout/model.ts
function runs(instance, identity) {
  return instance.ami === identity.ami && (identity.config === void 0 || instance.config === void 0 || instance.config === identity.config) && (identity.subnets === void 0 || instance.subnet === void 0 || identity.subnets.includes(instance.subnet));
}
var REGISTERED = /* @__PURE__ */ new Set([
  "initial",
  "healthy",
  "unhealthy",
  "unavailable"
]);
var LEAVING = /* @__PURE__ */ new Set(["draining", "unhealthy.draining"]);
var LIVE = /* @__PURE__ */ new Set(["pending", "running", "stopping", "stopped"]);

// src/rollout/poll.ts
var POLL_MS = {
  status: 1e4,
  health: 5e3,
  draining: 1e4,
  /** Re-reading an eventually consistent list until what this run created shows. */
  consistency: 2e3
};
async function pollUntil(o) {
  const deadline = o.clock.now() + o.timeoutMs;
  let lastReported = "";
  for (; ; ) {
    const verdict = await o.check();
    if (verdict.done) return verdict.value;
    if (o.clock.now() >= deadline) throw o.onTimeout(verdict.waitingFor);
    if (verdict.waitingFor !== lastReported) {
      o.onWait?.(verdict.waitingFor);
      lastReported = verdict.waitingFor;
    }
    await o.clock.sleep(Math.min(o.everyMs, Math.max(0, deadline - o.clock.now())) || o.everyMs);
  }
}

// src/fleet/target-group.ts
async function resolveTargetGroup(aws, region, name) {
  const { found, missing } = await resolveTargetGroups(aws, region, [name]);
  const ref = found.get(name);
  if (!ref || missing.length > 0)
    throw new OperationFailed(`target group ${name} not found in ${region}`, "not-found", {
      targetGroup: name,
      region
    });
  return ref;
}
async function resolveTargetGroups(aws, region, names) {
  const wanted = [...new Set(names)];
  const groups = [];
  const missing = [];
  const describe = async (batch) => (await aws.elbv2(region).send(new import_client_elastic_load_balancing_v2.DescribeTargetGroupsCommand({ Names: batch }))).TargetGroups ?? [];
  for (const batch of chunks(wanted, 20)) {
    try {
      groups.push(...await describe(batch));
    } catch (error) {
      if (errorName(error) !== "TargetGroupNotFoundException" && errorName(error) !== "TargetGroupNotFound")
        throw error;
      for (const one of batch) {
        try {
          groups.push(...await describe([one]));
        } catch (inner) {
          if (errorName(inner) !== "TargetGroupNotFoundException" && errorName(inner) !== "TargetGroupNotFound")
            throw inner;
          missing.push(one);
        }
      }
    }
  }
  const found = /* @__PURE__ */ new Map();
  await Promise.all(
    groups.map(async (group) => {
      if (!group.TargetGroupArn || !group.TargetGroupName) return;
      found.set(group.TargetGroupName, await refOf(aws, region, group));
    })
  );
  for (const name of wanted) if (!found.has(name) && !missing.includes(name)) missing.push(name);
  return { found, missing };
}
async function refOf(aws, region, group) {
  const arn = group.TargetGroupArn;
  const attributes = await aws.elbv2(region).send(new import_client_elastic_load_balancing_v2.DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }));
  const attribute = (key) => attributes.Attributes?.find((a) => a.Key === key)?.Value;
  const delaySeconds = Number(attribute("deregistration_delay.timeout_seconds") ?? 300);
  const interval = group.HealthCheckIntervalSeconds ?? 30;
  const ref = {
    name: group.TargetGroupName,
    arn,
    region,
    healthyAfterMs: interval * (group.HealthyThresholdCount ?? 5) * 1e3,
    unhealthyAfterMs: interval * (group.UnhealthyThresholdCount ?? 2) * 1e3,
    deregistrationDelayMs: (Number.isFinite(delaySeconds) ? delaySeconds : 300) * 1e3,
    loadBalancerArns: group.LoadBalancerArns ?? []
  };
  if (group.Port !== void 0) ref.port = group.Port;
  if (group.Protocol) ref.protocol = group.Protocol;
  return ref;
}
async function describeTargetHealth(aws, group) {
  const answer = await aws.elbv2(group.region).send(new import_client_elastic_load_balancing_v2.DescribeTargetHealthCommand({ TargetGroupArn: group.arn }));
  return (answer.TargetHealthDescriptions ?? []).flatMap((d) => {
    const id = d.Target?.Id;
    if (!id) return [];
    const health = { id, state: d.TargetHealth?.State ?? "unavailable" };
    if (d.Target?.Port !== void 0) health.port = d.Target.Port;
    if (d.TargetHealth?.Reason) health.reason = d.TargetHealth.Reason;
    if (d.TargetHealth?.Description) health.description = d.TargetHealth.Description;
    return [health];
  });
}
async function targetStates(aws, group) {
  return new Map((await describeTargetHealth(aws, group)).map((t) => [t.id, t.state]));
}
var TARGETS_PER_CALL = 500;
async function registerTargets(aws, group, ids) {
  for (const batch of chunks(ids, TARGETS_PER_CALL))
    await aws.elbv2(group.region).send(new import_client_elastic_load_balancing_v2.RegisterTargetsCommand({ TargetGroupArn: group.arn, Targets: batch.map((Id) => ({ Id })) }));
}
async function deregisterTargets(aws, group, ids) {
  for (const batch of chunks(ids, TARGETS_PER_CALL))
    await aws.elbv2(group.region).send(
      new import_client_elastic_load_balancing_v2.DeregisterTargetsCommand({ TargetGroupArn: group.arn, Targets: batch.map((Id) => ({ Id })) })
    );
}
async function waitHealthy(o) {
  const group = o.group.name;
  await waitForTargets(o, {
    everyMs: POLL_MS.health,
    timeoutMs: 3 * o.group.healthyAfterMs + 6e4,
    timeout: {
      message: `targets did not become healthy in ${group}`,
      finding: "target-health",
      summary: (waitingFor) => `not healthy in target group ${group} in time (${waitingFor})`
    },
    pending: (states) => {
      const failing = o.ids.filter((id) => {
        const state = states.get(id);
        return state === "unhealthy" || state === "unhealthy.draining";
      });
      if (failing.length > 0) {
        throw new StepFailed(`${failing.length} new instance(s) failed ALB health checks`, [
          ...failing.map(
            (id) => rolloutFinding({
              name: "target-health",
              level: "environment",
              target: id,
              summary: `unhealthy in target group ${group}: the load balancer's health checks fail`,
              evidence: { targetGroup: group, state: states.get(id) }
            })
          )
        ]);
      }
      const unused = o.ids.filter((id) => states.get(id) === "unused");
      if (unused.length > 0) {
        throw new StepFailed(`target group ${group} is used by no listener`, [
          rolloutFinding({
            name: "target-health",
            level: "environment",
            target: group,
            summary: `the targets of ${group} are 'unused': no load balancer listener forwards to it, so nothing would serve`,
            evidence: { targetGroup: group, state: "unused" }
          })
        ]);
      }
      return o.ids.filter((id) => states.get(id) !== "healthy");
    },
    waitingFor: (count) => `${count} target(s) to pass health checks in ${group}`
  });
}
async function waitDrained(o) {
  const group = o.group.name;
  await waitForTargets(o, {
    everyMs: POLL_MS.draining,
    timeoutMs: 2 * o.group.deregistrationDelayMs + 12e4,
    timeout: {
      message: `targets did not finish draining in ${group}`,
      finding: "draining",
      summary: (waitingFor) => waitingFor
    },
    pending: (states) => o.ids.filter((id) => LEAVING.has(states.get(id) ?? "unavailable")),
    waitingFor: (count) => `${count} target(s) to drain from ${group}`
  });
}
async function waitForTargets(o, w) {
  await pollUntil({
    clock: o.clock,
    everyMs: w.everyMs,
    timeoutMs: w.timeoutMs,
    onWait: o.onWait,
    onTimeout: (waitingFor) => new StepFailed(w.timeout.message, [
      rolloutFinding({
        name: w.timeout.finding,
        level: "environment",
        target: o.ids.join(","),
        summary: w.timeout.summary(waitingFor)
      })
    ]),
    check: async () => {
      const waiting = w.pending(await targetStates(o.aws, o.group));
      return waiting.length === 0 ? { done: true, value: void 0 } : { done: false, waitingFor: w.waitingFor(waiting.length) };
    }
  });
}
async function observeTargetGroups(aws, region, names) {
  const out = /* @__PURE__ */ new Map();
  if (names.length === 0) return out;
  const { found, missing } = await resolveTargetGroups(aws, region, names);
  if (missing.length > 0) out.missing = missing;
  await Promise.all(
    [...found.values()].map(async (group) => {
      const health = await describeTargetHealth(aws, group);
      out.set(group.name, {
        name: group.name,
        arn: group.arn,
        targets: health.map((t) => ({
          instanceId: t.id,
          port: t.port ?? 0,
          state: t.state,
          ...t.reason ? { reason: t.reason } : {}
        }))
      });
    })
  );
  return out;
}

export {
  errorName,
  runs,
  REGISTERED,
  LIVE,
  POLL_MS,
  pollUntil,
  resolveTargetGroup,
  targetStates,
  registerTargets,
  deregisterTargets,
  waitHealthy,
  waitDrained,
  observeTargetGroups
};
