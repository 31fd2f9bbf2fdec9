import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  STATE_CODES,
  TIMINGS,
  changeState,
  healthAt,
  healthyCountHistory,
  healthyIntervals,
  instanceState,
  listedEpisodes,
  notRegisteredHealth,
  pruneEpisodes,
  runningPeriods,
  stateAt,
  statusChecksAt
} from "./chunk-DE6XBETX.js";
import {
  MANIFEST_PATH,
  imageManifestSchema
} from "./chunk-5OTMNGFE.js";
import {
  ARCHITECTURES,
  BASE_OS,
  YamlSource,
  findingsFromIssues
} from "./chunk-GMKHYUC3.js";
import {
  require_dist
} from "./chunk-FXIBIJX2.js";
import {
  Faults
} from "./chunk-XWY46GTX.js";
import {
  redactDeep
} from "./chunk-MJU6FAWD.js";
import {
  createAwsFactory
} from "./chunk-WZN5LHFB.js";
import {
  require_dist_cjs as require_dist_cjs7
} from "./chunk-OOMH36IZ.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-HDNESQVI.js";
import {
  require_dist_cjs
} from "./chunk-GWXWFI4Q.js";
import {
  require_dist_cjs as require_dist_cjs4
} from "./chunk-RG3TGDQG.js";
import {
  require_dist_cjs as require_dist_cjs5
} from "./chunk-7CSPTXUE.js";
import {
  require_dist_cjs as require_dist_cjs6
} from "./chunk-5QRSPSR7.js";
import {
  require_dist_cjs4 as require_dist_cjs3
} from "./chunk-VEUODDAR.js";
import {
  inventorySchema
} from "./chunk-VZN2D5A4.js";
import {
  external_exports
} from "./chunk-SIRB34BK.js";
import {
  ConfigError,
  UsageError
} from "./chunk-WPO6EQZK.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/sim/session.ts
import { renameSync, writeFileSync } from "node:fs";
import { readFile as readFile2, rename, writeFile } from "node:fs/promises";

// src/sim/clock.ts
var VirtualClock = class {
  current;
  timers = [];
  seq = 0;
  tickScheduled = false;
  constructor(startMs) {
    this.current = startMs;
  }
  now() {
    return this.current;
  }
  /** Moves time forward without waking anyone (used by the simulator between CLI calls). */
  advance(ms) {
    this.current += Math.max(0, ms);
  }
  sleep(ms) {
    return new Promise((resolve2) => {
      this.timers.push({ at: this.current + Math.max(0, ms), seq: this.seq++, resolve: resolve2 });
      this.scheduleTick();
    });
  }
  scheduleTick() {
    if (this.tickScheduled) return;
    this.tickScheduled = true;
    setImmediate(
      () => setImmediate(() => {
        this.tickScheduled = false;
        this.fireEarliest();
      })
    );
  }
  fireEarliest() {
    if (this.timers.length === 0) return;
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const at = this.timers[0].at;
    const due = this.timers.filter((t) => t.at === at);
    this.timers = this.timers.filter((t) => t.at !== at);
    this.current = Math.max(this.current, at);
    for (const timer of due) timer.resolve();
    if (this.timers.length > 0) this.scheduleTick();
  }
};

// src/sim/errors.ts
var autoscaling = __toESM(require_dist_cjs(), 1);
var cloudwatch = __toESM(require_dist_cjs2(), 1);
var ec2 = __toESM(require_dist_cjs3(), 1);
var elbv2 = __toESM(require_dist_cjs4(), 1);
var imagebuilder = __toESM(require_dist_cjs5(), 1);
var ssm = __toESM(require_dist_cjs6(), 1);
var sts = __toESM(require_dist_cjs7(), 1);
var SimError = class extends Error {
  constructor(code, message, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
    this.name = "SimError";
  }
  code;
  status;
};
var SimulatedCrash = class extends Error {
  constructor(afterCalls) {
    super(`simulated crash after ${afterCalls} API calls`);
    this.afterCalls = afterCalls;
    this.name = "SimulatedCrash";
  }
  afterCalls;
};
var clientModules = {
  ec2: { module: ec2, base: ec2.EC2ServiceException },
  elbv2: { module: elbv2, base: elbv2.ElasticLoadBalancingV2ServiceException },
  imagebuilder: { module: imagebuilder, base: imagebuilder.ImagebuilderServiceException },
  ssm: { module: ssm, base: ssm.SSMServiceException },
  cloudwatch: { module: cloudwatch, base: cloudwatch.CloudWatchServiceException },
  autoscaling: { module: autoscaling, base: autoscaling.AutoScalingServiceException },
  sts: { module: sts, base: sts.STSServiceException }
};
function modeledException(service, code) {
  const { module, base } = clientModules[service];
  const candidate = module[code];
  return typeof candidate === "function" && candidate.prototype instanceof base ? candidate : void 0;
}
function toServiceException(service, error, requestId2) {
  const $metadata = { httpStatusCode: error.status, requestId: requestId2, attempts: 1, totalRetryDelay: 0 };
  const Modeled = modeledException(service, error.code);
  const exception = Modeled ? new Modeled({ message: error.message, $metadata }) : new clientModules[service].base({
    name: error.code,
    message: error.message,
    $fault: error.status >= 500 ? "server" : "client",
    $metadata
  });
  Object.assign(exception, { Code: error.code });
  return exception;
}
var THROTTLING_CODE = {
  ec2: "RequestLimitExceeded",
  elbv2: "Throttling",
  autoscaling: "Throttling",
  cloudwatch: "Throttling",
  sts: "Throttling",
  ssm: "ThrottlingException",
  imagebuilder: "ThrottlingException"
};
function notFound(code, message) {
  return new SimError(code, message, 400);
}

