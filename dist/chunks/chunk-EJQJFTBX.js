import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  probeFor,
  routesTo
} from "./chunk-SL4SBNBZ.js";
import {
  ENVIRONMENT_CHECKS,
  INSTANCE_CHECKS,
  INSTANCE_SECTIONS,
  PARITY_CHECK,
  PROBE_FAILURE,
  notInstalledAgents
} from "./chunk-33LVR3H7.js";
import {
  runProbe
} from "./chunk-XRFNW2K3.js";
import {
  resolveTargetGroup
} from "./chunk-PPZVFJ6A.js";
import {
  collectPages
} from "./chunk-OKTVBVYZ.js";
import {
  require_dist_cjs
} from "./chunk-JK22FO5K.js";
import {
  OperationFailed
} from "./chunk-25FIIMCB.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/verify/expectations.ts
function expectationsFromRecipe(recipe) {
  const agents = [];
  const fluentd = recipe.agents.fluentd;
  if (fluentd)
    agents.push({
      name: "fluentd",
      package: "fluent-package",
      service: "fluentd",
      process: "fluentd",
      monitorPort: fluentd.monitorPort
    });
  if (recipe.agents["newrelic-infra"])
    agents.push({
      name: "newrelic-infra",
      package: "newrelic-infra",
      service: "newrelic-infra",
      process: "newrelic-infra"
    });
  const services = recipe.services.map((s) => ({
    name: s.name,
    ...s.port === void 0 ? {} : { port: s.port },
    enabled: s.enabled,
    ...s.processes.length > 0 ? { processes: [...s.processes] } : {}
  }));
  for (const agent of agents)
    if (!services.some((s) => s.name === agent.service))
      services.push({ name: agent.service, enabled: true });
  return {
    zone: recipe.timezone,
    services,
    agents,
    users: { create: recipe.users.create.map((u) => u.name), remove: recipe.users.remove },
    ssh: {
      passwordAuthentication: recipe.ssh.passwordAuthentication,
      permitRootLogin: recipe.ssh.permitRootLogin
    }
  };
}

// src/verify/checks/instance.ts
function instanceChecks(inv, expected, o) {
  const absentAgents = notInstalledAgents(inv, expected.agents);
  const absentServices = new Set(absentAgents.map((a) => a.service));
  const facts = {
    inventory: inv,
    expected,
    target: o.target,
    phase: o.phase,
    absentAgents,
    ownServices: expected.services.filter((s) => !absentServices.has(s.name))
  };
  return INSTANCE_CHECKS.flatMap((check) => check.evaluate(facts));
}

// src/verify/reboot-proof.ts
var UNSETTLED = /* @__PURE__ */ new Set(["activating", "deactivating", "reloading", "refreshing"]);
async function bootStates(ports, o) {
  const outcomes = await runProbe(ports, {
    region: o.region,
    instanceIds: o.ids,
    probe: "services",
    phase: o.phase
  });
  const out = /* @__PURE__ */ new Map();
  for (const id of o.ids) {
    const outcome = outcomes.get(id);
    if (!outcome?.ok) {
      out.set(id, { error: outcome?.error ?? "no answer" });
      continue;
    }
    const inventory = outcome.inventory;
    out.set(id, {
      bootedAt: inventory.host.bootedAt,
      settling: (inventory.services ?? []).filter((s) => UNSETTLED.has(s.active)).map((s) => s.name)
    });
  }
  return out;
}

// src/verify/listener.ts
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs(), 1);
async function findRoutes(aws, o) {
  const settings = o.http ?? { path: "/", expect: 200 };
  const lookup = { targetGroup: o.targetGroup, loadBalancers: [], routes: [], rejected: [] };
  const group = o.group;
  if (!group) return lookup;
  lookup.targetGroupArn = group.arn;
  if (group.loadBalancerArns.length === 0) return lookup;
  const elbv2 = aws.elbv2(group.region);
  const lbs = (await elbv2.send(new import_client_elastic_load_balancing_v2.DescribeLoadBalancersCommand({ LoadBalancerArns: group.loadBalancerArns }))).LoadBalancers ?? [];
  for (const lb of lbs) {
    if (lb.Type !== "application" || !lb.LoadBalancerArn || !lb.DNSName) continue;
    lookup.loadBalancers.push(lb.LoadBalancerName ?? lb.LoadBalancerArn);
    const listeners = await collectPages(async (marker) => {
      const page = await elbv2.send(
        new import_client_elastic_load_balancing_v2.DescribeListenersCommand({
          LoadBalancerArn: lb.LoadBalancerArn,
          ...marker ? { Marker: marker } : {}
        })
      );
      return { items: page.Listeners, next: page.NextMarker };
    });
    const rules = /* @__PURE__ */ new Map();
    for (const listener of listeners) {
      if (!listener.ListenerArn) continue;
      rules.set(
        listener.ListenerArn,
        await collectPages(async (marker) => {
          const page = await elbv2.send(
            new import_client_elastic_load_balancing_v2.DescribeRulesCommand({
              ListenerArn: listener.ListenerArn,
              ...marker ? { Marker: marker } : {}
            })
          );
          return { items: page.Rules, next: page.NextMarker };
        })
      );
    }
    const set = { dnsName: lb.DNSName, listeners, rules };
    const found = routesTo(group.arn, set, settings);
    lookup.routes.push(...found.routes);
    lookup.rejected.push(...found.rejected.map((r) => `${lb.LoadBalancerName ?? lb.DNSName} ${r}`));
  }
  return lookup;
}

