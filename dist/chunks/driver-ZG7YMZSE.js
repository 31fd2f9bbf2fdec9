import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  findingsOf
} from "./chunk-WBC65YMV.js";
import {
  surgeCount
} from "./chunk-BJLLXR4Y.js";
import {
  RolloutRolledBack,
  markVerified,
  newReport,
  newRolloutId
} from "./chunk-JTYWG3OT.js";
import {
  autoScalingGroupName
} from "./chunk-J523DA24.js";
import {
  describeLaunchTemplate,
  describeVersion,
  ensureHardenedVersion,
  numberedVersion
} from "./chunk-ZOIA7OHR.js";
import {
  TAG
} from "./chunk-MHZV5H25.js";
import {
  pollUntil,
  resolveTargetGroup
} from "./chunk-GMJUDOBJ.js";
import "./chunk-H3EWHKZH.js";
import "./chunk-OKTVBVYZ.js";
import {
  parseDuration
} from "./chunk-U2BKHDZX.js";
import {
  require_dist_cjs
} from "./chunk-GWXWFI4Q.js";
import "./chunk-RG3TGDQG.js";
import "./chunk-VEUODDAR.js";
import "./chunk-R2IJHIND.js";
import {
  OperationFailed
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/fleet/asg/rollout.ts
var import_client_auto_scaling2 = __toESM(require_dist_cjs(), 1);

// src/fleet/asg/refresh.ts
var import_client_auto_scaling = __toESM(require_dist_cjs(), 1);
var ACTIVE_REFRESH = /* @__PURE__ */ new Set([
  "Pending",
  "InProgress",
  "Baking",
  "Cancelling",
  "RollbackInProgress"
]);
async function startRefresh(aws, region, group, to, s) {
  const checkpoints = s.canaryPercent > 0 && s.canaryPercent < 100 ? [s.canaryPercent, 100] : [100];
  const answer = await aws.autoscaling(region).send(
    new import_client_auto_scaling.StartInstanceRefreshCommand({
      AutoScalingGroupName: group,
      Strategy: "Rolling",
      DesiredConfiguration: { LaunchTemplate: { LaunchTemplateId: to.id, Version: to.version } },
      Preferences: {
        MinHealthyPercentage: 100,
        MaxHealthyPercentage: s.maxHealthyPercentage,
        InstanceWarmup: s.instanceWarmupSeconds,
        CheckpointPercentages: checkpoints,
        CheckpointDelay: s.checkpointDelaySeconds,
        BakeTime: s.bakeSeconds,
        SkipMatching: true,
        AutoRollback: true,
        ...s.alarms.length > 0 ? { AlarmSpecification: { Alarms: s.alarms } } : {}
      }
    })
  );
  if (!answer.InstanceRefreshId)
    throw new OperationFailed(`StartInstanceRefresh on ${group} returned no id`, "aws");
  return answer.InstanceRefreshId;
}
async function describeRefresh(aws, region, group, id) {
  const answer = await aws.autoscaling(region).send(
    new import_client_auto_scaling.DescribeInstanceRefreshesCommand({
      AutoScalingGroupName: group,
      ...id ? { InstanceRefreshIds: [id] } : { MaxRecords: 1 }
    })
  );
  return answer.InstanceRefreshes?.[0];
}
async function rollbackRefresh(aws, region, group) {
  await aws.autoscaling(region).send(new import_client_auto_scaling.RollbackInstanceRefreshCommand({ AutoScalingGroupName: group }));
}
async function describeGroup(aws, region, group) {
  const answer = await aws.autoscaling(region).send(new import_client_auto_scaling.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [group] }));
  const found = answer.AutoScalingGroups?.[0];
  if (!found) throw new OperationFailed(`Auto Scaling group ${group} not found in ${region}`, "not-found");
  return found;
}
function instancesOnVersion(group, version) {
  return (group.Instances ?? []).filter(
    (i) => i.LifecycleState === "InService" && i.LaunchTemplate?.LaunchTemplateId === version.id && i.LaunchTemplate.Version === version.version
  ).flatMap((i) => i.InstanceId ? [i.InstanceId] : []);
}