// src/sim/services/filters.ts
function wildcard(pattern) {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}
function matchesFilters(filters, tags2, fields) {
  for (const f of filters ?? []) {
    const name = f.Name ?? "";
    const values = f.Values ?? [];
    let actual;
    if (name.startsWith("tag:")) {
      const v = tags2[name.slice(4)];
      actual = v === void 0 ? [] : [v];
    } else if (name === "tag-key") {
      actual = Object.keys(tags2);
    } else if (name === "tag-value") {
      actual = Object.values(tags2);
    } else if (Object.hasOwn(fields, name)) {
      const v = fields[name];
      actual = v === void 0 ? [] : Array.isArray(v) ? v : [v];
    } else {
      throw new SimError("InvalidParameterValue", `The filter '${name}' is invalid`);
    }
    const patterns = values.map(wildcard);
    if (!actual.some((a) => patterns.some((p) => p.test(a)))) return false;
  }
  return true;
}
function tagList(tags2) {
  return Object.entries(tags2).map(([Key, Value]) => ({ Key, Value }));
}
function tagsFrom(list) {
  const out = {};
  for (const t of list ?? []) if (t.Key !== void 0) out[t.Key] = t.Value ?? "";
  return out;
}
function tagsFor(specs, resourceType) {
  const out = {};
  for (const s of specs ?? []) if (s.ResourceType === resourceType) Object.assign(out, tagsFrom(s.Tags));
  return out;
}
function page(items, maxResults, nextToken, limits) {
  let offset = 0;
  if (nextToken) {
    const decoded = Number(Buffer.from(nextToken, "base64").toString("utf8").replace(/^o:/, ""));
    if (!Number.isInteger(decoded) || decoded < 0)
      throw new SimError("InvalidNextToken", "The specified token is invalid");
    offset = decoded;
  }
  if (maxResults !== void 0 && (maxResults < limits.min || maxResults > limits.max)) {
    throw new SimError(
      "InvalidParameterValue",
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between ${limits.min} and ${limits.max}.`
    );
  }
  const size = maxResults ?? limits.default;
  const slice = items.slice(offset, offset + size);
  const end = offset + size;
  return end < items.length ? { items: slice, nextToken: Buffer.from(`o:${end}`).toString("base64") } : { items: slice };
}

// src/sim/services/ec2-tags.ts
function taggableById(r, id2) {
  return id2.startsWith("i-") ? r.instances[id2] : id2.startsWith("ami-") ? r.images[id2] : id2.startsWith("snap-") ? r.snapshots[id2] : id2.startsWith("lt-") ? r.launchTemplates[id2] : id2.startsWith("subnet-") ? r.subnets.find((s) => s.id === id2) : id2.startsWith("vpc-") ? r.vpcs.find((v) => v.id === id2) : void 0;
}
function taggable(ctx, id2) {
  const found = taggableById(ctx.r, id2);
  if (found) return found;
  const codes = {
    i: "InvalidInstanceID.NotFound",
    ami: "InvalidAMIID.NotFound",
    snap: "InvalidSnapshot.NotFound",
    lt: "InvalidLaunchTemplateId.NotFound",
    subnet: "InvalidSubnetID.NotFound",
    vpc: "InvalidVpcID.NotFound"
  };
  const code = codes[id2.split("-")[0] ?? ""];
  if (code) throw notFound(code, `The ID '${id2}' does not exist`);
  throw new SimError("InvalidID", `The ID '${id2}' is not valid`);
}
function createTags(input, ctx) {
  const tags2 = tagsFrom(input.Tags);
  for (const key of Object.keys(tags2)) {
    if (key.toLowerCase().startsWith("aws:"))
      throw new SimError(
        "InvalidParameterValue",
        `Tag keys starting with 'aws:' are reserved for internal use`
      );
    if (key.length > 128 || (tags2[key] ?? "").length > 256)
      throw new SimError("InvalidParameterValue", `Tag key or value too long: ${key}`);
  }
  const resources = (input.Resources ?? []).map((id2) => taggable(ctx, id2));
  for (const resource of resources) {
    const merged = { ...resource.tags, ...tags2 };
    if (Object.keys(merged).length > 50)
      throw new SimError(
        "TagLimitExceeded",
        "The maximum number of tags (50) for a resource has been reached."
      );
    resource.tags = merged;
  }
  return {};
}
function deleteTags(input, ctx) {
  const resources = (input.Resources ?? []).map((id2) => taggable(ctx, id2));
  for (const resource of resources) {
    for (const t of input.Tags ?? []) {
      if (t.Key === void 0) continue;
      if (t.Value === void 0 || resource.tags[t.Key] === t.Value) delete resource.tags[t.Key];
    }
  }
  return {};
}

// src/sim/call-subjects.ts
var READS = /^(Describe|Get|List)/;
var SUBJECT_PREFIXES = ["i-", "ami-", "snap-"];
function callSubjects(service, operation, input, r) {
  if (service !== "ec2" && service !== "ssm" || READS.test(operation)) return {};
  const i = input ?? {};
  const ids = [
    ...strings(i.InstanceIds),
    ...service === "ec2" ? [...strings(i.Resources), ...strings(i.ImageId), ...strings(i.SnapshotId)] : []
  ];
  const out = {};
  const resources = ids.flatMap((id2) => {
    const found = SUBJECT_PREFIXES.some((p) => id2.startsWith(p)) ? taggableById(r, id2) : void 0;
    return found ? [{ id: id2, tags: { ...found.tags } }] : [];
  });
  if (resources.length > 0) out.resources = resources;
  const tags2 = service === "ec2" ? requestTagsOf(operation, i) : [];
  if (tags2.length > 0) {
    out.tagKeys = [...new Set(tags2.map((t) => t.key))];
    const valued = tags2.filter((t) => t.value !== void 0);
    if (valued.length > 0) out.requestTags = Object.fromEntries(valued.map((t) => [t.key, t.value]));
  }
  return out;
}
function requestTagsOf(operation, i) {
  const list = (v) => (Array.isArray(v) ? v : []).flatMap(
    (t) => typeof t?.Key === "string" ? [{ key: t.Key, ...typeof t.Value === "string" ? { value: t.Value } : {} }] : []
  );
  if (operation === "CreateTags" || operation === "DeleteTags") return list(i.Tags);
  if (operation === "RunInstances" && Array.isArray(i.TagSpecifications)) {
    const spec = i.TagSpecifications.find(
      (s) => s.ResourceType === "instance"
    );
    return list(spec?.Tags);
  }
  return [];
}
function strings(v) {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}

// src/sim/random.ts
function mix(x) {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 2146121005);
  h ^= h >>> 15;
  h = Math.imul(h, 2221713035);
  h ^= h >>> 16;
  return h >>> 0;
}
function hashString(text, seed) {
  let h = mix(seed ^ 2654435769);
  for (let i = 0; i < text.length; i++) h = mix(h ^ text.charCodeAt(i));
  return h;
}
function draw(state) {
  state.draws += 1;
  return mix(mix(state.seed) ^ state.draws) / 2 ** 32;
}
function newId(state, prefix) {
  const n = (state.ids[prefix] ?? 0) + 1;
  state.ids[prefix] = n;
  const a = hashString(`${prefix}:${n}`, state.seed).toString(16).padStart(8, "0");
  const b = hashString(`${n}:${prefix}`, state.seed + 1).toString(16).padStart(8, "0");
  return `${prefix}-0${a}${b}`;
}
function newHex(state, prefix, length) {
  const n = (state.ids[prefix] ?? 0) + 1;
  state.ids[prefix] = n;
  let out = "";
  for (let i = 0; out.length < length; i++)
    out += hashString(`${prefix}:${n}:${i}`, state.seed).toString(16).padStart(8, "0");
  return out.slice(0, length);
}

// src/sim/state.ts
function emptyRegion() {
  return {
    vpcs: [],
    subnets: [],
    instances: {},
    images: {},
    snapshots: {},
    launchTemplates: {},
    loadBalancers: [],
    listeners: [],
    targetGroups: {},
    parameters: {},
    commands: {},
    alarms: {},
    autoScalingGroups: {},
    imagebuilder: {}
  };
}
function emptyState(o) {
  return {
    version: 1,
    account: o.account,
    now: o.now,
    seed: o.seed ?? 1,
    draws: 0,
    faults: [],
    ids: {},
    regions: {},
    calls: [],
    callCount: 0
  };
}
function regionOf(state, region) {
  let r = state.regions[region];
  if (!r) {
    r = emptyRegion();
    state.regions[region] = r;
  }
  return r;
}
var AMAZON_OWNER_ID = "137112412989";

// src/sim/engine.ts
var PERSISTED_CALLS = 5e3;
var SimEngine = class {
  state;
  clock;
  faults;
  /** Every call made through this engine (this process). */
  calls = [];
  handlers = /* @__PURE__ */ new Map();
  beforeCall = [];
  onCrash;
  constructor(o) {
    this.state = o.state;
    this.clock = o.clock;
    this.faults = o.faults;
    this.onCrash = o.onCrash;
  }
  register(service, handlers) {
    for (const [operation, handler] of Object.entries(handlers))
      this.handlers.set(`${service}:${operation}`, handler);
  }
  /** Runs before every call's handler: models that advance lazily (instance refreshes) catch up to the clock. */
  onCall(hook) {
    this.beforeCall.push(hook);
  }
  /** Whether the simulator models `operation` of `service`. */
  supports(service, operation) {
    return this.handlers.has(`${service}:${operation}`);
  }
  fault(name) {
    return this.faults.has(name);
  }
  /** Answers one API call: crash and throttle faults first, then the operation's handler. */
  async handle(service, operation, region, input) {
    const at = this.clock.now();
    const crashAfter = this.faults.arg("crash-after-calls");
    if (crashAfter !== void 0 && this.calls.length >= Number(crashAfter)) {
      this.state.now = at;
      if (this.onCrash) this.onCrash(this);
      throw new SimulatedCrash(Number(crashAfter));
    }
    const record = {
      service,
      operation,
      region,
      at,
      outcome: "ok",
      ...callSubjects(service, operation, input, regionOf(this.state, region))
    };
    this.calls.push({ ...record, input: redactDeep(redactInput(service, operation, input)) });
    const inMemory = this.calls[this.calls.length - 1];
    this.state.callCount += 1;
    this.state.calls.push(record);
    if (this.state.calls.length > PERSISTED_CALLS * 2)
      this.state.calls.splice(0, this.state.calls.length - PERSISTED_CALLS);
    const requestId2 = newHex(this.state, "request", 32).replace(
      /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
      "$1-$2-$3-$4-$5"
    );
    try {
      const rate = this.faults.arg("throttle");
      if (rate !== void 0 && draw(this.state) < Number(rate)) {
        throw new SimError(THROTTLING_CODE[service], "Rate exceeded", service === "ec2" ? 503 : 400);
      }
      const handler = this.handlers.get(`${service}:${operation}`);
      if (!handler) {
        throw new SimError(
          "UnsupportedOperation",
          `The simulator does not model ${service}:${operation}.`,
          400
        );
      }
      const ctx = {
        engine: this,
        state: this.state,
        region,
        r: regionOf(this.state, region),
        now: at,
        account: this.state.account
      };
      for (const hook of this.beforeCall) await hook(ctx);
      const output = await handler(structuredClone(input ?? {}), ctx);
      return {
        ...output ?? {},
        $metadata: { httpStatusCode: 200, requestId: requestId2, attempts: 1, totalRetryDelay: 0 }
      };
    } catch (error) {
      if (error instanceof SimError) {
        record.outcome = error.code;
        inMemory.outcome = error.code;
        throw toServiceException(service, error, requestId2);
      }
      record.outcome = error instanceof Error ? error.name : "Error";
      inMemory.outcome = record.outcome;
      throw error;
    }
  }
  /**
   * Healthy-target count of a target group (name or ARN) over virtual time, as steps
   * `{at, healthy}`: proves "healthy targets ≥ desired at every moment" without sampling.
   */
  timeline(targetGroup, region) {
    for (const [name, r] of Object.entries(this.state.regions)) {
      if (region && name !== region) continue;
      const tg = Object.values(r.targetGroups).find((t) => t.name === targetGroup || t.arn === targetGroup);
      if (tg) return healthyCountHistory(tg, r, this.clock.now());
    }
    throw new Error(`no target group ${targetGroup} in the simulated world`);
  }
};
var SECRET_FIELDS = /^(SecretAccessKey|SessionToken|Password|ClientSecret)$/;
function redactInput(service, operation, input) {
  const copy = structuredClone(input ?? {});
  const walk = (value) => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) {
        if (SECRET_FIELDS.test(key) && typeof inner === "string")
          value[key] = "<redacted>";
        else walk(inner);
      }
  };
  walk(copy);
  if (service === "ssm" && operation === "PutParameter" && copy.Type === "SecureString" && "Value" in copy)
    copy.Value = "<redacted>";
  return copy;
}

// src/sim/retry.ts
var token = (count) => ({ getRetryCount: () => count, getRetryDelay: () => 0 });
function immediateRetryStrategy(maxAttempts) {
  return {
    mode: "standard",
    acquireInitialRetryToken: async () => token(0),
    refreshRetryTokenForRetry: async (current, info) => {
      const retryable = info.errorType === "THROTTLING" || info.errorType === "TRANSIENT";
      if (!retryable || current.getRetryCount() + 1 >= maxAttempts)
        throw info.error ?? new Error("no more retries");
      return token(current.getRetryCount() + 1);
    },
    recordSuccess: () => {
    }
  };
}

// src/sim/services/cloudwatch.ts
function alarmStateAt(alarm, at) {
  let current = {
    state: "INSUFFICIENT_DATA",
    reason: "Unchecked: Initial alarm creation",
    since: 0
  };
  for (const h of alarm.history) {
    if (h.at > at) break;
    if (h.state !== current.state || current.since === 0)
      current = { state: h.state, reason: h.reason, since: h.at };
  }
  return current;
}
function scheduleAlarmState(state, o) {
  const alarm = regionOf(state, o.region).alarms[o.name];
  if (!alarm) throw new Error(`no alarm ${o.name} in ${o.region}`);
  alarm.history = alarm.history.filter((h) => h.at <= o.at);
  alarm.history.push({
    at: o.at,
    state: o.value,
    reason: o.reason ?? `Threshold Crossed: simulated ${o.value}`
  });
}
function toMetricAlarm(a, at) {
  const s = alarmStateAt(a, at);
  return {
    AlarmName: a.name,
    AlarmArn: a.arn,
    AlarmDescription: a.description ?? "",
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    StateValue: s.state,
    StateReason: s.reason,
    StateUpdatedTimestamp: new Date(s.since),
    StateTransitionedTimestamp: new Date(s.since),
    AlarmConfigurationUpdatedTimestamp: new Date(a.history[0]?.at ?? 0),
    MetricName: a.metricName,
    Namespace: a.namespace,
    Statistic: a.statistic,
    Dimensions: a.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
    Period: a.period,
    EvaluationPeriods: a.evaluationPeriods,
    Threshold: a.threshold,
    ComparisonOperator: a.comparisonOperator,
    TreatMissingData: "notBreaching",
    Metrics: []
  };
}
function describeAlarms(input, ctx) {
  if (input.AlarmNames?.length && input.AlarmNamePrefix)
    throw new SimError(
      "InvalidParameterCombination",
      "AlarmNames and AlarmNamePrefix cannot be used together"
    );
  const alarms = Object.values(ctx.r.alarms).filter(
    (a) => (!input.AlarmNames?.length || input.AlarmNames.includes(a.name)) && (!input.AlarmNamePrefix || a.name.startsWith(input.AlarmNamePrefix)) && (!input.StateValue || alarmStateAt(a, ctx.now).state === input.StateValue)
  );
  const wantsMetric = !input.AlarmTypes?.length || input.AlarmTypes.includes("MetricAlarm");
  const { items, nextToken } = page(wantsMetric ? alarms : [], input.MaxRecords, input.NextToken, {
    min: 1,
    max: 100,
    default: 50
  });
  return {
    MetricAlarms: items.map((a) => toMetricAlarm(a, ctx.now)),
    CompositeAlarms: [],
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function setAlarmState(input, ctx) {
  const alarm = input.AlarmName ? ctx.r.alarms[input.AlarmName] : void 0;
  if (!alarm) throw notFound("ResourceNotFound", `Alarm ${input.AlarmName} not found`);
  if (!["OK", "ALARM", "INSUFFICIENT_DATA"].includes(input.StateValue ?? ""))
    throw new SimError("InvalidParameterValue", `Invalid state value ${input.StateValue}`);
  scheduleAlarmState(ctx.state, {
    region: ctx.region,
    name: alarm.name,
    value: input.StateValue,
    at: ctx.now,
    reason: input.StateReason ?? ""
  });
  return {};
}
function register(engine) {
  engine.register("cloudwatch", { DescribeAlarms: describeAlarms, SetAlarmState: setAlarmState });
}

// src/sim/facts.ts
var probes = () => import("./simulate-XAAWPPPH.js");
async function factsForImage(image, o) {
  const m = await probes();
  if (image.manifest)
    return m.factsFromManifest(image.manifest, image.packages ? { ...o, packages: image.packages } : o);
  if (image.inventory) return m.factsFromInventory(image.inventory);
  return null;
}
async function factsAfterBoot(facts, at) {
  if (!facts) return facts;
  const m = await probes();
  return m.rebootFacts(facts, at);
}
async function answerProbe(script, facts, now, o = {}) {
  const m = await probes();
  return m.answerProbe(script, facts, now, o);
}

// src/sim/services/ec2-images.ts
function imageState(image, at) {
  if (image.deregisteredAt !== void 0 && at >= image.deregisteredAt) return "deregistered";
  if (at < image.availableAt) return "pending";
  return image.failed ? "failed" : "available";
}
function createImageRecord(state, o) {
  const r = regionOf(state, o.region);
  const imageId = newId(state, "ami");
  const snapshotId = newId(state, "snap");
  const ownerId = o.public ? AMAZON_OWNER_ID : state.account;
  const size = o.volumeSizeGiB ?? 8;
  r.snapshots[snapshotId] = {
    id: snapshotId,
    volumeSize: size,
    ownerId,
    startedAt: o.at,
    description: `Created by CreateImage for ${imageId}`,
    tags: { ...o.snapshotTags ?? {} }
  };
  const image = {
    id: imageId,
    name: o.name,
    architecture: o.architecture,
    ownerId,
    public: Boolean(o.public),
    createdAt: o.at,
    availableAt: o.availableAt ?? o.at,
    rootDeviceName: "/dev/xvda",
    blockDevices: [{ deviceName: "/dev/xvda", snapshotId, volumeSize: size, volumeType: "gp3" }],
    tags: { ...o.tags ?? {} },
    platformDetails: "Linux/UNIX"
  };
  if (o.description !== void 0) image.description = o.description;
  if (o.manifest) image.manifest = o.manifest;
  if (o.inventory !== void 0) image.inventory = o.inventory;
  if (o.packages) image.packages = o.packages.map((p) => ({ ...p }));
  r.images[imageId] = image;
  return { imageId, snapshotIds: [snapshotId] };
}
function publicParameterNames(os, arch) {
  const prefix = "/aws/service/ami-amazon-linux-latest";
  return os === "amazon-linux-2" ? [`${prefix}/amzn2-ami-hvm-${arch}-gp2`, `${prefix}/amzn2-ami-kernel-5.10-hvm-${arch}-gp2`] : [`${prefix}/al2023-ami-kernel-default-${arch}`, `${prefix}/al2023-ami-kernel-6.1-${arch}`];
}
function publishBaseImage(state, o) {
  const date = new Date(o.at).toISOString().slice(0, 10).replaceAll("-", "");
  const release = o.release ?? `${date}.0`;
  const name = o.os === "amazon-linux-2" ? `amzn2-ami-kernel-5.10-hvm-2.0.${release}-${o.arch}-gp2` : `al2023-ami-2023.10.${release}-kernel-6.1-${o.arch}`;
  const description = o.os === "amazon-linux-2" ? "Amazon Linux 2 Kernel 5.10 AMI" : "Amazon Linux 2023 AMI";
  const { imageId } = createImageRecord(state, {
    region: o.region,
    name,
    description,
    architecture: o.arch,
    at: o.at,
    public: true
  });
  const r = regionOf(state, o.region);
  for (const parameter of publicParameterNames(o.os, o.arch)) {
    const previous = r.parameters[parameter];
    r.parameters[parameter] = {
      name: parameter,
      type: "String",
      value: imageId,
      version: (previous?.version ?? 0) + 1,
      modifiedAt: o.at,
      dataType: "text",
      tags: {}
    };
  }
  return imageId;
}
function toImage(image, at) {
  const state = imageState(image, at);
  const out = {
    ImageId: image.id,
    Name: image.name,
    Architecture: image.architecture,
    CreationDate: new Date(image.createdAt).toISOString(),
    ImageLocation: `${image.public ? "amazon" : image.ownerId}/${image.name}`,
    ImageType: "machine",
    OwnerId: image.ownerId,
    Public: image.public,
    State: state,
    RootDeviceName: image.rootDeviceName,
    RootDeviceType: "ebs",
    VirtualizationType: "hvm",
    Hypervisor: "xen",
    EnaSupport: true,
    PlatformDetails: image.platformDetails,
    UsageOperation: "RunInstances",
    BlockDeviceMappings: image.blockDevices.map((b) => ({
      DeviceName: b.deviceName,
      Ebs: {
        SnapshotId: b.snapshotId,
        VolumeSize: b.volumeSize,
        VolumeType: b.volumeType,
        DeleteOnTermination: true,
        Encrypted: false
      }
    })),
    Tags: tagList(image.tags)
  };
  out.Description = image.description ?? "";
  out.ProductCodes = [];
  out.BootMode = image.architecture === "arm64" ? "uefi" : "legacy-bios";
  if (image.public) out.ImageOwnerAlias = "amazon";
  if (image.deprecationTime !== void 0)
    out.DeprecationTime = new Date(image.deprecationTime).toISOString();
  if (state === "failed") out.StateReason = { Code: "Client.ImageFailed", Message: "The image build failed" };
  if (out.Tags?.length === 0) delete out.Tags;
  return out;
}
function visibleTo(image, owners, account) {
  if (!owners || owners.length === 0) return image.public || image.ownerId === account;
  return owners.some(
    (o) => o === "self" ? image.ownerId === account : o === "amazon" ? image.public && image.ownerId === AMAZON_OWNER_ID : image.ownerId === o
  );
}
function findImage(ctx, id2) {
  if (!/^ami-[0-9a-f]{8,17}$/.test(id2))
    throw new SimError("InvalidAMIID.Malformed", `Invalid id: "${id2}" (expecting "ami-...")`);
  const image = ctx.r.images[id2];
  if (!image || imageState(image, ctx.now) === "deregistered")
    throw notFound("InvalidAMIID.NotFound", `The image id '[${id2}]' does not exist`);
  return image;
}
function describeImages(input, ctx) {
  const ids = input.ImageIds ?? [];
  for (const id2 of ids) findImage(ctx, id2);
  const images = Object.values(ctx.r.images).filter((image) => {
    const state = imageState(image, ctx.now);
    if (state === "deregistered") return false;
    if (ids.length > 0 && !ids.includes(image.id)) return false;
    if (!visibleTo(image, input.Owners, ctx.account)) return false;
    return matchesFilters(input.Filters, image.tags, {
      "image-id": image.id,
      name: image.name,
      description: image.description,
      state,
      architecture: image.architecture,
      "owner-id": image.ownerId,
      "owner-alias": image.public ? "amazon" : void 0,
      "is-public": String(image.public),
      "image-type": "machine",
      "root-device-type": "ebs",
      "virtualization-type": "hvm",
      "platform-details": image.platformDetails,
      "block-device-mapping.snapshot-id": image.blockDevices.map((b) => b.snapshotId)
    });
  });
  const { items, nextToken } = page(images, input.MaxResults, input.NextToken, {
    min: 5,
    max: 1e3,
    default: 1e3
  });
  return { Images: items.map((i) => toImage(i, ctx.now)), ...nextToken ? { NextToken: nextToken } : {} };
}
function deregisterImage(input, ctx) {
  const image = findImage(ctx, input.ImageId ?? "");
  if (image.ownerId !== ctx.account)
    throw new SimError("AuthFailure", `Not authorized for image:${image.id}`);
  image.deregisteredAt = ctx.now;
  if (!input.DeleteAssociatedSnapshots) return { Return: true };
  const results = image.blockDevices.map((b) => {
    delete ctx.r.snapshots[b.snapshotId];
    return { SnapshotId: b.snapshotId, ReturnCode: "success" };
  });
  return { Return: true, DeleteSnapshotResults: results };
}
function describeSnapshots(input, ctx) {
  const ids = input.SnapshotIds ?? [];
  for (const id2 of ids)
    if (!ctx.r.snapshots[id2])
      throw notFound("InvalidSnapshot.NotFound", `The snapshot '${id2}' does not exist.`);
  const owners = input.OwnerIds ?? [];
  const snapshots = Object.values(ctx.r.snapshots).filter(
    (s) => (ids.length === 0 || ids.includes(s.id)) && (owners.length === 0 ? s.ownerId === ctx.account || ids.length > 0 : owners.some(
      (o) => o === "self" ? s.ownerId === ctx.account : o === "amazon" ? s.ownerId === AMAZON_OWNER_ID : s.ownerId === o
    )) && matchesFilters(input.Filters, s.tags, {
      "snapshot-id": s.id,
      "owner-id": s.ownerId,
      status: "completed",
      description: s.description,
      "volume-size": String(s.volumeSize)
    })
  );
  const { items, nextToken } = page(snapshots, input.MaxResults, input.NextToken, {
    min: 5,
    max: 1e3,
    default: 1e3
  });
  return {
    Snapshots: items.map((s) => ({
      SnapshotId: s.id,
      VolumeId: "vol-ffffffff",
      State: "completed",
      Progress: "100%",
      StartTime: new Date(s.startedAt),
      OwnerId: s.ownerId,
      VolumeSize: s.volumeSize,
      Encrypted: false,
      StorageTier: "standard",
      ...s.description !== void 0 ? { Description: s.description } : {},
      ...Object.keys(s.tags).length > 0 ? { Tags: tagList(s.tags) } : {}
    })),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function deleteSnapshot(input, ctx) {
  const id2 = input.SnapshotId ?? "";
  const snapshot = ctx.r.snapshots[id2];
  if (!snapshot) throw notFound("InvalidSnapshot.NotFound", `The snapshot '${id2}' does not exist.`);
  const user = Object.values(ctx.r.images).find(
    (i) => imageState(i, ctx.now) !== "deregistered" && i.blockDevices.some((b) => b.snapshotId === id2)
  );
  if (user)
    throw new SimError("InvalidSnapshot.InUse", `The snapshot ${id2} is currently in use by ${user.id}`);
  delete ctx.r.snapshots[id2];
  return {};
}

// src/sim/services/ec2-network.ts
function defaultSecurityGroup(vpcId) {
  return `sg-${vpcId.slice(4)}`;
}
function findSubnet(r, id2) {
  const subnet = r.subnets.find((s) => s.id === id2);
  if (!subnet) throw notFound("InvalidSubnetID.NotFound", `The subnet ID '${id2}' does not exist`);
  return subnet;
}
function nextPrivateIp(subnet) {
  const [base] = subnet.cidr.split("/");
  const parts = (base ?? "10.0.0.0").split(".").map(Number);
  const host = subnet.nextHost++;
  const value = (parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3]) + host;
  return [value >>> 24 & 255, value >>> 16 & 255, value >>> 8 & 255, value & 255].join(".");
}
function describeVpcs(input, { r, account }) {
  for (const id2 of input.VpcIds ?? [])
    if (!r.vpcs.some((v) => v.id === id2))
      throw notFound("InvalidVpcID.NotFound", `The vpc ID '${id2}' does not exist`);
  const vpcs = r.vpcs.filter(
    (v) => (!input.VpcIds?.length || input.VpcIds.includes(v.id)) && matchesFilters(input.Filters, v.tags, {
      "vpc-id": v.id,
      "cidr-block": v.cidr,
      state: "available",
      "is-default": "false"
    })
  );
  return {
    Vpcs: vpcs.map((v) => ({
      VpcId: v.id,
      CidrBlock: v.cidr,
      State: "available",
      OwnerId: account,
      IsDefault: false,
      InstanceTenancy: "default",
      Tags: tagList(v.tags)
    }))
  };
}
function describeSubnets(input, { r, account, region }) {
  for (const id2 of input.SubnetIds ?? []) findSubnet(r, id2);
  const subnets = r.subnets.filter(
    (s) => (!input.SubnetIds?.length || input.SubnetIds.includes(s.id)) && matchesFilters(input.Filters, s.tags, {
      "subnet-id": s.id,
      "vpc-id": s.vpcId,
      "availability-zone": s.availabilityZone,
      "cidr-block": s.cidr,
      state: "available"
    })
  );
  return {
    Subnets: subnets.map((s) => ({
      SubnetId: s.id,
      SubnetArn: `arn:aws:ec2:${region}:${account}:subnet/${s.id}`,
      VpcId: s.vpcId,
      AvailabilityZone: s.availabilityZone,
      CidrBlock: s.cidr,
      State: "available",
      OwnerId: account,
      AvailableIpAddressCount: 251 - s.nextHost + 4,
      DefaultForAz: false,
      MapPublicIpOnLaunch: false,
      Tags: tagList(s.tags)
    }))
  };
}

// src/sim/services/ec2-instance-description.ts
function reservationsOf(instances, ctx) {
  const byReservation = /* @__PURE__ */ new Map();
  for (const i of instances) {
    let reservation = byReservation.get(i.reservationId);
    if (!reservation) {
      reservation = { ReservationId: i.reservationId, OwnerId: ctx.account, Groups: [], Instances: [] };
      byReservation.set(i.reservationId, reservation);
    }
    reservation.Instances.push(toInstance(i, ctx));
  }
  return [...byReservation.values()];
}
function toInstance(i, ctx) {
  const state = stateAt(i, ctx.now);
  const profileArn = i.iamInstanceProfile?.startsWith("arn:") ? i.iamInstanceProfile : `arn:aws:iam::${ctx.account}:instance-profile/${i.iamInstanceProfile}`;
  const out = {
    InstanceId: i.id,
    ImageId: i.imageId,
    InstanceType: i.instanceType,
    Architecture: i.architecture,
    State: instanceState(state),
    LaunchTime: new Date(i.launchedAt),
    Placement: { AvailabilityZone: i.availabilityZone, Tenancy: "default", GroupName: "" },
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    PrivateIpAddress: i.privateIp,
    PrivateDnsName: `ip-${i.privateIp.replaceAll(".", "-")}.${ctx.region}.compute.internal`,
    RootDeviceName: "/dev/xvda",
    RootDeviceType: "ebs",
    VirtualizationType: "hvm",
    Hypervisor: "xen",
    EnaSupport: true,
    AmiLaunchIndex: 0,
    PlatformDetails: "Linux/UNIX",
    UsageOperation: "RunInstances",
    StateTransitionReason: state === "stopped" || state === "stopping" ? "User initiated" : "",
    Monitoring: { State: "disabled" },
    EbsOptimized: false,
    SourceDestCheck: true,
    SriovNetSupport: "simple",
    HibernationOptions: { Configured: false },
    ProductCodes: [],
    ClientToken: i.clientToken ?? "",
    NetworkInterfaces: state === "terminated" ? [] : [primaryInterface(i, ctx.account)],
    MetadataOptions: {
      State: "applied",
      HttpTokens: i.metadataOptions.httpTokens,
      HttpEndpoint: i.metadataOptions.httpEndpoint,
      HttpPutResponseHopLimit: i.metadataOptions.httpPutResponseHopLimit,
      HttpProtocolIpv6: "disabled",
      InstanceMetadataTags: "disabled"
    },
    BlockDeviceMappings: state === "terminated" ? [] : i.blockDevices.map((b) => ({
      DeviceName: b.deviceName,
      Ebs: {
        VolumeId: b.volumeId,
        Status: "attached",
        AttachTime: new Date(i.launchedAt),
        DeleteOnTermination: b.deleteOnTermination
      }
    })),
    SecurityGroups: i.securityGroupIds.map((g) => ({
      GroupId: g,
      GroupName: g === defaultSecurityGroup(i.vpcId) ? "default" : g
    })),
    ...Object.keys(i.tags).length > 0 ? { Tags: tagList(i.tags) } : {}
  };
  if (i.iamInstanceProfile) out.IamInstanceProfile = { Arn: profileArn, Id: "AIPAAMIPIPE" };
  if (i.keyName) out.KeyName = i.keyName;
  const reason = STATE_REASONS[state];
  if (reason) out.StateReason = reason;
  return out;
}
var USER_SHUTDOWN = {
  Code: "Client.UserInitiatedShutdown",
  Message: "Client.UserInitiatedShutdown: User initiated shutdown"
};
var STATE_REASONS = {
  pending: { Code: "pending", Message: "pending" },
  stopping: USER_SHUTDOWN,
  stopped: USER_SHUTDOWN,
  "shutting-down": USER_SHUTDOWN,
  terminated: USER_SHUTDOWN
};
function primaryInterface(i, account) {
  const eni = `eni-${i.id.slice(2)}`;
  const mac = `0e:${i.id.slice(-10).match(/../g).join(":")}`;
  return {
    NetworkInterfaceId: eni,
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    Description: "",
    OwnerId: account,
    Status: "in-use",
    MacAddress: mac,
    PrivateIpAddress: i.privateIp,
    SourceDestCheck: true,
    InterfaceType: "interface",
    Groups: i.securityGroupIds.map((g) => ({
      GroupId: g,
      GroupName: g === defaultSecurityGroup(i.vpcId) ? "default" : g
    })),
    Ipv6Addresses: [],
    PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: i.privateIp }],
    Association: { IpOwnerId: "amazon", PublicDnsName: "", PublicIp: "" },
    Attachment: {
      AttachmentId: `eni-attach-${i.id.slice(2)}`,
      AttachTime: new Date(i.launchedAt),
      DeleteOnTermination: true,
      DeviceIndex: 0,
      NetworkCardIndex: 0,
      Status: "attached"
    }
  };
}

// src/sim/services/ec2-launch-templates.ts
function findLaunchTemplate(r, ref) {
  if (ref.id) {
    const lt = r.launchTemplates[ref.id];
    if (!lt)
      throw notFound(
        "InvalidLaunchTemplateId.NotFound",
        `The specified launch template, with template ID ${ref.id}, does not exist.`
      );
    return lt;
  }
  if (ref.name) {
    const lt = Object.values(r.launchTemplates).find((t) => t.name === ref.name);
    if (!lt)
      throw notFound(
        "InvalidLaunchTemplateName.NotFoundException",
        `The specified launch template, with template name ${ref.name}, does not exist.`
      );
    return lt;
  }
  throw new SimError(
    "MissingParameter",
    "The request must contain the parameter LaunchTemplateName or LaunchTemplateId"
  );
}
function resolveVersion(lt, version) {
  const n = version === void 0 || version === "$Default" ? lt.defaultVersion : version === "$Latest" ? latestVersion(lt) : Number(version);
  const found = lt.versions.find((v) => v.number === n);
  if (!found) {
    throw notFound(
      "InvalidLaunchTemplateId.VersionNotFound",
      `Could not find launch template version ${version} for launch template ${lt.id}.`
    );
  }
  return found;
}
function latestVersion(lt) {
  return Math.max(...lt.versions.map((v) => v.number));
}
function toLaunchTemplate(lt, account) {
  return {
    LaunchTemplateId: lt.id,
    LaunchTemplateName: lt.name,
    CreateTime: new Date(lt.createdAt),
    CreatedBy: `arn:aws:iam::${account}:user/amipipe`,
    DefaultVersionNumber: lt.defaultVersion,
    LatestVersionNumber: latestVersion(lt),
    ...Object.keys(lt.tags).length > 0 ? { Tags: tagList(lt.tags) } : {}
  };
}
function toVersion(lt, v, account) {
  return {
    LaunchTemplateId: lt.id,
    LaunchTemplateName: lt.name,
    VersionNumber: v.number,
    CreateTime: new Date(v.createdAt),
    CreatedBy: `arn:aws:iam::${account}:user/amipipe`,
    DefaultVersion: v.number === lt.defaultVersion,
    LaunchTemplateData: structuredClone(v.data),
    ...v.description !== void 0 ? { VersionDescription: v.description } : {}
  };
}
function createLaunchTemplate(input, ctx) {
  const name = input.LaunchTemplateName ?? "";
  if (!/^[a-zA-Z0-9().\-/_]{3,128}$/.test(name))
    throw new SimError(
      "InvalidLaunchTemplateName.MalformedException",
      `Launch template name ${name} is malformed.`
    );
  if (Object.values(ctx.r.launchTemplates).some((t) => t.name === name)) {
    throw new SimError(
      "InvalidLaunchTemplateName.AlreadyExistsException",
      `Launch template name already in use.`
    );
  }
  const lt = {
    id: newId(ctx.state, "lt"),
    name,
    createdAt: ctx.now,
    defaultVersion: 1,
    tags: tagsFor(input.TagSpecifications, "launch-template"),
    versions: [
      { number: 1, createdAt: ctx.now, data: input.LaunchTemplateData ?? {} }
    ]
  };
  if (input.VersionDescription !== void 0) lt.versions[0].description = input.VersionDescription;
  ctx.r.launchTemplates[lt.id] = lt;
  return { LaunchTemplate: toLaunchTemplate(lt, ctx.account) };
}
function createLaunchTemplateVersion(input, ctx) {
  const lt = findLaunchTemplate(ctx.r, { id: input.LaunchTemplateId, name: input.LaunchTemplateName });
  const base = input.SourceVersion !== void 0 ? structuredClone(resolveVersion(lt, input.SourceVersion).data) : {};
  const version = {
    number: latestVersion(lt) + 1,
    createdAt: ctx.now,
    data: { ...base, ...input.LaunchTemplateData ?? {} }
  };
  if (input.VersionDescription !== void 0) version.description = input.VersionDescription;
  lt.versions.push(version);
  return { LaunchTemplateVersion: toVersion(lt, version, ctx.account) };
}
function describeLaunchTemplates(input, ctx) {
  for (const id2 of input.LaunchTemplateIds ?? []) findLaunchTemplate(ctx.r, { id: id2 });
  for (const name of input.LaunchTemplateNames ?? []) findLaunchTemplate(ctx.r, { name });
  const templates = Object.values(ctx.r.launchTemplates).filter(
    (t) => (!input.LaunchTemplateIds?.length || input.LaunchTemplateIds.includes(t.id)) && (!input.LaunchTemplateNames?.length || input.LaunchTemplateNames.includes(t.name)) && matchesFilters(input.Filters, t.tags, {
      "launch-template-name": t.name,
      "create-time": new Date(t.createdAt).toISOString()
    })
  );
  const { items, nextToken } = page(templates, input.MaxResults, input.NextToken, {
    min: 1,
    max: 200,
    default: 200
  });
  return {
    LaunchTemplates: items.map((t) => toLaunchTemplate(t, ctx.account)),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function describeLaunchTemplateVersions(input, ctx) {
  const lt = findLaunchTemplate(ctx.r, { id: input.LaunchTemplateId, name: input.LaunchTemplateName });
  let versions = input.Versions?.length ? input.Versions.map((v) => resolveVersion(lt, v)) : [...lt.versions].sort((a, b) => b.number - a.number);
  const min = input.MinVersion !== void 0 ? Number(input.MinVersion) : void 0;
  const max = input.MaxVersion !== void 0 ? Number(input.MaxVersion) : void 0;
  versions = versions.filter(
    (v) => (min === void 0 || v.number >= min) && (max === void 0 || v.number <= max) && matchesFilters(
      input.Filters,
      {},
      {
        "is-default-version": String(v.number === lt.defaultVersion),
        "image-id": typeof v.data.ImageId === "string" ? v.data.ImageId : void 0,
        "instance-type": typeof v.data.InstanceType === "string" ? v.data.InstanceType : void 0
      }
    )
  );
  const { items, nextToken } = page(versions, input.MaxResults, input.NextToken, {
    min: 1,
    max: 200,
    default: 200
  });
  return {
    LaunchTemplateVersions: items.map((v) => toVersion(lt, v, ctx.account)),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function modifyLaunchTemplate(input, ctx) {
  const lt = findLaunchTemplate(ctx.r, { id: input.LaunchTemplateId, name: input.LaunchTemplateName });
  if (input.DefaultVersion !== void 0) lt.defaultVersion = resolveVersion(lt, input.DefaultVersion).number;
  return { LaunchTemplate: toLaunchTemplate(lt, ctx.account) };
}

// src/sim/services/ec2-launch.ts
function instanceTypeArchitecture(type) {
  return /^[a-z]+\d+g[a-z]*\./.test(type) ? "arm64" : "x86_64";
}
function isNewestImage(r, imageId, account, now) {
  let newest;
  for (const image of Object.values(r.images)) {
    if (image.ownerId !== account || imageState(image, now) === "deregistered") continue;
    if (!newest || image.createdAt >= newest.at) newest = { id: image.id, at: image.createdAt };
  }
  return newest?.id === imageId;
}
async function launchInstances(ctx, req) {
  const { r, now } = ctx;
  const data = req.data;
  if (!data.ImageId) throw new SimError("MissingParameter", "The request must contain the parameter ImageId");
  const image = findImage(ctx, data.ImageId);
  const state = imageState(image, now);
  if (state !== "available")
    throw new SimError(
      "InvalidAMIID.Unavailable",
      `The image id '[${image.id}]' is not available (state: ${state})`
    );
  const instanceType = data.InstanceType ?? "m1.small";
  const arch = instanceTypeArchitecture(instanceType);
  if (arch !== image.architecture) {
    throw new SimError(
      "InvalidParameterValue",
      `The architecture '${arch}' of the specified instance type does not match the architecture '${image.architecture}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again.`
    );
  }
  const subnetId = req.subnetId ?? data.NetworkInterfaces?.[0]?.SubnetId;
  if (!subnetId)
    throw new SimError(
      "VPCIdNotSpecified",
      "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC."
    );
  const subnet = findSubnet(r, subnetId);
  const capacity = ctx.engine.faults.args("capacity");
  if (capacity.includes(subnet.id) || capacity.includes(subnet.availabilityZone)) {
    throw new SimError(
      "InsufficientInstanceCapacity",
      `We currently do not have sufficient ${instanceType} capacity in the Availability Zone you requested (${subnet.availabilityZone}). Our system will be working on provisioning additional capacity. You can currently get ${instanceType} capacity by not specifying an Availability Zone in your request or choosing ${r.subnets.filter((s) => s.availabilityZone !== subnet.availabilityZone).map((s) => s.availabilityZone).join(", ")}.`,
      500
    );
  }
  const tags2 = { ...tagsFor(data.TagSpecifications, "instance"), ...req.extraTags ?? {} };
  if (req.launchTemplate) {
    tags2["aws:ec2launchtemplate:id"] = req.launchTemplate.id;
    tags2["aws:ec2launchtemplate:version"] = req.launchTemplate.version;
  }
  const newest = isNewestImage(r, image.id, ctx.account, now);
  const failsHealthChecks = ctx.engine.faults.has("new-instances-unhealthy") && newest;
  const reservationId = newId(ctx.state, "r");
  const launched = [];
  for (let i = 0; i < req.count; i++) {
    const id2 = newId(ctx.state, "i");
    const overrides = new Map((data.BlockDeviceMappings ?? []).map((b) => [b.DeviceName ?? "", b.Ebs ?? {}]));
    const instance = {
      id: id2,
      reservationId,
      imageId: image.id,
      instanceType,
      architecture: image.architecture,
      subnetId: subnet.id,
      vpcId: subnet.vpcId,
      availabilityZone: subnet.availabilityZone,
      privateIp: nextPrivateIp(subnet),
      launchedAt: now,
      transitions: [
        { at: now, state: "pending" },
        { at: now + TIMINGS.pendingToRunning, state: "running" }
      ],
      reboots: [],
      tags: { ...tags2 },
      metadataOptions: {
        httpTokens: data.MetadataOptions?.HttpTokens ?? "optional",
        httpEndpoint: data.MetadataOptions?.HttpEndpoint ?? "enabled",
        httpPutResponseHopLimit: data.MetadataOptions?.HttpPutResponseHopLimit ?? 1
      },
      blockDevices: image.blockDevices.map((b) => {
        const o = overrides.get(b.deviceName) ?? {};
        return {
          deviceName: b.deviceName,
          volumeId: newId(ctx.state, "vol"),
          volumeSize: o.VolumeSize ?? b.volumeSize,
          volumeType: o.VolumeType ?? b.volumeType,
          deleteOnTermination: o.DeleteOnTermination ?? true
        };
      }),
      securityGroupIds: data.SecurityGroupIds ?? data.NetworkInterfaces?.[0]?.Groups ?? [defaultSecurityGroup(subnet.vpcId)],
      facts: await factsForImage(image, {
        launchedAt: now,
        faults: ctx.engine.faults,
        isNewestImage: newest,
        ...data.UserData ? { userData: data.UserData } : {}
      })
    };
    if (failsHealthChecks) instance.failsHealthChecks = true;
    const profile = data.IamInstanceProfile?.Arn ?? data.IamInstanceProfile?.Name;
    if (profile) instance.iamInstanceProfile = profile;
    if (data.KeyName) instance.keyName = data.KeyName;
    if (data.UserData) instance.userData = data.UserData;
    if (req.clientToken) instance.clientToken = req.clientToken;
    if (req.launchTemplate) instance.launchTemplate = req.launchTemplate;
    if (req.autoScalingGroup) instance.autoScalingGroup = req.autoScalingGroup;
    r.instances[id2] = instance;
    launched.push(instance);
  }
  return launched;
}
async function runInstances(input, ctx) {
  if (input.ClientToken) {
    const earlier = Object.values(ctx.r.instances).filter((i) => i.clientToken === input.ClientToken);
    if (earlier.length > 0) return reservationsOf(earlier, ctx)[0];
  }
  const min = input.MinCount ?? 1;
  const max = input.MaxCount ?? 1;
  if (min < 1 || max < min)
    throw new SimError("InvalidParameterValue", `Invalid value for MinCount/MaxCount: ${min}/${max}`);
  let data = {};
  let launchTemplate;
  if (input.LaunchTemplate) {
    const lt = findLaunchTemplate(ctx.r, {
      id: input.LaunchTemplate.LaunchTemplateId,
      name: input.LaunchTemplate.LaunchTemplateName
    });
    const version = resolveVersion(lt, input.LaunchTemplate.Version);
    data = structuredClone(version.data);
    launchTemplate = { id: lt.id, name: lt.name, version: String(version.number) };
  }
  const given = input;
  for (const key of [
    "ImageId",
    "InstanceType",
    "KeyName",
    "UserData",
    "SecurityGroupIds",
    "NetworkInterfaces",
    "MetadataOptions",
    "BlockDeviceMappings",
    "IamInstanceProfile"
  ]) {
    if (given[key] !== void 0) data[key] = given[key];
  }
  data.TagSpecifications = [
    ...data.TagSpecifications ?? [],
    ...input.TagSpecifications ?? []
  ];
  const req = { count: max, data };
  if (input.SubnetId) req.subnetId = input.SubnetId;
  if (launchTemplate) req.launchTemplate = launchTemplate;
  if (input.ClientToken) req.clientToken = input.ClientToken;
  const launched = await launchInstances(ctx, req);
  return reservationsOf(launched, ctx)[0];
}

