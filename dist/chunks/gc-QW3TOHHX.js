import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  TAG,
  fromTagList
} from "./chunk-DUHWOJWS.js";
import {
  environmentsInOrder,
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-CLJXRIPF.js";
import {
  UsageError,
  messageOf
} from "./chunk-25FIIMCB.js";
import {
  parseDuration
} from "./chunk-U2BKHDZX.js";
import {
  require_dist_cjs
} from "./chunk-FR6JYSTS.js";
import "./chunk-YJKYJ3I7.js";
import "./chunk-CR6XTHQR.js";
import {
  __toESM
} from "./chunk-BQ2HO2OL.js";

// src/lifecycle/gc-apply.ts
var import_client_ec2 = __toESM(require_dist_cjs2(), 1);

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/lifecycle/gc-reasons.ts
function describeKeepReasons(reasons) {
  return reasons.map(describeKeepReason).join("; ");
}
function describeKeepReason(r) {
  switch (r.kind) {
    case "pinned":
      return `pinned by ${r.environments.join(", ")}`;
    case "history":
      return `in the pin history of ${r.environments.join(", ")}`;
    case "instances": {
      if (r.ids.length === 1) return `used by ${r.state} instance ${r.ids[0]}`;
      const shown = r.ids.slice(0, 3).join(", ") + (r.ids.length > 3 ? `, \u2026 ${r.ids.length - 3} more` : "");
      return `used by ${r.ids.length} ${r.state} instances (${shown})`;
    }
    case "retained":
      return r.instances.map((i) => `used by ${i.state} instance ${i.id} (retained until ${i.retainUntil})`).join("; ");
    case "launch-template":
      return `referenced by launch template ${r.launchTemplate} version ${r.version} (${r.usedBy.join(", ")})`;
    case "not-amipipe":
      return `not built by amipipe (no ${r.tag} tag)`;
    case "state":
      return `image is ${r.state}`;
    case "newest":
      return `newest ${r.position} of ${r.keep} kept for ${r.group}`;
    case "young":
      return `built ${r.builtAt}, younger than --older-than`;
  }
}
function shortKeepReasons(reasons) {
  const ids = (list) => list.length <= 1 ? list.join("") : `${list[0]} +${list.length - 1}`;
  const out = [];
  const templates = [];
  for (const r of reasons) {
    switch (r.kind) {
      case "pinned":
        out.push(`pinned: ${r.environments.join(", ")}`);
        break;
      case "history":
        out.push(`history: ${r.environments.join(", ")}`);
        break;
      case "instances":
        out.push(`${r.state}: ${ids(r.ids)}`);
        break;
      case "retained":
        out.push(
          `retained: ${ids(r.instances.map((i) => i.id))} until ${r.instances.map((i) => i.retainUntil).sort().at(-1)}`
        );
        break;
      case "launch-template":
        templates.push(`${r.launchTemplate} v${r.version}`);
        break;
      case "not-amipipe":
        out.push("not built by amipipe");
        break;
      case "state":
        out.push(`state ${r.state}`);
        break;
      case "newest":
        out.push(`newest ${r.position}/${r.keep} of ${r.group}`);
        break;
      case "young":
        out.push(`built ${r.builtAt.slice(0, 10)} (< --older-than)`);
        break;
    }
  }
  if (templates.length > 0)
    out.push(`${templates.length === 1 ? "template" : "templates"}: ${templates.join(", ")}`);
  return out;
}

// src/lifecycle/gc-plan.ts
var TAG_RECIPE = TAG.recipe;
var TAG_ARCH = TAG.arch;
var TAG_PINNED = TAG.pinned;
var TAG_RETAIN_UNTIL = TAG.retainUntil;
var SNAPSHOT_USD_PER_GB_MONTH = 0.05;
var COST_BASIS = "EBS snapshot storage, standard tier, $0.05 per GB-month on each snapshot's full volume size \u2014 an upper bound, as snapshots are billed on the blocks they hold";
var TAG_SNAPSHOT_OF = TAG.snapshotOf;
var LIVE_INSTANCE_STATES = /* @__PURE__ */ new Set(["pending", "running", "stopping", "stopped"]);
function planGc(observed, pins, options) {
  const plan = {
    deregister: [],
    orphanSnapshots: [],
    kept: [],
    terminate: [],
    pinnedTags: [],
    reclaimGiB: 0,
    monthlyCostUSD: 0,
    costBasis: COST_BASIS
  };
  const pinReasons = reasonsFromPins(pins);
  for (const region of observed) planRegion(region, pinReasons, options, plan);
  plan.reclaimGiB = plan.deregister.reduce((sum, d) => sum + d.sizeGiB, 0) + plan.orphanSnapshots.reduce((sum, o) => sum + o.sizeGiB, 0);
  plan.monthlyCostUSD = Math.round(plan.reclaimGiB * SNAPSHOT_USD_PER_GB_MONTH * 100) / 100;
  return plan;
}
function reasonsFromPins(pins) {
  const byAmi = /* @__PURE__ */ new Map();
  for (const pin of pins) {
    const entry = byAmi.get(pin.ami) ?? { pinned: [], history: [] };
    const list = pin.kind === "pin" ? entry.pinned : entry.history;
    if (!list.includes(pin.env)) list.push(pin.env);
    byAmi.set(pin.ami, entry);
  }
  return byAmi;
}
function planRegion(region, pinReasons, options, plan) {
  const terminating = /* @__PURE__ */ new Set();
  for (const instance of region.instances) {
    const expiry = retentionExpiry(instance, options.now);
    if (expiry) {
      terminating.add(instance.id);
      plan.terminate.push({
        instanceId: instance.id,
        region: region.region,
        ami: instance.ami,
        retainUntil: expiry,
        reason: `stopped and kept for rollback until ${expiry}; retention is over`
      });
    }
  }
  const uses = /* @__PURE__ */ new Map();
  const usesOf = (ami) => {
    let u = uses.get(ami);
    if (!u) {
      u = { instances: /* @__PURE__ */ new Map(), retained: [], templates: /* @__PURE__ */ new Map() };
      uses.set(ami, u);
    }
    return u;
  };
  for (const instance of region.instances) {
    if (!LIVE_INSTANCE_STATES.has(instance.state) || terminating.has(instance.id)) continue;
    const u = usesOf(instance.ami);
    const until = instance.tags[TAG_RETAIN_UNTIL];
    if (until) u.retained.push({ id: instance.id, state: instance.state, retainUntil: until });
    else u.instances.set(instance.state, [...u.instances.get(instance.state) ?? [], instance.id]);
  }
  for (const use of region.launchTemplateUses) {
    const u = usesOf(use.ami);
    const key = `${use.launchTemplate}\0${use.version}`;
    const entry = u.templates.get(key) ?? {
      launchTemplate: use.launchTemplate,
      version: use.version,
      usedBy: []
    };
    entry.usedBy.push(use.usedBy);
    u.templates.set(key, entry);
  }
  const usedBy = new Map([...uses].map(([ami, u]) => [ami, useReasons(u)]));
  const sizes = new Map(region.snapshots.map((s) => [s.id, s.sizeGiB]));
  const sizeOf = (ids) => ids.reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0);
  const rank = rankWithinRecipe(region.images);
  const keptImages = /* @__PURE__ */ new Set();
  const candidates = [];
  for (const image of region.images) {
    const decision = protection(
      image,
      pinReasons.get(image.ami),
      usedBy.get(image.ami),
      rank.get(image.ami),
      options
    );
    if (!decision.keep) {
      candidates.push({ image, reason: decision.text });
      continue;
    }
    keptImages.add(image.ami);
    const kept = {
      ami: image.ami,
      region: region.region,
      reason: describeKeepReasons(decision.reasons),
      reasons: decision.reasons,
      sizeGiB: sizeOf(image.snapshots)
    };
    if (image.name) kept.name = image.name;
    plan.kept.push(kept);
    const wanted = pinTagValue(pinReasons.get(image.ami));
    const current = image.tags[TAG_PINNED] ?? null;
    if (wanted !== current) plan.pinnedTags.push({ ami: image.ami, region: region.region, value: wanted });
  }
  const images = new Set(region.images.map((i) => i.ami));
  for (const snapshot of region.snapshots) {
    const ami = snapshot.tags?.[TAG_SNAPSHOT_OF];
    if (ami && !images.has(ami))
      plan.orphanSnapshots.push({
        snapshot: snapshot.id,
        region: region.region,
        ami,
        sizeGiB: snapshot.sizeGiB
      });
  }
  const sharedByKept = new Set(
    region.images.filter((i) => keptImages.has(i.ami)).flatMap((i) => i.snapshots)
  );
  for (const { image, reason } of candidates) {
    const snapshots = image.snapshots.filter((id) => sizes.has(id) && !sharedByKept.has(id));
    const entry = {
      ami: image.ami,
      region: region.region,
      snapshots,
      reason,
      sizeGiB: sizeOf(snapshots),
      builtAt: new Date(image.createdAt).toISOString()
    };
    if (image.name) entry.name = image.name;
    plan.deregister.push(entry);
  }
}
function useReasons(u) {
  const out = [];
  for (const [state, ids] of u.instances) out.push({ kind: "instances", state, ids });
  if (u.retained.length > 0) out.push({ kind: "retained", instances: u.retained });
  for (const t of u.templates.values()) out.push({ kind: "launch-template", ...t });
  return out;
}
function retentionExpiry(instance, now) {
  const until = instance.tags[TAG_RETAIN_UNTIL];
  if (!until || instance.state !== "stopped") return void 0;
  const at = Date.parse(until);
  return Number.isFinite(at) && at <= now ? until : void 0;
}
function pinTagValue(reasons) {
  const envs = [...new Set(reasons?.pinned ?? [])].sort();
  return envs.length > 0 ? envs.join(",") : null;
}
function rankWithinRecipe(images) {
  const groups = /* @__PURE__ */ new Map();
  for (const image of images) {
    const recipe = image.tags[TAG_RECIPE];
    if (!recipe) continue;
    const group = `${recipe}/${image.tags[TAG_ARCH] ?? image.architecture}`;
    const members = groups.get(group);
    if (members) members.push(image);
    else groups.set(group, [image]);
  }
  const rank = /* @__PURE__ */ new Map();
  for (const [group, members] of groups) {
    members.sort((a, b) => b.createdAt - a.createdAt || a.ami.localeCompare(b.ami));
    for (const [i, image] of members.entries()) rank.set(image.ami, { group, position: i + 1 });
  }
  return rank;
}
function protection(image, pins, uses, rank, options) {
  const reasons = [];
  if (pins?.pinned.length) reasons.push({ kind: "pinned", environments: [...pins.pinned].sort() });
  if (pins?.history.length) reasons.push({ kind: "history", environments: [...pins.history].sort() });
  if (uses?.length) reasons.push(...uses);
  if (reasons.length > 0) return { keep: true, reasons };
  const keep = (reason) => ({ keep: true, reasons: [reason] });
  if (!rank) return keep({ kind: "not-amipipe", tag: TAG_RECIPE });
  if (image.state !== "available" && image.state !== "failed")
    return keep({ kind: "state", state: image.state });
  if (rank.position <= options.keep)
    return keep({ kind: "newest", group: rank.group, position: rank.position, keep: options.keep });
  const age = options.now - image.createdAt;
  const built = new Date(image.createdAt).toISOString();
  if (age < options.olderThanMs) return keep({ kind: "young", builtAt: built });
  return {
    keep: false,
    text: `${rank.group} #${rank.position} by age (keeping ${options.keep}), built ${built}; not pinned, in no pin history, used by no instance or launch template`
  };
}

