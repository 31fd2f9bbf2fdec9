import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  StepFailed,
  isCrash,
  missingParameters,
  recipeParameters,
  rolloutFinding
} from "./chunk-INNCXB3H.js";
import {
  readPin,
  restorePinFile,
  revertPin
} from "./chunk-FVZ3IIET.js";
import {
  status
} from "./chunk-YPAI5TSD.js";
import {
  createRolloutVerifier
} from "./chunk-MNY6VCKU.js";
import {
  POLL_MS,
  findingsOf,
  pollUntil,
  rolloutAsgFleet
} from "./chunk-64O4RD3C.js";
import {
  shellQuote,
  writeFileCommand
} from "./chunk-4ZEUDONS.js";
import {
  TAG,
  verifiedInTag
} from "./chunk-EIDDBT4Z.js";
import {
  readPinFromSource
} from "./chunk-2AKZZVPQ.js";
import {
  chunks
} from "./chunk-OKTVBVYZ.js";
import {
  loadProject,
  recipeTemplates,
  renderTemplate,
  templateContext
} from "./chunk-KOJ5FIOR.js";
import {
  parseDuration
} from "./chunk-U2BKHDZX.js";
import {
  require_dist_cjs
} from "./chunk-HDNESQVI.js";
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-RG3TGDQG.js";
import {
  require_dist_cjs as require_dist_cjs4
} from "./chunk-5QRSPSR7.js";
import {
  require_dist_cjs4 as require_dist_cjs2
} from "./chunk-VEUODDAR.js";
import {
  FLUENT_PACKAGE
} from "./chunk-AESBZ24B.js";
import {
  ConfigError,
  OperationFailed,
  UsageError,
  messageOf
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/gitops/policy.ts
function decidePromotion(r) {
  const problems = [];
  const builtFrom = r.amiTags[TAG.recipe];
  if (builtFrom !== void 0 && builtFrom !== r.env.recipe) {
    problems.push(
      `${r.ami} was built from recipe '${builtFrom}', but ${r.env.name} runs recipe '${r.env.recipe}'`
    );
  }
  const from = r.env.promotion.from;
  if (from && !r.amiTags[verifiedInTag(from)]) {
    problems.push(
      `${r.ami} was never verified in ${from} (no ${verifiedInTag(from)} tag): promote it to ${from} first`
    );
  }
  if (problems.length === 0) {
    const note = from ? `verified in ${from} at ${r.amiTags[verifiedInTag(from)]}` : "first stage";
    return { allowed: true, forced: false, note };
  }
  if (r.force)
    return {
      allowed: true,
      forced: true,
      note: `forced: ${r.reason ?? ""} (policy: ${problems.join("; ")})`
    };
  return { allowed: false, why: problems.join("; ") };
}
function promotionReason(ami, detail) {
  return detail ? `promoted ${ami} ${detail}` : `promoted ${ami}`;
}
function returnsToEarlierPin(pin) {
  if (!pin.ami) return false;
  if (!pin.history.some((h) => h.ami === pin.ami)) return false;
  const promoted = promotionReason(pin.ami);
  return !(pin.reason === promoted || pin.reason?.startsWith(`${promoted} `));
}
function forcedReasonFor(ami, reason) {
  return reason?.includes(`${ami} forced: `) ?? false;
}
function decidePinnedAmi(r) {
  const { env, pin } = r;
  const from = env.promotion.from;
  if (!from) return { allowed: true, basis: "first-stage", note: "first stage" };
  if (r.serving.includes(pin.ami)) return { allowed: true, basis: "serving", note: `${env.name} serves it` };
  if (pin.history.some((h) => h.ami === pin.ami))
    return { allowed: true, basis: "history", note: `pinned to ${env.name} before` };
  if (forcedReasonFor(pin.ami, pin.reason))
    return { allowed: true, basis: "forced", note: `forced: ${pin.reason}` };
  const verifiedAt = r.amiTags?.[verifiedInTag(from)];
  if (verifiedAt) return { allowed: true, basis: "verified", note: `verified in ${from} at ${verifiedAt}` };
  return {
    allowed: false,
    why: `${pin.ami} was never pinned to ${env.name} and never verified in ${from} (no ${verifiedInTag(from)} tag)`
  };
}

// src/rollout/model.ts
var REGISTERED = /* @__PURE__ */ new Set([
  "initial",
  "healthy",
  "unhealthy",
  "unavailable"
]);
var LIVE = /* @__PURE__ */ new Set(["pending", "running", "stopping", "stopped"]);

// src/rollout/instance-type.ts
function instanceTypeChanges(observed, o) {
  const from = /* @__PURE__ */ new Set();
  const to = /* @__PURE__ */ new Set();
  for (const i of observed.instances) {
    if (!i.instanceType) continue;
    if (i.ami === o.ami) {
      if (i.role === "new" && (i.state === "pending" || i.state === "running")) to.add(i.instanceType);
    } else if (i.state === "running" && REGISTERED.has(i.target) || i.role === "old" && i.rolloutId === o.rolloutId) {
      from.add(i.instanceType);
    }
  }
  const changes = [];
  for (const f of [...from].sort())
    for (const t of [...to].sort()) if (f !== t) changes.push({ from: f, to: t });
  return changes;
}
function formatTypeChanges(changes) {
  return `instance type changes: ${changes.map((c) => `${c.from} \u2192 ${c.to}`).join(", ")}`;
}

// src/rollout/image.ts
var import_client_ec2 = __toESM(require_dist_cjs2(), 1);
async function describeImage(aws, region, ami) {
  const result = await aws.ec2(region).send(new import_client_ec2.DescribeImagesCommand({ ImageIds: [ami] })).catch((error) => {
    const name = typeof error === "object" && error && "name" in error ? String(error.name) : "";
    if (name.startsWith("InvalidAMIID"))
      throw new OperationFailed(`AMI ${ami} does not exist in ${region}`, "not-found");
    throw error;
  });
  const image = result.Images?.[0];
  if (!image?.ImageId) throw new OperationFailed(`AMI ${ami} does not exist in ${region}`, "not-found");
  return {
    id: image.ImageId,
    state: image.State ?? "unknown",
    rootDeviceName: image.RootDeviceName ?? "/dev/xvda",
    tags: Object.fromEntries((image.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]))
  };
}
async function markVerified(aws, region, o) {
  await aws.ec2(region).send(
    new import_client_ec2.CreateTagsCommand({
      Resources: [o.ami],
      Tags: [{ Key: verifiedInTag(o.environment), Value: new Date(o.at).toISOString() }]
    })
  );
}

