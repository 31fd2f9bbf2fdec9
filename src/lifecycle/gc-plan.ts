import { TAG } from "../aws/tags.js";
import type { ObservedImage, ObservedInstance, PinReference, RegionObservation } from "./gc-observed.js";

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
}

export interface KeptImage {
  ami: string;
  region: string;
  reason: string;
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
  /** New tag value (environments, comma-separated), or null to remove the tag. */
  value: string | null;
}

export interface GcPlan {
  deregister: Deregistration[];
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
    kept: [],
    terminate: [],
    pinnedTags: [],
    reclaimGiB: 0,
    monthlyCostUSD: 0,
    costBasis: COST_BASIS,
  };
  const pinReasons = reasonsFromPins(pins);
  for (const region of observed) planRegion(region, pinReasons, options, plan);
  plan.reclaimGiB = plan.deregister.reduce((sum, d) => sum + d.sizeGiB, 0);
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
    if (until) u.retained.push(`used by ${instance.state} instance ${instance.id} (retained until ${until})`);
    else u.instances.set(instance.state, [...(u.instances.get(instance.state) ?? []), instance.id]);
  }
  for (const use of region.launchTemplateUses) {
    const u = usesOf(use.ami);
    const key = `launch template ${use.launchTemplate} version ${use.version}`;
    u.templates.set(key, [...(u.templates.get(key) ?? []), use.usedBy]);
  }
  const usedBy = new Map([...uses].map(([ami, u]) => [ami, describeUses(u)]));

  const rank = rankWithinRecipe(region.images);
  const keptImages = new Set<string>();
  const candidates: Array<{ image: ObservedImage; reason: string }> = [];
  for (const image of region.images) {
    const reason = protection(
      image,
      pinReasons.get(image.ami),
      usedBy.get(image.ami),
      rank.get(image.ami),
      options,
    );
    if (!reason.keep) {
      candidates.push({ image, reason: reason.text });
      continue;
    }
    keptImages.add(image.ami);
    plan.kept.push({ ami: image.ami, region: region.region, reason: reason.text });
    const wanted = pinTagValue(pinReasons.get(image.ami));
    const current = image.tags[TAG_PINNED] ?? null;
    if (wanted !== current) plan.pinnedTags.push({ ami: image.ami, region: region.region, value: wanted });
  }

  const sharedByKept = new Set(
    region.images.filter((i) => keptImages.has(i.ami)).flatMap((i) => i.snapshots),
  );
  const sizes = new Map(region.snapshots.map((s) => [s.id, s.sizeGiB]));
  for (const { image, reason } of candidates) {
    const snapshots = image.snapshots.filter((id) => sizes.has(id) && !sharedByKept.has(id));
    const sizeGiB = snapshots.reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0);
    const entry: Deregistration = { ami: image.ami, region: region.region, snapshots, reason, sizeGiB };
    if (image.name) entry.name = image.name;
    plan.deregister.push(entry);
  }
}

interface ImageUses {
  /** Instance ids by state (instances without a retention tag). */
  instances: Map<string, string[]>;
  retained: string[];
  /** "launch template web-prod version 7" → why it is in use. */
  templates: Map<string, string[]>;
}

function describeUses(u: ImageUses): string[] {
  const out: string[] = [];
  for (const [state, ids] of u.instances) {
    const shown = ids.slice(0, 3).join(", ") + (ids.length > 3 ? `, … ${ids.length - 3} more` : "");
    out.push(
      ids.length === 1
        ? `used by ${state} instance ${ids[0]}`
        : `used by ${ids.length} ${state} instances (${shown})`,
    );
  }
  out.push(...u.retained);
  for (const [template, why] of u.templates) out.push(`referenced by ${template} (${why.join(", ")})`);
  return out;
}

function retentionExpiry(instance: ObservedInstance, now: number): string | undefined {
  const until = instance.tags[TAG_RETAIN_UNTIL];
  if (!until || instance.state !== "stopped") return undefined;
  const at = Date.parse(until);
  return Number.isFinite(at) && at <= now ? until : undefined;
}

function pinTagValue(reasons: { pinned: string[]; history: string[] } | undefined): string | null {
  if (!reasons) return null;
  const envs = [...new Set([...reasons.pinned, ...reasons.history])].sort();
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
  uses: string[] | undefined,
  rank: Rank | undefined,
  options: GcOptions,
): { keep: boolean; text: string } {
  const reasons: string[] = [];
  if (pins?.pinned.length) reasons.push(`pinned by ${pins.pinned.sort().join(", ")}`);
  if (pins?.history.length) reasons.push(`in the pin history of ${pins.history.sort().join(", ")}`);
  if (uses?.length) reasons.push(...uses);
  if (reasons.length > 0) return { keep: true, text: reasons.join("; ") };
  if (!rank) return { keep: true, text: `not built by amipipe (no ${TAG_RECIPE} tag)` };
  if (image.state !== "available" && image.state !== "failed")
    return { keep: true, text: `image is ${image.state}` };
  if (rank.position <= options.keep)
    return { keep: true, text: `newest ${rank.position} of ${options.keep} kept for ${rank.group}` };
  const age = options.now - image.createdAt;
  const built = new Date(image.createdAt).toISOString();
  if (age < options.olderThanMs) return { keep: true, text: `built ${built}, younger than --older-than` };
  return {
    keep: false,
    text: `${rank.group} #${rank.position} by age (keeping ${options.keep}), built ${built}; not pinned, in no pin history, used by no instance or launch template`,
  };
}