// src/lifecycle/gc-apply.ts
var IN_USE_TRIES = 5;
var IN_USE_FIRST_WAIT_MS = 5e3;
var isInUse = (error) => error?.name === "InvalidSnapshot.InUse";
var BATCH = 1e3;
var groupBy = (items, key) => {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};
var chunks = (items, size = BATCH) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
async function applyGc(aws, plan, progress, clock) {
  const failures = [];
  const attempt = async (target, action, f) => {
    try {
      await f();
      return true;
    } catch (error) {
      failures.push({ target, action, message: messageOf(error) });
      progress.warn("gc", `${action} ${target} failed: ${messageOf(error)}`);
      return false;
    }
  };
  const deleteSnapshot = async (region, snapshot) => {
    const send = () => aws.ec2(region).send(new import_client_ec2.DeleteSnapshotCommand({ SnapshotId: snapshot }));
    await attempt(snapshot, "delete snapshot", async () => {
      for (let i = 1; ; i++) {
        try {
          return await send();
        } catch (error) {
          if (!isInUse(error) || !clock || i >= IN_USE_TRIES) throw error;
          await clock.sleep(IN_USE_FIRST_WAIT_MS * 2 ** (i - 1));
        }
      }
    });
  };
  await syncPinnedTags(aws, plan, attempt);
  const byRegion = groupBy(plan.terminate, (t) => t.region);
  for (const [region, terminations] of byRegion) {
    for (const batch of chunks(terminations.map((t) => t.instanceId))) {
      progress.info("gc", `terminating ${batch.length} retained instance(s) in ${region}`);
      await attempt(
        batch.join(","),
        "terminate",
        () => aws.ec2(region).send(new import_client_ec2.TerminateInstancesCommand({ InstanceIds: batch }))
      );
    }
  }
  const limit = pLimit(4);
  let done = 0;
  await Promise.all(
    plan.deregister.map(
      (d) => limit(async () => {
        const ec2 = aws.ec2(d.region);
        if (d.snapshots.length > 0 && !await attempt(
          d.snapshots.join(","),
          "tag snapshots",
          () => ec2.send(
            new import_client_ec2.CreateTagsCommand({
              Resources: d.snapshots,
              Tags: [{ Key: TAG_SNAPSHOT_OF, Value: d.ami }]
            })
          )
        ))
          return;
        if (!await attempt(
          d.ami,
          "deregister",
          () => ec2.send(new import_client_ec2.DeregisterImageCommand({ ImageId: d.ami }))
        ))
          return;
        for (const snapshot of d.snapshots) await deleteSnapshot(d.region, snapshot);
        done += 1;
        if (done % 50 === 0 || done === plan.deregister.length) {
          progress.info("gc", `deregistered ${done}/${plan.deregister.length} image(s)`);
        }
      })
    )
  );
  for (const orphan of plan.orphanSnapshots) await deleteSnapshot(orphan.region, orphan.snapshot);
  return failures;
}
async function syncPinnedTags(aws, plan, attempt) {
  const groups = groupBy(plan.pinnedTags, (c) => `${c.region}\0${c.value ?? ""}`);
  for (const changes of groups.values()) {
    const { region, value } = changes[0];
    for (const batch of chunks(changes.map((c) => c.ami))) {
      if (value === null) {
        await attempt(
          batch.join(","),
          `remove ${TAG_PINNED}`,
          () => aws.ec2(region).send(new import_client_ec2.DeleteTagsCommand({ Resources: batch, Tags: [{ Key: TAG_PINNED }] }))
        );
      } else {
        await attempt(
          batch.join(","),
          `tag ${TAG_PINNED}=${value}`,
          () => aws.ec2(region).send(new import_client_ec2.CreateTagsCommand({ Resources: batch, Tags: [{ Key: TAG_PINNED, Value: value }] }))
        );
      }
    }
  }
}