// src/recipe/user-data.ts
import { readFileSync } from "node:fs";
import path from "node:path";
var USER_DATA_LIMIT = 16 * 1024;
var INSTANCE_ID_TOKEN = "__AMIPIPE_INSTANCE_ID__";
function renderUserData(loaded, env) {
  const recipe = loaded.recipe;
  const context = templateContext(recipe, env.env);
  const lines = [
    "#!/bin/bash",
    `# amipipe: recipe ${recipe.name}, environment ${env.env.name}`,
    "set -euo pipefail",
    "imds_token=$(curl -fsS -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')",
    'instance_id=$(curl -fsS -H "X-aws-ec2-metadata-token: $imds_token" http://169.254.169.254/latest/meta-data/instance-id)'
  ];
  if (recipe.hostname !== void 0) {
    const rendered = renderTemplate(recipe.hostname, { ...context, instance_id: INSTANCE_ID_TOKEN }).trim();
    lines.push(
      `host_name=${shellQuote(rendered)}`,
      `host_name=\${host_name//${INSTANCE_ID_TOKEN}/$instance_id}`,
      'hostnamectl set-hostname "$host_name"'
    );
  }
  const templates = recipeTemplates(recipe);
  for (const ref of templates) {
    const source = readFileSync(path.resolve(loaded.dir, ref.template), "utf8");
    const content = renderTemplate(source, context);
    const file = ref.path[0] === "agents" ? { path: FLUENT_PACKAGE.configFile, mode: "0644", owner: "root", group: "root" } : fileOf(recipe.files[ref.path[1]]);
    lines.push(writeFileCommand(file.path, content, file.mode));
    lines.push(`chown ${shellQuote(`${file.owner}:${file.group}`)} ${shellQuote(file.path)}`);
  }
  const services = recipe.services.filter((s) => s.enabled).map((s) => s.name);
  if (services.length > 0) lines.push(`systemctl try-restart ${services.map(shellQuote).join(" ")} || true`);
  const script = `${lines.join("\n")}
`;
  const size = Buffer.byteLength(script, "utf8");
  if (size > USER_DATA_LIMIT) {
    throw new ConfigError([
      {
        file: path.relative(path.dirname(loaded.dir), loaded.file),
        line: 1,
        column: 1,
        path: "files",
        message: `user data for environment '${env.env.name}' is ${size} bytes; EC2 accepts at most ${USER_DATA_LIMIT} (bake large files into the image as content)`
      }
    ]);
  }
  return script;
}
function fileOf(f) {
  if (!f) throw new Error("template reference without a file entry");
  return {
    path: f.path,
    mode: f.mode.length === 3 ? `0${f.mode}` : f.mode,
    owner: f.owner,
    group: f.group ?? (f.owner === "root" ? "root" : f.owner)
  };
}

// src/rollout/alarms.ts
var import_client_cloudwatch = __toESM(require_dist_cjs(), 1);
async function alarmChecks(aws, region, alarms, environment) {
  if (alarms.length === 0) return [];
  const result = await aws.cloudwatch(region).send(new import_client_cloudwatch.DescribeAlarmsCommand({ AlarmNames: [...alarms] }));
  const states = new Map((result.MetricAlarms ?? []).map((a) => [a.AlarmName ?? "", a]));
  return alarms.map((name) => {
    const alarm = states.get(name);
    if (!alarm) {
      return {
        name: `alarm:${name}`,
        level: "environment",
        target: environment,
        passed: false,
        summary: `alarm ${name} does not exist in ${region}: the soak cannot watch it`,
        evidence: { alarm: name }
      };
    }
    const state = alarm.StateValue ?? "INSUFFICIENT_DATA";
    return {
      name: `alarm:${name}`,
      level: "environment",
      target: environment,
      passed: state !== "ALARM",
      summary: state === "ALARM" ? `alarm ${name} is in ALARM: ${alarm.StateReason ?? ""}`.trim() : `alarm ${name} is ${state}`,
      evidence: {
        alarm: name,
        state,
        reason: alarm.StateReason,
        updated: alarm.StateUpdatedTimestamp?.toISOString()
      }
    };
  });
}

