import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  describeVersion
} from "./chunk-QMHEICXQ.js";
import {
  shellQuote,
  writeFileCommand
} from "./chunk-4ZEUDONS.js";
import {
  TAG
} from "./chunk-DUHWOJWS.js";
import {
  describeInstancesById
} from "./chunk-W5NYEKSD.js";
import {
  observeTargetGroups
} from "./chunk-WOQP25UV.js";
import {
  UnsafeTemplateError,
  configRootOf,
  environmentsInOrder,
  loadProject,
  recipeTemplates,
  renderTemplate,
  resolveConfigPath,
  templateContext
} from "./chunk-YGID37AB.js";
import {
  FLUENT_PACKAGE
} from "./chunk-56EOQD6H.js";
import {
  YamlSource,
  formatPath
} from "./chunk-QTEFZJYW.js";
import {
  require_dist_cjs
} from "./chunk-CXZE2OG5.js";
import {
  AmipipeError,
  ConfigError,
  OperationFailed,
  UsageError,
  messageOf
} from "./chunk-25FIIMCB.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/fleet/config.ts
import { createHash } from "node:crypto";
var HARDENING_VERSION = 1;
function configDigest(config) {
  return createHash("sha256").update(
    `hardening ${HARDENING_VERSION}
instance-type ${config.instanceType ?? "$template"}
${config.userData}`
  ).digest("hex").slice(0, 16);
}
var INPUTS_PREFIX = "# amipipe-inputs: ";
function inputsLine(inputs) {
  return `${INPUTS_PREFIX}${Buffer.from(JSON.stringify(inputs), "utf8").toString("base64")}`;
}
function recordedInputs(userData) {
  const line = userData.split("\n").find((l) => l.startsWith(INPUTS_PREFIX));
  if (!line) return void 0;
  try {
    const parsed = JSON.parse(Buffer.from(line.slice(INPUTS_PREFIX.length), "base64").toString("utf8"));
    return typeof parsed === "object" && parsed && typeof parsed.vars === "object" ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function varsChanges(before, after) {
  const out = [];
  const show = (v) => typeof v === "string" ? v : JSON.stringify(v);
  for (const key of [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const a = before[key];
    const b = after[key];
    if (!(key in after)) out.push(`${key} removed (was ${show(a)})`);
    else if (!(key in before)) out.push(`${key} added (${show(b)})`);
    else if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${key} ${show(a)} \u2192 ${show(b)}`);
  }
  return out;
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
    // What this script was rendered from, so drift can be explained in the user's own terms.
    inputsLine({ vars: env.env.vars }),
    "set -euo pipefail",
    "imds_token=$(curl -fsS -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')",
    'instance_id=$(curl -fsS -H "X-aws-ec2-metadata-token: $imds_token" http://169.254.169.254/latest/meta-data/instance-id)'
  ];
  if (recipe.hostname !== void 0) {
    const rendered = renderChecked(loaded, recipe.hostname, loaded.file, ["hostname"], {
      ...context,
      instance_id: INSTANCE_ID_TOKEN
    }).trim();
    lines.push(
      `host_name=${shellQuote(rendered)}`,
      `host_name=\${host_name//${INSTANCE_ID_TOKEN}/$instance_id}`,
      'hostnamectl set-hostname "$host_name"'
    );
  }
  const templates = recipeTemplates(recipe);
  for (const ref of templates) {
    const resolved = resolveConfigPath({ root: configRootOf(loaded), from: loaded.dir, ref: ref.template });
    if (!resolved.ok) throw new ConfigError([recipeProblem(loaded, ref.path, `template ${resolved.reason}`)]);
    const content = renderChecked(
      loaded,
      readFileSync(resolved.file, "utf8"),
      resolved.file,
      ref.path,
      context
    );
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
function renderChecked(loaded, text, file, field, context) {
  const root = configRootOf(loaded);
  try {
    return renderTemplate(text, context, { root, file });
  } catch (error) {
    if (!(error instanceof UnsafeTemplateError)) throw error;
    throw new ConfigError(
      error.violations.map(
        (v) => v.file === loaded.file ? recipeProblem(loaded, field, v.message) : {
          file: path.relative(root, v.file),
          line: v.line,
          column: v.column,
          path: formatPath(field),
          message: v.message
        }
      )
    );
  }
}
function recipeProblem(loaded, field, message) {
  const source = new YamlSource(path.relative(configRootOf(loaded), loaded.file), loaded.source);
  return source.problem({ path: field, message });
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

// src/app/lock.ts
var import_client_ssm = __toESM(require_dist_cjs(), 1);
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
  const put = (Name, Overwrite) => ssm.send(new import_client_ssm.PutParameterCommand({ Name, Value: value, Type: "String", Overwrite }));
  const held = (claim, tookOver) => ({
    holder,
    ...tookOver ? { tookOver } : {},
    release: () => releaseLock(o.aws, o.region, o.environment, holder.token, claim)
  });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await put(name, false);
      return held();
    } catch (error) {
      if (errorName(error) !== "ParameterAlreadyExists") throw error;
    }
    const current2 = await readLock(o.aws, o.region, o.environment);
    if (!current2) continue;
    const why = takeoverGround(current2, o, now);
    if (!why) throw lockedError(o, current2);
    const claim = claimParameterName(o.environment, current2.token);
    try {
      await put(claim, false);
    } catch (error) {
      if (errorName(error) !== "ParameterAlreadyExists") throw error;
      throw new OperationFailed(
        `environment ${o.environment}: another run is taking over the lock of ${describeHolder(current2)} at this moment`,
        "locked",
        current2
      );
    }
    const again = await readLock(o.aws, o.region, o.environment);
    if (again?.token !== current2.token) {
      await deleteQuietly(o.aws, o.region, claim);
      continue;
    }
    await put(name, true);
    return held(claim, { previous: current2, why });
  }
  const current = await readLock(o.aws, o.region, o.environment);
  throw lockedError(o, current);
}
function claimParameterName(environment, token) {
  return `${lockParameterName(environment)}-takeover-${token.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
}
async function deleteQuietly(aws, region, name) {
  await aws.ssm(region).send(new import_client_ssm.DeleteParameterCommand({ Name: name })).catch((error) => {
    if (errorName(error) !== "ParameterNotFound") throw error;
  });
}
function takeoverGround(current, o, now) {
  if (!(Date.parse(current.expiresAt) > now)) return "expired";
  if (o.runUrl && current.runUrl && sameRun(o.runUrl, current.runUrl)) return "same-run";
  if (o.breakLock) {
    if (!o.breakReason?.trim())
      throw new UsageError(
        `the lock of ${o.environment} is held by ${describeHolder(current)} and has not expired: its run may still be live. --break-lock needs --reason TEXT to take it over (recorded in the warning), or wait until ${current.expiresAt}`
      );
    return "broken";
  }
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
async function releaseLock(aws, region, environment, token, claim) {
  const current = await readLock(aws, region, environment);
  if (current?.token !== token) return;
  await deleteQuietly(aws, region, lockParameterName(environment));
  if (claim) await deleteQuietly(aws, region, claim);
}
function describeHolder(holder) {
  const run = holder.runUrl ? ` (${holder.runUrl})` : "";
  return `${holder.actor}${run} since ${holder.acquiredAt}, until ${holder.expiresAt}`;
}
function errorName(error) {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : void 0;
}

// src/app/status.ts
var SERVING_STATES = /* @__PURE__ */ new Set(["healthy", "initial"]);
async function observeStatus(ports, project) {
  const loaded = project ?? await loadProject(ports.root);
  const envs = environmentsInOrder(loaded).map((l) => l.env);
  const configs = desiredConfigs(loaded);
  const byRegion = /* @__PURE__ */ new Map();
  for (const env of envs) byRegion.set(env.region, [...byRegion.get(env.region) ?? [], env]);
  const results = /* @__PURE__ */ new Map();
  const unreadable = [];
  await Promise.all(
    [...byRegion].map(async ([region, regionEnvs]) => {
      try {
        await observeRegion(ports, region, regionEnvs, configs, results);
      } catch (error) {
        unreadable.push(error);
        for (const env of regionEnvs) if (!results.has(env.name)) results.set(env.name, failed(env, error));
      }
    })
  );
  if (byRegion.size > 0 && unreadable.length === byRegion.size) throw unreadable[0];
  return { environments: envs.map((e) => results.get(e.name)) };
}
async function observeRegion(ports, region, envs, configs, into) {
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
    const config = configs.get(env.name);
    if (config instanceof Error) {
      into.set(env.name, failed(env, config));
      continue;
    }
    const servingInstances = serving.flatMap((t) => {
      const i = instances.get(t.instanceId);
      return i ? [i] : [];
    });
    const drift = await driftOf(ports, region, env, config, servingInstances);
    const status = {
      name: env.name,
      pinned,
      serving: amis,
      healthy,
      desired: env.fleet.count,
      inSync: pinned !== null && amis.length === 1 && amis[0] === pinned && healthy >= env.fleet.count && drift.length === 0
    };
    const reason = [driftReason(status), ...drift].filter(Boolean).join("; ");
    if (!status.inSync && reason) status.reason = reason;
    const held = await readLock(ports.aws, region, env.name);
    if (held) {
      const now = ports.clock.now();
      status.lock = {
        actor: held.actor,
        ...held.runUrl ? { runUrl: held.runUrl } : {},
        acquiredAt: held.acquiredAt,
        expiresAt: held.expiresAt,
        ageMs: Math.max(0, now - Date.parse(held.acquiredAt)),
        expired: Date.parse(held.expiresAt) <= now
      };
    }
    into.set(env.name, status);
  }
}
function desiredConfigs(project) {
  const out = /* @__PURE__ */ new Map();
  for (const loaded of project.environments.values()) {
    const env = loaded.env;
    const recipe = project.recipes.get(env.recipe);
    try {
      if (!recipe) throw new UsageError(`environment ${env.name} uses unknown recipe '${env.recipe}'`);
      out.set(
        env.name,
        configDigest({
          userData: renderUserData(recipe, loaded),
          ...env.fleet.instanceType ? { instanceType: env.fleet.instanceType } : {}
        })
      );
    } catch (error) {
      out.set(env.name, error instanceof Error ? error : new Error(messageOf(error)));
    }
  }
  return out;
}
async function driftOf(ports, region, env, config, serving) {
  const out = [];
  const tag = (i, key) => i.Tags?.find((t) => t.Key === key)?.Value;
  const drifted = serving.filter((i) => {
    const digest = tag(i, TAG.config);
    return config !== void 0 && digest !== void 0 && digest !== config && i.ImageId === env.pin.ami;
  });
  if (drifted.length > 0) {
    const changes = await varsChangesOf(ports, region, env, drifted[0]);
    out.push(
      changes === void 0 ? `config changed: ${drifted.length} instance(s) run user data other than environments/${env.name}.yml renders` : changes.length > 0 ? `vars changed: ${changes.join(", ")}` : `config changed: the recipe's templates render other user data for ${drifted.length} instance(s)`
    );
  }
  const want = env.fleet.instanceType;
  if (want) {
    const types = [...new Set(serving.map((i) => i.InstanceType).flatMap((t) => t ? [String(t)] : []))].filter((t) => t !== want).sort();
    if (types.length > 0) out.push(`instance type ${types.join(", ")} \u2192 ${want}`);
  }
  const strays = serving.filter((i) => i.SubnetId !== void 0 && !env.fleet.subnets.includes(i.SubnetId));
  if (strays.length > 0)
    out.push(
      `subnets: ${strays.map((i) => `${i.InstanceId} in ${i.SubnetId}`).join(", ")}, which fleet.subnets no longer lists`
    );
  return out;
}
async function varsChangesOf(ports, region, env, instance) {
  const id = instance.Tags?.find((t) => t.Key === "aws:ec2launchtemplate:id")?.Value;
  const version = instance.Tags?.find((t) => t.Key === "aws:ec2launchtemplate:version")?.Value;
  if (!id || !version) return void 0;
  const data = (await describeVersion(ports.aws, region, { id }, version).catch(() => void 0))?.LaunchTemplateData?.UserData;
  const inputs = data ? recordedInputs(Buffer.from(data, "base64").toString("utf8")) : void 0;
  return inputs ? varsChanges(inputs.vars, env.vars) : void 0;
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
  configDigest,
  renderUserData,
  acquireLock,
  observeStatus,
  environmentStatus
};