// src/sim/services/autoscaling-refresh.ts
var BATCH_TIMEOUT_MS = 15 * 6e4;
var ACTIVE = [
  "Pending",
  "InProgress",
  "Cancelling",
  "RollbackInProgress",
  "Baking"
];
async function launchForGroup(ctx, asg, count, at, template = asg.launchTemplate) {
  const lt = findLaunchTemplate(ctx.r, { id: template.id });
  const version = resolveVersion(lt, template.version);
  const out = [];
  for (let i = 0; i < count; i++) {
    const subnetId = asg.subnets[(asg.instanceIds.length + i) % asg.subnets.length];
    const [instance] = await launchInstances(
      { ...ctx, now: at },
      {
        count: 1,
        data: structuredClone(version.data),
        subnetId,
        launchTemplate: { id: lt.id, name: lt.name, version: String(version.number) },
        extraTags: { "aws:autoscaling:groupName": asg.name, ...asg.tags },
        autoScalingGroup: asg.name
      }
    );
    asg.instanceIds.push(instance.id);
    for (const arn2 of asg.targetGroupArns)
      ctx.r.targetGroups[arn2]?.targets.push({
        id: instance.id,
        port: ctx.r.targetGroups[arn2].port,
        registeredAt: at + TIMINGS.pendingToRunning
      });
    out.push(instance);
  }
  return out;
}
function retire(ctx, asg, ids, at) {
  let delay = 0;
  for (const arn2 of asg.targetGroupArns) {
    const tg = ctx.r.targetGroups[arn2];
    if (!tg) continue;
    delay = Math.max(delay, tg.deregistrationDelaySeconds * 1e3);
    for (const e of tg.targets)
      if (ids.includes(e.id) && e.deregisteredAt === void 0) e.deregisteredAt = at;
  }
  for (const id2 of ids) {
    const i = ctx.r.instances[id2];
    if (i)
      changeState(i, at + delay, [
        { after: 0, state: "shutting-down" },
        { after: TIMINGS.shuttingDown, state: "terminated" }
      ]);
  }
  asg.instanceIds = asg.instanceIds.filter((id2) => !ids.includes(id2));
}
function readyAt(ctx, asg, id2, warmupMs) {
  const instance = ctx.r.instances[id2];
  if (!instance) return void 0;
  let ready = (runningPeriods(instance)[0]?.from ?? Number.POSITIVE_INFINITY) + TIMINGS.appBoot;
  for (const arn2 of asg.targetGroupArns) {
    const tg = ctx.r.targetGroups[arn2];
    const episode = tg?.targets.find((e) => e.id === id2);
    if (!tg || !episode) continue;
    const first = healthyIntervals(tg, episode, ctx.r)[0];
    if (!first) return void 0;
    ready = Math.max(ready, first.from);
  }
  return Number.isFinite(ready) ? ready + warmupMs : void 0;
}
function batchSize(asg, p) {
  if (p.maxHealthyPercentage > 100)
    return Math.max(1, Math.floor(asg.desired * (p.maxHealthyPercentage - 100) / 100));
  return Math.max(1, Math.floor(asg.desired * (100 - p.minHealthyPercentage) / 100));
}
function alarmFiring(ctx, refresh, at) {
  return refresh.preferences.alarms.find((name) => {
    const alarm = ctx.r.alarms[name];
    return alarm !== void 0 && alarmStateAt(alarm, at).state === "ALARM";
  });
}
function finish(refresh, status, at, reason) {
  refresh.status = status;
  refresh.endedAt = at;
  refresh.phase = "done";
  if (reason) refresh.statusReason = reason;
}
function beginRollback(asg, refresh, at, reason) {
  refresh.status = "RollbackInProgress";
  refresh.statusReason = reason;
  const back = refresh.previous;
  refresh.previous = refresh.desired;
  refresh.desired = back;
  asg.launchTemplate = { ...back };
  refresh.toReplace = asg.instanceIds.filter(
    (id2) => refresh.launched.includes(id2) || refresh.batch.includes(id2)
  );
  refresh.total = refresh.toReplace.length;
  refresh.launched = [];
  refresh.batch = [];
  refresh.victims = [];
  refresh.phase = "launch";
  refresh.phaseAt = at;
}
async function advanceRefresh(ctx, asg, refresh) {
  const p = refresh.preferences;
  for (let guard = 0; guard < 1e4 && ACTIVE.includes(refresh.status) && refresh.phaseAt <= ctx.now; guard++) {
    const at = refresh.phaseAt;
    const rollingBack = refresh.status === "RollbackInProgress";
    if (refresh.status === "Cancelling") {
      finish(refresh, "Cancelled", at, "Instance refresh was cancelled");
      return;
    }
    if (!rollingBack) {
      const alarm = alarmFiring(ctx, refresh, at);
      if (alarm) {
        if (p.autoRollback) beginRollback(asg, refresh, at, `Alarm ${alarm} is in ALARM state; rolling back`);
        else finish(refresh, "Failed", at, `Alarm ${alarm} is in ALARM state`);
        continue;
      }
    }
    if (refresh.phase === "launch" || refresh.phase === "checkpoint") {
      refresh.status = rollingBack ? "RollbackInProgress" : "InProgress";
      if (refresh.toReplace.length === 0) {
        finish(refresh, rollingBack ? "RollbackSuccessful" : "Successful", at);
        refresh.percentageComplete = 100;
        return;
      }
      const victims = refresh.toReplace.slice(0, batchSize(asg, p));
      const launched = await launchForGroup(ctx, asg, victims.length, at, refresh.desired);
      refresh.victims = victims;
      refresh.batch = launched.map((i) => i.id);
      refresh.phase = "wait";
      const ready = refresh.batch.map((id2) => readyAt(ctx, asg, id2, p.instanceWarmup * 1e3));
      const allReady = ready.every((r) => r !== void 0) ? Math.max(...ready) : void 0;
      refresh.phaseAt = allReady !== void 0 && allReady <= at + BATCH_TIMEOUT_MS ? allReady : at + BATCH_TIMEOUT_MS + 1;
      continue;
    }
    if (refresh.phase === "wait") {
      const ready = refresh.batch.map((id2) => readyAt(ctx, asg, id2, p.instanceWarmup * 1e3));
      if (ready.some((r) => r === void 0 || r > at)) {
        const reason = "Instances failed to pass health checks within the instance warmup";
        if (!rollingBack && p.autoRollback) beginRollback(asg, refresh, at, reason);
        else finish(refresh, rollingBack ? "Failed" : "Failed", at, reason);
        continue;
      }
      retire(ctx, asg, refresh.victims, at);
      refresh.toReplace = refresh.toReplace.filter((id2) => !refresh.victims.includes(id2));
      refresh.launched.push(...refresh.batch);
      const before = refresh.percentageComplete;
      refresh.percentageComplete = refresh.total === 0 ? 100 : Math.floor((refresh.total - refresh.toReplace.length) / refresh.total * 100);
      refresh.batch = [];
      refresh.victims = [];
      const checkpoint = rollingBack ? void 0 : p.checkpointPercentages.find((c) => before < c && refresh.percentageComplete >= c && c < 100);
      refresh.phase = checkpoint !== void 0 ? "checkpoint" : "launch";
      refresh.phaseAt = checkpoint !== void 0 ? at + p.checkpointDelay * 1e3 : at;
    }
  }
}

