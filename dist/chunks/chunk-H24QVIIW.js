import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  createRolloutVerifier,
  environmentScope,
  listenerPreflight,
  soakSampler
} from "./chunk-DLH7D4F4.js";
import {
  readPin,
  restatePin,
  restorePinFile,
  revertPin,
  writePin
} from "./chunk-HJC2AF7E.js";
import {
  formatTypeChanges
} from "./chunk-PWWQDDL6.js";
import {
  surgeCount
} from "./chunk-BJLLXR4Y.js";
import {
  RolloutRolledBack,
  describeImage,
  pinnedImageOf
} from "./chunk-EKYBPUGZ.js";
import {
  acquireLock,
  configDigest,
  environmentStatus,
  renderUserData
} from "./chunk-5TLPEZW4.js";
import {
  describeLaunchTemplate,
  describeVersion
} from "./chunk-QMHEICXQ.js";
import {
  publishedParameter
} from "./chunk-4VLGMKWT.js";
import {
  missingParameters,
  recipeParameters
} from "./chunk-BXYUEG23.js";
import {
  TAG,
  forcedInTag,
  servedInTag,
  verifiedInTag
} from "./chunk-DUHWOJWS.js";
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-I6SAK64H.js";
import {
  readPinFromSource
} from "./chunk-TKPX3VNR.js";
import {
  describeInstancesById
} from "./chunk-W5NYEKSD.js";
import {
  errorName,
  observeTargetGroups,
  resolveTargetGroup
} from "./chunk-WOQP25UV.js";
import {
  loadProject
} from "./chunk-YGID37AB.js";
import {
  isCrash
} from "./chunk-DOMKHADK.js";
import {
  require_dist_cjs
} from "./chunk-CLJXRIPF.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-CXZE2OG5.js";
import {
  OperationFailed,
  UsageError
} from "./chunk-25FIIMCB.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-U2BKHDZX.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/commands/rollout-result.ts
function rolloutResult(outcome) {
  return { ok: outcome.ok, data: outcome.data, text: rolloutText(outcome.headline, outcome.data) };
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
    `  ${s.name}: pinned ${s.pinned ?? "-"}, serving ${s.serving.join(",") || "-"}, healthy ${s.healthy}/${s.desired}, ${s.inSync ? "in sync" : `NOT in sync${s.reason ? ` (${s.reason})` : ""}`}`
  );
  return lines.join("\n");
}
function stepName(s) {
  return s.phase ? `${s.kind} (${s.phase})` : s.kind;
}

// src/gitops/policy.ts
function decidePromotion(r) {
  const { env, image } = r;
  const owner = ownershipProblem(image, r.owners);
  if (owner) return { allowed: false, why: owner };
  const served = image.tags[servedInTag(env.name)];
  if (served)
    return { allowed: true, forced: false, basis: "served", note: `served ${env.name} before (${served})` };
  const recordedForce = image.tags[forcedInTag(env.name)];
  const problems = [];
  const builtFrom = image.tags[TAG.recipe];
  if (builtFrom !== env.recipe)
    problems.push(
      builtFrom === void 0 ? `${image.id} was not built from a recipe by this toolkit (no ${TAG.recipe} tag), and never served ${env.name}` : `${image.id} was built from recipe '${builtFrom}', but ${env.name} runs recipe '${env.recipe}'`
    );
  const from = env.promotion.from;
  if (from && !image.tags[verifiedInTag(from)])
    problems.push(
      `${image.id} was never verified in ${from} (no ${verifiedInTag(from)} tag): promote it to ${from} first`
    );
  if (problems.length === 0) {
    return from ? {
      allowed: true,
      forced: false,
      basis: "verified",
      note: `verified in ${from} at ${image.tags[verifiedInTag(from)]}`
    } : { allowed: true, forced: false, basis: "first-stage", note: "first stage" };
  }
  if (recordedForce && !r.force)
    return { allowed: true, forced: true, basis: "forced", note: `forced earlier: ${recordedForce}` };
  if (r.force && r.reason?.trim())
    return {
      allowed: true,
      forced: true,
      basis: "forced",
      note: `forced: ${r.reason} (policy: ${problems.join("; ")})`
    };
  return { allowed: false, why: problems.join("; ") };
}
function ownershipProblem(image, owners) {
  if (image.ownerId === void 0) return `${image.id}: EC2 does not say who owns it`;
  if (image.ownerId === owners.account || owners.others.includes(image.ownerId)) return void 0;
  return `${image.id} is owned by account ${image.ownerId}, not by this account (${owners.account})${owners.others.length > 0 ? ` or one of promotion.imageOwners (${owners.others.join(", ")})` : ""}: an image the toolkit did not build here is never pinned (list its owner in promotion.imageOwners to allow it)`;
}
function servedBefore(env, image, config) {
  const served = image.tags[servedInTag(env.name)];
  if (!served) return false;
  const recorded = / config=([0-9a-f]+)$/.exec(served)?.[1];
  return recorded === void 0 || config === void 0 || recorded === config;
}
function servedValue(at, config) {
  return config ? `${at} config=${config}` : at;
}
function promotionReason(ami, detail) {
  return detail ? `promoted ${ami} ${detail}` : `promoted ${ami}`;
}
function decidePinnedAmi(r) {
  if (r.serving.includes(r.image.id))
    return { allowed: true, basis: "serving", note: `${r.env.name} serves it` };
  const decision = decidePromotion({ env: r.env, image: r.image, owners: r.owners, force: false });
  if (!decision.allowed) return decision;
  return { allowed: true, basis: decision.basis, note: decision.note };
}

