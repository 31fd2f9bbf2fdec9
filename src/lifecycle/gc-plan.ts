import { TAG } from "../aws/tags.js";
import type { ObservedImage, ObservedInstance, PinReference, RegionObservation } from "./gc-observed.js";
import { describeKeepReasons, type KeepReason } from "./gc-reasons.js";

export type { KeepReason } from "./gc-reasons.js";

export const TAG_RECIPE = TAG.recipe;
export const TAG_ARCH = TAG.arch;
export const TAG_PINNED = TAG.pinned;
export const TAG_RETAIN_UNTIL = TAG.retainUntil;

/** EBS snapshot storage, standard tier, per GB-month (us-east-1 and ap-northeast-1 list price). */
export const SNAPSHOT_USD_PER_GB_MONTH = 0.05;
export const COST_BASIS =
  "EBS snapshot storage, standard tier, $0.05 per GB-month on each snapshot's full volume size — an upper bound, as snapshots are billed on the blocks they hold";

export interface GcOptions {
  /** ms since the epoch. */
  now: number;
  /** Keep the newest N images per recipe and architecture. */
  keep: number;
  /** Only images older than this are deregistered. */
  olderThanMs: number;
}

export interface Deregistration {
  ami: string;
  region: string;
  name?: string;
  snapshots: string[];
  reason: string;
  sizeGiB: number;
  /** ISO time the image was built. */
  builtAt: string;
}

export interface KeptImage {
  ami: string;
  region: string;
  name?: string;
  /** The reasons in one sentence. */
  reason: string;
  /** Every reason the image is kept, as data. */
  reasons: KeepReason[];
  /** Size of the snapshots the image holds. */
  sizeGiB: number;
}

export interface Termination {
  instanceId: string;
  region: string;
  ami: string;
  retainUntil: string;
  reason: string;
}

export interface PinnedTagChange {
  ami: string;
  region: string;
  /** New tag value (the environments whose current pin it is, comma-separated), or null to remove the tag. */
  value: string | null;
}

/**
 * The tag gc puts on an image's snapshots before deregistering it: DeleteSnapshot right after
 * DeregisterImage can answer InvalidSnapshot.InUse for a while, and a snapshot left behind then
 * is still known as gc's own on a later run.
 */
export const TAG_SNAPSHOT_OF = "amipipe:snapshot-of";

/** A snapshot gc tagged for an image that is gone: what an earlier run could not delete yet. */
export interface OrphanSnapshot {
  snapshot: string;
  region: string;
  ami: string;
  sizeGiB: number;
}

export interface GcPlan {
  deregister: Deregistration[];
  orphanSnapshots: OrphanSnapshot[];
  kept: KeptImage[];
  terminate: Termination[];
  pinnedTags: PinnedTagChange[];
  reclaimGiB: number;
  monthlyCostUSD: number;
  costBasis: string;
}

const LIVE_INSTANCE_STATES = new Set(["pending", "running", "stopping", "stopped"]);

/**
 * Decides what gc does, from observations and pins alone. An image is protected when git pins
 * it (now or in any history), an instance that is not being terminated uses it, or a launch
 * template version in use names it. Unprotected toolkit images beyond the newest `keep` of
 * their recipe and architecture, older than `olderThanMs`, are deregistered with the
 * snapshots no kept image shares.
 */
export function planGc(
  observed: readonly RegionObservation[],
  pins: readonly PinReference[],
  options: GcOptions,
): GcPlan {
  const plan: GcPlan = {
    deregister: [],
    orphanSnapshots: [],
    kept: [],
    terminate: [],
    pinnedTags: [],
    reclaimGiB: 0,
    monthlyCostUSD: 0,
    costBasis: COST_BASIS,
  };
  const pinReasons = reasonsFromPins(pins);
  for (const region of observed) planRegion(region, pinReasons, options, plan);
  plan.reclaimGiB =
    plan.deregister.reduce((sum, d) => sum + d.sizeGiB, 0) +
    plan.orphanSnapshots.reduce((sum, o) => sum + o.sizeGiB, 0);
  plan.monthlyCostUSD = Math.round(plan.reclaimGiB * SNAPSHOT_USD_PER_GB_MONTH * 100) / 100;
  return plan;
}

function reasonsFromPins(
  pins: readonly PinReference[],
): Map<string, { pinned: string[]; history: string[] }> {
  const byAmi = new Map<string, { pinned: string[]; history: string[] }>();
  for (const pin of pins) {
    const entry = byAmi.get(pin.ami) ?? { pinned: [], history: [] };
    const list = pin.kind === "pin" ? entry.pinned : entry.history;
    if (!list.includes(pin.env)) list.push(pin.env);
    byAmi.set(pin.ami, entry);
  }
  return byAmi;
}