// src/verify/sampler.ts
function environmentScope(o) {
  let group = o.group ? Promise.resolve(o.group) : void 0;
  let route;
  const scope = {
    environment: o.environment,
    region: o.region,
    targetGroup: o.targetGroup,
    wants: o.wants,
    alarms: o.alarms,
    aws: o.aws,
    group: () => {
      group ??= resolveTargetGroup(o.aws, o.region, o.targetGroup).catch((error) => {
        if (error instanceof OperationFailed && error.code === "not-found") return void 0;
        throw error;
      });
      return group;
    },
    route: () => {
      route ??= scope.group().then(
        (found) => findRoutes(o.aws, {
          targetGroup: o.targetGroup,
          group: found,
          ...o.http ? { http: o.http.settings } : {}
        })
      );
      return route;
    }
  };
  if (o.http) scope.http = o.http;
  if (o.recipe) scope.recipe = o.recipe;
  return scope;
}
function soakSampler(scope) {
  const checks = ENVIRONMENT_CHECKS.filter((c) => c.images === "any-image" || scope.recipe);
  const done = /* @__PURE__ */ new Set();
  return async (sample) => {
    const results = [];
    for (const check of checks) {
      if (check.cadence === "once") {
        if (done.has(check.name)) continue;
        done.add(check.name);
      }
      results.push(...await check.evaluate(scope, sample));
    }
    return results;
  };
}

// src/verify/rollout-verifier.ts
function createRolloutVerifier(ctx, o) {
  const env = o.env.env;
  const region = env.region;
  const recipe = o.project.recipes.get(env.recipe)?.recipe;
  if (!recipe) throw new Error(`environment ${env.name}: recipe ${env.recipe} is not loaded`);
  const expected = expectationsFromRecipe(recipe);
  const phase = `verify ${env.name}`;
  const newInstances = /* @__PURE__ */ new Set();
  const agentSamples = /* @__PURE__ */ new Map();
  const parityOn = env.verify.parity ?? o.stage.first;
  const probe = probeFor(INSTANCE_SECTIONS);
  const soakSample = soakSampler(
    environmentScope({
      aws: ctx.aws,
      environment: env.name,
      region,
      targetGroup: env.fleet.targetGroup,
      wants: env.fleet.count,
      alarms: env.verify.alarms,
      ...ctx.http ? { http: { port: ctx.http, settings: env.verify.http } } : {},
      recipe: { ports: ctx, env, expected, newInstances, agentSamples, phase }
    })
  );
  const failedProbe = (name, target, error) => ({
    name,
    level: "instance",
    target,
    passed: false,
    summary: error,
    evidence: {}
  });
  return {
    async instanceChecks(instanceIds, checkPhase) {
      for (const id of instanceIds) newInstances.add(id);
      ctx.progress.info(phase, `instance checks (${checkPhase}) on ${instanceIds.join(", ")}`);
      const outcomes = await runProbe(ctx, { region, instanceIds, probe, phase });
      return instanceIds.flatMap((id) => {
        const outcome = outcomes.get(id);
        if (!outcome?.ok) return [failedProbe(PROBE_FAILURE, id, outcome?.error ?? "no answer")];
        return instanceChecks(outcome.inventory, expected, { target: id, phase: checkPhase });
      });
    },
    async parity(servingInstanceId, newInstanceId) {
      if (!parityOn) return [];
      ctx.progress.info(phase, `parity: surveying ${servingInstanceId} (serving) and ${newInstanceId} (new)`);
      const outcomes = await runProbe(ctx, {
        region,
        instanceIds: [servingInstanceId, newInstanceId],
        probe,
        phase
      });
      const older = outcomes.get(servingInstanceId);
      const newer = outcomes.get(newInstanceId);
      for (const [id, outcome] of [
        [servingInstanceId, older],
        [newInstanceId, newer]
      ])
        if (!outcome?.ok)
          return [
            failedProbe(
              PARITY_CHECK.name,
              newInstanceId,
              `survey of ${id} failed: ${outcome?.error ?? "no answer"}`
            )
          ];
      if (!older?.ok || !newer?.ok) return [];
      return [
        PARITY_CHECK.compare(older.inventory, newer.inventory, {
          target: newInstanceId,
          waivers: recipe.parity.waive
        })
      ];
    },
    bootStates(instanceIds) {
      return bootStates(ctx, { region, ids: instanceIds, phase });
    },
    soakSample
  };
}

export {
  environmentScope,
  soakSampler,
  expectationsFromRecipe,
  createRolloutVerifier
};