// src/sim/services/autoscaling-groups.ts
var MAX_RECORDS = { min: 1, max: 100, default: 50 };
function findGroup(ctx, name) {
  const asg = name ? ctx.r.autoScalingGroups[name] : void 0;
  if (!asg)
    throw new SimError(
      "ValidationError",
      `AutoScalingGroup name not found - AutoScalingGroup '${name}' not found`
    );
  return asg;
}
function templateRef(ctx, spec) {
  if (!spec) throw new SimError("ValidationError", "A launch template must be given");
  const lt = findLaunchTemplate(ctx.r, { id: spec.LaunchTemplateId, name: spec.LaunchTemplateName });
  resolveVersion(lt, spec.Version);
  return { id: lt.id, name: lt.name, version: spec.Version ?? "$Default" };
}
function checkCapacity({ min, max, desired }) {
  if (desired < min || desired > max)
    throw new SimError(
      "ValidationError",
      `Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`
    );
}
async function scaleTo(ctx, asg) {
  const live = asg.instanceIds.filter(
    (id2) => ctx.r.instances[id2] && !["shutting-down", "terminated"].includes(stateAt(ctx.r.instances[id2], ctx.now))
  );
  asg.instanceIds = live;
  if (live.length < asg.desired) await launchForGroup(ctx, asg, asg.desired - live.length, ctx.now);
  if (live.length > asg.desired) retire(ctx, asg, live.slice(0, live.length - asg.desired), ctx.now);
}
async function createAutoScalingGroup(input, ctx) {
  const name = input.AutoScalingGroupName ?? "";
  if (ctx.r.autoScalingGroups[name])
    throw new SimError(
      "AlreadyExists",
      `AutoScalingGroup by this name already exists - A group with the name ${name} already exists`
    );
  const min = input.MinSize ?? 0;
  const max = input.MaxSize ?? 0;
  const desired = input.DesiredCapacity ?? min;
  checkCapacity({ min, max, desired });
  const subnets = (input.VPCZoneIdentifier ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (subnets.length === 0)
    throw new SimError("ValidationError", "At least one Availability Zone or VPC Subnet is required.");
  const asg = {
    name,
    arn: `arn:aws:autoscaling:${ctx.region}:${ctx.account}:autoScalingGroup:${newHex(ctx.state, "asg", 8)}-${newHex(ctx.state, "asg", 4)}:autoScalingGroupName/${name}`,
    launchTemplate: templateRef(ctx, input.LaunchTemplate),
    min,
    max,
    desired,
    subnets,
    targetGroupArns: input.TargetGroupARNs ?? [],
    healthCheckType: input.HealthCheckType ?? "EC2",
    healthCheckGracePeriod: input.HealthCheckGracePeriod ?? 300,
    createdAt: ctx.now,
    tags: Object.fromEntries(
      (input.Tags ?? []).filter((t) => t.PropagateAtLaunch).map((t) => [t.Key, t.Value ?? ""])
    ),
    instanceIds: [],
    refreshes: []
  };
  ctx.r.autoScalingGroups[name] = asg;
  await scaleTo(ctx, asg);
  return {};
}
async function updateAutoScalingGroup(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  if (input.LaunchTemplate) asg.launchTemplate = templateRef(ctx, input.LaunchTemplate);
  const min = input.MinSize ?? asg.min;
  const max = input.MaxSize ?? asg.max;
  const desired = input.DesiredCapacity ?? Math.min(Math.max(asg.desired, min), max);
  checkCapacity({ min, max, desired });
  Object.assign(asg, { min, max, desired });
  if (input.HealthCheckType) asg.healthCheckType = input.HealthCheckType;
  if (input.HealthCheckGracePeriod !== void 0) asg.healthCheckGracePeriod = input.HealthCheckGracePeriod;
  await scaleTo(ctx, asg);
  return {};
}
function lifecycle(ctx, asg, id2) {
  const instance = ctx.r.instances[id2];
  const state = stateAt(instance, ctx.now);
  if (state === "pending") return "Pending";
  if (state !== "running") return "Terminating";
  for (const arn2 of asg.targetGroupArns) {
    const tg = ctx.r.targetGroups[arn2];
    const episode = tg?.targets.filter((e) => e.id === id2).at(-1);
    if (tg && episode && healthAt(tg, episode, ctx.r, ctx.now)?.state === "initial") return "Pending";
  }
  return "InService";
}
function toGroup(ctx, asg) {
  return {
    AutoScalingGroupName: asg.name,
    AutoScalingGroupARN: asg.arn,
    LaunchTemplate: {
      LaunchTemplateId: asg.launchTemplate.id,
      LaunchTemplateName: asg.launchTemplate.name,
      Version: asg.launchTemplate.version
    },
    MinSize: asg.min,
    MaxSize: asg.max,
    DesiredCapacity: asg.desired,
    DefaultCooldown: 300,
    AvailabilityZones: [
      ...new Set(asg.subnets.map((s) => ctx.r.subnets.find((x) => x.id === s)?.availabilityZone ?? ""))
    ],
    LoadBalancerNames: [],
    TargetGroupARNs: [...asg.targetGroupArns],
    HealthCheckType: asg.healthCheckType,
    HealthCheckGracePeriod: asg.healthCheckGracePeriod,
    CreatedTime: new Date(asg.createdAt),
    VPCZoneIdentifier: asg.subnets.join(","),
    TerminationPolicies: ["Default"],
    NewInstancesProtectedFromScaleIn: false,
    CapacityRebalance: false,
    EnabledMetrics: [],
    SuspendedProcesses: [],
    ServiceLinkedRoleARN: `arn:aws:iam::${ctx.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
    Tags: Object.entries(asg.tags).map(([Key, Value]) => ({
      ResourceId: asg.name,
      ResourceType: "auto-scaling-group",
      Key,
      Value,
      PropagateAtLaunch: true
    })),
    Instances: asg.instanceIds.filter((id2) => ctx.r.instances[id2] && ctx.r.instances[id2].launchedAt <= ctx.now).map((id2) => {
      const i = ctx.r.instances[id2];
      return {
        InstanceId: id2,
        InstanceType: i.instanceType,
        AvailabilityZone: i.availabilityZone,
        LifecycleState: lifecycle(ctx, asg, id2),
        HealthStatus: "Healthy",
        ProtectedFromScaleIn: false,
        LaunchTemplate: {
          LaunchTemplateId: i.launchTemplate?.id,
          LaunchTemplateName: i.launchTemplate?.name,
          Version: i.launchTemplate?.version
        }
      };
    })
  };
}
function describeAutoScalingGroups(input, ctx) {
  const names = input.AutoScalingGroupNames ?? [];
  const groups = Object.values(ctx.r.autoScalingGroups).filter(
    (g) => names.length === 0 || names.includes(g.name)
  );
  const { items, nextToken } = page(groups, input.MaxRecords, input.NextToken, MAX_RECORDS);
  return {
    AutoScalingGroups: items.map((g) => toGroup(ctx, g)),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}

// src/sim/services/autoscaling-refresh-calls.ts
function versionNumber(ctx, ref) {
  return String(resolveVersion(findLaunchTemplate(ctx.r, { id: ref.id }), ref.version).number);
}
function toRefresh(asg, r) {
  return {
    InstanceRefreshId: r.id,
    AutoScalingGroupName: asg.name,
    Status: r.status,
    StartTime: new Date(r.startedAt),
    PercentageComplete: r.percentageComplete,
    InstancesToUpdate: r.toReplace.length,
    Preferences: {
      MinHealthyPercentage: r.preferences.minHealthyPercentage,
      MaxHealthyPercentage: r.preferences.maxHealthyPercentage,
      InstanceWarmup: r.preferences.instanceWarmup,
      CheckpointPercentages: r.preferences.checkpointPercentages,
      CheckpointDelay: r.preferences.checkpointDelay,
      AutoRollback: r.preferences.autoRollback,
      SkipMatching: r.preferences.skipMatching,
      ...r.preferences.alarms.length > 0 ? { AlarmSpecification: { Alarms: r.preferences.alarms } } : {}
    },
    ...r.statusReason ? { StatusReason: r.statusReason } : {},
    ...r.endedAt !== void 0 ? { EndTime: new Date(r.endedAt) } : {}
  };
}
function activeRefresh(asg) {
  return asg.refreshes.find((r) => ACTIVE.includes(r.status));
}
function noActiveRefresh() {
  return new SimError(
    "ActiveInstanceRefreshNotFound",
    "No in progress or pending Instance Refresh found for this Auto Scaling group."
  );
}
function startInstanceRefresh(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  if (activeRefresh(asg))
    throw new SimError(
      "InstanceRefreshInProgress",
      "An Instance Refresh is already in progress and blocks the execution of this Instance Refresh."
    );
  const p = input.Preferences ?? {};
  const preferences = {
    minHealthyPercentage: p.MinHealthyPercentage ?? 90,
    maxHealthyPercentage: p.MaxHealthyPercentage ?? 100,
    instanceWarmup: p.InstanceWarmup ?? asg.healthCheckGracePeriod,
    checkpointPercentages: p.CheckpointPercentages ?? [],
    checkpointDelay: p.CheckpointDelay ?? 3600,
    autoRollback: p.AutoRollback ?? false,
    alarms: p.AlarmSpecification?.Alarms ?? [],
    skipMatching: p.SkipMatching ?? false
  };
  if (preferences.maxHealthyPercentage < 100 || preferences.maxHealthyPercentage > 200 || preferences.maxHealthyPercentage - preferences.minHealthyPercentage > 100) {
    throw new SimError(
      "ValidationError",
      "MaxHealthyPercentage must be between 100 and 200, and at most 100 above MinHealthyPercentage"
    );
  }
  if (preferences.autoRollback && !input.DesiredConfiguration?.LaunchTemplate) {
    throw new SimError("ValidationError", "AutoRollback needs a DesiredConfiguration");
  }
  const previous = { ...asg.launchTemplate };
  const desired = input.DesiredConfiguration?.LaunchTemplate ? templateRef(ctx, input.DesiredConfiguration.LaunchTemplate) : previous;
  asg.launchTemplate = { ...desired };
  const wanted = versionNumber(ctx, desired);
  const toReplace = asg.instanceIds.filter(
    (id2) => !preferences.skipMatching || ctx.r.instances[id2]?.launchTemplate?.version !== wanted
  );
  const refresh = {
    id: `${newHex(ctx.state, "refresh", 8)}-${newHex(ctx.state, "refresh", 4)}-4${newHex(ctx.state, "refresh", 3)}-8${newHex(ctx.state, "refresh", 3)}-${newHex(ctx.state, "refresh", 12)}`,
    status: "Pending",
    startedAt: ctx.now,
    preferences,
    desired,
    previous,
    toReplace,
    launched: [],
    total: toReplace.length,
    phase: "launch",
    phaseAt: ctx.now,
    batch: [],
    victims: [],
    percentageComplete: 0
  };
  asg.refreshes.unshift(refresh);
  return { InstanceRefreshId: refresh.id };
}
function describeInstanceRefreshes(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refreshes = asg.refreshes.filter(
    (r) => !input.InstanceRefreshIds?.length || input.InstanceRefreshIds.includes(r.id)
  );
  const { items, nextToken } = page(refreshes, input.MaxRecords, input.NextToken, MAX_RECORDS);
  return {
    InstanceRefreshes: items.map((r) => toRefresh(asg, r)),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function cancelInstanceRefresh(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refresh = activeRefresh(asg);
  if (!refresh) throw noActiveRefresh();
  refresh.status = "Cancelling";
  refresh.phaseAt = ctx.now;
  return { InstanceRefreshId: refresh.id };
}
function rollbackInstanceRefresh(input, ctx) {
  const asg = findGroup(ctx, input.AutoScalingGroupName);
  const refresh = activeRefresh(asg);
  if (!refresh || refresh.status === "RollbackInProgress") {
    throw noActiveRefresh();
  }
  beginRollback(asg, refresh, ctx.now, "Rollback requested");
  return { InstanceRefreshId: refresh.id };
}

// src/sim/services/autoscaling.ts
function register2(engine) {
  engine.onCall(async (ctx) => {
    for (const asg of Object.values(ctx.r.autoScalingGroups)) {
      for (const refresh of asg.refreshes)
        if (ACTIVE.includes(refresh.status)) await advanceRefresh(ctx, asg, refresh);
    }
  });
  engine.register("autoscaling", {
    CreateAutoScalingGroup: createAutoScalingGroup,
    UpdateAutoScalingGroup: updateAutoScalingGroup,
    DescribeAutoScalingGroups: describeAutoScalingGroups,
    StartInstanceRefresh: startInstanceRefresh,
    DescribeInstanceRefreshes: describeInstanceRefreshes,
    CancelInstanceRefresh: cancelInstanceRefresh,
    RollbackInstanceRefresh: rollbackInstanceRefresh
  });
}

// src/sim/services/ec2-instances.ts
var INSTANCE_PAGES = { min: 5, max: 1e3, default: 1e3 };
function findInstance(r, id2, now) {
  if (!/^i-[0-9a-f]{8,17}$/.test(id2))
    throw new SimError("InvalidInstanceID.Malformed", `Invalid id: "${id2}"`);
  const instance = r.instances[id2];
  if (!instance || !visible(instance, now))
    throw notFound("InvalidInstanceID.NotFound", `The instance ID '${id2}' does not exist`);
  return instance;
}
function visible(instance, now) {
  if (instance.launchedAt > now) return false;
  const terminated = instance.transitions.find((t) => t.state === "terminated");
  return !terminated || now < terminated.at + TIMINGS.terminatedVisible;
}
function instanceFields(i, now) {
  const state = stateAt(i, now);
  return {
    "instance-id": i.id,
    "image-id": i.imageId,
    "instance-state-name": state,
    "instance-state-code": String(STATE_CODES[state]),
    "instance-type": i.instanceType,
    "subnet-id": i.subnetId,
    "vpc-id": i.vpcId,
    "availability-zone": i.availabilityZone,
    "private-ip-address": i.privateIp,
    "reservation-id": i.reservationId,
    architecture: i.architecture,
    "metadata-options.http-tokens": i.metadataOptions.httpTokens,
    "iam-instance-profile.arn": i.iamInstanceProfile,
    "client-token": i.clientToken
  };
}
function describeInstances(input, ctx) {
  const ids = input.InstanceIds ?? [];
  if (ids.length > 0 && input.MaxResults !== void 0) {
    throw new SimError(
      "InvalidParameterCombination",
      "The parameter instancesSet cannot be used with the parameter maxResults"
    );
  }
  for (const id2 of ids) findInstance(ctx.r, id2, ctx.now);
  const matching = Object.values(ctx.r.instances).filter(
    (i) => visible(i, ctx.now) && (ids.length === 0 || ids.includes(i.id)) && matchesFilters(input.Filters, i.tags, instanceFields(i, ctx.now))
  );
  const { items, nextToken } = page(matching, input.MaxResults, input.NextToken, INSTANCE_PAGES);
  return { Reservations: reservationsOf(items, ctx), ...nextToken ? { NextToken: nextToken } : {} };
}
function describeInstanceStatus(input, ctx) {
  const ids = input.InstanceIds ?? [];
  for (const id2 of ids) findInstance(ctx.r, id2, ctx.now);
  const rows = Object.values(ctx.r.instances).filter((i) => visible(i, ctx.now) && (ids.length === 0 || ids.includes(i.id))).filter((i) => input.IncludeAllInstances || stateAt(i, ctx.now) === "running").filter((i) => {
    const status = statusChecksAt(i, ctx.now);
    return matchesFilters(
      input.Filters,
      {},
      {
        "instance-state-name": stateAt(i, ctx.now),
        "instance-state-code": String(STATE_CODES[stateAt(i, ctx.now)]),
        "availability-zone": i.availabilityZone,
        "instance-status.status": status,
        "system-status.status": status,
        "instance-status.reachability": status === "ok" ? "passed" : status,
        "system-status.reachability": status === "ok" ? "passed" : status
      }
    );
  });
  const { items, nextToken } = page(rows, input.MaxResults, input.NextToken, INSTANCE_PAGES);
  return {
    InstanceStatuses: items.map((i) => {
      const status = statusChecksAt(i, ctx.now);
      const detail = {
        Name: "reachability",
        Status: status === "ok" ? "passed" : status === "initializing" ? "initializing" : "insufficient-data"
      };
      const summary = { Status: status, ...status === "not-applicable" ? {} : { Details: [detail] } };
      return {
        InstanceId: i.id,
        AvailabilityZone: i.availabilityZone,
        InstanceState: instanceState(stateAt(i, ctx.now)),
        InstanceStatus: summary,
        SystemStatus: summary,
        AttachedEbsStatus: summary
      };
    }),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}

// src/sim/services/ec2-settings.ts
function getEbsEncryptionByDefault(_input, { r }) {
  return { EbsEncryptionByDefault: r.ebsEncryptionByDefault === true };
}
function enableEbsEncryptionByDefault(_input, { r }) {
  r.ebsEncryptionByDefault = true;
  return { EbsEncryptionByDefault: true };
}
function disableEbsEncryptionByDefault(_input, { r }) {
  r.ebsEncryptionByDefault = false;
  return { EbsEncryptionByDefault: false };
}

// src/sim/services/ec2-state-changes.ts
function stateChanges(ids, ctx, change) {
  const instances = (ids ?? []).map((id2) => findInstance(ctx.r, id2, ctx.now));
  return instances.map((i) => {
    const previous = stateAt(i, ctx.now);
    change(i, previous);
    return {
      InstanceId: i.id,
      PreviousState: instanceState(previous),
      CurrentState: instanceState(stateAt(i, ctx.now))
    };
  });
}
function incorrectState(i, current, action) {
  return new SimError(
    "IncorrectInstanceState",
    `The instance '${i.id}' is not in a state from which it can be ${action}. (current state: ${current})`
  );
}
function stopInstances(input, ctx) {
  return {
    StoppingInstances: stateChanges(input.InstanceIds, ctx, (i, current) => {
      if (current === "stopped" || current === "stopping") return;
      if (current === "terminated" || current === "shutting-down")
        throw incorrectState(i, current, "stopped");
      changeState(i, ctx.now, [
        { after: 0, state: "stopping" },
        { after: TIMINGS.stopping, state: "stopped" }
      ]);
    })
  };
}
async function startInstances(input, ctx) {
  const started = [];
  const out = stateChanges(input.InstanceIds, ctx, (i, current) => {
    if (current === "running" || current === "pending") return;
    if (current !== "stopped") throw incorrectState(i, current, "started");
    changeState(i, ctx.now, [
      { after: 0, state: "pending" },
      { after: TIMINGS.pendingToRunning, state: "running" }
    ]);
    started.push(i);
  });
  for (const i of started) i.facts = await factsAfterBoot(i.facts, ctx.now + TIMINGS.pendingToRunning);
  return { StartingInstances: out };
}
function terminateInstances(input, ctx) {
  return {
    TerminatingInstances: stateChanges(input.InstanceIds, ctx, (i, current) => {
      if (current === "terminated" || current === "shutting-down") return;
      changeState(i, ctx.now, [
        { after: 0, state: "shutting-down" },
        { after: TIMINGS.shuttingDown, state: "terminated" }
      ]);
      for (const tg of Object.values(ctx.r.targetGroups)) {
        for (const e of tg.targets)
          if (e.id === i.id && e.deregisteredAt === void 0) e.deregisteredAt = ctx.now;
      }
      if (i.autoScalingGroup) {
        const asg = ctx.r.autoScalingGroups[i.autoScalingGroup];
        if (asg) asg.instanceIds = asg.instanceIds.filter((id2) => id2 !== i.id);
      }
    })
  };
}
async function rebootInstances(input, ctx) {
  const instances = (input.InstanceIds ?? []).map((id2) => findInstance(ctx.r, id2, ctx.now));
  for (const i of instances) {
    const current = stateAt(i, ctx.now);
    if (current === "terminated" || current === "shutting-down") throw incorrectState(i, current, "rebooted");
  }
  for (const i of instances) {
    if (stateAt(i, ctx.now) !== "running") continue;
    i.reboots.push(ctx.now);
    i.facts = await factsAfterBoot(i.facts, ctx.now);
  }
  return {};
}

// src/sim/services/imagebuilder-build.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
var MINUTE = 6e4;
function documentPhases(data) {
  if (!data) return [];
  try {
    const doc = (0, import_yaml.parse)(data);
    if (!Array.isArray(doc?.phases)) return [];
    return doc.phases.filter(
      (p) => typeof p === "object" && p !== null && typeof p.name === "string" && Array.isArray(p.steps)
    );
  } catch {
    return [];
  }
}
function stepsIn(components, phase) {
  return components.flatMap(
    (component) => documentPhases(component.data).filter((p) => p.name === phase).flatMap((p) => p.steps.map((step) => ({ component, step })))
  );
}
function planBuild(o) {
  const buildSteps = stepsIn(o.components, "build");
  const testSteps = stepsIn(o.components, "test");
  const archFactor = o.arch === "arm64" ? 1.1 : 1;
  const durations = [
    ["PENDING", 1 * MINUTE],
    ["BUILDING", Math.round((6 * MINUTE + buildSteps.length * 0.5 * MINUTE) * archFactor)],
    ["TESTING", Math.round((4 * MINUTE + testSteps.length * 0.4 * MINUTE) * archFactor)],
    ["DISTRIBUTING", 3 * MINUTE + Math.max(0, o.regions - 1) * 4 * MINUTE]
  ];
  let at = o.now;
  const phases = durations.map(([status2, ms]) => {
    const phase2 = { status: status2, startsAt: at, endsAt: at + ms };
    at += ms;
    return phase2;
  });
  if (!o.failPhase) return { phases };
  const status = o.failPhase === "build" ? "BUILDING" : "TESTING";
  const phase = phases.find((p) => p.status === status);
  const candidates = o.failPhase === "build" ? buildSteps : testSteps;
  const last = candidates[candidates.length - 1];
  const failure = {
    phase: o.failPhase,
    at: phase.startsAt + Math.round((phase.endsAt - phase.startsAt) * 0.7),
    componentArn: last?.component.arn ?? o.components[0]?.arn ?? "",
    step: last?.step.name ?? (o.failPhase === "build" ? "ApplyBuildComponents" : "ApplyTestComponents")
  };
  return { phases, failure };
}
function stateAt2(record, now) {
  if (record.image.state?.status === "CANCELLED") return record.image.state;
  if (record.failure && now >= record.failure.at) return { status: "FAILED", reason: failureReason(record) };
  const current = record.phases.find((p) => now < p.endsAt);
  return { status: current ? current.status : "AVAILABLE" };
}
function failureReason(record) {
  const f = record.failure;
  const workflow = f.phase === "build" ? "build/build-image" : "test/test-image";
  const workflowStep = f.phase === "build" ? "ApplyBuildComponents" : "ApplyTestComponents";
  const execution = `wf-${createHash("sha256").update(record.image.arn ?? "").digest("hex").slice(0, 8)}-${record.image.arn?.split("/").pop() ?? "1"}`;
  return `Workflow Execution ID: '${execution}' failed with reason: Step '${workflowStep}' of workflow arn:aws:imagebuilder:${record.region}:aws:workflow/${workflow}/1.0.0/1 failed: Document ${f.componentArn} failed! Failed step: '${f.step}' (phase ${f.phase}): command exited with status 1`;
}
function extractManifest(components) {
  for (const { step } of stepsIn(components, "build")) {
    if (step.action !== "CreateFile" || !Array.isArray(step.inputs)) continue;
    for (const input of step.inputs) {
      if (input?.path !== MANIFEST_PATH || typeof input.content !== "string") continue;
      try {
        const parsed = imageManifestSchema.safeParse(JSON.parse(input.content));
        if (parsed.success) return parsed.data;
      } catch {
      }
    }
  }
  return void 0;
}
var BASE_PACKAGES = {
  "amazon-linux-2": [
    "kernel",
    "glibc",
    "openssl",
    "bash",
    "systemd",
    "yum",
    "openssh-server",
    "amazon-ssm-agent",
    "cronie",
    "tzdata",
    "sudo",
    "curl"
  ],
  "amazon-linux-2023": [
    "kernel",
    "glibc",
    "openssl-libs",
    "bash",
    "systemd",
    "dnf",
    "openssh-server",
    "amazon-ssm-agent",
    "cronie",
    "tzdata",
    "sudo",
    "curl-minimal"
  ]
};
function osUpdatesIn(components) {
  let found = "none";
  for (const { step } of stepsIn(components, "build")) {
    if (step.action === "UpdateOS") return "all";
    if (step.action !== "ExecuteBash") continue;
    const commands = step.inputs?.commands;
    const text = Array.isArray(commands) ? commands.join("\n") : "";
    for (const m of text.matchAll(/\b(?:yum|dnf)\b[^\n;|&]*\b(?:update|upgrade)\b[^\n;|&]*/g)) {
      if (!/--security/.test(m[0])) return "all";
      found = "security";
    }
  }
  return found;
}
function hasSecurityUpdate(name) {
  return createHash("sha256").update(name).digest()[4] % 4 === 0;
}
function packagesFor(manifest, baseReleasedAt, o = {}) {
  const os = manifest?.os ?? "amazon-linux-2";
  const dist = os === "amazon-linux-2023" ? "amzn2023" : "amzn2";
  const names = [.../* @__PURE__ */ new Set([...BASE_PACKAGES[os] ?? [], ...manifest?.packages ?? []])].sort();
  const monthOf = (at) => Math.floor(at / (30 * 24 * 36e5));
  const month = monthOf(o.builtAt ?? 0);
  const baseMonth = monthOf(baseReleasedAt);
  return names.map((name) => {
    const base = createHash("sha256").update(name).digest();
    const moves = base[3] % 2 === 0;
    const patch = base[2] % 20 + (moves ? baseMonth % 1e3 : 0);
    const version = `${1 + base[0] % 9}.${base[1] % 30}.${patch}-1.${dist}`;
    const updated = o.updates === "all" ? base[4] % 2 === 0 : o.updates === "security" ? hasSecurityUpdate(name) : false;
    return { packageName: name, packageVersion: updated ? `${version}.0.${month % 1e3}` : version };
  });
}

// src/sim/services/imagebuilder-ec2.ts
function parentImageOf(state, region, ami) {
  const image = regionOf(state, region).images[ami];
  return image && image.deregisteredAt === void 0 ? image : void 0;
}
function createOutputAmi(state, o) {
  const parent = parentImageOf(state, o.build.region, o.build.parentAmi);
  const rootDeviceName = parent?.rootDeviceName ?? "/dev/xvda";
  const mapped = o.build.image.imageRecipe?.blockDeviceMappings?.find(
    (m) => m.deviceName === rootDeviceName
  )?.ebs;
  const parentRoot = parent?.blockDevices.find((d) => d.deviceName === rootDeviceName);
  const options = {
    region: o.region,
    name: o.name,
    description: o.description,
    architecture: parent?.architecture ?? o.build.manifest?.arch ?? "x86_64",
    at: o.at,
    tags: o.tags,
    volumeSizeGiB: mapped?.volumeSize ?? parentRoot?.volumeSize ?? 8
  };
  if (o.build.manifest) options.manifest = o.build.manifest;
  if (o.build.packages.length > 0)
    options.packages = o.build.packages.map((p) => ({
      name: p.packageName ?? "",
      version: p.packageVersion ?? ""
    }));
  return createImageRecord(state, options).imageId;
}
function keepBuildInstance(state, o) {
  const r = regionOf(state, o.region);
  const infra = o.build.image.infrastructureConfiguration;
  const subnet = r.subnets.find((s) => s.id === infra?.subnetId) ?? r.subnets[0];
  if (!subnet) return void 0;
  const [base] = subnet.cidr.split("/");
  const octets = (base ?? "10.0.0.0").split(".").map(Number);
  const host = subnet.nextHost++;
  const privateIp = [octets[0], octets[1], octets[2], (octets[3] ?? 0) + host].join(".");
  const id2 = newId(state, "i");
  const phase = o.build.failure?.phase === "test" ? "Test" : "Build";
  const launchedAt = o.build.phases.find((p) => p.status === (phase === "Test" ? "TESTING" : "BUILDING"))?.startsAt ?? o.at;
  const parent = parentImageOf(state, o.build.region, o.build.parentAmi);
  r.instances[id2] = {
    id: id2,
    reservationId: newId(state, "r"),
    imageId: o.build.parentAmi,
    instanceType: infra?.instanceTypes?.[0] ?? "m5.large",
    architecture: parent?.architecture ?? "x86_64",
    subnetId: subnet.id,
    vpcId: subnet.vpcId,
    availabilityZone: subnet.availabilityZone,
    privateIp,
    launchedAt,
    transitions: [
      { at: launchedAt, state: "pending" },
      { at: launchedAt + 2e4, state: "running" }
    ],
    reboots: [],
    tags: {
      Name: `${phase} instance for ${o.build.image.name}`,
      CreatedBy: "EC2 Image Builder",
      Ec2ImageBuilderArn: o.build.image.arn ?? ""
    },
    metadataOptions: {
      httpTokens: infra?.instanceMetadataOptions?.httpTokens ?? "required",
      httpEndpoint: "enabled",
      httpPutResponseHopLimit: infra?.instanceMetadataOptions?.httpPutResponseHopLimit ?? 2
    },
    blockDevices: [],
    securityGroupIds: infra?.securityGroupIds ?? [],
    ...infra?.instanceProfileName ? { iamInstanceProfile: infra.instanceProfileName } : {},
    facts: null
  };
  return id2;
}
function updateLaunchTemplates(state, o) {
  const r = regionOf(state, o.region);
  for (const c of o.configurations) {
    const lt = c.launchTemplateId ? r.launchTemplates[c.launchTemplateId] : void 0;
    if (!lt) continue;
    const source = lt.versions.find((v) => v.number === lt.defaultVersion) ?? lt.versions.at(-1);
    const number = Math.max(0, ...lt.versions.map((v) => v.number)) + 1;
    lt.versions.push({
      number,
      createdAt: o.at,
      description: `EC2 Image Builder: ${o.imageArn}`,
      data: { ...structuredClone(source?.data ?? {}), ImageId: o.ami }
    });
    if (c.setDefaultVersion) lt.defaultVersion = number;
  }
}
function missingLaunchTemplates(state, region, ids) {
  const r = regionOf(state, region);
  return ids.filter((id2) => !r.launchTemplates[id2]);
}

// src/sim/services/imagebuilder-state.ts
function emptyImageBuilderState() {
  return { components: [], recipes: [], infrastructure: [], distributions: [], builds: [], tags: {} };
}
function imageBuilderOf(state, region) {
  const slot = regionOf(state, region).imagebuilder;
  const empty = emptyImageBuilderState();
  for (const key of Object.keys(empty)) {
    if (slot[key] === void 0) slot[key] = empty[key];
  }
  return slot;
}
function arn(o) {
  const version = o.version ? `/${o.version}` : "";
  const build = o.build !== void 0 ? `/${o.build}` : "";
  return `arn:aws:imagebuilder:${o.region}:${o.account}:${o.kind}/${o.name}${version}${build}`;
}
function parseArn(text) {
  const m = /^arn:aws[^:]*:imagebuilder:([^:]+):([^:]+):([a-z-]+)\/([a-z0-9-_]+)(?:\/((?:x|\d+)\.(?:x|\d+)\.(?:x|\d+)))?(?:\/(\d+))?$/.exec(
    text
  );
  if (!m) return void 0;
  const parsed = { region: m[1], account: m[2], kind: m[3], name: m[4] };
  if (m[5]) parsed.version = m[5];
  if (m[6]) parsed.build = Number(m[6]);
  return parsed;
}
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function isSemanticVersion(v) {
  return /^\d+\.\d+\.\d+$/.test(v) && v.split(".").every((n) => Number(n) < 2 ** 30);
}
function isoTime(ms) {
  return new Date(ms).toISOString();
}
function buildDateText(ms) {
  return new Date(ms).toISOString().replace(/:/g, "-");
}

// src/sim/services/imagebuilder-settle.ts
function settleImageBuilds(state, now, region) {
  const regions = region ? [region] : Object.keys(state.regions);
  for (const r of regions)
    for (const build of imageBuilderOf(state, r).builds) settleBuild(state, build, now);
}
function settleBuild(state, build, now) {
  if (build.settled) return;
  const current = stateAt2(build, now);
  build.image.state = current;
  if (current.status === "FAILED") {
    build.settled = true;
    const infra = build.image.infrastructureConfiguration;
    if (infra && infra.terminateInstanceOnFailure === false) {
      const kept = keepBuildInstance(state, { region: build.region, build, at: build.failure?.at ?? now });
      if (kept) build.keptInstanceId = kept;
    }
    return;
  }
  if (current.status !== "AVAILABLE") return;
  build.settled = true;
  const distributedAt = build.phases[build.phases.length - 1].endsAt;
  const buildDate = buildDateText(build.phases[0].startsAt);
  const distributions = build.image.distributionConfiguration?.distributions ?? [{ region: build.region }];
  const recipe = build.image.imageRecipe;
  build.image.outputResources = {
    amis: distributions.map((d) => {
      const ami = d.amiDistributionConfiguration;
      const name = (ami?.name ?? `${recipe.name} ${buildDate}`).replaceAll(
        "{{imagebuilder:buildDate}}",
        buildDate
      );
      const imageId = createOutputAmi(state, {
        region: d.region,
        name,
        description: ami?.description ?? recipe.description ?? "",
        build,
        at: distributedAt,
        tags: {
          ...ami?.amiTags ?? {},
          ...recipe.amiTags ?? {},
          CreatedBy: "EC2 Image Builder",
          Ec2ImageBuilderArn: build.image.arn
        }
      });
      if (d.launchTemplateConfigurations?.length) {
        updateLaunchTemplates(state, {
          region: d.region,
          ami: imageId,
          at: distributedAt,
          imageArn: build.image.arn,
          configurations: d.launchTemplateConfigurations
        });
      }
      return {
        region: d.region,
        image: imageId,
        name,
        description: ami?.description ?? "",
        state: { status: "AVAILABLE" },
        accountId: state.account
      };
    })
  };
}

// src/sim/services/ec2.ts
function register3(engine) {
  engine.register("ec2", {
    DescribeVpcs: describeVpcs,
    DescribeSubnets: describeSubnets,
    RunInstances: runInstances,
    DescribeInstances: describeInstances,
    DescribeInstanceStatus: describeInstanceStatus,
    StopInstances: stopInstances,
    StartInstances: startInstances,
    TerminateInstances: terminateInstances,
    RebootInstances: rebootInstances,
    CreateTags: createTags,
    DeleteTags: deleteTags,
    // A finished build's AMIs exist whether or not anyone asked Image Builder since; its
    // distributions may be in any region, so every region's builds are settled.
    DescribeImages: (input, ctx) => {
      settleImageBuilds(ctx.state, ctx.now);
      return describeImages(input, ctx);
    },
    DeregisterImage: deregisterImage,
    DescribeSnapshots: describeSnapshots,
    DeleteSnapshot: deleteSnapshot,
    CreateLaunchTemplate: createLaunchTemplate,
    CreateLaunchTemplateVersion: createLaunchTemplateVersion,
    DescribeLaunchTemplates: describeLaunchTemplates,
    DescribeLaunchTemplateVersions: describeLaunchTemplateVersions,
    ModifyLaunchTemplate: modifyLaunchTemplate,
    DescribeInstanceTypes: describeInstanceTypes,
    GetEbsEncryptionByDefault: getEbsEncryptionByDefault,
    EnableEbsEncryptionByDefault: enableEbsEncryptionByDefault,
    DisableEbsEncryptionByDefault: disableEbsEncryptionByDefault
  });
}
function describeInstanceTypes(input) {
  const types = input.InstanceTypes ?? [];
  const invalid = types.filter(
    (t) => !/^[a-z]+\d+[a-z-]*\.(nano|micro|small|medium|large|metal|\d*xlarge)$/.test(t)
  );
  if (invalid.length > 0)
    throw new SimError(
      "InvalidInstanceType",
      `The following supplied instance types do not exist: [${invalid.join(", ")}]`
    );
  return {
    InstanceTypes: types.map((t) => ({
      InstanceType: t,
      ProcessorInfo: { SupportedArchitectures: [instanceTypeArchitecture(t)] }
    }))
  };
}

// src/sim/services/elbv2.ts
function findTargetGroup(r, arn2) {
  const tg = arn2 ? r.targetGroups[arn2] : void 0;
  if (!tg) throw notFound("TargetGroupNotFound", `Target groups '${arn2}' not found`);
  return tg;
}
function toTargetGroup(tg) {
  return {
    TargetGroupArn: tg.arn,
    TargetGroupName: tg.name,
    Protocol: tg.protocol,
    Port: tg.port,
    VpcId: tg.vpcId,
    HealthCheckProtocol: tg.healthCheck.protocol,
    HealthCheckPort: tg.healthCheck.port,
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: tg.healthCheck.intervalSeconds,
    HealthCheckTimeoutSeconds: tg.healthCheck.timeoutSeconds,
    HealthyThresholdCount: tg.healthCheck.healthyThreshold,
    UnhealthyThresholdCount: tg.healthCheck.unhealthyThreshold,
    HealthCheckPath: tg.healthCheck.path,
    Matcher: { HttpCode: tg.healthCheck.matcher },
    LoadBalancerArns: [...tg.loadBalancerArns],
    TargetType: "instance",
    ProtocolVersion: "HTTP1",
    IpAddressType: "ipv4"
  };
}
function describeLoadBalancers(input, { r }) {
  const names = input.Names ?? [];
  const arns = input.LoadBalancerArns ?? [];
  const found = r.loadBalancers.filter(
    (lb) => (names.length === 0 || names.includes(lb.name)) && (arns.length === 0 || arns.includes(lb.arn))
  );
  const missing = [
    ...names.filter((n) => !found.some((lb) => lb.name === n)),
    ...arns.filter((a) => !found.some((lb) => lb.arn === a))
  ];
  if (missing.length > 0)
    throw notFound("LoadBalancerNotFound", `Load balancers '[${missing.join(", ")}]' not found`);
  const { items, nextToken } = page(found, input.PageSize, input.Marker, { min: 1, max: 400, default: 400 });
  return {
    LoadBalancers: items.map((lb) => ({
      LoadBalancerArn: lb.arn,
      LoadBalancerName: lb.name,
      DNSName: lb.dnsName,
      CanonicalHostedZoneId: "Z14GRHDCWA56QT",
      CreatedTime: new Date(lb.createdAt),
      Scheme: lb.scheme,
      VpcId: lb.vpcId,
      State: { Code: "active" },
      Type: "application",
      IpAddressType: "ipv4",
      SecurityGroups: [...lb.securityGroups],
      AvailabilityZones: lb.subnets.map((s) => ({
        SubnetId: s,
        ZoneName: r.subnets.find((x) => x.id === s)?.availabilityZone ?? ""
      }))
    })),
    ...nextToken ? { NextMarker: nextToken } : {}
  };
}
function describeTargetGroups(input, { r }) {
  const names = input.Names ?? [];
  const arns = input.TargetGroupArns ?? [];
  if (input.LoadBalancerArn && !r.loadBalancers.some((lb) => lb.arn === input.LoadBalancerArn)) {
    throw notFound("LoadBalancerNotFound", `Load balancer '${input.LoadBalancerArn}' not found`);
  }
  const found = Object.values(r.targetGroups).filter(
    (tg) => (names.length === 0 || names.includes(tg.name)) && (arns.length === 0 || arns.includes(tg.arn)) && (!input.LoadBalancerArn || tg.loadBalancerArns.includes(input.LoadBalancerArn))
  );
  const missing = [
    ...names.filter((n) => !found.some((tg) => tg.name === n)),
    ...arns.filter((a) => !found.some((tg) => tg.arn === a))
  ];
  if (missing.length > 0) throw notFound("TargetGroupNotFound", `One or more target groups not found`);
  const { items, nextToken } = page(found, input.PageSize, input.Marker, { min: 1, max: 400, default: 400 });
  return { TargetGroups: items.map(toTargetGroup), ...nextToken ? { NextMarker: nextToken } : {} };
}
function describeListeners(input, { r }) {
  if (!input.LoadBalancerArn && !input.ListenerArns?.length)
    throw new SimError("ValidationError", "You must specify either listener ARNs or a load balancer ARN");
  if (input.LoadBalancerArn && !r.loadBalancers.some((lb) => lb.arn === input.LoadBalancerArn)) {
    throw notFound("LoadBalancerNotFound", `Load balancer '${input.LoadBalancerArn}' not found`);
  }
  const listeners = r.listeners.filter(
    (l) => (!input.LoadBalancerArn || l.loadBalancerArn === input.LoadBalancerArn) && (!input.ListenerArns?.length || input.ListenerArns.includes(l.arn))
  );
  if (input.ListenerArns?.length && listeners.length < input.ListenerArns.length)
    throw notFound("ListenerNotFound", "One or more listeners not found");
  return {
    Listeners: listeners.map((l) => ({
      ListenerArn: l.arn,
      LoadBalancerArn: l.loadBalancerArn,
      Port: l.port,
      Protocol: l.protocol,
      DefaultActions: [
        l.forward.length === 1 ? { Type: "forward", TargetGroupArn: l.forward[0].targetGroupArn } : {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: l.forward.map((f) => ({ TargetGroupArn: f.targetGroupArn, Weight: f.weight }))
          }
        }
      ]
    }))
  };
}
function registerTargets(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  const targets = input.Targets ?? [];
  const invalid = targets.filter((t) => {
    const instance = t.Id ? ctx.r.instances[t.Id] : void 0;
    return !instance || instance.vpcId !== tg.vpcId || stateAt(instance, ctx.now) !== "running";
  });
  if (invalid.length > 0) {
    throw new SimError(
      "InvalidTarget",
      `The following targets are not in a running state and cannot be registered: '${invalid.map((t) => t.Id).join("', '")}'`
    );
  }
  for (const t of targets) {
    const port = t.Port ?? tg.port;
    const current = [...tg.targets].reverse().find((e) => e.id === t.Id && e.port === port);
    if (current && current.deregisteredAt === void 0) continue;
    tg.targets.push({ id: t.Id, port, registeredAt: ctx.now });
  }
  return {};
}
function deregisterTargets(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  for (const t of input.Targets ?? []) {
    const port = t.Port ?? tg.port;
    const current = tg.targets.find(
      (e) => e.id === t.Id && e.port === port && e.deregisteredAt === void 0
    );
    if (current) current.deregisteredAt = ctx.now;
  }
  pruneEpisodes(tg, ctx.now);
  return {};
}
function describeTargetHealth(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  const describe = (id2, port, health) => ({
    Target: { Id: id2, Port: port },
    HealthCheckPort: tg.healthCheck.port === "traffic-port" ? String(port) : tg.healthCheck.port,
    TargetHealth: {
      State: health.state,
      ...health.reason ? { Reason: health.reason } : {},
      ...health.description ? { Description: health.description } : {}
    }
  });
  if (input.Targets?.length) {
    return {
      TargetHealthDescriptions: input.Targets.map((t) => {
        const port = t.Port ?? tg.port;
        if (!t.Id || !ctx.r.instances[t.Id])
          throw new SimError("InvalidTarget", `The target '${t.Id}' is not valid`);
        const episode = [...tg.targets].reverse().find((e) => e.id === t.Id && e.port === port && e.registeredAt <= ctx.now);
        const health = episode ? healthAt(tg, episode, ctx.r, ctx.now) : void 0;
        return describe(t.Id, port, health ?? notRegisteredHealth());
      })
    };
  }
  return {
    TargetHealthDescriptions: listedEpisodes(tg, ctx.r, ctx.now).map(
      ({ episode, health }) => describe(episode.id, episode.port, health)
    )
  };
}
function attributesOf(tg) {
  return [
    { Key: "deregistration_delay.timeout_seconds", Value: String(tg.deregistrationDelaySeconds) },
    { Key: "stickiness.enabled", Value: "false" },
    { Key: "load_balancing.algorithm.type", Value: "round_robin" },
    { Key: "slow_start.duration_seconds", Value: "0" }
  ];
}
function describeTargetGroupAttributes(input, ctx) {
  return { Attributes: attributesOf(findTargetGroup(ctx.r, input.TargetGroupArn)) };
}
function modifyTargetGroupAttributes(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  for (const a of input.Attributes ?? []) {
    if (a.Key === "deregistration_delay.timeout_seconds") {
      const seconds = Number(a.Value);
      if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600)
        throw new SimError("ValidationError", `Invalid deregistration delay '${a.Value}'`);
      tg.deregistrationDelaySeconds = seconds;
    }
  }
  return { Attributes: attributesOf(tg) };
}
function modifyTargetGroup(input, ctx) {
  const tg = findTargetGroup(ctx.r, input.TargetGroupArn);
  const hc = tg.healthCheck;
  if (input.HealthCheckPath !== void 0) hc.path = input.HealthCheckPath;
  if (input.HealthCheckIntervalSeconds !== void 0) hc.intervalSeconds = input.HealthCheckIntervalSeconds;
  if (input.HealthCheckTimeoutSeconds !== void 0) hc.timeoutSeconds = input.HealthCheckTimeoutSeconds;
  if (input.HealthyThresholdCount !== void 0) hc.healthyThreshold = input.HealthyThresholdCount;
  if (input.UnhealthyThresholdCount !== void 0) hc.unhealthyThreshold = input.UnhealthyThresholdCount;
  if (input.Matcher?.HttpCode !== void 0) hc.matcher = input.Matcher.HttpCode;
  return { TargetGroups: [toTargetGroup(tg)] };
}
function describeTags(input, { r }) {
  return {
    TagDescriptions: (input.ResourceArns ?? []).map((arn2) => {
      const tg = r.targetGroups[arn2];
      if (tg) return { ResourceArn: arn2, Tags: tagList(tg.tags) };
      if (r.loadBalancers.some((lb) => lb.arn === arn2)) return { ResourceArn: arn2, Tags: [] };
      throw notFound("TargetGroupNotFound", `Resource '${arn2}' not found`);
    })
  };
}
function register4(engine) {
  engine.register("elbv2", {
    DescribeLoadBalancers: describeLoadBalancers,
    DescribeTargetGroups: describeTargetGroups,
    DescribeListeners: describeListeners,
    RegisterTargets: registerTargets,
    DeregisterTargets: deregisterTargets,
    DescribeTargetHealth: describeTargetHealth,
    DescribeTargetGroupAttributes: describeTargetGroupAttributes,
    ModifyTargetGroupAttributes: modifyTargetGroupAttributes,
    ModifyTargetGroup: modifyTargetGroup,
    DescribeTags: describeTags
  });
}

// src/sim/services/imagebuilder-shape.ts
var ib = __toESM(require_dist_cjs5(), 1);
var exported = ib;
function inputSchema(operation) {
  const op = exported[`${operation}$`];
  if (!Array.isArray(op) || op[0] !== 9) return void 0;
  const input = op[4];
  return typeof input === "function" ? input() : input;
}
function resolve(schema) {
  return typeof schema === "function" ? schema() : schema;
}
function kindOf(value) {
  if (Array.isArray(value)) return "list";
  if (value === null) return "null";
  return typeof value;
}
function checkSimple(code, value, at, problems) {
  if (code & 64) {
    if (!Array.isArray(value)) {
      problems.push(`${at}: expected a list, got ${kindOf(value)}`);
      return;
    }
    for (const [i, v] of value.entries()) checkSimple(code & 63, v, `${at}[${i}]`, problems);
    return;
  }
  if (code & 128) {
    if (kindOf(value) !== "object") {
      problems.push(`${at}: expected a map, got ${kindOf(value)}`);
      return;
    }
    for (const [k, v] of Object.entries(value)) checkSimple(code & 127, v, `${at}.${k}`, problems);
    return;
  }
  const expected = code === 1 ? "number" : code === 2 ? "boolean" : code === 4 ? "timestamp" : "string";
  const ok = expected === "timestamp" ? value instanceof Date || typeof value === "number" || typeof value === "string" : typeof value === expected;
  if (!ok) problems.push(`${at}: expected a ${expected}, got ${kindOf(value)}`);
}
function checkStructure(schema, value, at, problems) {
  if (kindOf(value) !== "object") {
    problems.push(`${at || "input"}: expected a structure, got ${kindOf(value)}`);
    return;
  }
  const record = value;
  const names = schema[4];
  const members = schema[5];
  const required = typeof schema[6] === "number" ? schema[6] : 0;
  for (const [i, name] of names.entries()) {
    const path2 = at ? `${at}.${name}` : name;
    const member = record[name];
    if (member === void 0 || member === null) {
      if (i < required) problems.push(`${path2}: required`);
      continue;
    }
    check(members[i], member, path2, problems);
  }
}
function check(schemaRef, value, at, problems) {
  const schema = resolve(schemaRef);
  if (typeof schema === "number") {
    checkSimple(schema, value, at, problems);
    return;
  }
  if (!Array.isArray(schema)) return;
  const kind = schema[0];
  if (typeof kind === "number" && schema.length === 2) {
    checkSimple(kind, value, at, problems);
  } else if (kind === 1) {
    if (!Array.isArray(value)) problems.push(`${at}: expected a list, got ${kindOf(value)}`);
    else for (const [i, v] of value.entries()) check(schema[4], v, `${at}[${i}]`, problems);
  } else if (kind === 2) {
    if (kindOf(value) !== "object") problems.push(`${at}: expected a map, got ${kindOf(value)}`);
    else for (const [k, v] of Object.entries(value)) check(schema[5], v, `${at}.${k}`, problems);
  } else if (kind === 3) {
    checkStructure(schema, value, at, problems);
  }
}
function inputProblems(operation, input) {
  const schema = inputSchema(operation);
  if (!schema) return [`unknown operation ${operation}`];
  const problems = [];
  check(schema, input ?? {}, "", problems);
  return problems;
}

// src/sim/services/imagebuilder-requests.ts
var err = {
  invalid: (message) => new SimError("InvalidRequestException", message, 400),
  value: (message) => new SimError("InvalidParameterValueException", message, 400),
  combination: (message) => new SimError("InvalidParameterCombinationException", message, 400),
  version: (message) => new SimError("InvalidVersionNumberException", message, 400),
  exists: (resource) => new SimError("ResourceAlreadyExistsException", `The resource ${resource} already exists.`, 400),
  notFound: (resource) => new SimError(
    "ResourceNotFoundException",
    `The resource ${resource} does not exist or you do not have access to it.`,
    404
  ),
  inUse: (message) => new SimError("ResourceInUseException", message, 400)
};
function validated(operation, input) {
  const problems = inputProblems(operation, input);
  if (problems.length > 0) throw err.invalid(`${operation}: ${problems.join("; ")}`);
  return input;
}
function checkSemanticVersion(version) {
  if (!isSemanticVersion(version))
    throw err.version(`The semantic version ${version} is not valid: use <major>.<minor>.<patch>.`);
}
function requestId(state) {
  return `${newHex(state, "ib-request", 8)}-${newHex(state, "ib-request", 4)}`;
}
function findByArn(items, text, kind) {
  const found = items.find((i) => i.arn === text);
  if (!found) throw err.notFound(text || `(${kind})`);
  return found;
}
function matchesFilters2(filters, fields) {
  for (const f of filters ?? []) {
    if (!f.name) continue;
    const value = fields[f.name];
    if (value === void 0) throw err.value(`The filter name ${f.name} is not supported.`);
    const values = Array.isArray(value) ? value : [value];
    if (!(f.values ?? []).some((v) => values.includes(v))) return false;
  }
  return true;
}
function page2(items, input) {
  const start = input.nextToken ? Number(Buffer.from(input.nextToken, "base64").toString("utf8")) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw new SimError("InvalidPaginationTokenException", "The nextToken is invalid.", 400);
  const size = Math.min(Math.max(input.maxResults ?? 25, 1), 25);
  const slice = items.slice(start, start + size);
  const next = start + size < items.length ? Buffer.from(String(start + size)).toString("base64") : void 0;
  return next ? { items: slice, nextToken: next } : { items: slice };
}
function ownerMatches(owner) {
  return owner === void 0 || owner === "Self";
}
function latestByName(items) {
  const best = /* @__PURE__ */ new Map();
  for (const item of items) {
    const seen = best.get(item.name ?? "");
    if (!seen || compareVersions(item.version ?? "0.0.0", seen.version ?? "0.0.0") > 0)
      best.set(item.name ?? "", item);
  }
  return [...best.values()];
}
function byNameNewestFirst(a, b) {
  return (a.name ?? "").localeCompare(b.name ?? "") || compareVersions(b.version ?? "", a.version ?? "");
}
function versionArnOf(buildArn) {
  return (buildArn ?? "").replace(/\/\d+$/, "");
}

// src/sim/services/imagebuilder-tags.ts
function setTags(state, o) {
  const ib2 = imageBuilderOf(state, o.region);
  ib2.tags[o.resourceArn] = { ...ib2.tags[o.resourceArn] ?? {}, ...o.tags ?? {} };
}
function tagsOf(state, region, resourceArn) {
  return { ...imageBuilderOf(state, region).tags[resourceArn] ?? {} };
}
function withTags(state, region, item) {
  return { ...item, tags: tagsOf(state, region, item.arn ?? "") };
}
function resourceExists(state, region, resourceArn) {
  const ib2 = imageBuilderOf(state, region);
  return [
    ...ib2.components,
    ...ib2.recipes,
    ...ib2.infrastructure,
    ...ib2.distributions,
    ...ib2.builds.map((b) => b.image)
  ].some((r) => r.arn === resourceArn);
}
function tagHandlers({ state }) {
  function existing(region, resourceArn) {
    if (!resourceExists(state, region, resourceArn)) throw err.notFound(resourceArn);
    return resourceArn;
  }
  return {
    TagResource(raw, { region }) {
      const input = validated("TagResource", raw);
      setTags(state, { region, resourceArn: existing(region, input.resourceArn), tags: input.tags });
      return {};
    },
    UntagResource(raw, { region }) {
      const input = validated("UntagResource", raw);
      const resourceArn = existing(region, input.resourceArn);
      const tags2 = tagsOf(state, region, resourceArn);
      for (const key of input.tagKeys ?? []) delete tags2[key];
      imageBuilderOf(state, region).tags[resourceArn] = tags2;
      return {};
    },
    ListTagsForResource(raw, { region }) {
      const input = validated("ListTagsForResource", raw);
      return { tags: tagsOf(state, region, existing(region, input.resourceArn)) };
    }
  };
}

// src/sim/services/imagebuilder-configurations.ts
function configurationHandlers(world) {
  const { state } = world;
  return {
    CreateInfrastructureConfiguration(raw, { region }) {
      const input = validated("CreateInfrastructureConfiguration", raw);
      const ib2 = imageBuilderOf(state, region);
      const infraArn = unusedArn(state, ib2.infrastructure, {
        region,
        kind: "infrastructure-configuration",
        name: input.name
      });
      checkInfrastructure(input);
      ib2.infrastructure.push({
        ...infrastructureFields(input),
        arn: infraArn,
        name: input.name,
        dateCreated: isoTime(world.now())
      });
      setTags(state, { region, resourceArn: infraArn, tags: input.tags });
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        infrastructureConfigurationArn: infraArn
      };
    },
    UpdateInfrastructureConfiguration(raw, { region }) {
      const input = validated("UpdateInfrastructureConfiguration", raw);
      const ib2 = imageBuilderOf(state, region);
      const existing = findByArn(
        ib2.infrastructure,
        input.infrastructureConfigurationArn,
        "infrastructure-configuration"
      );
      checkInfrastructure(input);
      ib2.infrastructure[ib2.infrastructure.indexOf(existing)] = {
        ...infrastructureFields(input),
        arn: existing.arn,
        name: existing.name,
        dateCreated: existing.dateCreated,
        dateUpdated: isoTime(world.now())
      };
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        infrastructureConfigurationArn: existing.arn
      };
    },
    GetInfrastructureConfiguration(raw, { region }) {
      const input = validated("GetInfrastructureConfiguration", raw);
      const infra = findByArn(
        imageBuilderOf(state, region).infrastructure,
        input.infrastructureConfigurationArn,
        "infrastructure-configuration"
      );
      return { requestId: requestId(state), infrastructureConfiguration: withTags(state, region, infra) };
    },
    ListInfrastructureConfigurations(raw, { region }) {
      const input = validated("ListInfrastructureConfigurations", raw);
      const items = imageBuilderOf(state, region).infrastructure.filter(
        (i) => matchesFilters2(input.filters, { name: i.name })
      );
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        infrastructureConfigurationSummaryList: pageItems.map((i) => ({
          arn: i.arn,
          name: i.name,
          description: i.description,
          dateCreated: i.dateCreated,
          dateUpdated: i.dateUpdated,
          resourceTags: i.resourceTags,
          tags: tagsOf(state, region, i.arn ?? ""),
          instanceTypes: i.instanceTypes,
          instanceProfileName: i.instanceProfileName
        })),
        ...next
      };
    },
    CreateDistributionConfiguration(raw, { region }) {
      const input = validated("CreateDistributionConfiguration", raw);
      const ib2 = imageBuilderOf(state, region);
      const distArn = unusedArn(state, ib2.distributions, {
        region,
        kind: "distribution-configuration",
        name: input.name
      });
      checkDistributions(state, input.distributions ?? []);
      const dist = {
        arn: distArn,
        name: input.name,
        description: input.description ?? "",
        distributions: input.distributions,
        timeoutMinutes: 720,
        dateCreated: isoTime(world.now())
      };
      ib2.distributions.push(dist);
      setTags(state, { region, resourceArn: distArn, tags: input.tags });
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        distributionConfigurationArn: distArn
      };
    },
    UpdateDistributionConfiguration(raw, { region }) {
      const input = validated("UpdateDistributionConfiguration", raw);
      const ib2 = imageBuilderOf(state, region);
      const existing = findByArn(
        ib2.distributions,
        input.distributionConfigurationArn,
        "distribution-configuration"
      );
      checkDistributions(state, input.distributions ?? []);
      ib2.distributions[ib2.distributions.indexOf(existing)] = {
        ...existing,
        description: input.description ?? "",
        distributions: input.distributions,
        dateUpdated: isoTime(world.now())
      };
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        distributionConfigurationArn: existing.arn
      };
    },
    GetDistributionConfiguration(raw, { region }) {
      const input = validated("GetDistributionConfiguration", raw);
      const dist = findByArn(
        imageBuilderOf(state, region).distributions,
        input.distributionConfigurationArn,
        "distribution-configuration"
      );
      return { requestId: requestId(state), distributionConfiguration: withTags(state, region, dist) };
    },
    ListDistributionConfigurations(raw, { region }) {
      const input = validated("ListDistributionConfigurations", raw);
      const items = imageBuilderOf(state, region).distributions.filter(
        (d) => matchesFilters2(input.filters, { name: d.name })
      );
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        distributionConfigurationSummaryList: pageItems.map((d) => ({
          arn: d.arn,
          name: d.name,
          description: d.description,
          dateCreated: d.dateCreated,
          dateUpdated: d.dateUpdated,
          tags: tagsOf(state, region, d.arn ?? ""),
          regions: (d.distributions ?? []).map((x) => x.region)
        })),
        ...next
      };
    }
  };
}
function unusedArn(state, existing, o) {
  const configurationArn = arn({ ...o, account: state.account });
  if (existing.some((c) => c.arn === configurationArn)) throw err.exists(configurationArn);
  return configurationArn;
}
function infrastructureFields(input) {
  const fields = {
    description: input.description ?? "",
    instanceTypes: input.instanceTypes ?? [],
    instanceProfileName: input.instanceProfileName,
    securityGroupIds: input.securityGroupIds ?? [],
    terminateInstanceOnFailure: input.terminateInstanceOnFailure ?? true,
    resourceTags: input.resourceTags ?? {},
    instanceMetadataOptions: input.instanceMetadataOptions ?? {
      httpTokens: "required",
      httpPutResponseHopLimit: 2
    }
  };
  if (input.subnetId) fields.subnetId = input.subnetId;
  if (input.logging) fields.logging = input.logging;
  if (input.keyPair) fields.keyPair = input.keyPair;
  if (input.snsTopicArn) fields.snsTopicArn = input.snsTopicArn;
  return fields;
}
function checkInfrastructure(input) {
  if (input.subnetId && (input.securityGroupIds ?? []).length === 0) {
    throw err.combination("A subnetId needs securityGroupIds from the same VPC.");
  }
  const bucket = input.logging?.s3Logs?.s3BucketName;
  if (input.logging?.s3Logs && !bucket) throw err.value("s3Logs needs s3BucketName.");
}
function checkDistributions(state, distributions) {
  if (distributions.length === 0)
    throw err.value("A distribution configuration needs at least one distribution.");
  const regions = distributions.map((d) => d.region);
  if (new Set(regions).size !== regions.length)
    throw err.value(`Each region may appear once in distributions (got: ${regions.join(", ")}).`);
  for (const d of distributions) {
    const name = d.amiDistributionConfiguration?.name;
    if (name !== void 0) {
      const resolved = name.replaceAll("{{imagebuilder:buildDate}}", "2020-01-01T00-00-00.000Z");
      if (resolved.length < 3 || resolved.length > 127 || !/^[A-Za-z0-9()[\]./\-'@_ ]+$/.test(resolved)) {
        throw err.value(
          `The AMI name '${name}' is not valid: 3\u2013127 letters, digits, spaces and ()[]./-'@_ characters.`
        );
      }
    }
  }
  for (const d of distributions) {
    const ids = (d.launchTemplateConfigurations ?? []).map((c) => c.launchTemplateId ?? "");
    const missing = missingLaunchTemplates(state, d.region ?? "", ids);
    if (missing.length > 0)
      throw err.value(`The launch template ${missing.join(", ")} does not exist in ${d.region}.`);
  }
}