function planRegion(
  region: RegionObservation,
  pinReasons: Map<string, { pinned: string[]; history: string[] }>,
  options: GcOptions,
  plan: GcPlan,
): void {
  const terminating = new Set<string>();
  for (const instance of region.instances) {
    const expiry = retentionExpiry(instance, options.now);
    if (expiry) {
      terminating.add(instance.id);
      plan.terminate.push({
        instanceId: instance.id,
        region: region.region,
        ami: instance.ami,
        retainUntil: expiry,
        reason: `stopped and kept for rollback until ${expiry}; retention is over`,
      });
    }
  }
  const uses = new Map<string, ImageUses>();
  const usesOf = (ami: string): ImageUses => {
    let u = uses.get(ami);
    if (!u) {
      u = { instances: new Map(), retained: [], templates: new Map() };
      uses.set(ami, u);
    }
    return u;
  };
  for (const instance of region.instances) {
    if (!LIVE_INSTANCE_STATES.has(instance.state) || terminating.has(instance.id)) continue;
    const u = usesOf(instance.ami);
    const until = instance.tags[TAG_RETAIN_UNTIL];
    if (until) u.retained.push({ id: instance.id, state: instance.state, retainUntil: until });
    else u.instances.set(instance.state, [...(u.instances.get(instance.state) ?? []), instance.id]);
  }
  for (const use of region.launchTemplateUses) {
    const u = usesOf(use.ami);
    const key = `${use.launchTemplate}\u0000${use.version}`;
    const entry = u.templates.get(key) ?? {
      launchTemplate: use.launchTemplate,
      version: use.version,
      usedBy: [],
    };
    entry.usedBy.push(use.usedBy);
    u.templates.set(key, entry);
  }
  const usedBy = new Map([...uses].map(([ami, u]) => [ami, useReasons(u)]));
  const sizes = new Map(region.snapshots.map((s) => [s.id, s.sizeGiB]));
  const sizeOf = (ids: readonly string[]) => ids.reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0);

  const rank = rankWithinRecipe(region.images);
  const keptImages = new Set<string>();
  const candidates: Array<{ image: ObservedImage; reason: string }> = [];
  for (const image of region.images) {
    const decision = protection(
      image,
      pinReasons.get(image.ami),
      usedBy.get(image.ami),
      rank.get(image.ami),
      options,
    );
    if (!decision.keep) {
      candidates.push({ image, reason: decision.text });
      continue;
    }
    keptImages.add(image.ami);
    const kept: KeptImage = {
      ami: image.ami,
      region: region.region,
      reason: describeKeepReasons(decision.reasons),
      reasons: decision.reasons,
      sizeGiB: sizeOf(image.snapshots),
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
        sizeGiB: snapshot.sizeGiB,
      });
  }

  const sharedByKept = new Set(
    region.images.filter((i) => keptImages.has(i.ami)).flatMap((i) => i.snapshots),
  );
  for (const { image, reason } of candidates) {
    const snapshots = image.snapshots.filter((id) => sizes.has(id) && !sharedByKept.has(id));
    const entry: Deregistration = {
      ami: image.ami,
      region: region.region,
      snapshots,
      reason,
      sizeGiB: sizeOf(snapshots),
      builtAt: new Date(image.createdAt).toISOString(),
    };
    if (image.name) entry.name = image.name;
    plan.deregister.push(entry);
  }
}

interface ImageUses {
  /** Instance ids by state (instances without a retention tag). */
  instances: Map<string, string[]>;
  retained: Array<{ id: string; state: string; retainUntil: string }>;
  /** One entry per launch template version, with why it is in use. */
  templates: Map<string, { launchTemplate: string; version: string; usedBy: string[] }>;
}

function useReasons(u: ImageUses): KeepReason[] {
  const out: KeepReason[] = [];
  for (const [state, ids] of u.instances) out.push({ kind: "instances", state, ids });
  if (u.retained.length > 0) out.push({ kind: "retained", instances: u.retained });
  for (const t of u.templates.values()) out.push({ kind: "launch-template", ...t });
  return out;
}

function retentionExpiry(instance: ObservedInstance, now: number): string | undefined {
  const until = instance.tags[TAG_RETAIN_UNTIL];
  if (!until || instance.state !== "stopped") return undefined;
  const at = Date.parse(until);
  return Number.isFinite(at) && at <= now ? until : undefined;
}

/** The environments whose current pin the image is; earlier pins are not "pinned". */
function pinTagValue(reasons: { pinned: string[]; history: string[] } | undefined): string | null {
  const envs = [...new Set(reasons?.pinned ?? [])].sort();
  return envs.length > 0 ? envs.join(",") : null;
}

interface Rank {
  group: string;
  position: number;
}

/** Position of each toolkit image among its recipe/architecture group, newest first (1-based). */
function rankWithinRecipe(images: readonly ObservedImage[]): Map<string, Rank> {
  const groups = new Map<string, ObservedImage[]>();
  for (const image of images) {
    const recipe = image.tags[TAG_RECIPE];
    if (!recipe) continue;
    const group = `${recipe}/${image.tags[TAG_ARCH] ?? image.architecture}`;
    const members = groups.get(group);
    if (members) members.push(image);
    else groups.set(group, [image]);
  }
  const rank = new Map<string, Rank>();
  for (const [group, members] of groups) {
    members.sort((a, b) => b.createdAt - a.createdAt || a.ami.localeCompare(b.ami));
    for (const [i, image] of members.entries()) rank.set(image.ami, { group, position: i + 1 });
  }
  return rank;
}

function protection(
  image: ObservedImage,
  pins: { pinned: string[]; history: string[] } | undefined,
  uses: KeepReason[] | undefined,
  rank: Rank | undefined,
  options: GcOptions,
): { keep: true; reasons: KeepReason[] } | { keep: false; text: string } {
  const reasons: KeepReason[] = [];
  if (pins?.pinned.length) reasons.push({ kind: "pinned", environments: [...pins.pinned].sort() });
  if (pins?.history.length) reasons.push({ kind: "history", environments: [...pins.history].sort() });
  if (uses?.length) reasons.push(...uses);
  if (reasons.length > 0) return { keep: true, reasons };
  const keep = (reason: KeepReason) => ({ keep: true as const, reasons: [reason] });
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
    text: `${rank.group} #${rank.position} by age (keeping ${options.keep}), built ${built}; not pinned, in no pin history, used by no instance or launch template`,
  };
}