// src/lifecycle/gc-observe.ts
var import_client_auto_scaling = __toESM(require_dist_cjs(), 1);
var import_client_ec22 = __toESM(require_dist_cjs2(), 1);
var PAGE = 1e3;
var tagsOf = (tags) => fromTagList(tags);
async function observeRegion(aws, region) {
  const [images, snapshots, instances, launchTemplateUses] = await Promise.all([
    observeImages(aws, region),
    observeSnapshots(aws, region),
    observeInstances(aws, region),
    observeLaunchTemplateUses(aws, region)
  ]);
  return { region, images, snapshots, instances, launchTemplateUses };
}
async function observeImages(aws, region) {
  const images = [];
  for await (const page of (0, import_client_ec22.paginateDescribeImages)(
    { client: aws.ec2(region), pageSize: PAGE },
    { Owners: ["self"] }
  )) {
    for (const image of page.Images ?? []) {
      if (!image.ImageId) continue;
      const observed = {
        ami: image.ImageId,
        region,
        createdAt: image.CreationDate ? Date.parse(image.CreationDate) : 0,
        state: image.State ?? "unknown",
        architecture: image.Architecture ?? "unknown",
        tags: tagsOf(image.Tags),
        snapshots: (image.BlockDeviceMappings ?? []).flatMap(
          (m) => m.Ebs?.SnapshotId ? [m.Ebs.SnapshotId] : []
        )
      };
      if (image.Name) observed.name = image.Name;
      images.push(observed);
    }
  }
  return images;
}
async function observeSnapshots(aws, region) {
  const snapshots = [];
  for await (const page of (0, import_client_ec22.paginateDescribeSnapshots)(
    { client: aws.ec2(region), pageSize: PAGE },
    { OwnerIds: ["self"] }
  )) {
    for (const s of page.Snapshots ?? [])
      if (s.SnapshotId)
        snapshots.push({
          id: s.SnapshotId,
          region,
          sizeGiB: s.VolumeSize ?? 0,
          tags: Object.fromEntries((s.Tags ?? []).flatMap((t) => t.Key ? [[t.Key, t.Value ?? ""]] : []))
        });
  }
  return snapshots;
}
async function observeInstances(aws, region) {
  const instances = [];
  const filter = {
    Filters: [{ Name: "instance-state-name", Values: ["pending", "running", "stopping", "stopped"] }]
  };
  for await (const page of (0, import_client_ec22.paginateDescribeInstances)({ client: aws.ec2(region), pageSize: PAGE }, filter)) {
    for (const reservation of page.Reservations ?? []) {
      for (const i of reservation.Instances ?? []) {
        if (!i.InstanceId || !i.ImageId) continue;
        instances.push({
          id: i.InstanceId,
          region,
          ami: i.ImageId,
          state: i.State?.Name ?? "unknown",
          tags: tagsOf(i.Tags)
        });
      }
    }
  }
  return instances;
}
async function observeLaunchTemplateUses(aws, region) {
  const templates = [];
  for await (const page of (0, import_client_ec22.paginateDescribeLaunchTemplates)({ client: aws.ec2(region), pageSize: 200 }, {})) {
    templates.push(...page.LaunchTemplates ?? []);
  }
  if (templates.length === 0) return [];
  const groups = [];
  for await (const page of (0, import_client_auto_scaling.paginateDescribeAutoScalingGroups)(
    { client: aws.autoscaling(region), pageSize: 100 },
    {}
  )) {
    groups.push(...page.AutoScalingGroups ?? []);
  }
  const uses = [];
  for (const lt of templates) {
    if (!lt.LaunchTemplateId || !lt.LaunchTemplateName) continue;
    const wanted = /* @__PURE__ */ new Map();
    const want = (version, why) => {
      if (version === void 0) return;
      wanted.set(String(version), [...wanted.get(String(version)) ?? [], why]);
    };
    want(lt.DefaultVersionNumber, "default version");
    want(lt.LatestVersionNumber, "latest version");
    for (const group of groups) {
      const spec = group.LaunchTemplate ?? group.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification;
      if (!spec || spec.LaunchTemplateId !== lt.LaunchTemplateId && spec.LaunchTemplateName !== lt.LaunchTemplateName)
        continue;
      const version = spec.Version ?? "$Default";
      const number = version === "$Latest" ? lt.LatestVersionNumber : version === "$Default" ? lt.DefaultVersionNumber : Number(version);
      want(number, `Auto Scaling group ${group.AutoScalingGroupName}`);
    }
    const answer = await aws.ec2(region).send(
      new import_client_ec22.DescribeLaunchTemplateVersionsCommand({
        LaunchTemplateId: lt.LaunchTemplateId,
        Versions: [...wanted.keys()]
      })
    );
    for (const v of answer.LaunchTemplateVersions ?? []) {
      const ami = v.LaunchTemplateData?.ImageId;
      if (!ami?.startsWith("ami-") || v.VersionNumber === void 0) continue;
      for (const why of wanted.get(String(v.VersionNumber)) ?? []) {
        uses.push({
          region,
          launchTemplate: lt.LaunchTemplateName,
          version: String(v.VersionNumber),
          usedBy: why,
          ami
        });
      }
    }
  }
  return uses;
}