// src/sim/services/imagebuilder-recipes.ts
function findComponent(state, region, text) {
  const p = parseArn(text);
  if (p?.kind !== "component" || p.region !== region || p.account !== state.account) return void 0;
  const all = imageBuilderOf(state, region).components.filter(
    (c) => c.name === p.name && (!p.version || c.version === p.version)
  );
  return latestByName(all)[0];
}
function recipeHandlers(world) {
  const { state } = world;
  return {
    CreateComponent(raw, { region }) {
      const input = validated("CreateComponent", raw);
      checkSemanticVersion(input.semanticVersion);
      if (!input.data === !input.uri) throw err.combination("Specify exactly one of data or uri.");
      if (input.uri) throw err.value("The simulator reads component documents inline only (data).");
      const phases = documentPhases(input.data);
      if (phases.length === 0)
        throw err.value(
          `The component document of ${input.name} is not a valid AWSTOE document: it needs 'phases'.`
        );
      const ib2 = imageBuilderOf(state, region);
      const componentArn = arn({
        region,
        account: state.account,
        kind: "component",
        name: input.name,
        version: input.semanticVersion,
        build: 1
      });
      if (ib2.components.some((c) => c.name === input.name && c.version === input.semanticVersion))
        throw err.exists(componentArn);
      const component = {
        arn: componentArn,
        name: input.name,
        version: input.semanticVersion,
        description: input.description ?? "",
        changeDescription: input.changeDescription ?? "",
        type: phases.some((p) => p.name === "build") ? "BUILD" : "TEST",
        platform: input.platform,
        supportedOsVersions: input.supportedOsVersions ?? [],
        state: { status: "ACTIVE" },
        owner: state.account,
        data: input.data,
        encrypted: true,
        dateCreated: isoTime(world.now())
      };
      ib2.components.push(component);
      setTags(state, { region, resourceArn: componentArn, tags: input.tags });
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        componentBuildVersionArn: componentArn
      };
    },
    ListComponents(raw, { region }) {
      const input = validated("ListComponents", raw);
      if (!ownerMatches(input.owner)) return { requestId: requestId(state), componentVersionList: [] };
      let items = imageBuilderOf(state, region).components.filter(
        (c) => matchesFilters2(input.filters, {
          name: c.name,
          platform: c.platform,
          type: c.type,
          supportedOsVersion: c.supportedOsVersions ?? []
        })
      );
      if (input.byName) items = latestByName(items);
      const { items: pageItems, ...next } = page2([...items].sort(byNameNewestFirst), input);
      return {
        requestId: requestId(state),
        componentVersionList: pageItems.map((c) => ({
          arn: versionArnOf(c.arn),
          name: c.name,
          version: c.version,
          description: c.description,
          platform: c.platform,
          supportedOsVersions: c.supportedOsVersions,
          type: c.type,
          owner: c.owner,
          dateCreated: c.dateCreated,
          status: c.state?.status
        })),
        ...next
      };
    },
    GetComponent(raw, { region }) {
      const input = validated("GetComponent", raw);
      const component = findComponent(state, region, input.componentBuildVersionArn);
      if (!component) throw err.notFound(input.componentBuildVersionArn);
      return { requestId: requestId(state), component: withTags(state, region, component) };
    },
    CreateImageRecipe(raw, { region }) {
      const input = validated("CreateImageRecipe", raw);
      checkSemanticVersion(input.semanticVersion);
      const components = input.components ?? [];
      if (components.length === 0) throw err.value("An image recipe needs at least one build component.");
      for (const c of components) {
        const found = findComponent(state, region, c.componentArn ?? "");
        if (!found) throw err.notFound(c.componentArn ?? "(componentArn)");
      }
      if (!components.some((c) => findComponent(state, region, c.componentArn ?? "")?.type === "BUILD")) {
        throw err.value("An image recipe needs at least one build component.");
      }
      if (input.parentImage.startsWith("ami-") && !parentImageOf(state, region, input.parentImage)) {
        throw err.value(`The parent image ${input.parentImage} does not exist in ${region}.`);
      }
      const ib2 = imageBuilderOf(state, region);
      const recipeArn = arn({
        region,
        account: state.account,
        kind: "image-recipe",
        name: input.name,
        version: input.semanticVersion
      });
      if (ib2.recipes.some((r) => r.arn === recipeArn)) throw err.exists(recipeArn);
      const recipe = {
        arn: recipeArn,
        type: "AMI",
        name: input.name,
        description: input.description ?? "",
        platform: "Linux",
        owner: state.account,
        version: input.semanticVersion,
        components,
        parentImage: input.parentImage,
        dateCreated: isoTime(world.now()),
        workingDirectory: input.workingDirectory ?? "/tmp",
        ...input.blockDeviceMappings ? { blockDeviceMappings: input.blockDeviceMappings } : {},
        ...input.additionalInstanceConfiguration ? { additionalInstanceConfiguration: input.additionalInstanceConfiguration } : {},
        ...input.amiTags ? { amiTags: input.amiTags } : {}
      };
      ib2.recipes.push(recipe);
      setTags(state, { region, resourceArn: recipeArn, tags: input.tags });
      return { requestId: requestId(state), clientToken: input.clientToken, imageRecipeArn: recipeArn };
    },
    ListImageRecipes(raw, { region }) {
      const input = validated("ListImageRecipes", raw);
      if (!ownerMatches(input.owner)) return { requestId: requestId(state), imageRecipeSummaryList: [] };
      const items = imageBuilderOf(state, region).recipes.filter(
        (r) => matchesFilters2(input.filters, { name: r.name, parentImage: r.parentImage, platform: r.platform })
      ).sort(byNameNewestFirst);
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        imageRecipeSummaryList: pageItems.map((r) => ({
          arn: r.arn,
          name: r.name,
          platform: r.platform,
          owner: r.owner,
          parentImage: r.parentImage,
          dateCreated: r.dateCreated,
          tags: tagsOf(state, region, r.arn ?? "")
        })),
        ...next
      };
    },
    GetImageRecipe(raw, { region }) {
      const input = validated("GetImageRecipe", raw);
      const recipe = findByArn(imageBuilderOf(state, region).recipes, input.imageRecipeArn, "image-recipe");
      return { requestId: requestId(state), imageRecipe: withTags(state, region, recipe) };
    }
  };
}