// src/fleet/instance-types.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
async function fleetInstanceType(aws, env) {
  let type = env.fleet.instanceType;
  let source = "fleet.instanceType";
  if (!type) {
    const template = await describeLaunchTemplate(aws, env.region, { name: env.fleet.launchTemplate });
    type = (await describeVersion(aws, env.region, { id: template.id }, "$Default"))?.LaunchTemplateData?.InstanceType;
    source = `launch template ${template.name}`;
  }
  if (!type) return void 0;
  return { type, source, architectures: await architecturesOf(aws, env.region, type) };
}
async function architecturesOf(aws, region, type) {
  const answer = await aws.ec2(region).send(new import_client_ec2.DescribeInstanceTypesCommand({ InstanceTypes: [type] })).catch((error) => {
    if (errorName(error) === "InvalidInstanceType")
      throw new UsageError(`instance type ${type} does not exist in ${region}`);
    throw error;
  });
  return (answer.InstanceTypes?.[0]?.ProcessorInfo?.SupportedArchitectures ?? []).map(String);
}
async function sameBakeFor(aws, region, image, architecture) {
  const hash = image.tags[TAG.recipeHash];
  if (!hash) return void 0;
  const answer = await aws.ec2(region).send(
    new import_client_ec2.DescribeImagesCommand({
      Owners: ["self"],
      Filters: [
        { Name: `tag:${TAG.recipeHash}`, Values: [hash] },
        { Name: "architecture", Values: [architecture] },
        { Name: "state", Values: ["available"] }
      ]
    })
  );
  const newest = [...answer.Images ?? []].sort(
    (a, b) => (b.CreationDate ?? "").localeCompare(a.CreationDate ?? "")
  )[0];
  return newest ? pinnedImageOf(newest) : void 0;
}

// src/app/architecture.ts
async function imageForFleet(ports, env, image, o) {
  if (!image.architecture) return image;
  const fleet = await fleetInstanceType(ports.aws, env);
  if (!fleet || fleet.architectures.length === 0 || fleet.architectures.includes(image.architecture))
    return image;
  const wanted = fleet.architectures.includes("arm64") ? "arm64" : fleet.architectures[0] ?? "x86_64";
  if (o.swap) {
    const sibling = await sameBakeFor(ports.aws, env.region, image, wanted);
    if (sibling) {
      ports.progress.warn(
        `${o.command} ${env.name}`,
        `${image.id} is ${image.architecture}, but ${env.name} runs ${fleet.type} (${wanted}, from ${fleet.source}): taking ${sibling.id}, the ${wanted} image of the same bake`
      );
      return sibling;
    }
  }
  throw new UsageError(
    `${o.command} ${env.name} refused: ${image.id} is ${image.architecture}, but ${env.name}'s instance type ${fleet.type} (${fleet.source}) runs ${fleet.architectures.join("/")}; nothing was changed. ` + (o.hint ?? `Pin the ${wanted} image of the bake (add ${wanted} to the recipe's architectures and bake again), or set fleet.instanceType in environments/${env.name}.yml to a ${image.architecture} type.`),
    { environment: env.name, ami: image.id, architecture: image.architecture, instanceType: fleet.type }
  );
}