// src/fleet/asg/rollout.ts
var ASG_POLL_MS = 15e3;
async function rolloutAsgFleet(o) {
  const { aws, env } = o;
  const ami = o.image.id;
  const region = env.region;
  const name = autoScalingGroupName(env);
  const phase = `rollout ${env.name}`;
  const base = { environment: env.name, autoScalingGroup: name, ami };
  const group = await describeGroup(aws, region, name);
  const spec = group.LaunchTemplate ?? group.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification;
  if (!spec)
    throw new OperationFailed(
      `Auto Scaling group ${name} does not launch from a launch template`,
      "asg-config"
    );
  const template = await describeLaunchTemplate(
    aws,
    region,
    spec.LaunchTemplateId ? { id: spec.LaunchTemplateId } : { name: spec.LaunchTemplateName ?? env.fleet.launchTemplate }
  );
  const current = {
    id: template.id,
    name: template.name,
    version: String(numberedVersion(spec.Version, template))
  };
  const active = await describeRefresh(aws, region, name);
  if (active && ACTIVE_REFRESH.has(active.Status ?? "")) {
    const target = active.DesiredConfiguration?.LaunchTemplate;
    const targetAmi = target?.Version ? (await describeVersion(aws, region, { id: template.id }, target.Version))?.LaunchTemplateData?.ImageId : void 0;
    if (targetAmi !== ami) {
      throw new OperationFailed(
        `instance refresh ${active.InstanceRefreshId} on ${name} is ${active.Status} towards ${targetAmi ?? "another configuration"}; wait for it or roll it back first`,
        "busy"
      );
    }
    o.progress.info(phase, `following instance refresh ${active.InstanceRefreshId} already ${active.Status}`);
    const to2 = {
      id: template.id,
      name: template.name,
      version: target?.Version ?? current.version
    };
    return follow(o, { ...base, name, refreshId: active.InstanceRefreshId, to: to2, previous: current });
  }
  const currentAmi = (await describeVersion(aws, region, { id: template.id }, current.version))?.LaunchTemplateData?.ImageId;
  const onCurrent = instancesOnVersion(group, current);
  if (currentAmi === ami && onCurrent.length === (group.Instances ?? []).length && onCurrent.length >= (group.DesiredCapacity ?? 0)) {
    return {
      ...base,
      ok: true,
      outcome: "converged",
      launchTemplate: current,
      checks: [],
      summary: `${name} already runs ${ami} (launch template ${template.name} v${current.version})`
    };
  }
  if (spec.Version === void 0 || spec.Version.startsWith("$")) {
    o.progress.info(
      phase,
      `pinning ${name} to launch template ${template.name} v${current.version} instead of ${spec.Version ?? "$Default"}`
    );
    await aws.autoscaling(region).send(
      new import_client_auto_scaling2.UpdateAutoScalingGroupCommand({
        AutoScalingGroupName: name,
        LaunchTemplate: { LaunchTemplateId: template.id, Version: current.version }
      })
    );
  }
  const to = await ensureHardenedVersion(aws, {
    region,
    template,
    source: current.version,
    content: {
      ami,
      image: o.image,
      ...env.fleet.instanceType ? { instanceType: env.fleet.instanceType } : {},
      ...o.userData ? { userData: o.userData } : {},
      // An Auto Scaling group tags what it launches only through the template.
      tags: {
        [TAG.environment]: env.name,
        [TAG.ami]: ami,
        [TAG.rolloutId]: o.rolloutId,
        [TAG.role]: "new",
        [TAG.recipe]: env.recipe
      }
    }
  });
  const desired = Math.max(group.DesiredCapacity ?? env.fleet.count, 1);
  const canary = env.rollout.canary.count;
  const refreshId = await startRefresh(aws, region, name, to, {
    canaryPercent: canary > 0 ? Math.min(100, Math.ceil(canary / desired * 100)) : 0,
    checkpointDelaySeconds: seconds(env.rollout.canary.soak),
    bakeSeconds: seconds(env.verify.soak),
    instanceWarmupSeconds: 300,
    alarms: env.verify.alarms,
    maxHealthyPercentage: maxHealthyPercentage(env, desired)
  });
  o.progress.info(
    phase,
    `instance refresh ${refreshId} started: ${name} \u2192 ${template.name} v${to.version} (${ami})`
  );
  return follow(o, { ...base, name, refreshId, to, previous: current });
}
function maxHealthyPercentage(env, desired) {
  const surge = surgeCount({ ...env, fleet: { ...env.fleet, count: desired } });
  return Math.min(200, 100 + Math.ceil(surge / Math.max(1, desired) * 100));
}
var seconds = (duration) => Math.round((parseDuration(duration) ?? 0) / 1e3);
async function follow(o, r) {
  const { aws, env, clock } = o;
  const region = env.region;
  const phase = `rollout ${env.name}`;
  const deadline = o.deadline;
  const soakMs = parseDuration(env.verify.soak) ?? 6e5;
  const sampleEveryMs = Math.max(6e4, Math.floor(soakMs / 4));
  const checked = /* @__PURE__ */ new Set();
  const checks = [];
  let samples = 0;
  let nextSampleAt = 0;
  let rollingBack = false;
  const result = (ok, outcome, status, summary) => ({
    ok,
    outcome,
    environment: r.environment,
    autoScalingGroup: r.autoScalingGroup,
    ami: r.ami,
    launchTemplate: r.to,
    previous: r.previous,
    refreshId: r.refreshId,
    status,
    checks,
    summary
  });
  const sample = async () => {
    const found = await o.verifier.soakSample(samples++);
    checks.push(...found);
    nextSampleAt = clock.now() + sampleEveryMs;
    const failed = findingsOf(found);
    return failed.length > 0 ? `soak sample ${samples} failed: ${failed.map((f) => f.summary).join("; ")}` : void 0;
  };
  const rollBack = async (why) => {
    o.progress.error(phase, `${why}: rolling back instance refresh ${r.refreshId}`);
    await rollbackRefresh(aws, region, r.name);
    rollingBack = true;
  };
  for (; ; ) {
    const refresh = await describeRefresh(aws, region, r.name, r.refreshId);
    const status = refresh?.Status ?? "unknown";
    const reason = refresh?.StatusReason ? ` (${refresh.StatusReason})` : "";
    if (status === "Successful") {
      const soaked = await finishSoak(o, r, { samples, sample, sampleEveryMs });
      if (soaked) {
        return result(
          false,
          "rolled-back",
          "RollbackSuccessful",
          `${soaked}; refreshed ${r.name} back to launch template v${r.previous.version}`
        );
      }
      return result(
        true,
        "refreshed",
        status,
        `${r.name} runs ${r.ami} (launch template ${r.to.name} v${r.to.version}); ${checked.size} new instance(s) checked, ${samples} soak sample(s)`
      );
    }
    if (status === "RollbackSuccessful") {
      return result(
        false,
        "rolled-back",
        status,
        `instance refresh ${r.refreshId} was rolled back${reason}; ${r.name} serves launch template v${r.previous.version} again`
      );
    }
    if (!ACTIVE_REFRESH.has(status)) {
      return result(false, "failed", status, `instance refresh ${r.refreshId} ended ${status}${reason}`);
    }
    if (clock.now() >= deadline && !rollingBack) {
      await rollBack(`instance refresh still ${status} after ${env.rollout.timeout}`);
      continue;
    }
    o.progress.waiting(
      phase,
      `${status} ${refresh?.PercentageComplete ?? 0}%${reason}`,
      `instance refresh ${r.refreshId}`
    );
    if (!rollingBack && status !== "RollbackInProgress") {
      const group = await describeGroup(aws, region, r.name);
      const fresh = instancesOnVersion(group, r.to).filter((id) => !checked.has(id));
      if (fresh.length > 0) {
        const found = await o.verifier.instanceChecks(fresh, "boot");
        checks.push(...found);
        for (const id of fresh) checked.add(id);
        const failed = findingsOf(found);
        if (failed.length > 0)
          await rollBack(
            `instance checks failed on ${failed.map((f) => `${f.target} (${f.name})`).join(", ")}`
          );
      }
      if (!rollingBack && checked.size > 0 && clock.now() >= nextSampleAt) {
        const failure = await sample();
        if (failure) await rollBack(failure);
      }
    }
    await clock.sleep(ASG_POLL_MS);
  }
}
async function finishSoak(o, r, s) {
  for (let taken = s.samples; taken < 2; taken++) {
    if (taken > 0) await o.clock.sleep(s.sampleEveryMs);
    const failure = await s.sample();
    if (!failure) continue;
    o.progress.error(
      `rollout ${o.env.name}`,
      `${failure}: refreshing ${r.name} back to launch template v${r.previous.version}`
    );
    const back = await startRefresh(o.aws, o.env.region, r.name, r.previous, {
      canaryPercent: 0,
      checkpointDelaySeconds: 0,
      bakeSeconds: 0,
      instanceWarmupSeconds: 300,
      alarms: [],
      maxHealthyPercentage: 200
    });
    const timeout = o.env.rollout.timeout;
    await pollUntil({
      clock: o.clock,
      everyMs: ASG_POLL_MS,
      timeoutMs: parseDuration(timeout) ?? 72e5,
      check: async () => {
        const refresh = await describeRefresh(o.aws, o.env.region, r.name, back);
        const status = refresh?.Status ?? "";
        if (ACTIVE_REFRESH.has(status))
          return {
            done: false,
            waitingFor: `instance refresh ${back} (back): ${status} ${refresh?.PercentageComplete ?? 0}%`
          };
        if (status !== "Successful")
          throw new OperationFailed(
            `refresh back to v${r.previous.version} on ${r.name} ended ${status}`,
            "rollback-failed"
          );
        return { done: true, value: void 0 };
      },
      onWait: (waitingFor) => o.progress.waiting(`rollout ${o.env.name}`, "refreshing back", waitingFor),
      onTimeout: (waitingFor) => new OperationFailed(`${waitingFor} still running after ${timeout}`, "rollback-failed")
    });
    return failure;
  }
  return void 0;
}