// src/sim/services/imagebuilder-images.ts
function imageHandlers(world) {
  const { state } = world;
  const settle = (region) => settleImageBuilds(state, world.now(), region);
  return {
    CreateImage(raw, { region }) {
      const input = validated("CreateImage", raw);
      if (!input.imageRecipeArn) {
        throw err.combination(
          input.containerRecipeArn ? "The simulator builds AMIs only (imageRecipeArn)." : "Specify imageRecipeArn."
        );
      }
      const ib2 = imageBuilderOf(state, region);
      const recipe = findByArn(ib2.recipes, input.imageRecipeArn, "image-recipe");
      const infra = findByArn(
        ib2.infrastructure,
        input.infrastructureConfigurationArn,
        "infrastructure-configuration"
      );
      const dist = input.distributionConfigurationArn ? findByArn(ib2.distributions, input.distributionConfigurationArn, "distribution-configuration") : void 0;
      const components = (recipe.components ?? []).map(
        (c) => findComponent(state, region, c.componentArn ?? "")
      );
      const parentAmi = recipe.parentImage;
      const parent = parentImageOf(state, region, parentAmi);
      const arch = parent?.architecture ?? "x86_64";
      const build = ib2.builds.filter((b) => b.image.name === recipe.name && b.image.version === recipe.version).length + 1;
      const imageArn = arn({
        region,
        account: state.account,
        kind: "image",
        name: recipe.name,
        version: recipe.version,
        build
      });
      const testsEnabled = input.imageTestsConfiguration?.imageTestsEnabled ?? true;
      const failArg = world.faults.has("image-build-fails") ? world.faults.arg("image-build-fails") ?? "build" : void 0;
      const failPhase = failArg === "test" && !testsEnabled ? void 0 : failArg;
      const plan = planBuild({
        now: world.now(),
        components,
        regions: dist?.distributions?.length ?? 1,
        arch,
        ...failPhase ? { failPhase } : {}
      });
      const phases = testsEnabled ? plan.phases : plan.phases.filter((p) => p.status !== "TESTING");
      const manifest = extractManifest(components);
      const record = {
        image: {
          arn: imageArn,
          type: "AMI",
          name: recipe.name,
          version: recipe.version,
          platform: "Linux",
          enhancedImageMetadataEnabled: input.enhancedImageMetadataEnabled ?? true,
          osVersion: manifest?.os === "amazon-linux-2023" ? "Amazon Linux 2023" : "Amazon Linux 2",
          state: { status: "PENDING" },
          imageRecipe: recipe,
          infrastructureConfiguration: infra,
          ...dist ? { distributionConfiguration: dist } : {},
          imageTestsConfiguration: {
            imageTestsEnabled: testsEnabled,
            timeoutMinutes: input.imageTestsConfiguration?.timeoutMinutes ?? 720
          },
          dateCreated: isoTime(world.now()),
          buildType: "USER_INITIATED",
          imageSource: "CUSTOM",
          ...input.loggingConfiguration ? { loggingConfiguration: input.loggingConfiguration } : {}
        },
        region,
        parentAmi,
        phases,
        ...plan.failure ? { failure: plan.failure } : {},
        ...manifest ? { manifest } : {},
        packages: packagesFor(manifest, regionOf(state, region).images[parentAmi]?.createdAt ?? 0, {
          updates: osUpdatesIn(components),
          builtAt: world.now()
        }),
        settled: false
      };
      ib2.builds.push(record);
      setTags(state, { region, resourceArn: imageArn, tags: input.tags });
      return { requestId: requestId(state), clientToken: input.clientToken, imageBuildVersionArn: imageArn };
    },
    GetImage(raw, { region }) {
      const input = validated("GetImage", raw);
      settle(region);
      const build = findBuild(state, region, input.imageBuildVersionArn);
      return { requestId: requestId(state), image: withTags(state, region, build.image) };
    },
    ListImages(raw, { region }) {
      const input = validated("ListImages", raw);
      settle(region);
      if (!ownerMatches(input.owner)) return { requestId: requestId(state), imageVersionList: [] };
      const versions = /* @__PURE__ */ new Map();
      for (const b of imageBuilderOf(state, region).builds) {
        const key = versionArnOf(b.image.arn);
        if (!versions.has(key)) versions.set(key, b);
      }
      let items = [...versions.values()].filter((b) => matchesFilters2(input.filters, imageFields(b)));
      if (input.byName)
        items = latestByName(items.map((b) => ({ ...b, name: b.image.name, version: b.image.version })));
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        imageVersionList: pageItems.map((b) => ({
          arn: versionArnOf(b.image.arn),
          name: b.image.name,
          type: b.image.type,
          version: b.image.version,
          platform: b.image.platform,
          osVersion: b.image.osVersion,
          owner: state.account,
          dateCreated: b.image.dateCreated,
          buildType: b.image.buildType,
          imageSource: b.image.imageSource
        })),
        ...next
      };
    },
    ListImageBuildVersions(raw, { region }) {
      const input = validated("ListImageBuildVersions", raw);
      settle(region);
      const versionArn = input.imageVersionArn;
      if (versionArn && !parseArn(versionArn))
        throw err.value(`The image version ARN ${versionArn} is not valid.`);
      const items = imageBuilderOf(state, region).builds.filter(
        (b) => (!versionArn || versionArnOf(b.image.arn) === versionArn) && matchesFilters2(input.filters, imageFields(b))
      );
      const { items: pageItems, ...next } = page2(items, input);
      return {
        requestId: requestId(state),
        imageSummaryList: pageItems.map((b) => ({
          arn: b.image.arn,
          name: b.image.name,
          type: b.image.type,
          version: b.image.version,
          platform: b.image.platform,
          osVersion: b.image.osVersion,
          state: b.image.state,
          owner: state.account,
          dateCreated: b.image.dateCreated,
          outputResources: b.image.outputResources,
          tags: tagsOf(state, region, b.image.arn ?? ""),
          buildType: b.image.buildType,
          imageSource: b.image.imageSource
        })),
        ...next
      };
    },
    ListImagePackages(raw, { region }) {
      const input = validated("ListImagePackages", raw);
      settle(region);
      const build = findBuild(state, region, input.imageBuildVersionArn);
      if (build.image.state?.status !== "AVAILABLE") {
        throw err.invalid(
          `The image ${input.imageBuildVersionArn} is ${build.image.state?.status}: packages are listed once it is AVAILABLE.`
        );
      }
      if (!build.image.enhancedImageMetadataEnabled) {
        throw err.invalid(
          `The image ${input.imageBuildVersionArn} was built without enhanced image metadata: no package list was collected.`
        );
      }
      const { items, ...next } = page2(build.packages, input);
      return { requestId: requestId(state), imagePackageList: items, ...next };
    },
    CancelImageCreation(raw, { region }) {
      const input = validated("CancelImageCreation", raw);
      settle(region);
      const build = findBuild(state, region, input.imageBuildVersionArn);
      if (build.settled)
        throw err.inUse(
          `The image ${input.imageBuildVersionArn} is ${build.image.state?.status} and cannot be cancelled.`
        );
      build.image.state = { status: "CANCELLED", reason: "Cancelled by user." };
      build.settled = true;
      return {
        requestId: requestId(state),
        clientToken: input.clientToken,
        imageBuildVersionArn: input.imageBuildVersionArn
      };
    }
  };
}
function findBuild(state, region, imageBuildVersionArn) {
  const build = imageBuilderOf(state, region).builds.find((b) => b.image.arn === imageBuildVersionArn);
  if (!build) throw err.notFound(imageBuildVersionArn);
  return build;
}
function imageFields(b) {
  return { name: b.image.name, osVersion: b.image.osVersion, platform: b.image.platform, type: b.image.type };
}