// src/app/evidence.ts
var import_client_ec22 = __toESM(require_dist_cjs(), 1);
var import_client_sts = __toESM(require_dist_cjs3(), 1);
async function trustedOwners(ports, env) {
  const identity = await ports.aws.sts(env.region).send(new import_client_sts.GetCallerIdentityCommand({}));
  return { account: identity.Account ?? "", others: env.promotion.imageOwners };
}
async function markServed(ports, env, ami, config) {
  const ec2 = ports.aws.ec2(env.region);
  await ec2.send(
    new import_client_ec22.CreateTagsCommand({
      Resources: [ami],
      Tags: [
        { Key: servedInTag(env.name), Value: servedValue(new Date(ports.clock.now()).toISOString(), config) }
      ]
    })
  );
  await ec2.send(new import_client_ec22.DeleteTagsCommand({ Resources: [ami], Tags: [{ Key: forcedInTag(env.name) }] }));
}
async function unmarkServed(ports, env, ami) {
  await ports.aws.ec2(env.region).send(new import_client_ec22.DeleteTagsCommand({ Resources: [ami], Tags: [{ Key: servedInTag(env.name) }] }));
}
async function recordForce(ports, env, ami, reason) {
  const value = `${new Date(ports.clock.now()).toISOString()} ${ports.run.actor ?? "amipipe"}: ${reason}`;
  await ports.aws.ec2(env.region).send(
    new import_client_ec22.CreateTagsCommand({
      Resources: [ami],
      // EC2 tag values hold at most 256 characters.
      Tags: [{ Key: forcedInTag(env.name), Value: value.slice(0, 256) }]
    })
  );
}
async function recordServing(ports, env, owners) {
  const group = (await observeTargetGroups(ports.aws, env.region, [env.fleet.targetGroup])).get(
    env.fleet.targetGroup
  );
  if (!group) return [];
  const healthy = group.targets.filter((t) => t.state === "healthy").map((t) => t.instanceId);
  if (healthy.length < env.fleet.count) return [];
  const instances = await describeInstancesById(ports.aws, env.region, healthy);
  if ([...instances.values()].some((i) => i.Tags?.some((t) => t.Key === TAG.environment))) return [];
  const amis = [...new Set([...instances.values()].map((i) => i.ImageId ?? "").filter(Boolean))];
  if (amis.length !== 1) return [];
  const image = await describeImage(ports.aws, env.region, amis[0]);
  if (image.tags[servedInTag(env.name)] || image.ownerId !== owners.account) return amis;
  await markServed(ports, env, image.id);
  return amis;
}

// src/fleet/registry.ts
var DRIVERS = {
  instances: () => import("./driver-3F2JKYD4.js").then((m) => m.instanceFleetDriver),
  asg: () => import("./driver-HOFGB6XQ.js").then((m) => m.autoScalingFleetDriver)
};
var FLEET_KINDS = Object.keys(DRIVERS);
async function fleetDriver(kind) {
  const load = DRIVERS[kind];
  if (!load) throw new UsageError(`unknown fleet kind '${kind}' (known: ${FLEET_KINDS.join(", ")})`);
  return load();
}

// src/gitops/file-pin-store.ts
import { readFile } from "node:fs/promises";
function filePinStore(root, project) {
  const loaded = (environment) => {
    const found = project.environments.get(environment);
    if (!found) throw new UsageError(`unknown environment '${environment}'`);
    return found;
  };
  return {
    read: (environment) => readPin(loaded(environment)),
    async snapshot(environment) {
      const source = await readFile(loaded(environment).file, "utf8");
      return { environment, ami: readPinFromSource(source).ami, source };
    },
    write: (environment, record) => writePin(root, loaded(environment), record),
    restate: (environment, record) => restatePin(root, loaded(environment), record),
    async restore(environment, o) {
      const env = loaded(environment);
      const snapshot = o.snapshot;
      if (snapshot && snapshot.ami === o.previous) {
        const restored = await restorePinFile(root, env, snapshot.source, o.wrote);
        if (restored) return restored;
      }
      const current = await readPin(env);
      if (current.ami !== o.wrote) return void 0;
      return revertPin(root, env, o.previous, o.fallback);
    }
  };
}

// src/verify/basic-verifier.ts
function targetHealthVerifier(aws, group, alarms) {
  const soakSample = soakSampler(
    environmentScope({
      aws,
      environment: group.environment,
      region: group.region,
      targetGroup: group.name,
      // Every environment wants at least one instance (fleet.count ≥ 1): none serving fails.
      wants: 1,
      alarms,
      group
    })
  );
  return {
    weakened: true,
    // Without a recipe there are no instance-level promises to hold the image to (a legacy
    // AMI predates IMDSv2-only launches, for one): its fitness is the load balancer's verdict.
    async instanceChecks() {
      return [];
    },
    async parity() {
      return [];
    },
    soakSample
  };
}