// src/rollout/observe.ts
var import_client_ec22 = __toESM(require_dist_cjs2(), 1);
var import_client_elastic_load_balancing_v2 = __toESM(require_dist_cjs3(), 1);
async function resolveFleet(aws, o) {
  const elbv2 = aws.elbv2(o.region);
  const groups = await elbv2.send(new import_client_elastic_load_balancing_v2.DescribeTargetGroupsCommand({ Names: [o.targetGroup] }));
  const group = groups.TargetGroups?.[0];
  if (!group?.TargetGroupArn) {
    throw new OperationFailed(`target group ${o.targetGroup} not found in ${o.region}`, "not-found");
  }
  const interval = group.HealthCheckIntervalSeconds ?? 30;
  const threshold = group.HealthyThresholdCount ?? 5;
  return {
    environment: o.environment,
    region: o.region,
    targetGroupName: o.targetGroup,
    targetGroupArn: group.TargetGroupArn,
    healthyAfterMs: interval * threshold * 1e3,
    // The delay is a target group attribute; 300 s is the ELB default and the example world's value.
    deregistrationDelayMs: 3e5
  };
}
var LISTED_STATES = ["pending", "running", "stopping", "stopped", "shutting-down"];
async function observeFleet(aws, fleet) {
  const [tagged, health] = await Promise.all([describeFleet(aws, fleet), targetHealth(aws, fleet)]);
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
async function describeFleet(aws, fleet) {
  return describeAll(aws, fleet.region, [
    { Name: `tag:${TAG.environment}`, Values: [fleet.environment] },
    { Name: "instance-state-name", Values: LISTED_STATES }
  ]);
}
async function describeUntaggedTargets(aws, fleet, ids2) {
  if (ids2.length === 0) return [];
  const out = [];
  for (const batch of chunks(ids2, 200)) {
    out.push(
      ...await describeAll(aws, fleet.region, [
        { Name: "instance-id", Values: batch },
        { Name: "instance-state-name", Values: LISTED_STATES }
      ])
    );
  }
  for (const instance of out) {
    const other = instance.Tags?.find((t) => t.Key === TAG.environment)?.Value;
    if (other !== void 0 && other !== fleet.environment)
      throw new OperationFailed(
        `instance ${instance.InstanceId} in target group ${fleet.targetGroupName} is tagged ${TAG.environment}=${other}, not ${fleet.environment}`,
        "foreign-instance"
      );
  }
  return out;
}
async function describeAll(aws, region, Filters) {
  const out = [];
  const pages = (0, import_client_ec22.paginateDescribeInstances)({ client: aws.ec2(region), pageSize: 1e3 }, { Filters });
  for await (const page of pages) {
    for (const reservation of page.Reservations ?? []) out.push(...reservation.Instances ?? []);
  }
  return out;
}
async function targetHealth(aws, fleet) {
  const result = await aws.elbv2(fleet.region).send(new import_client_elastic_load_balancing_v2.DescribeTargetHealthCommand({ TargetGroupArn: fleet.targetGroupArn }));
  const states = /* @__PURE__ */ new Map();
  for (const d of result.TargetHealthDescriptions ?? []) {
    const id = d.Target?.Id;
    const state = d.TargetHealth?.State;
    if (id && state) states.set(id, state);
  }
  return states;
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
  const retainUntil = tags.get(TAG.retainUntil);
  if (retainUntil) observed.retainUntil = retainUntil;
  return observed;
}

// src/rollout/basic-verifier.ts
function targetHealthVerifier(aws, fleet, alarms) {
  return {
    // Without a recipe there are no instance-level promises to hold the image to (a legacy
    // AMI predates IMDSv2-only launches, for one): its fitness is the load balancer's verdict.
    async instanceChecks() {
      return [];
    },
    async parity() {
      return [];
    },
    async soakSample(sampleIndex) {
      const states = await targetHealth(aws, fleet);
      const registered = [...states].filter(([, s]) => s !== "draining");
      const unhealthy = registered.filter(([, s]) => s !== "healthy" && s !== "initial");
      const health = {
        name: "target-health",
        level: "environment",
        target: fleet.environment,
        passed: unhealthy.length === 0,
        summary: unhealthy.length === 0 ? `${registered.length} target(s) serving in ${fleet.targetGroupName}` : `${unhealthy.length} target(s) not healthy in ${fleet.targetGroupName}: ${unhealthy.map(([id, s]) => `${id} ${s}`).join(", ")}`,
        evidence: { sample: sampleIndex, targets: Object.fromEntries(states) }
      };
      return [health, ...await alarmChecks(aws, fleet.region, alarms, fleet.environment)];
    }
  };
}

// src/rollout/lock.ts
var import_client_ssm = __toESM(require_dist_cjs4(), 1);
function lockParameterName(environment) {
  return `/amipipe/locks/${environment}`;
}
async function acquireLock(o) {
  const ssm = o.aws.ssm(o.region);
  const name = lockParameterName(o.environment);
  const now = o.clock.now();
  const holder = {
    actor: o.actor,
    acquiredAt: new Date(now).toISOString(),
    expiresAt: new Date(now + o.ttlMs).toISOString(),
    token: o.ids.token()
  };
  if (o.runUrl) holder.runUrl = o.runUrl;
  const value = JSON.stringify(holder);
  let tookOver;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await ssm.send(new import_client_ssm.PutParameterCommand({ Name: name, Value: value, Type: "String", Overwrite: false }));
      return {
        holder,
        ...tookOver ? { tookOver } : {},
        release: () => releaseLock(o.aws, o.region, o.environment, holder.token)
      };
    } catch (error) {
      if (errorName(error) !== "ParameterAlreadyExists") throw error;
    }
    const current2 = await readLock(o.aws, o.region, o.environment);
    if (current2) {
      const why = takeoverGround(current2, o, now);
      if (!why) throw lockedError(o, current2);
      tookOver = { previous: current2, why };
    }
    await ssm.send(new import_client_ssm.DeleteParameterCommand({ Name: name })).catch((error) => {
      if (errorName(error) !== "ParameterNotFound") throw error;
    });
  }
  const current = await readLock(o.aws, o.region, o.environment);
  throw lockedError(o, current);
}
function takeoverGround(current, o, now) {
  if (!(Date.parse(current.expiresAt) > now)) return "expired";
  if (o.runUrl && current.runUrl && sameRun(o.runUrl, current.runUrl)) return "same-run";
  if (o.breakLock) return "broken";
  return void 0;
}
function sameRun(a, b) {
  const run = (url) => url.replace(/\/attempts\/\d+\/?$/, "").replace(/\/$/, "");
  return run(a) === run(b);
}
function lockedError(o, current) {
  const command = o.command ?? "reconcile";
  return new OperationFailed(
    `environment ${o.environment} is locked by ${current ? describeHolder(current) : "another run"}. If that run is dead, take the lock over with --break-lock (\`amipipe ${command} ${o.environment} --break-lock\`)`,
    "locked",
    current
  );
}
async function readLock(aws, region, environment) {
  try {
    const result = await aws.ssm(region).send(new import_client_ssm.GetParameterCommand({ Name: lockParameterName(environment) }));
    const parsed = JSON.parse(result.Parameter?.Value ?? "");
    if (typeof parsed.actor !== "string" || typeof parsed.expiresAt !== "string") return void 0;
    return parsed;
  } catch (error) {
    if (errorName(error) === "ParameterNotFound" || error instanceof SyntaxError) return void 0;
    throw error;
  }
}
async function releaseLock(aws, region, environment, token) {
  const current = await readLock(aws, region, environment);
  if (current?.token !== token) return;
  await aws.ssm(region).send(new import_client_ssm.DeleteParameterCommand({ Name: lockParameterName(environment) })).catch((error) => {
    if (errorName(error) !== "ParameterNotFound") throw error;
  });
}
function describeHolder(holder) {
  const run = holder.runUrl ? ` (${holder.runUrl})` : "";
  return `${holder.actor}${run} since ${holder.acquiredAt}, until ${holder.expiresAt}`;
}
function errorName(error) {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : void 0;
}

// src/rollout/apply.ts
var import_client_ec26 = __toESM(require_dist_cjs2(), 1);

// src/rollout/boot.ts
var import_client_ec23 = __toESM(require_dist_cjs2(), 1);
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
        const status2 = statuses.get(id);
        const instanceCheck = status2?.InstanceStatus?.Status;
        const systemCheck = status2?.SystemStatus?.Status;
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
      new import_client_ec23.DescribeInstanceStatusCommand({
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

// src/rollout/instances.ts
var import_client_ec24 = __toESM(require_dist_cjs2(), 1);
var BATCH = 1e3;
async function tagOld(aws, region, ids2, o) {
  await tag(aws, region, ids2, {
    [TAG.environment]: o.environment,
    [TAG.role]: "old",
    [TAG.rolloutId]: o.rolloutId
  });
}
async function startRetained(aws, region, ids2, rolloutId) {
  await tag(aws, region, ids2, { [TAG.role]: "new", [TAG.rolloutId]: rolloutId });
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec24.DeleteTagsCommand({ Resources: batch, Tags: [{ Key: TAG.retainUntil }] }));
    await aws.ec2(region).send(new import_client_ec24.StartInstancesCommand({ InstanceIds: batch }));
  }
}
async function retain(aws, region, ids2, until) {
  await tag(aws, region, ids2, { [TAG.retainUntil]: until });
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec24.StopInstancesCommand({ InstanceIds: batch }));
  }
}
async function terminate(aws, region, ids2) {
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec24.TerminateInstancesCommand({ InstanceIds: batch }));
  }
}
async function tag(aws, region, ids2, tags) {
  const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec24.CreateTagsCommand({ Resources: batch, Tags }));
  }
}
async function waitStopped(aws, clock, region, ids2) {
  await pollUntil({
    clock,
    everyMs: POLL_MS.health,
    timeoutMs: 10 * 6e4,
    onTimeout: (waitingFor) => new Error(`instances did not stop in time: ${waitingFor}`),
    check: async () => {
      const result = await aws.ec2(region).send(new import_client_ec24.DescribeInstancesCommand({ InstanceIds: [...ids2] }));
      const states = (result.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.State?.Name);
      const moving = states.filter((s) => s !== "stopped").length;
      return moving === 0 ? { done: true, value: void 0 } : { done: false, waitingFor: `${moving} instance(s) to stop` };
    }
  });
}
async function unmarkOld(aws, region, ids2) {
  for (const batch of chunks(ids2, BATCH)) {
    await aws.ec2(region).send(new import_client_ec24.DeleteTagsCommand({ Resources: batch, Tags: [{ Key: TAG.role }, { Key: TAG.rolloutId }] }));
  }
}