// src/sim/services/imagebuilder.ts
function createImageBuilderHandlers(world) {
  return {
    ...recipeHandlers(world),
    ...configurationHandlers(world),
    ...imageHandlers(world),
    ...tagHandlers(world)
  };
}
function register5(engine) {
  engine.register(
    "imagebuilder",
    createImageBuilderHandlers({ state: engine.state, now: () => engine.clock.now(), faults: engine.faults })
  );
}

// src/sim/services/os-repository.ts
import { createHash as createHash2 } from "node:crypto";
var SEVERITIES = [
  "critical",
  "important",
  "important",
  "important",
  "medium",
  "medium",
  "medium",
  "medium",
  "low",
  "low"
];
function repositoryOffer(state, o) {
  const manifest = o.image?.manifest;
  if (!manifest) return void 0;
  const r = regionOf(state, o.region);
  const newestBase = publicParameterNames(manifest.os, manifest.arch).map((name) => r.parameters[name]?.value).find((ami) => ami !== void 0);
  if (!newestBase) return void 0;
  const prefix = manifest.os === "amazon-linux-2023" ? "ALAS2023" : "ALAS2";
  const year = new Date(o.now).getUTCFullYear();
  const packages = packagesFor(manifest, r.images[newestBase]?.createdAt ?? 0, {
    updates: "all",
    builtAt: o.now
  }).flatMap((p) => {
    if (!p.packageName || !p.packageVersion) return [];
    const offered = { name: p.packageName, version: p.packageVersion };
    if (hasSecurityUpdate(p.packageName)) {
      const h = createHash2("sha256").update(`${p.packageName}-${p.packageVersion}`).digest();
      offered.advisory = {
        id: `${prefix}-${year}-${1e3 + h.readUInt16BE(0) % 3e3}`,
        severity: SEVERITIES[h[2] % SEVERITIES.length]
      };
    }
    return [offered];
  });
  return { tool: manifest.os === "amazon-linux-2023" ? "dnf" : "yum", packages };
}

// src/sim/services/ssm-output.ts
var OUTPUT_LIMITS = { stdout: 24e3, stderr: 8e3, plugin: 2500 };
var ERROR_TITLE = "\n----------ERROR-------\n";
var TRUNCATED_OUT = "\n---Output truncated---";
var TRUNCATED_ERROR = "\n---Error truncated----";
function pluginOutput(stdout, stderr, capacity = OUTPUT_LIMITS.plugin) {
  const title = stderr.length > 0 ? ERROR_TITLE : "";
  const available = capacity - title.length;
  if (stdout.length + stderr.length < available) return `${stdout}${title}${stderr}`;
  const half = Math.floor(available / 2);
  if (stdout.length > half && stderr.length > half) {
    const each = Math.floor((available - TRUNCATED_ERROR.length - TRUNCATED_OUT.length) / 2);
    return `${stdout.slice(0, each)}${TRUNCATED_OUT}${title}${stderr.slice(0, each)}${TRUNCATED_ERROR}`;
  }
  if (stdout.length < half) {
    const room2 = available - TRUNCATED_ERROR.length - stdout.length;
    return `${stdout}${title}${stderr.slice(0, Math.max(0, room2))}${TRUNCATED_ERROR}`;
  }
  const room = available - TRUNCATED_OUT.length - stderr.length;
  return `${stdout.slice(0, Math.max(0, room))}${TRUNCATED_OUT}${title}${stderr}`;
}

// src/sim/services/ssm.ts
var COMMAND_TIMINGS = { pickUp: 1e3, run: 2e3 };
function toParameter(p, ctx, decrypt) {
  const value = p.type === "SecureString" && !decrypt ? Buffer.from(`kms:${p.name}:${p.version}`).toString("base64") : p.value;
  return {
    Name: p.name,
    Type: p.type,
    Value: value,
    Version: p.version,
    LastModifiedDate: new Date(p.modifiedAt),
    ARN: `arn:aws:ssm:${ctx.region}:${p.name.startsWith("/aws/") ? "" : ctx.account}:parameter${p.name.startsWith("/") ? "" : "/"}${p.name}`,
    DataType: p.dataType ?? "text"
  };
}
function findParameter(ctx, name) {
  const p = name ? ctx.r.parameters[name] : void 0;
  if (!p) throw notFound("ParameterNotFound", `Parameter ${name} not found.`);
  return p;
}
function getParameter(input, ctx) {
  return { Parameter: toParameter(findParameter(ctx, input.Name), ctx, Boolean(input.WithDecryption)) };
}
function getParameters(input, ctx) {
  const names = input.Names ?? [];
  if (names.length > 10)
    throw new SimError(
      "ValidationException",
      "1 validation error detected: Value at 'names' failed to satisfy constraint: Member must have length less than or equal to 10"
    );
  const found = names.filter((n) => ctx.r.parameters[n]);
  return {
    Parameters: found.map((n) => toParameter(ctx.r.parameters[n], ctx, Boolean(input.WithDecryption))),
    InvalidParameters: names.filter((n) => !ctx.r.parameters[n])
  };
}
function getParametersByPath(input, ctx) {
  const prefix = (input.Path ?? "/").replace(/\/?$/, "/");
  const matching = Object.values(ctx.r.parameters).filter(
    (p) => p.name.startsWith(prefix) && (input.Recursive || !p.name.slice(prefix.length).includes("/"))
  );
  const { items, nextToken } = page(matching, input.MaxResults, input.NextToken, {
    min: 1,
    max: 10,
    default: 10
  });
  return {
    Parameters: items.map((p) => toParameter(p, ctx, Boolean(input.WithDecryption))),
    ...nextToken ? { NextToken: nextToken } : {}
  };
}
function putParameter(input, ctx) {
  const name = input.Name ?? "";
  if (/^\/?aws\//i.test(name) || /^\/?ssm\//i.test(name))
    throw new SimError("ValidationException", `No access to reserved parameter name: ${name}.`);
  if (input.Value === void 0 || input.Value.length === 0)
    throw new SimError("ValidationException", "Parameter value must not be empty");
  const existing = ctx.r.parameters[name];
  if (existing && !input.Overwrite)
    throw new SimError(
      "ParameterAlreadyExists",
      "The parameter already exists. To overwrite this value, set the overwrite option in the request to true."
    );
  if (existing && input.Tags?.length)
    throw new SimError("ValidationException", "Invalid request: tags and overwrite can't be used together.");
  const record = {
    name,
    type: input.Type ?? existing?.type ?? "String",
    value: input.Value,
    version: (existing?.version ?? 0) + 1,
    modifiedAt: ctx.now,
    tags: existing?.tags ?? tagsFrom(input.Tags)
  };
  if (input.Description !== void 0) record.description = input.Description;
  if (input.DataType !== void 0) record.dataType = input.DataType;
  ctx.r.parameters[name] = record;
  return { Version: record.version, Tier: "Standard" };
}
function deleteParameter(input, ctx) {
  const p = findParameter(ctx, input.Name);
  delete ctx.r.parameters[p.name];
  return {};
}
function agentOnline(ctx, instanceId) {
  const instance = ctx.r.instances[instanceId];
  if (!instance || instance.facts === null || instance.facts === void 0) return false;
  if (stateAt(instance, ctx.now) !== "running") return false;
  const running = instance.transitions.filter((t) => t.state === "running" && t.at <= ctx.now).at(-1)?.at ?? Number.POSITIVE_INFINITY;
  const reboot = instance.reboots.at(-1) ?? Number.NEGATIVE_INFINITY;
  return ctx.now >= Math.max(running, reboot) + TIMINGS.appBoot;
}
function sendCommand(input, ctx) {
  if (input.DocumentName !== "AWS-RunShellScript")
    throw new SimError("InvalidDocument", `Document ${input.DocumentName} does not exist in your account.`);
  const ids = input.InstanceIds ?? [];
  if (ids.length === 0) throw new SimError("ValidationException", "InstanceIds or Targets must be given");
  const offline = ids.filter((id2) => !agentOnline(ctx, id2));
  if (offline.length > 0)
    throw new SimError(
      "InvalidInstanceId",
      `Instances [[${offline.join(", ")}]] not in a valid state for account ${ctx.account}`
    );
  const script = (input.Parameters?.commands ?? []).join("\n");
  const timeoutSeconds = Number(input.Parameters?.executionTimeout?.[0] ?? 3600);
  const commandId = newHex(ctx.state, "command", 32).replace(
    /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
    "$1-$2-$3-$4-$5"
  );
  const command = {
    id: commandId,
    documentName: input.DocumentName,
    instanceIds: [...ids],
    script,
    requestedAt: ctx.now,
    timeoutSeconds,
    invocations: Object.fromEntries(
      ids.map((instanceId) => [
        instanceId,
        {
          instanceId,
          startsAt: ctx.now + COMMAND_TIMINGS.pickUp,
          endsAt: ctx.now + COMMAND_TIMINGS.pickUp + COMMAND_TIMINGS.run
        }
      ])
    )
  };
  if (input.Comment !== void 0) command.comment = input.Comment;
  ctx.r.commands[commandId] = command;
  return {
    Command: {
      CommandId: commandId,
      DocumentName: command.documentName,
      DocumentVersion: "$DEFAULT",
      InstanceIds: [...ids],
      Parameters: input.Parameters ?? {},
      RequestedDateTime: new Date(ctx.now),
      Status: "Pending",
      StatusDetails: "Pending",
      TargetCount: ids.length,
      CompletedCount: 0,
      ErrorCount: 0,
      TimeoutSeconds: timeoutSeconds,
      Comment: command.comment ?? "",
      DeliveryTimedOutCount: 0,
      ExpiresAfter: new Date(ctx.now + (input.TimeoutSeconds ?? 3600) * 1e3),
      MaxConcurrency: input.MaxConcurrency ?? "50",
      MaxErrors: input.MaxErrors ?? "0",
      NotificationConfig: { NotificationArn: "", NotificationEvents: [], NotificationType: "Command" },
      OutputS3BucketName: input.OutputS3BucketName ?? "",
      OutputS3KeyPrefix: input.OutputS3KeyPrefix ?? "",
      OutputS3Region: input.OutputS3Region ?? ctx.region,
      ServiceRole: input.ServiceRoleArn ?? "",
      Targets: input.Targets ?? []
    }
  };
}
var statusOf = (s) => s === "Undeliverable" ? "Failed" : s;
async function observe(ctx, command, inv) {
  if (ctx.now < inv.startsAt) return "Pending";
  if (ctx.now < inv.endsAt) return "InProgress";
  if (!inv.result && !inv.undeliverable) {
    const instance = ctx.r.instances[inv.instanceId];
    if (!instance || stateAt(instance, inv.endsAt) !== "running") inv.undeliverable = true;
    else
      inv.result = await answerProbe(command.script, instance.facts, inv.endsAt, {
        // What yum/dnf would read from the repositories (the advisories probe asks them).
        repository: () => repositoryOffer(ctx.state, {
          region: ctx.region,
          image: ctx.r.images[instance.imageId],
          now: inv.endsAt
        })
      });
  }
  if (inv.undeliverable) return "Undeliverable";
  return inv.result.exitCode === 0 ? "Success" : "Failed";
}
function findCommand(ctx, commandId) {
  const command = commandId ? ctx.r.commands[commandId] : void 0;
  if (!command) throw new SimError("InvalidCommandId", `Command ${commandId} does not exist`);
  return command;
}
async function getCommandInvocation(input, ctx) {
  const command = ctx.r.commands[input.CommandId ?? ""];
  const inv = command?.invocations[input.InstanceId ?? ""];
  if (!command || !inv || ctx.now <= command.requestedAt)
    throw new SimError("InvocationDoesNotExist", "An error occurred (InvocationDoesNotExist)");
  const status = await observe(ctx, command, inv);
  const done = status === "Success" || status === "Failed";
  return {
    CommandId: command.id,
    InstanceId: inv.instanceId,
    DocumentName: command.documentName,
    DocumentVersion: "$DEFAULT",
    PluginName: "aws:runShellScript",
    Status: statusOf(status),
    StatusDetails: status,
    ResponseCode: done ? inv.result.exitCode : -1,
    ExecutionStartDateTime: status === "Pending" ? "" : new Date(inv.startsAt).toISOString(),
    ExecutionEndDateTime: done ? new Date(inv.endsAt).toISOString() : "",
    ExecutionElapsedTime: done ? `PT${(inv.endsAt - inv.startsAt) / 1e3}S` : "",
    StandardOutputContent: done ? inv.result.stdout.slice(0, OUTPUT_LIMITS.stdout) : "",
    StandardErrorContent: done ? inv.result.stderr.slice(0, OUTPUT_LIMITS.stderr) : "",
    StandardOutputUrl: "",
    StandardErrorUrl: "",
    ...command.comment !== void 0 ? { Comment: command.comment } : {}
  };
}
async function listCommandInvocations(input, ctx) {
  const commands = input.CommandId ? [findCommand(ctx, input.CommandId)] : Object.values(ctx.r.commands);
  const rows = [];
  for (const command of commands) {
    for (const inv of Object.values(command.invocations)) {
      if (input.InstanceId && inv.instanceId !== input.InstanceId) continue;
      const status = await observe(ctx, command, inv);
      const done = status === "Success" || status === "Failed";
      const row = {
        CommandId: command.id,
        InstanceId: inv.instanceId,
        DocumentName: command.documentName,
        DocumentVersion: "$DEFAULT",
        RequestedDateTime: new Date(command.requestedAt),
        Status: statusOf(status),
        StatusDetails: status,
        ...command.comment !== void 0 ? { Comment: command.comment } : {}
      };
      if (input.Details) {
        row.CommandPlugins = [
          {
            Name: "aws:runShellScript",
            Status: statusOf(status),
            StatusDetails: status,
            ResponseCode: done ? inv.result.exitCode : -1,
            Output: done ? pluginOutput(inv.result.stdout, inv.result.stderr) : "",
            StandardOutputUrl: "",
            StandardErrorUrl: "",
            ...done ? {
              ResponseStartDateTime: new Date(inv.startsAt),
              ResponseFinishDateTime: new Date(inv.endsAt)
            } : {}
          }
        ];
      }
      rows.push(row);
    }
  }
  const { items, nextToken } = page(rows, input.MaxResults, input.NextToken, {
    min: 1,
    max: 50,
    default: 50
  });
  return { CommandInvocations: items, ...nextToken ? { NextToken: nextToken } : {} };
}
function register6(engine) {
  engine.register("ssm", {
    GetParameter: getParameter,
    GetParameters: getParameters,
    GetParametersByPath: getParametersByPath,
    PutParameter: putParameter,
    DeleteParameter: deleteParameter,
    SendCommand: sendCommand,
    GetCommandInvocation: getCommandInvocation,
    ListCommandInvocations: listCommandInvocations
  });
}

// src/sim/services/sts.ts
function register7(engine) {
  engine.register("sts", {
    GetCallerIdentity: (_input, { account }) => ({
      Account: account,
      Arn: `arn:aws:sts::${account}:assumed-role/amipipe/amipipe`,
      UserId: "AROAAMIPIPESIMULATED:amipipe"
    })
  });
}

// src/sim/services/index.ts
function registerServices(engine) {
  for (const register8 of [register3, register4, register5, register6, register, register2, register7]) register8(engine);
}

// src/sim/world-file.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/sim/world-schema.ts
var isoTime2 = external_exports.union([external_exports.string(), external_exports.date()]).transform((v, ctx) => {
  const ms = v instanceof Date ? v.getTime() : Date.parse(v);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: "custom", message: `an ISO time like 2026-05-01T00:00:00Z (got: '${String(v)}')` });
    return external_exports.NEVER;
  }
  return ms;
});
var tags = external_exports.record(external_exports.string(), external_exports.string()).default({});
var id = (prefix) => external_exports.string().regex(new RegExp(`^${prefix}-[0-9a-f]{8,17}$`), `an id like ${prefix}-0123456789abcdef0`);
var worldSchema = external_exports.strictObject({
  account: external_exports.string().regex(/^\d{12}$/, "a 12-digit AWS account id"),
  region: external_exports.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region like ap-northeast-1"),
  start: isoTime2,
  seed: external_exports.number().int().default(1),
  vpc: external_exports.strictObject({ id: id("vpc"), cidr: external_exports.string(), name: external_exports.string().optional() }),
  subnets: external_exports.array(external_exports.strictObject({ id: id("subnet"), availabilityZone: external_exports.string(), cidr: external_exports.string() })).min(1),
  baseImages: external_exports.array(
    external_exports.strictObject({ os: external_exports.enum(BASE_OS), arch: external_exports.enum(ARCHITECTURES), release: external_exports.string().optional() })
  ).default([]),
  images: external_exports.array(
    external_exports.strictObject({
      id: id("ami"),
      name: external_exports.string(),
      description: external_exports.string().optional(),
      architecture: external_exports.enum(ARCHITECTURES).default("x86_64"),
      created: isoTime2,
      /** Inventory JSON (relative to the world file) its instances report. */
      inventory: external_exports.string().optional(),
      tags
    })
  ).default([]),
  loadBalancers: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      subnets: external_exports.array(external_exports.string()).min(2),
      listeners: external_exports.array(
        external_exports.strictObject({
          port: external_exports.number().int(),
          protocol: external_exports.enum(["HTTP", "HTTPS"]),
          forward: external_exports.array(external_exports.string()).min(1)
        })
      ).default([])
    })
  ).default([]),
  targetGroups: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      loadBalancer: external_exports.string().optional(),
      port: external_exports.number().int().default(80),
      healthCheck: external_exports.strictObject({
        path: external_exports.string().default("/"),
        intervalSeconds: external_exports.number().int().min(5).max(300).default(30),
        timeoutSeconds: external_exports.number().int().min(2).max(120).default(5),
        healthyThreshold: external_exports.number().int().min(2).max(10).default(5),
        unhealthyThreshold: external_exports.number().int().min(2).max(10).default(2)
      }),
      deregistrationDelaySeconds: external_exports.number().int().min(0).max(3600).default(300)
    })
  ).default([]),
  launchTemplates: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      imageId: external_exports.string(),
      instanceType: external_exports.string().default("t3.medium"),
      /** Instance profile name the template's instances run with (the fleet's role). */
      iamInstanceProfile: external_exports.string().optional(),
      tags
    })
  ).default([]),
  fleets: external_exports.array(
    external_exports.strictObject({
      environment: external_exports.string(),
      count: external_exports.number().int().min(0),
      image: id("ami"),
      instanceType: external_exports.string().default("t3.medium"),
      targetGroup: external_exports.string().optional(),
      launchedAt: isoTime2
    })
  ).default([]),
  alarms: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      targetGroup: external_exports.string(),
      metric: external_exports.string(),
      threshold: external_exports.number(),
      state: external_exports.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]).default("OK")
    })
  ).default([]),
  parameters: external_exports.array(
    external_exports.strictObject({
      name: external_exports.string(),
      type: external_exports.enum(["String", "StringList", "SecureString"]),
      value: external_exports.string()
    })
  ).default([])
});