// src/lifecycle/gc-report.ts
function describeGc(plan, o) {
  const lines = [];
  const head = o.dryRun ? "gc plan (dry run, nothing changed)" : "gc";
  lines.push(
    `${head}: ${plan.deregister.length} image(s) to deregister, ${plan.terminate.length} retained instance(s) to terminate, ${plan.kept.length} image(s) kept`
  );
  if (plan.deregister.length > 0) {
    lines.push("", "DEREGISTER (with the snapshots no kept image shares)");
    lines.push(
      ...table(
        plan.deregister.map((d) => [
          d.ami,
          d.region,
          `built ${d.builtAt.slice(0, 10)}`,
          `${d.sizeGiB} GiB`,
          d.snapshots.join(", ") || "no snapshot of its own"
        ])
      )
    );
  }
  if (plan.terminate.length > 0) {
    lines.push("", "TERMINATE (stopped for a fast rollback; retention is over)");
    lines.push(
      ...table(plan.terminate.map((t) => [t.instanceId, t.region, t.ami, `retained until ${t.retainUntil}`]))
    );
  }
  if (plan.kept.length > 0) {
    lines.push("", "KEEP");
    lines.push(
      ...table(
        plan.kept.map((k) => [k.ami, k.region, `${k.sizeGiB} GiB`, shortKeepReasons(k.reasons).join(" \xB7 ")])
      )
    );
  }
  if (plan.pinnedTags.length > 0) {
    lines.push("", "TAG amipipe:pinned (the environments whose current pin it is)");
    lines.push(
      ...table(
        plan.pinnedTags.map((c) => [
          c.ami,
          c.region,
          c.value === null ? "remove (pinned nowhere now)" : c.value
        ])
      )
    );
  }
  lines.push(
    "",
    `${o.dryRun ? "would reclaim" : "reclaimed"} ${plan.reclaimGiB} GiB of snapshots \u2248 $${plan.monthlyCostUSD.toFixed(2)} per month`,
    `  (${plan.costBasis})`
  );
  for (const f of o.failures ?? []) lines.push(`  FAILED ${f.action} ${f.target}: ${f.message}`);
  if (!o.dryRun && (o.failures?.length ?? 0) === 0) lines.push("did everything planned");
  return lines.join("\n");
}
function table(rows) {
  const widths = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return rows.map(
    (row) => `  ${row.map((cell, i) => i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell).join("  ")}`.trimEnd()
  );
}