// src/rollout/launch.ts
var import_client_ec25 = __toESM(require_dist_cjs2(), 1);
import { createHash } from "node:crypto";
function templateVersionDescription(o) {
  const fingerprint = createHash("sha256").update(`${o.instanceType ?? "$Default"}
${o.rootDeviceName}
${base64(o.userData)}`).digest("hex").slice(0, 16);
  return `amipipe ${o.ami} ${fingerprint}`;
}
async function ensureTemplateVersion(aws, o) {
  const ec2 = aws.ec2(o.region);
  const userData = base64(o.userData);
  const description = templateVersionDescription(o);
  const latest = await ec2.send(
    new import_client_ec25.DescribeLaunchTemplateVersionsCommand({
      LaunchTemplateName: o.launchTemplate,
      Versions: ["$Latest"]
    })
  );
  const newest = latest.LaunchTemplateVersions?.[0];
  if (newest?.VersionDescription === description && newest.VersionNumber !== void 0 && newest.LaunchTemplateId) {
    return { id: newest.LaunchTemplateId, name: o.launchTemplate, version: String(newest.VersionNumber) };
  }
  const created = await ec2.send(
    new import_client_ec25.CreateLaunchTemplateVersionCommand({
      LaunchTemplateName: o.launchTemplate,
      SourceVersion: "$Default",
      VersionDescription: description,
      LaunchTemplateData: {
        ImageId: o.ami,
        ...o.instanceType ? { InstanceType: o.instanceType } : {},
        UserData: userData,
        MetadataOptions: { HttpTokens: "required", HttpPutResponseHopLimit: 1, HttpEndpoint: "enabled" },
        BlockDeviceMappings: [
          {
            DeviceName: o.rootDeviceName,
            Ebs: { VolumeType: "gp3", Encrypted: true, DeleteOnTermination: true }
          }
        ]
      }
    })
  );
  const version = created.LaunchTemplateVersion;
  if (version?.VersionNumber === void 0 || !version.LaunchTemplateId) {
    throw new Error(`CreateLaunchTemplateVersion for ${o.launchTemplate} returned no version`);
  }
  return { id: version.LaunchTemplateId, name: o.launchTemplate, version: String(version.VersionNumber) };
}
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
        if (errorName2(error) !== "InsufficientInstanceCapacity") throw error;
        usable.splice(usable.indexOf(subnet), 1);
        r.onCapacity?.(subnet);
      }
    }
  }
  return launched;
}
async function runIn(aws, r, subnet, count) {
  const tags = Object.entries({ ...r.tags, [TAG.role]: "new" }).map(([Key, Value]) => ({ Key, Value }));
  const result = await aws.ec2(r.region).send(
    new import_client_ec25.RunInstancesCommand({
      LaunchTemplate: { LaunchTemplateId: r.template.id, Version: r.template.version },
      SubnetId: subnet,
      MinCount: count,
      MaxCount: count,
      // Same token on the SDK's own retries: a retried call never launches twice.
      ClientToken: r.token(),
      TagSpecifications: [
        { ResourceType: "instance", Tags: tags },
        { ResourceType: "volume", Tags: tags }
      ]
    })
  );
  return (result.Instances ?? []).map((i) => i.InstanceId ?? "").filter(Boolean);
}
function base64(text) {
  return Buffer.from(text, "utf8").toString("base64");
}
function errorName2(error) {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : void 0;
}

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
    const findings = findingsOf(sample);
    if (findings.length > 0) {
      throw new StepFailed(
        `soak sample ${index}/${count}: ${findings.map((f) => f.summary).join("; ")}`,
        findings
      );
    }
  }
  return results;
}

// src/rollout/targets.ts
var import_client_elastic_load_balancing_v22 = __toESM(require_dist_cjs3(), 1);
var BATCH2 = 500;
async function registerTargets(aws, fleet, ids2) {
  await sendInBatches(aws, fleet, ids2, import_client_elastic_load_balancing_v22.RegisterTargetsCommand);
}
async function deregisterTargets(aws, fleet, ids2) {
  await sendInBatches(aws, fleet, ids2, import_client_elastic_load_balancing_v22.DeregisterTargetsCommand);
}
async function sendInBatches(aws, fleet, ids2, Command) {
  for (const batch of chunks(ids2, BATCH2)) {
    await aws.elbv2(fleet.region).send(new Command({ TargetGroupArn: fleet.targetGroupArn, Targets: batch.map((Id) => ({ Id })) }));
  }
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
      const waiting = w.pending(await targetHealth(o.aws, o.fleet));
      return waiting.length === 0 ? { done: true, value: void 0 } : { done: false, waitingFor: w.waitingFor(waiting.length) };
    }
  });
}
async function waitHealthy(o) {
  const group = o.fleet.targetGroupName;
  await waitForTargets(o, {
    everyMs: POLL_MS.health,
    // Health checks need threshold × interval after registration; allow three times that.
    timeoutMs: 3 * o.fleet.healthyAfterMs + 6e4,
    timeout: {
      message: `targets did not become healthy in ${group}`,
      finding: "target-health",
      summary: (waitingFor) => `not healthy in target group ${group} in time (${waitingFor})`
    },
    pending: (states) => {
      const unhealthy = o.ids.filter((id) => states.get(id) === "unhealthy");
      if (unhealthy.length > 0) {
        throw new StepFailed(`${unhealthy.length} new instance(s) failed ALB health checks`, [
          ...unhealthy.map(
            (id) => rolloutFinding({
              name: "target-health",
              level: "environment",
              target: id,
              summary: `unhealthy in target group ${group}: the load balancer's health checks fail`,
              evidence: { targetGroup: group, state: "unhealthy" }
            })
          )
        ]);
      }
      return o.ids.filter((id) => states.get(id) !== "healthy");
    },
    waitingFor: (count) => `${count} target(s) to pass health checks in ${group}`
  });
}
async function waitDrained(o) {
  const group = o.fleet.targetGroupName;
  await waitForTargets(o, {
    everyMs: POLL_MS.draining,
    timeoutMs: 2 * o.fleet.deregistrationDelayMs + 12e4,
    timeout: {
      message: `targets did not finish draining in ${group}`,
      finding: "draining",
      summary: (waitingFor) => waitingFor
    },
    pending: (states) => o.ids.filter((id) => isLeaving(states.get(id))),
    waitingFor: (count) => `${count} target(s) to drain from ${group}`
  });
}
function isLeaving(state) {
  return state === "draining";
}