// src/fleet/asg/driver.ts
var autoScalingFleetDriver = {
  kind: "asg",
  async converge(r) {
    const { aws, clock, progress, ids } = r.ports;
    const env = r.env;
    const ami = r.image.id;
    const startedAt = clock.now();
    const rolloutId = newRolloutId(startedAt, ids);
    const group = await resolveTargetGroup(aws, env.region, env.fleet.targetGroup);
    const verifier = await r.verifier(group, r.image);
    const result = await rolloutAsgFleet({
      aws,
      clock,
      progress,
      env,
      image: r.image,
      rolloutId,
      verifier,
      userData: r.userData,
      deadline: r.deadline
    });
    const report = {
      ...newReport({ environment: env.name, ami, rolloutId }),
      steps: [
        {
          kind: "instance-refresh",
          startedAt: new Date(startedAt).toISOString(),
          finishedAt: new Date(clock.now()).toISOString(),
          detail: result.summary
        }
      ],
      checks: result.checks,
      findings: result.checks.filter((c) => !c.passed)
    };
    if (result.outcome === "rolled-back") {
      report.outcome = "rolled-back";
      report.pinChanges.push(...await r.restorePin(r.previousPin));
      throw new RolloutRolledBack(
        `rollout of ${ami} to ${env.name} failed and was rolled back; ${result.summary}`,
        report
      );
    }
    if (!result.ok) throw new OperationFailed(result.summary, "failed", report);
    if (result.outcome === "refreshed" && !verifier.weakened) {
      await markVerified(aws, env.region, { ami, environment: env.name, at: clock.now() });
      report.verified = true;
    }
    return report;
  }
};
export {
  autoScalingFleetDriver
};