// src/commands/gc.ts
async function gc(ctx, input) {
  const keep = Number(input.keep ?? 3);
  if (!Number.isInteger(keep) || keep < 0)
    throw new UsageError(`--keep needs a whole number \u2265 0, got: '${input.keep}'`);
  const olderThanMs = parseDuration(input.olderThan ?? "0s");
  if (olderThanMs === void 0)
    throw new UsageError(`--older-than needs a duration like 7d or 12h, got: '${input.olderThan}'`);
  const dryRun = Boolean(input.dryRun);
  const project = await loadProject(ctx.root);
  const environments = environmentsInOrder(project).map((e) => e.env);
  const pins = environments.flatMap((env) => [
    ...env.pin.ami ? [{ env: env.name, ami: env.pin.ami, kind: "pin" }] : [],
    ...env.pin.history.map((h) => ({ env: env.name, ami: h.ami, kind: "history" }))
  ]);
  const regions = [...new Set(environments.map((e) => e.region))].sort();
  const observed = [];
  for (const region of regions) {
    ctx.progress.waiting(
      "gc",
      `reading images, snapshots, instances and launch templates in ${region}`,
      "EC2 describe calls"
    );
    observed.push(await observeRegion(ctx.aws, region));
  }
  const plan = planGc(observed, pins, { now: ctx.clock.now(), keep, olderThanMs });
  const failures = dryRun ? [] : await applyGc(ctx.aws, plan, ctx.progress, ctx.clock);
  return {
    ok: failures.length === 0,
    data: { ...plan, dryRun, failures },
    text: describeGc(plan, { dryRun, failures })
  };
}
export {
  gc
};