// src/rollout/apply.ts
function newMemory() {
  return {
    checked: /* @__PURE__ */ new Set(),
    canarySoaked: false,
    fullSoaked: false,
    rebooted: false,
    parityChecked: false,
    checks: [],
    groups: [],
    launched: [],
    started: [],
    retained: [],
    removed: []
  };
}
async function applyStep(c, step, observed) {
  const { aws, fleet } = c;
  const region = fleet.region;
  switch (step.kind) {
    case "tag-old":
      await tagOld(aws, region, step.ids, { environment: c.env.name, rolloutId: c.rolloutId });
      return `${step.ids.length} serving instance(s) marked as the fleet being replaced`;
    case "start":
      await waitStopped(aws, c.clock, region, step.ids);
      await startRetained(aws, region, step.ids, c.rolloutId);
      c.memory.started.push(...step.ids);
      return `started ${step.ids.length} retained instance(s) of ${c.ami}: ${step.ids.join(", ")}`;
    case "launch": {
      c.memory.template ??= await ensureTemplateVersion(aws, {
        region,
        launchTemplate: c.env.fleet.launchTemplate,
        ami: c.ami,
        rootDeviceName: c.rootDeviceName,
        ...c.env.fleet.instanceType ? { instanceType: c.env.fleet.instanceType } : {},
        userData: c.userData
      });
      const template = c.memory.template;
      const existing = observed.instances.filter(
        (i) => i.ami === c.ami && (i.state === "running" || i.state === "pending")
      );
      const ids2 = await launchInstances(aws, {
        region,
        template,
        subnets: c.env.fleet.subnets,
        existingSubnets: existing.map((i) => i.subnet),
        count: step.count,
        tags: {
          Name: `${c.env.recipe}-${c.env.name}`,
          [TAG.environment]: c.env.name,
          [TAG.ami]: c.ami,
          [TAG.rolloutId]: c.rolloutId,
          [TAG.recipe]: c.env.recipe
        },
        token: () => c.ids.token(),
        onCapacity: (subnet) => c.progress.warn(c.phase, `no capacity in ${subnet}; launching in the other subnets`)
      });
      c.memory.launched.push(...ids2);
      return `launched ${ids2.length} instance(s) from ${template.name} version ${template.version}: ${ids2.join(", ")}`;
    }
    case "prepare":
      await prepare(c, step.ids, observed);
      return `instance checks passed on ${step.ids.join(", ")}`;
    case "register":
      await registerTargets(aws, fleet, step.ids);
      return `registered ${step.ids.length} instance(s) in ${fleet.targetGroupName}`;
    case "wait-healthy":
      await waitHealthy({
        aws,
        clock: c.clock,
        fleet,
        ids: step.ids,
        onWait: wait(c, `registered ${step.ids.length} instance(s)`)
      });
      return `${step.ids.length} instance(s) healthy in ${fleet.targetGroupName}`;
    case "soak": {
      const durationMs = step.phase === "canary" ? parseDuration(c.env.rollout.canary.soak) : parseDuration(c.env.verify.soak);
      const group = { kind: "soak", phase: step.phase, samples: 0, results: [] };
      c.memory.groups.push(group);
      const results = await soak({
        clock: c.clock,
        verifier: c.verifier,
        durationMs,
        onResults: (sample) => {
          group.samples += 1;
          group.results.push(...sample);
        },
        onSample: (index, of) => {
          if (index === 1 || index === of || index % 10 === 0) {
            c.progress.waiting(c.phase, `${step.phase} soak, sample ${index}/${of}`, `${step.phase} soak`);
          }
        }
      });
      c.memory.checks.push(...results);
      if (step.phase === "canary") c.memory.canarySoaked = true;
      else c.memory.fullSoaked = true;
      return `${step.phase} soak passed (${results.length} check result(s))`;
    }
    case "drain": {
      const states = new Map(observed.instances.map((i) => [i.id, i.target]));
      const registered = step.ids.filter((id) => REGISTERED.has(states.get(id) ?? "unregistered"));
      if (registered.length > 0) await deregisterTargets(aws, fleet, registered);
      await waitDrained({
        aws,
        clock: c.clock,
        fleet,
        ids: step.ids,
        onWait: wait(c, `deregistered ${step.ids.length} instance(s)`)
      });
      return `${step.ids.length} instance(s) left ${fleet.targetGroupName}`;
    }
    case "retain": {
      const retentionMs = parseDuration(c.env.rollout.retention);
      const until = new Date(c.clock.now() + retentionMs).toISOString();
      await retain(aws, region, step.ids, until);
      c.memory.retained.push(...step.ids);
      return `stopped ${step.ids.length} instance(s), retained until ${until}`;
    }
    case "remove": {
      const states = new Map(observed.instances.map((i) => [i.id, i.target]));
      const registered = step.ids.filter((id) => REGISTERED.has(states.get(id) ?? "unregistered"));
      if (registered.length > 0) await deregisterTargets(aws, fleet, registered);
      await terminate(aws, region, step.ids);
      c.memory.removed.push(...step.ids);
      return `terminated ${step.ids.length} instance(s): ${step.ids.join(", ")}`;
    }
    case "done":
      return "converged";
  }
}
async function prepare(c, ids2, observed) {
  const region = c.fleet.region;
  await waitStatusOk({
    aws: c.aws,
    clock: c.clock,
    region,
    ids: ids2,
    onWait: wait(c, `booting ${ids2.length} new instance(s)`)
  });
  const boot = await c.verifier.instanceChecks(ids2, "boot");
  record(c, { kind: "instance", results: boot }, "instance checks");
  const reboot = c.env.verify.reboot ?? (c.firstStage ? "one" : "none");
  if (reboot === "one" && !c.memory.rebooted) {
    const id = ids2[0];
    c.progress.info(c.phase, `rebooting ${id} once before it takes traffic`);
    await c.aws.ec2(region).send(new import_client_ec26.RebootInstancesCommand({ InstanceIds: [id] }));
    await c.clock.sleep(15e3);
    await waitStatusOk({ aws: c.aws, clock: c.clock, region, ids: [id], onWait: wait(c, `rebooted ${id}`) });
    const again = await c.verifier.instanceChecks([id], "reboot");
    record(c, { kind: "reboot", instance: id, results: again }, "checks after reboot");
    c.memory.rebooted = true;
  }
  const parity = c.env.verify.parity ?? c.firstStage;
  const serving = observed.instances.find(
    (i) => i.ami !== c.ami && i.state === "running" && REGISTERED.has(i.target)
  );
  if (parity && !c.memory.parityChecked && serving) {
    const results = await c.verifier.parity(serving.id, ids2[0]);
    record(
      c,
      { kind: "parity", serving: serving.id, instance: ids2[0], results },
      `parity with ${serving.id}`
    );
    c.memory.parityChecked = true;
  }
  for (const id of ids2) c.memory.checked.add(id);
}
function record(c, group, what) {
  c.memory.checks.push(...group.results);
  c.memory.groups.push(group);
  const findings = findingsOf(group.results);
  if (findings.length > 0) {
    throw new StepFailed(`${what}: ${findings.map((f) => `${f.target}: ${f.summary}`).join("; ")}`, findings);
  }
}
function wait(c, doing) {
  return (waitingFor) => c.progress.waiting(c.phase, doing, waitingFor);
}

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
  const pinned = live.filter((i) => i.ami === desired.ami);
  const running = pinned.filter((i) => i.state === "pending" || i.state === "running");
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
  if (servingOld.length > 0) return { kind: "drain", ids: ids(servingOld) };
  const surplusServing = surplus.filter((i) => REGISTERED.has(i.target));
  if (surplusServing.length > 0) return { kind: "drain", ids: ids(surplusServing) };
  const draining = live.filter((i) => i.target === "draining");
  if (draining.length > 0) return { kind: "drain", ids: ids(draining) };
  const leaving = others.filter((i) => i.state === "running" || i.state === "pending");
  const toRetain = leaving.filter((i) => i.role === "old" || i.role === void 0);
  if (toRetain.length > 0) return { kind: "retain", ids: ids(toRetain) };
  const toRemove = [...leaving.filter((i) => i.role === "new"), ...surplus];
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
  unavailable: 2,
  unregistered: 3,
  unused: 3,
  draining: 4
};
function byReadiness(a, b) {
  return (READINESS[a.target] ?? 5) - (READINESS[b.target] ?? 5) || byId(a, b);
}
function byId(a, b) {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// src/rollout/report.ts
var RolloutRolledBack = class extends OperationFailed {
  constructor(message, report, code = "rolled-back") {
    super(message, code, report);
    this.report = report;
  }
  report;
};
function newReport(o) {
  return {
    ...o,
    outcome: "converged",
    steps: [],
    checks: [],
    findings: [],
    pinChanges: [],
    launched: [],
    started: [],
    retained: [],
    removed: [],
    verified: false,
    instanceTypeChanges: []
  };
}
function newRolloutId(now, ids2) {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return `r-${stamp}-${ids2.hex(2)}`;
}
function findingsOf2(error, environment) {
  if (error instanceof StepFailed) return error.findings;
  return [
    rolloutFinding({ name: "rollout", level: "environment", target: environment, summary: messageOf(error) })
  ];
}
function stepRecord(step, startedAt, finishedAt, detail) {
  const record2 = {
    kind: step.kind,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    detail
  };
  if ("ids" in step) record2.ids = step.ids;
  if (step.kind === "launch") record2.count = step.count;
  if (step.kind === "soak") record2.phase = step.phase;
  return record2;
}

// src/rollout/rollback.ts
async function rollBack(o, r) {
  const { ctx, loaded } = o;
  const previous = servingAmi(r.observed, r.report.ami);
  ctx.progress.error(
    r.phase,
    `rolling back: ${r.report.ami} leaves, ${previous ?? "the old fleet"} keeps serving`
  );
  const restored = o.pinFileBefore !== void 0 && previous !== void 0 && readPinFromSource(o.pinFileBefore).ami === previous ? await restorePinFile(ctx.root, loaded, o.pinFileBefore, r.report.ami) : void 0;
  if (restored) r.report.pinChanges.push(restored);
  else if (previous) {
    const current = await readPin(loaded);
    if (current.ami === r.report.ami) {
      const change = await repinAfterFailure(ctx, { loaded, previous, failed: r.report.ami });
      if (change) r.report.pinChanges.push(change);
    }
  }
  const fresh = await observeFleet(ctx.aws, r.fleet);
  const newOnes = fresh.instances.filter(
    (i) => i.ami === r.report.ami && i.role === "new" && ["pending", "running", "stopping", "stopped"].includes(i.state)
  );
  const markedOld = fresh.instances.filter(
    (i) => i.ami !== r.report.ami && i.role === "old" && i.rolloutId === r.report.rolloutId && (i.state === "pending" || i.state === "running")
  );
  if (markedOld.length > 0)
    await unmarkOld(
      ctx.aws,
      r.fleet.region,
      markedOld.map((i) => i.id)
    );
  const registered = newOnes.filter((i) => REGISTERED.has(i.target)).map((i) => i.id);
  if (registered.length > 0) await deregisterTargets(ctx.aws, r.fleet, registered);
  if (newOnes.length > 0)
    await terminate(
      ctx.aws,
      r.fleet.region,
      newOnes.map((i) => i.id)
    );
  r.report.removed.push(...newOnes.map((i) => i.id));
  r.report.outcome = "rolled-back";
  ctx.progress.error(
    r.phase,
    `rolled back: terminated ${newOnes.length} new instance(s); pin ${previous ?? "unchanged"}`
  );
}
async function repinAfterFailure(ctx, o) {
  return revertPin(ctx.root, o.loaded, o.previous, {
    ami: o.previous,
    at: new Date(ctx.clock.now()).toISOString(),
    by: ctx.run.actor ?? "amipipe",
    reason: `restored: the rollout of ${o.failed} failed`
  });
}
function servingAmi(observed, ami) {
  const counts = /* @__PURE__ */ new Map();
  for (const i of observed.instances) {
    if (i.ami !== ami && i.state === "running" && REGISTERED.has(i.target))
      counts.set(i.ami, (counts.get(i.ami) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// src/rollout/reconcile-asg.ts
async function reconcileAutoScaling(o, r) {
  const { ctx, loaded } = o;
  const env = loaded.env;
  const ami = r.image.id;
  const startedAt = ctx.clock.now();
  const rolloutId = newRolloutId(startedAt, ctx.ids);
  const result = await rolloutAsgFleet({
    aws: ctx.aws,
    clock: ctx.clock,
    progress: ctx.progress,
    env,
    ami,
    rolloutId,
    verifier: await o.verifier(r.fleet, r.image),
    userData: o.userData
  });
  const report = {
    ...newReport({ environment: env.name, ami, rolloutId }),
    steps: [
      {
        kind: "instance-refresh",
        startedAt: new Date(startedAt).toISOString(),
        finishedAt: new Date(ctx.clock.now()).toISOString(),
        detail: result.summary
      }
    ],
    checks: result.checks,
    findings: result.checks.filter((c) => !c.passed)
  };
  if (result.outcome === "rolled-back") {
    report.outcome = "rolled-back";
    if (r.pin) {
      const change = await repinAfterFailure(ctx, { loaded, previous: r.pin, failed: ami });
      if (change) report.pinChanges.push(change);
    }
    throw new RolloutRolledBack(
      `rollout of ${ami} to ${env.name} failed and was rolled back; ${result.summary}`,
      report
    );
  }
  if (!result.ok) throw new OperationFailed(result.summary, "failed", report);
  if (result.outcome === "refreshed") {
    await markVerified(ctx.aws, env.region, { ami, environment: env.name, at: ctx.clock.now() });
    report.verified = true;
  }
  return report;
}

// src/rollout/template-default.ts
var import_client_ec27 = __toESM(require_dist_cjs2(), 1);
async function settleDefaultVersion(aws, o) {
  const versions = await versionsLaunching(aws, o.region, o.launchTemplate, o.ami);
  const description = templateVersionDescription(o);
  const known = versions.find((v) => String(v.VersionNumber) === o.launched?.version) ?? versions.find((v) => v.VersionDescription === description) ?? versions.find((v) => v.DefaultVersion) ?? versions[0];
  if (known?.DefaultVersion) return { version: String(known.VersionNumber), changed: false };
  const version = known ? String(known.VersionNumber) : o.launched?.version ?? (await ensureTemplateVersion(aws, o)).version;
  await aws.ec2(o.region).send(new import_client_ec27.ModifyLaunchTemplateCommand({ LaunchTemplateName: o.launchTemplate, DefaultVersion: version }));
  return { version, changed: true };
}
async function versionsLaunching(aws, region, launchTemplate, ami) {
  const out = [];
  const pages = (0, import_client_ec27.paginateDescribeLaunchTemplateVersions)(
    { client: aws.ec2(region) },
    { LaunchTemplateName: launchTemplate, Filters: [{ Name: "image-id", Values: [ami] }] }
  );
  for await (const page of pages) out.push(...page.LaunchTemplateVersions ?? []);
  return out.sort((a, b) => (b.VersionNumber ?? 0) - (a.VersionNumber ?? 0));
}

// src/rollout/reconcile.ts
async function reconcileEnvironment(o) {
  const { ctx, loaded } = o;
  const env = loaded.env;
  const pin = await readPin(loaded);
  if (!pin.ami)
    throw new UsageError(`environment ${env.name} has no pin (${loaded.file}); promote an AMI first`);
  const ami = pin.ami;
  const phase = `rollout ${env.name}`;
  const fleet = await resolveFleet(ctx.aws, {
    environment: env.name,
    region: env.region,
    targetGroup: env.fleet.targetGroup
  });
  const image = await describeImage(ctx.aws, env.region, ami);
  if (image.state !== "available")
    throw new OperationFailed(`AMI ${ami} is ${image.state}, not available`, "not-available");
  if (env.fleet.kind === "asg") return reconcileAutoScaling(o, { fleet, image, pin: pin.history[0]?.ami });
  let observed = await observeFleet(ctx.aws, fleet);
  const returning = o.returning ?? returnsToEarlierPin(pin);
  const canary = env.rollout.canary.count < env.fleet.count ? env.rollout.canary.count : 0;
  const desired = { environment: env.name, ami, count: env.fleet.count, canary, soak: !returning };
  const memory = newMemory();
  const report = {
    ...newReport({
      environment: env.name,
      ami,
      rolloutId: rolloutIdOf(observed, ami) ?? newRolloutId(ctx.clock.now(), ctx.ids)
    }),
    checks: memory.checks,
    launched: memory.launched,
    started: memory.started,
    retained: memory.retained,
    removed: memory.removed
  };
  const step = {
    aws: ctx.aws,
    clock: ctx.clock,
    ids: ctx.ids,
    progress: ctx.progress,
    phase,
    env,
    fleet,
    ami,
    rootDeviceName: image.rootDeviceName,
    userData: o.userData,
    rolloutId: report.rolloutId,
    verifier: await o.verifier(fleet, image),
    firstStage: !env.promotion.from,
    memory
  };
  const deadline = ctx.clock.now() + (parseDuration(env.rollout.timeout) ?? 72e5);
  const maxSteps = o.maxSteps ?? 200;
  ctx.progress.info(
    phase,
    `converging ${env.name} to ${ami} (${env.fleet.count} instance(s), rollout ${report.rolloutId}${returning ? ", a return to a known-good pin: no canary, no soak" : ""})`
  );
  if (plan(desired, observed, memory).kind !== "done") {
    await preflight(o, { fleet, observed, report, phase });
  }
  for (let n = 0; ; n++) {
    const next = plan(desired, observed, memory);
    if (next.kind === "done") break;
    if (n >= maxSteps || ctx.clock.now() > deadline) {
      throw new OperationFailed(
        `environment ${env.name} did not converge (last step planned: ${next.kind})`,
        "not-converged",
        report
      );
    }
    const startedAt = ctx.clock.now();
    try {
      const detail = await applyStep(step, next, observed);
      report.steps.push(stepRecord(next, startedAt, ctx.clock.now(), detail));
      ctx.progress.info(phase, detail);
      if (next.kind === "soak" && next.phase === "full") {
        await markVerified(ctx.aws, env.region, { ami, environment: env.name, at: ctx.clock.now() });
        report.verified = true;
      }
    } catch (error) {
      if (isCrash(error)) throw error;
      report.steps.push(stepRecord(next, startedAt, ctx.clock.now(), `failed: ${messageOf(error)}`));
      report.findings.push(...findingsOf2(error, env.name));
      summarize(report, memory);
      if (BEFORE_OLD_LEAVE.has(next.kind) && oldFleetServes(observed, ami)) {
        await rollBack(o, { fleet, observed, report, phase });
        throw new RolloutRolledBack(
          `rollout of ${ami} to ${env.name} failed and was rolled back (${report.findings.length} finding(s))`,
          report
        );
      }
      if (error instanceof OperationFailed) throw new OperationFailed(error.message, error.code, report);
      throw error;
    }
    observed = await observeFleet(ctx.aws, fleet);
    noteTypeChanges(step, report, observed);
  }
  summarize(report, memory);
  const template = await settleDefaultVersion(ctx.aws, {
    region: env.region,
    launchTemplate: env.fleet.launchTemplate,
    ami,
    rootDeviceName: image.rootDeviceName,
    ...env.fleet.instanceType ? { instanceType: env.fleet.instanceType } : {},
    userData: o.userData,
    ...memory.template ? { launched: memory.template } : {}
  });
  report.launchTemplateDefault = template.version;
  if (template.changed)
    ctx.progress.info(
      phase,
      `launch template ${env.fleet.launchTemplate}: default version is now ${template.version} (${ami})`
    );
  ctx.progress.info(phase, `${env.name} serves ${ami} with ${env.fleet.count} healthy instance(s)`);
  return report;
}
async function preflight(o, r) {
  const env = o.loaded.env;
  const recipe = o.project.recipes.get(env.recipe)?.recipe;
  if (!recipe) return;
  const findings = await missingParameters(o.ctx.aws, {
    region: env.region,
    recipe: recipe.name,
    environment: env.name,
    refs: recipeParameters(recipe)
  });
  if (findings.length === 0) return;
  r.report.findings.push(...findings);
  await rollBack(o, r);
  throw new RolloutRolledBack(
    `preflight of ${r.report.ami} for ${env.name} failed: ${findings.length} missing SSM parameter(s); nothing was launched`,
    r.report,
    "preflight-failed"
  );
}
function noteTypeChanges(c, report, observed) {
  for (const change of instanceTypeChanges(observed, { ami: c.ami, rolloutId: c.rolloutId })) {
    if (report.instanceTypeChanges.some((k) => k.from === change.from && k.to === change.to)) continue;
    report.instanceTypeChanges.push(change);
    c.progress.warn(c.phase, formatTypeChanges([change]));
  }
}
function summarize(report, memory) {
  const summary = summarizeChecks(memory.groups);
  if (summary) report.checkSummary = summary;
}
var BEFORE_OLD_LEAVE = /* @__PURE__ */ new Set([
  "tag-old",
  "start",
  "launch",
  "prepare",
  "register",
  "wait-healthy",
  "soak"
]);
function oldFleetServes(observed, ami) {
  return observed.instances.some((i) => i.ami !== ami && i.state === "running" && REGISTERED.has(i.target));
}
function rolloutIdOf(observed, ami) {
  const live = (i) => i.state === "pending" || i.state === "running";
  return observed.instances.find((i) => i.ami === ami && i.role === "new" && i.rolloutId && live(i))?.rolloutId ?? observed.instances.find(
    (i) => i.ami !== ami && i.role === "old" && i.rolloutId && live(i) && REGISTERED.has(i.target)
  )?.rolloutId;
}

// src/rollout/converge.ts
function findEnvironment(project, name) {
  const loaded = project.environments.get(name);
  if (!loaded) {
    const known = [...project.environments.keys()].join(", ") || "none";
    throw new UsageError(`unknown environment '${name}' (known: ${known})`);
  }
  return loaded;
}
async function loadEnvironment(root, name) {
  const project = await loadProject(root);
  return { project, loaded: findEnvironment(project, name) };
}
function actorOf(ctx) {
  return ctx.run.actor ?? "amipipe";
}
async function withEnvironmentLock(ctx, loaded, fn, options = {}) {
  const env = loaded.env;
  const ttlMs = (parseDuration(env.rollout.timeout) ?? 72e5) + 15 * 6e4;
  const lock = await acquireLock({
    aws: ctx.aws,
    clock: ctx.clock,
    ids: ctx.ids,
    region: env.region,
    environment: env.name,
    actor: actorOf(ctx),
    ...ctx.run.runUrl ? { runUrl: ctx.run.runUrl } : {},
    ttlMs,
    ...options.breakLock ? { breakLock: true } : {},
    ...options.command ? { command: options.command } : {}
  });
  if (lock.tookOver) {
    const { previous, why } = lock.tookOver;
    const ground = why === "broken" ? "--break-lock" : why === "same-run" ? "an earlier attempt of this run" : `expired at ${previous.expiresAt}`;
    ctx.progress.warn(
      `lock ${env.name}`,
      `took over the lock held by ${previous.actor}${previous.runUrl ? ` (${previous.runUrl})` : ""}, taken at ${previous.acquiredAt} (${ground})`
    );
  }
  let failed;
  try {
    return await fn();
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    if (!isCrash(failed)) await lock.release();
  }
}
function defaultVerifier(ctx, project, loaded) {
  return (fleet, image) => image.tags[TAG.recipe] === loaded.env.recipe ? createRolloutVerifier(ctx, { project, env: loaded, stage: { first: !loaded.env.promotion.from } }) : targetHealthVerifier(ctx.aws, fleet, loaded.env.verify.alarms);
}
async function convergeEnvironment(ctx, project, loaded, verifier = defaultVerifier(ctx, project, loaded), options = {}) {
  const recipe = project.recipes.get(loaded.env.recipe);
  if (!recipe)
    throw new UsageError(`environment ${loaded.env.name} uses unknown recipe '${loaded.env.recipe}'`);
  return reconcileEnvironment({
    ctx,
    project,
    loaded,
    userData: renderUserData(recipe, loaded),
    verifier,
    ...options.pinFileBefore !== void 0 ? { pinFileBefore: options.pinFileBefore } : {},
    ...options.returning !== void 0 ? { returning: options.returning } : {}
  });
}
async function rolloutResult(ctx, o) {
  let report;
  let failure;
  if (o.reconcile) {
    try {
      report = await convergeEnvironment(
        ctx,
        o.project,
        o.loaded,
        o.verifier ?? defaultVerifier(ctx, o.project, o.loaded),
        {
          ...o.pinFileBefore !== void 0 ? { pinFileBefore: o.pinFileBefore } : {},
          ...o.returning !== void 0 ? { returning: o.returning } : {}
        }
      );
    } catch (error) {
      if (!(error instanceof RolloutRolledBack)) throw error;
      failure = error;
      report = error.report;
    }
  }
  const status2 = await environmentStatus(ctx, o.loaded.env.name);
  const pinChanges = [...o.pinChanges, ...report?.pinChanges ?? []];
  const data = {
    environment: o.loaded.env.name,
    ami: status2.pinned,
    outcome: report?.outcome ?? (pinChanges.length > 0 ? "pinned" : "unchanged"),
    pinChanges,
    steps: report?.steps ?? [],
    findings: report?.findings ?? [],
    checks: report?.checks ?? [],
    instanceTypeChanges: report?.instanceTypeChanges ?? [],
    verified: report?.verified ?? false,
    status: status2
  };
  if (report) data.rolloutId = report.rolloutId;
  if (report?.checkSummary) data.checkSummary = report.checkSummary;
  if (report?.launchTemplateDefault) data.launchTemplateDefault = report.launchTemplateDefault;
  if (failure) data.error = { code: failure.code, message: failure.message };
  return { ok: !failure, data, text: rolloutText(o.headline, data) };
}
function rolloutText(headline, d) {
  const lines = [headline];
  for (const c of d.pinChanges)
    lines.push(`  pin ${c.environment}: ${c.previous ?? "none"} \u2192 ${c.ami} (${c.file})`);
  if (d.steps.length > 0) {
    const rollout = d.rolloutId ? `rollout ${d.rolloutId}, ` : "";
    lines.push(`  ${rollout}${d.steps.length} step(s): ${d.steps.map(stepName).join(", ")}`);
  }
  if (d.instanceTypeChanges.length > 0) lines.push(`  ${formatTypeChanges(d.instanceTypeChanges)}`);
  if (d.checkSummary) lines.push(`  ${d.checkSummary}`);
  for (const f of d.findings) lines.push(`  FINDING ${f.name} on ${f.target}: ${f.summary}`);
  if (d.error) lines.push(`  ${d.error.message}`);
  const s = d.status;
  lines.push(
    `  ${s.name}: pinned ${s.pinned ?? "-"}, serving ${s.serving.join(",") || "-"}, healthy ${s.healthy}/${s.desired}, ${s.inSync ? "in sync" : "NOT in sync"}`
  );
  return lines.join("\n");
}
function stepName(s) {
  return s.phase ? `${s.kind} (${s.phase})` : s.kind;
}
async function environmentStatus(ctx, name) {
  const all = await status(ctx, {});
  const line = all.data.environments.find((e) => e.name === name);
  if (!line) throw new UsageError(`unknown environment '${name}'`);
  return line;
}

export {
  decidePromotion,
  promotionReason,
  decidePinnedAmi,
  resolveFleet,
  observeFleet,
  REGISTERED,
  formatTypeChanges,
  describeImage,
  findEnvironment,
  loadEnvironment,
  actorOf,
  withEnvironmentLock,
  rolloutResult
};
