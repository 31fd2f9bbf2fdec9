import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  TAG
} from "./chunk-EIDDBT4Z.js";
import {
  parseDuration
} from "./chunk-U2BKHDZX.js";
import {
  require_dist_cjs
} from "./chunk-GWXWFI4Q.js";
import {
  require_dist_cjs4 as require_dist_cjs2
} from "./chunk-VEUODDAR.js";
import {
  OperationFailed
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/rollout/asg/rollout.ts
var import_client_auto_scaling2 = __toESM(require_dist_cjs(), 1);

// src/verify/types.ts
function findingsOf(results) {
  return results.filter((r) => !r.passed);
}

// src/rollout/poll.ts
var POLL_MS = {
  status: 1e4,
  health: 5e3,
  draining: 1e4
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

// src/rollout/asg/launch-template.ts
var import_client_ec2 = __toESM(require_dist_cjs2(), 1);
var VERSION_DESCRIPTION_PREFIX = "amipipe";
async function describeTemplate(aws, region, ref) {
  const answer = await aws.ec2(region).send(
    new import_client_ec2.DescribeLaunchTemplatesCommand(
      ref.id ? { LaunchTemplateIds: [ref.id] } : { Filters: [{ Name: "launch-template-name", Values: [ref.name ?? ""] }] }
    )
  );
  const lt = answer.LaunchTemplates?.[0];
  if (!lt?.LaunchTemplateId || !lt.LaunchTemplateName)
    throw new OperationFailed(`launch template ${ref.name ?? ref.id} not found in ${region}`, "not-found");
  return {
    id: lt.LaunchTemplateId,
    name: lt.LaunchTemplateName,
    defaultVersion: lt.DefaultVersionNumber ?? 1,
    latestVersion: lt.LatestVersionNumber ?? 1
  };
}
function numberedVersion(version, template) {
  if (version === "$Latest") return template.latestVersion;
  if (version === void 0 || version === "$Default") return template.defaultVersion;
  return Number(version);
}
async function describeVersion(aws, region, id, version) {
  const answer = await aws.ec2(region).send(new import_client_ec2.DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: [version] }));
  return answer.LaunchTemplateVersions?.[0];
}
async function ensureVersionFor(o) {
  const latest = await describeVersion(o.aws, o.region, o.template.id, String(o.template.latestVersion));
  if (latest?.LaunchTemplateData?.ImageId === o.ami && latest.VersionDescription?.startsWith(VERSION_DESCRIPTION_PREFIX)) {
    return { id: o.template.id, name: o.template.name, version: String(latest.VersionNumber) };
  }
  const tags = Object.entries(o.instanceTags).map(([Key, Value]) => ({ Key, Value }));
  const root = await rootDeviceOf(o.aws, o.region, o.ami);
  const created = await o.aws.ec2(o.region).send(
    new import_client_ec2.CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: o.template.id,
      SourceVersion: o.source,
      VersionDescription: `${VERSION_DESCRIPTION_PREFIX} rollout ${o.rolloutId}: ${o.ami}`,
      LaunchTemplateData: {
        ImageId: o.ami,
        MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled", HttpPutResponseHopLimit: 2 },
        // The root volume is encrypted whatever the AMI's snapshot or the account default says.
        BlockDeviceMappings: [
          {
            DeviceName: root.device,
            Ebs: { Encrypted: true, VolumeSize: root.sizeGiB, VolumeType: "gp3", DeleteOnTermination: true }
          }
        ],
        TagSpecifications: [
          { ResourceType: "instance", Tags: tags },
          { ResourceType: "volume", Tags: tags }
        ],
        ...o.userData ? { UserData: Buffer.from(o.userData).toString("base64") } : {}
      }
    })
  );
  const number = created.LaunchTemplateVersion?.VersionNumber;
  if (number === void 0)
    throw new OperationFailed(`CreateLaunchTemplateVersion on ${o.template.name} returned no version`, "aws");
  return { id: o.template.id, name: o.template.name, version: String(number) };
}
async function rootDeviceOf(aws, region, ami) {
  const image = (await aws.ec2(region).send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [ami] }))).Images?.[0];
  if (!image) throw new OperationFailed(`AMI ${ami} not found in ${region}`, "not-found");
  const device = image.RootDeviceName ?? "/dev/xvda";
  const size = image.BlockDeviceMappings?.find((m) => m.DeviceName === device)?.Ebs?.VolumeSize ?? 8;
  return { device, sizeGiB: size };
}

// src/rollout/asg/refresh.ts
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
        MaxHealthyPercentage: 200,
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

// src/rollout/asg/rollout.ts
var ASG_POLL_MS = 15e3;
function autoScalingGroupName(env) {
  return env.fleet.autoScalingGroup ?? env.fleet.launchTemplate;
}
async function rolloutAsgFleet(o) {
  const { aws, env, ami } = o;
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
  const template = await describeTemplate(aws, region, {
    id: spec.LaunchTemplateId,
    name: spec.LaunchTemplateName ?? env.fleet.launchTemplate
  });
  const current = {
    id: template.id,
    name: template.name,
    version: String(numberedVersion(spec.Version, template))
  };
  const active = await describeRefresh(aws, region, name);
  if (active && ACTIVE_REFRESH.has(active.Status ?? "")) {
    const target = active.DesiredConfiguration?.LaunchTemplate;
    const targetAmi = target?.Version ? (await describeVersion(aws, region, template.id, target.Version))?.LaunchTemplateData?.ImageId : void 0;
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
  const currentAmi = (await describeVersion(aws, region, template.id, current.version))?.LaunchTemplateData?.ImageId;
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
  const to = await ensureVersionFor({
    aws,
    region,
    template,
    source: current.version,
    ami,
    rolloutId: o.rolloutId,
    instanceTags: {
      [TAG.environment]: env.name,
      [TAG.ami]: ami,
      [TAG.rolloutId]: o.rolloutId,
      [TAG.role]: "new"
    },
    ...o.userData ? { userData: o.userData } : {}
  });
  const desired = Math.max(group.DesiredCapacity ?? env.fleet.count, 1);
  const canary = env.rollout.canary.count;
  const refreshId = await startRefresh(aws, region, name, to, {
    canaryPercent: canary > 0 ? Math.min(100, Math.ceil(canary / desired * 100)) : 0,
    checkpointDelaySeconds: seconds(env.rollout.canary.soak),
    bakeSeconds: seconds(env.verify.soak),
    instanceWarmupSeconds: 300,
    alarms: env.verify.alarms
  });
  o.progress.info(
    phase,
    `instance refresh ${refreshId} started: ${name} \u2192 ${template.name} v${to.version} (${ami})`
  );
  return follow(o, { ...base, name, refreshId, to, previous: current });
}
var seconds = (duration) => Math.round((parseDuration(duration) ?? 0) / 1e3);
async function follow(o, r) {
  const { aws, env, clock } = o;
  const region = env.region;
  const phase = `rollout ${env.name}`;
  const deadline = clock.now() + (parseDuration(env.rollout.timeout) ?? 72e5);
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
      alarms: []
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

export {
  findingsOf,
  POLL_MS,
  pollUntil,
  autoScalingGroupName,
  rolloutAsgFleet
};