// src/sim/world-file.ts
var WORLD_FILE = "sim/world.yml";
async function readWorld(root) {
  const file = path.join(root, WORLD_FILE);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ConfigError([
      { file: WORLD_FILE, line: 1, column: 1, path: "", message: `no world file (expected ${file})` }
    ]);
  }
  const source = new YamlSource(WORLD_FILE, text);
  if (source.syntaxProblems.length > 0) throw new ConfigError(source.syntaxProblems);
  const data = source.value();
  const parsed = worldSchema.safeParse(data);
  if (!parsed.success)
    throw new ConfigError(
      findingsFromIssues(parsed.error.issues, worldSchema, data).map((f) => source.problem(f))
    );
  const world = parsed.data;
  const problems = referenceProblems(world, source);
  if (problems.length > 0) throw new ConfigError(problems);
  return { world, source, dir: path.dirname(file) };
}
async function readInventory(source, dir, ref, at) {
  const file = path.resolve(dir, ref);
  let data;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError([
      source.problem({ path: at, message: `cannot read inventory ${ref}: ${error.message}` })
    ]);
  }
  const parsed = inventorySchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError([
      source.problem({
        path: at,
        message: `${ref} is not an inventory: ${first?.path.join(".")}: ${first?.message}`
      })
    ]);
  }
  return parsed.data;
}
function referenceProblems(world, source) {
  const problems = [];
  const check2 = (known, name, kind, at) => {
    if (name !== void 0 && !known.has(name))
      problems.push(source.problem({ path: at, message: `unknown ${kind} '${name}'` }));
  };
  const subnetIds = new Set(world.subnets.map((s) => s.id));
  const tgNames = new Set(world.targetGroups.map((t) => t.name));
  const imageIds = new Set(world.images.map((i) => i.id));
  for (const [i, lb] of world.loadBalancers.entries()) {
    for (const [j, s] of lb.subnets.entries())
      check2(subnetIds, s, "subnet", ["loadBalancers", i, "subnets", j]);
    for (const [j, l] of lb.listeners.entries())
      for (const [k, t] of l.forward.entries())
        check2(tgNames, t, "target group", ["loadBalancers", i, "listeners", j, "forward", k]);
  }
  for (const [i, f] of world.fleets.entries()) {
    check2(imageIds, f.image, "image", ["fleets", i, "image"]);
    check2(tgNames, f.targetGroup || void 0, "target group", ["fleets", i, "targetGroup"]);
  }
  for (const [i, a] of world.alarms.entries())
    check2(tgNames, a.targetGroup, "target group", ["alarms", i, "targetGroup"]);
  return problems;
}

// src/sim/world.ts
var DAY = 864e5;
async function loadWorld(root) {
  const { world, source, dir } = await readWorld(root);
  const state = emptyState({ account: world.account, now: world.start, seed: world.seed });
  const r = regionOf(state, world.region);
  addNetwork(r, world);
  for (const b of world.baseImages) {
    const o = {
      region: world.region,
      os: b.os,
      arch: b.arch,
      at: world.start - 14 * DAY
    };
    if (b.release) o.release = b.release;
    publishBaseImage(state, o);
  }
  for (const [i, image] of world.images.entries()) {
    const inventory = image.inventory ? await readInventory(source, dir, image.inventory, ["images", i, "inventory"]) : void 0;
    addImage(state, world, { image, inventory });
  }
  addLoadBalancing(state, world);
  addLaunchTemplates(state, world);
  await addFleets(state, world);
  addAlarms(r, world);
  for (const p of world.parameters) {
    r.parameters[p.name] = {
      name: p.name,
      type: p.type,
      value: p.value,
      version: 1,
      modifiedAt: world.start - DAY,
      tags: {}
    };
  }
  return state;
}
function addNetwork(r, world) {
  r.vpcs.push({
    id: world.vpc.id,
    cidr: world.vpc.cidr,
    tags: world.vpc.name ? { Name: world.vpc.name } : {}
  });
  for (const s of world.subnets)
    r.subnets.push({
      id: s.id,
      vpcId: world.vpc.id,
      availabilityZone: s.availabilityZone,
      cidr: s.cidr,
      tags: {},
      nextHost: 4
    });
}
function addImage(state, world, o) {
  const { image } = o;
  const { imageId } = createImageRecord(state, {
    region: world.region,
    name: image.name,
    architecture: image.architecture,
    at: image.created,
    tags: image.tags,
    ...image.description !== void 0 ? { description: image.description } : {},
    ...o.inventory !== void 0 ? { inventory: o.inventory } : {}
  });
  const r = regionOf(state, world.region);
  const record = r.images[imageId];
  delete r.images[imageId];
  record.id = image.id;
  r.images[image.id] = record;
}
function addLoadBalancing(state, world) {
  const { region, account } = world;
  const r = regionOf(state, region);
  for (const lb of world.loadBalancers) {
    const hex = newHex(state, "elb", 16);
    const arn2 = `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/app/${lb.name}/${hex}`;
    r.loadBalancers.push({
      arn: arn2,
      name: lb.name,
      dnsName: `${lb.name}-${parseInt(hex.slice(0, 8), 16)}.${region}.elb.amazonaws.com`,
      vpcId: world.vpc.id,
      subnets: lb.subnets,
      scheme: "internet-facing",
      createdAt: world.start - 365 * DAY,
      securityGroups: []
    });
  }
  const lbArn = (name) => r.loadBalancers.find((lb) => lb.name === name)?.arn;
  for (const tg of world.targetGroups) {
    const arn2 = `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/${tg.name}/${newHex(state, "tg", 16)}`;
    const lb = lbArn(tg.loadBalancer);
    r.targetGroups[arn2] = {
      arn: arn2,
      name: tg.name,
      vpcId: world.vpc.id,
      protocol: "HTTP",
      port: tg.port,
      healthCheck: { ...tg.healthCheck, port: "traffic-port", protocol: "HTTP", matcher: "200" },
      deregistrationDelaySeconds: tg.deregistrationDelaySeconds,
      loadBalancerArns: lb ? [lb] : [],
      targets: [],
      tags: {}
    };
  }
  for (const lb of world.loadBalancers) {
    for (const l of lb.listeners) {
      r.listeners.push({
        arn: `${lbArn(lb.name).replace(":loadbalancer/", ":listener/")}/${newHex(state, "listener", 16)}`,
        loadBalancerArn: lbArn(lb.name),
        port: l.port,
        protocol: l.protocol,
        forward: l.forward.map((t) => ({ targetGroupArn: targetGroupArn(r, t), weight: 1 }))
      });
    }
  }
}
function targetGroupArn(r, name) {
  return Object.values(r.targetGroups).find((t) => t.name === name)?.arn;
}
function addLaunchTemplates(state, world) {
  const r = regionOf(state, world.region);
  for (const lt of world.launchTemplates) {
    const ltId = newId(state, "lt");
    r.launchTemplates[ltId] = {
      id: ltId,
      name: lt.name,
      createdAt: world.start - 365 * DAY,
      defaultVersion: 1,
      tags: lt.tags,
      versions: [
        {
          number: 1,
          createdAt: world.start - 365 * DAY,
          data: {
            ImageId: lt.imageId,
            InstanceType: lt.instanceType,
            MetadataOptions: { HttpTokens: "optional" },
            ...lt.iamInstanceProfile ? { IamInstanceProfile: { Name: lt.iamInstanceProfile } } : {}
          }
        }
      ]
    };
  }
}
async function addFleets(state, world) {
  const r = regionOf(state, world.region);
  const noFaults = new Faults([]);
  for (const fleet of world.fleets) {
    const image = r.images[fleet.image];
    for (let n = 0; n < fleet.count; n++) {
      const subnet = r.subnets[n % r.subnets.length];
      const instanceId = newId(state, "i");
      const instance = {
        id: instanceId,
        reservationId: newId(state, "r"),
        imageId: image.id,
        instanceType: fleet.instanceType,
        architecture: image.architecture,
        subnetId: subnet.id,
        vpcId: subnet.vpcId,
        availabilityZone: subnet.availabilityZone,
        privateIp: nextPrivateIp(subnet),
        launchedAt: fleet.launchedAt,
        transitions: [
          { at: fleet.launchedAt, state: "pending" },
          { at: fleet.launchedAt + TIMINGS.pendingToRunning, state: "running" }
        ],
        reboots: [],
        // Servers built by hand carry no amipipe tags: a rollout finds them through their
        // target group and adopts them (tags them) at its first step.
        tags: { Name: `web-${fleet.environment}-${String(n + 1).padStart(2, "0")}` },
        metadataOptions: { httpTokens: "optional", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 },
        blockDevices: image.blockDevices.map((b) => ({
          deviceName: b.deviceName,
          volumeId: newId(state, "vol"),
          volumeSize: b.volumeSize,
          volumeType: b.volumeType,
          deleteOnTermination: true
        })),
        securityGroupIds: [],
        facts: await factsForImage(image, {
          launchedAt: fleet.launchedAt,
          faults: noFaults,
          isNewestImage: false
        })
      };
      r.instances[instanceId] = instance;
      if (fleet.targetGroup)
        r.targetGroups[targetGroupArn(r, fleet.targetGroup)].targets.push({
          id: instanceId,
          port: 80,
          registeredAt: fleet.launchedAt + 6e5
        });
    }
  }
}
function addAlarms(r, world) {
  for (const a of world.alarms) {
    const tg = r.targetGroups[targetGroupArn(r, a.targetGroup)];
    const lb = r.loadBalancers.find((l) => tg.loadBalancerArns.includes(l.arn));
    r.alarms[a.name] = {
      name: a.name,
      arn: `arn:aws:cloudwatch:${world.region}:${world.account}:alarm:${a.name}`,
      description: `${a.metric} of ${a.targetGroup} above ${a.threshold}`,
      metricName: a.metric,
      namespace: "AWS/ApplicationELB",
      statistic: "Sum",
      period: 60,
      evaluationPeriods: 1,
      threshold: a.threshold,
      comparisonOperator: "GreaterThanThreshold",
      dimensions: [
        { name: "TargetGroup", value: tg.arn.slice(tg.arn.indexOf("targetgroup/")) },
        ...lb ? [{ name: "LoadBalancer", value: lb.arn.slice(lb.arn.indexOf("app/")) }] : []
      ],
      history: [
        {
          at: world.start - DAY,
          state: a.state,
          reason: "Threshold Crossed: no datapoints were above the threshold"
        }
      ]
    };
  }
}

// src/sim/session.ts
var MAX_ATTEMPTS = 8;
function simulatedFactory(engineOf) {
  return createAwsFactory({
    credentials: { accessKeyId: "AKIAAMIPIPESIMULATOR", secretAccessKey: "simulated" },
    clientConfig: { retryStrategy: immediateRetryStrategy(MAX_ATTEMPTS), maxAttempts: MAX_ATTEMPTS },
    configure: (client, service, region) => {
      client.middlewareStack.use({
        applyToStack: (stack) => {
          stack.add(
            // biome-ignore lint/suspicious/noExplicitAny: smithy middleware signature.
            (_next, context) => async (args) => {
              const operation = String(context.commandName ?? "").replace(/Command$/, "");
              const output = await engineOf(service).handle(service, operation, region, args.input);
              return { response: { statusCode: 200, headers: {} }, output };
            },
            // In the deserialize step ahead of the deserializer: the SDK's serializer, signer
            // and retry middleware (finalizeRequest step) run around it as against AWS.
            { step: "deserialize", priority: "high", name: "amipipeSimulator", override: true }
          );
        }
      });
    }
  });
}
function serialise(state) {
  if (state.calls.length > PERSISTED_CALLS) state.calls = state.calls.slice(-PERSISTED_CALLS);
  return JSON.stringify(state);
}
async function writeState(file, state) {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, serialise(state));
  await rename(tmp, file);
}
function writeStateSync(file, state) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, serialise(state));
  renameSync(tmp, file);
}
function createSimulator(o) {
  const clock = o.clock ?? new VirtualClock(o.state.now);
  if (clock.now() < o.state.now) clock.advance(o.state.now - clock.now());
  const faults = new Faults([...o.state.faults, ...o.faults ?? []]);
  const engine = new SimEngine(
    o.onCrash ? { state: o.state, clock, faults, onCrash: o.onCrash } : { state: o.state, clock, faults }
  );
  registerServices(engine);
  return {
    clock,
    engine,
    aws: simulatedFactory(() => engine),
    ids: simulatorIds(() => o.state),
    save: async (file) => {
      o.state.now = clock.now();
      await writeState(file, o.state);
    }
  };
}
async function simulatorFromWorld(root, o = {}) {
  const state = await loadWorld(root);
  const options = { state };
  if (o.faults) options.faults = o.faults;
  if (o.onCrash) options.onCrash = o.onCrash;
  return createSimulator(options);
}
var sessions = /* @__PURE__ */ new WeakMap();
function crashHandler(file) {
  return (engine) => {
    engine.state.now = engine.clock.now();
    writeStateSync(file, engine.state);
    process.stderr.write(`simulator: crash-after-calls reached; world saved to ${file}; exiting with 137
`);
    process.exit(137);
  };
}
async function openSimSession(o) {
  new Faults(o.faults);
  let state;
  try {
    state = JSON.parse(await readFile2(o.file, "utf8"));
  } catch (error) {
    if (error.code !== "ENOENT") {
      throw new UsageError(`cannot read simulator state ${o.file}: ${error.message}`);
    }
  }
  if (state && state.version !== 1)
    throw new UsageError(`${o.file} is not an amipipe simulator state (run amipipe sim init)`);
  const clock = new VirtualClock(state?.now ?? 0);
  const internals = { file: o.file, faults: o.faults, clock };
  if (state)
    internals.current = createSimulator({ state, faults: o.faults, clock, onCrash: crashHandler(o.file) });
  const handle = {
    clock,
    aws: simulatedFactory(() => {
      if (!internals.current) throw new UsageError(`no simulator state at ${o.file}: run amipipe sim init`);
      return internals.current.engine;
    }),
    save: async () => {
      if (internals.current) await internals.current.save(o.file);
    }
  };
  sessions.set(handle.aws, internals);
  return handle;
}
function replaceSessionWorld(handle, state) {
  const internals = sessions.get(handle.aws);
  if (!internals) throw new Error("not a simulator session");
  const perCall = internals.faults.filter((f) => !state.faults.includes(f));
  internals.current = createSimulator({
    state,
    faults: perCall,
    clock: internals.clock,
    onCrash: crashHandler(internals.file)
  });
  return internals.current;
}
function sessionEngine(handle) {
  return sessions.get(handle.aws)?.current?.engine;
}
function sessionFaults(handle) {
  return [...sessions.get(handle.aws)?.faults ?? []];
}
function sessionIds(handle) {
  const state = () => {
    const current = sessions.get(handle.aws)?.current;
    if (!current) throw new UsageError("no simulator state: run amipipe sim init");
    return current.engine.state;
  };
  return simulatorIds(state);
}
function simulatorIds(state) {
  return {
    token: () => newHex(state(), "token", 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5"),
    hex: (bytes) => newHex(state(), "hex", bytes * 2)
  };
}

export {
  WORLD_FILE,
  loadWorld,
  writeState,
  createSimulator,
  simulatorFromWorld,
  openSimSession,
  replaceSessionWorld,
  sessionEngine,
  sessionFaults,
  sessionIds,
  simulatorIds
};
