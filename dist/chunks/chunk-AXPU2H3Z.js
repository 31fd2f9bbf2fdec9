import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  describeInstancesById
} from "./chunk-5XUG3DO3.js";
import {
  observeTargetGroups
} from "./chunk-P4R5L6N5.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-7VMPZC2Y.js";
import {
  AmipipeError,
  UsageError,
  messageOf
} from "./chunk-WPO6EQZK.js";

// src/app/status.ts
var SERVING_STATES = /* @__PURE__ */ new Set(["healthy", "initial"]);
async function observeStatus(ports, project) {
  const loaded = project ?? await loadProject(ports.root);
  const envs = environmentsInOrder(loaded).map((l) => l.env);
  const byRegion = /* @__PURE__ */ new Map();
  for (const env of envs) byRegion.set(env.region, [...byRegion.get(env.region) ?? [], env]);
  const results = /* @__PURE__ */ new Map();
  const unreadable = [];
  await Promise.all(
    [...byRegion].map(async ([region, regionEnvs]) => {
      try {
        await observeRegion(ports, region, regionEnvs, results);
      } catch (error) {
        unreadable.push(error);
        for (const env of regionEnvs) if (!results.has(env.name)) results.set(env.name, failed(env, error));
      }
    })
  );
  if (byRegion.size > 0 && unreadable.length === byRegion.size) throw unreadable[0];
  return { environments: envs.map((e) => results.get(e.name)) };
}
async function observeRegion(ports, region, envs, into) {
  const groups = await observeTargetGroups(
    ports.aws,
    region,
    envs.map((e) => e.fleet.targetGroup)
  );
  const servingIds = [...groups.values()].flatMap(
    (g) => g.targets.filter((t) => SERVING_STATES.has(t.state)).map((t) => t.instanceId)
  );
  const instances = await describeInstancesById(ports.aws, region, servingIds);
  for (const env of envs) {
    const group = groups.get(env.fleet.targetGroup);
    if (!group) {
      into.set(
        env.name,
        failed(
          env,
          new UsageError(`target group ${env.fleet.targetGroup} not found in ${region}`),
          "not-found"
        )
      );
      continue;
    }
    const serving = group.targets.filter((t) => SERVING_STATES.has(t.state));
    const amis = [
      ...new Set(
        serving.map((t) => instances.get(t.instanceId)?.ImageId).filter((a) => Boolean(a))
      )
    ].sort();
    const healthy = group.targets.filter((t) => t.state === "healthy").length;
    const pinned = env.pin.ami;
    const status = {
      name: env.name,
      pinned,
      serving: amis,
      healthy,
      desired: env.fleet.count,
      inSync: pinned !== null && amis.length === 1 && amis[0] === pinned && healthy >= env.fleet.count
    };
    const reason = driftReason(status);
    if (reason) status.reason = reason;
    into.set(env.name, status);
  }
}
function driftReason(s) {
  if (s.inSync) return void 0;
  if (s.pinned === null) return "no pin yet: promote an AMI first";
  const others = s.serving.filter((a) => a !== s.pinned);
  if (others.length > 0)
    return `serving ${others.join(", ")}${s.serving.includes(s.pinned) ? ` beside the pin ${s.pinned}` : ` instead of the pin ${s.pinned}`}`;
  if (s.serving.length === 0) return `nothing serves in the target group (pin ${s.pinned})`;
  return `${s.healthy} of ${s.desired} desired instance(s) healthy`;
}
function failed(env, error, code) {
  const message = messageOf(error);
  return {
    name: env.name,
    pinned: env.pin.ami,
    serving: [],
    healthy: 0,
    desired: env.fleet.count,
    inSync: false,
    reason: `cannot observe ${env.name}: ${message}`,
    error: {
      code: code ?? (error instanceof AmipipeError ? error.code : errorCode(error)),
      message: `${env.name}: ${message}`
    }
  };
}
function errorCode(error) {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : "error";
}
async function environmentStatus(ports, name) {
  const all = await observeStatus(ports);
  const line = all.environments.find((e) => e.name === name);
  if (!line) throw new UsageError(`unknown environment '${name}'`);
  return line;
}

export {
  observeStatus,
  environmentStatus
};