// src/app/publish.ts
var import_client_ssm = __toESM(require_dist_cjs2(), 1);
async function publishAmi(ports, env, ami) {
  const parameter = publishedParameter(env);
  if (!parameter) return void 0;
  await ports.aws.ssm(env.region).send(
    new import_client_ssm.PutParameterCommand({
      Name: parameter,
      Value: ami,
      Type: "String",
      DataType: "aws:ec2:image",
      Overwrite: true,
      Description: `The AMI amipipe environment ${env.name} runs (written after every convergence)`
    })
  );
  ports.progress.info(`publish ${env.name}`, `${parameter} = ${ami}`);
  return { parameter, ami };
}

// src/app/converge.ts
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
  return { project, loaded: findEnvironment(project, name), pins: filePinStore(root, project) };
}
function actorOf(ports) {
  return ports.run.actor ?? "amipipe";
}
async function withEnvironmentLock(ports, loaded, fn, options = {}) {
  const env = loaded.env;
  if (options.rollout !== false) await ensureCredentialsOutlast(ports, env, options.command ?? "reconcile");
  const ttlMs = (parseDuration(env.rollout.timeout) ?? 72e5) + 15 * 6e4;
  const lock = await acquireLock({
    aws: ports.aws,
    clock: ports.clock,
    ids: ports.ids,
    region: env.region,
    environment: env.name,
    actor: actorOf(ports),
    ...ports.run.runUrl ? { runUrl: ports.run.runUrl } : {},
    ttlMs,
    ...options.breakLock ? { breakLock: true } : {},
    ...options.breakReason ? { breakReason: options.breakReason } : {},
    ...options.command ? { command: options.command } : {}
  });
  if (lock.tookOver) {
    const { previous, why } = lock.tookOver;
    const ground = why === "broken" ? `--break-lock: ${options.breakReason ?? ""}` : why === "same-run" ? "an earlier attempt of this run" : `expired at ${previous.expiresAt}`;
    ports.progress.warn(
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
var ROLLBACK_MARGIN_MS = 15 * 6e4;
async function ensureCredentialsOutlast(ports, env, command) {
  const expiresAt = await ports.credentials?.expiresAt(env.region);
  if (expiresAt === void 0) return;
  const needed = (parseDuration(env.rollout.timeout) ?? 72e5) + ROLLBACK_MARGIN_MS;
  const left = expiresAt - ports.clock.now();
  if (left >= needed) return;
  const seconds = Math.ceil(needed / 1e3);
  throw new OperationFailed(
    `${command} ${env.name} refused: the AWS credentials expire at ${new Date(expiresAt).toISOString()} (in ${formatDuration(Math.max(0, left))}), but a rollout of ${env.name} may take up to ${env.rollout.timeout} (rollout.timeout) plus ${formatDuration(ROLLBACK_MARGIN_MS)} to roll back. Nothing was changed. Ask for a session of at least ${formatDuration(needed)}: role-duration-seconds: ${seconds} in aws-actions/configure-aws-credentials, and a MaxSessionDuration at least that long on the role (the stack \`amipipe bootstrap\` prints sets it).`,
    "credentials-expire",
    { environment: env.name, expiresAt: new Date(expiresAt).toISOString(), neededMs: needed }
  );
}
function defaultVerifier(ports, project, loaded) {
  return (group, image) => image.tags[TAG.recipe] === loaded.env.recipe ? createRolloutVerifier(ports, { project, env: loaded, stage: { first: !loaded.env.promotion.from } }) : targetHealthVerifier(ports.aws, { ...group, environment: loaded.env.name }, loaded.env.verify.alarms);
}
async function convergeEnvironment(ports, project, loaded, o) {
  const env = loaded.env;
  const recipe = project.recipes.get(env.recipe);
  if (!recipe) throw new UsageError(`environment ${env.name} uses unknown recipe '${env.recipe}'`);
  const pin = await o.pins.read(env.name);
  if (!pin.ami)
    throw new UsageError(`environment ${env.name} has no pin (${loaded.file}); promote an AMI first`);
  const ami = pin.ami;
  const image = await describeImage(ports.aws, env.region, ami);
  if (image.state !== "available")
    throw new OperationFailed(`AMI ${ami} is ${image.state}, not available`, "not-available");
  await imageForFleet(ports, env, image, { command: "reconcile", swap: false });
  const owners = await trustedOwners(ports, env);
  await recordServing(ports, env, owners);
  const userData = renderUserData(recipe, loaded);
  const config = configDigest({
    userData,
    ...env.fleet.instanceType ? { instanceType: env.fleet.instanceType } : {}
  });
  const returning = o.returning ?? servedBefore(env, image, config);
  const canary = env.rollout.canary.count < env.fleet.count ? env.rollout.canary.count : 0;
  const desired = {
    environment: env.name,
    ami,
    count: env.fleet.count,
    canary,
    maxSurge: surgeCount(env),
    soak: !returning,
    subnets: env.fleet.subnets,
    config
  };
  const driver = await fleetDriver(env.fleet.kind);
  const request = {
    ports,
    env,
    image,
    desired,
    userData,
    verifier: o.verifier ?? defaultVerifier(ports, project, loaded),
    firstStage: !env.promotion.from,
    deadline: await stepDeadline(ports, env),
    // Before anything launches: every SSM parameter the recipe's instances read at boot exists
    // in the region (an instance without its license or SSH keys would only fail later, worse).
    preflight: async () => [
      ...await missingParameters(ports.aws, {
        region: env.region,
        recipe: recipe.recipe.name,
        environment: env.name,
        refs: recipeParameters(recipe.recipe)
      }),
      ...await listenerPreflight(ports.aws, {
        environment: env.name,
        group: await resolveTargetGroup(ports.aws, env.region, env.fleet.targetGroup),
        http: env.verify.http
      })
    ],
    restorePin: async (serving) => {
      if (!serving) return [];
      const change = await o.pins.restore(env.name, {
        ...o.before ? { snapshot: o.before } : {},
        wrote: ami,
        previous: serving,
        fallback: {
          ami: serving,
          at: new Date(ports.clock.now()).toISOString(),
          by: actorOf(ports),
          reason: `restored: the rollout of ${ami} failed`
        }
      });
      if (change) ports.progress.info(`rollout ${env.name}`, `pin restored to ${serving} (was ${ami})`);
      return change ? [change] : [];
    }
  };
  const previous = pin.history.find((h) => h.ami !== ami)?.ami;
  if (previous) request.previousPin = previous;
  const report = await driver.converge(request);
  if (image.ownerId === owners.account) await markServed(ports, env, ami, desired.config);
  const published = await publishAmi(ports, env, ami);
  if (published) report.published = published;
  return report;
}
async function stepDeadline(ports, env) {
  const byTimeout = ports.clock.now() + (parseDuration(env.rollout.timeout) ?? 72e5);
  const expiresAt = await ports.credentials?.expiresAt(env.region);
  return expiresAt === void 0 ? byTimeout : Math.min(byTimeout, expiresAt - ROLLBACK_MARGIN_MS);
}
async function rolloutOutcome(ports, o) {
  let report;
  let failure;
  if (o.reconcile) {
    try {
      report = await convergeEnvironment(ports, o.project, o.loaded, o);
    } catch (error) {
      if (!(error instanceof RolloutRolledBack)) throw error;
      failure = error;
      report = error.report;
    }
  }
  const status = await environmentStatus(ports, o.loaded.env.name);
  const pinChanges = [...o.pinChanges, ...report?.pinChanges ?? []];
  const data = {
    environment: o.loaded.env.name,
    ami: status.pinned,
    outcome: report?.outcome ?? (pinChanges.length > 0 ? "pinned" : "unchanged"),
    pinChanges,
    steps: report?.steps ?? [],
    findings: report?.findings ?? [],
    checks: report?.checks ?? [],
    instanceTypeChanges: report?.instanceTypeChanges ?? [],
    verified: report?.verified ?? false,
    status
  };
  if (report) data.rolloutId = report.rolloutId;
  if (report?.checkSummary) data.checkSummary = report.checkSummary;
  if (report?.launchTemplateDefault) data.launchTemplateDefault = report.launchTemplateDefault;
  if (report?.reached) data.reached = report.reached;
  if (report?.published) data.published = report.published;
  if (failure) data.error = { code: failure.code, message: failure.message };
  return { ok: !failure, headline: o.headline, data };
}

export {
  decidePromotion,
  ownershipProblem,
  servedBefore,
  promotionReason,
  decidePinnedAmi,
  fleetInstanceType,
  imageForFleet,
  trustedOwners,
  unmarkServed,
  recordForce,
  findEnvironment,
  loadEnvironment,
  actorOf,
  withEnvironmentLock,
  rolloutOutcome,
  rolloutResult
};
