import { forcedInTag, servedInTag, TAG, verifiedInTag } from "../aws/tags.js";
import type { Environment } from "../config/schema.js";

/**
 * The promotion policy. Git is writable by whoever can merge, so nothing in a pin file (its
 * history, its reasons, who and when) is ever a ground on its own: every decision rests on
 * evidence in AWS that only the toolkit's roles write — the `amipipe:verified-in:<stage>` and
 * `amipipe:served-in:<environment>` tags of the image, and the image's owner — or on
 * `--force --reason` given to the very command that pins (and recorded).
 */

/** What AWS says about an image, as the policy reads it. */
export interface ImageEvidence {
  id: string;
  /** The image's tags as EC2 describes them. */
  tags: Readonly<Record<string, string>>;
  /** The account that owns the image. */
  ownerId?: string;
}

export interface TrustedOwners {
  /** The account the toolkit runs in. */
  account: string;
  /** Further accounts whose images may be pinned (`promotion.imageOwners`). */
  others: readonly string[];
}

export type PromotionDecision =
  | { allowed: true; forced: boolean; note: string; basis: PinBasis }
  | { allowed: false; why: string };

export type PinBasis = "first-stage" | "served" | "verified" | "forced";

/**
 * Whether an image may be pinned to `env`: it is owned by a trusted account, and either it
 * served this environment before (served-in, e.g. the hand-built fleet's AMI a rollback
 * returns to), or it carries the environment's recipe and was verified in the stage the
 * environment promotes from (any recipe image for the first stage). `force` (with a reason,
 * given to this command) overrides the verification, never the ownership.
 */
export function decidePromotion(r: {
  env: Environment;
  image: ImageEvidence;
  owners: TrustedOwners;
  force: boolean;
  reason?: string;
}): PromotionDecision {
  const { env, image } = r;
  const owner = ownershipProblem(image, r.owners);
  if (owner) return { allowed: false, why: owner };
  const served = image.tags[servedInTag(env.name)];
  if (served)
    return { allowed: true, forced: false, basis: "served", note: `served ${env.name} before (${served})` };
  const recordedForce = image.tags[forcedInTag(env.name)];
  const problems: string[] = [];
  const builtFrom = image.tags[TAG.recipe];
  if (builtFrom !== env.recipe)
    problems.push(
      builtFrom === undefined
        ? `${image.id} was not built from a recipe by this toolkit (no ${TAG.recipe} tag), and never served ${env.name}`
        : `${image.id} was built from recipe '${builtFrom}', but ${env.name} runs recipe '${env.recipe}'`,
    );
  const from = env.promotion.from;
  if (from && !image.tags[verifiedInTag(from)])
    problems.push(
      `${image.id} was never verified in ${from} (no ${verifiedInTag(from)} tag): promote it to ${from} first`,
    );
  if (problems.length === 0) {
    return from
      ? {
          allowed: true,
          forced: false,
          basis: "verified",
          note: `verified in ${from} at ${image.tags[verifiedInTag(from)]}`,
        }
      : { allowed: true, forced: false, basis: "first-stage", note: "first stage" };
  }
  if (recordedForce && !r.force)
    return { allowed: true, forced: true, basis: "forced", note: `forced earlier: ${recordedForce}` };
  if (r.force && r.reason?.trim())
    return {
      allowed: true,
      forced: true,
      basis: "forced",
      note: `forced: ${r.reason} (policy: ${problems.join("; ")})`,
    };
  return { allowed: false, why: problems.join("; ") };
}

/** Why the image's owner is not trusted, or undefined when it is. */
export function ownershipProblem(image: ImageEvidence, owners: TrustedOwners): string | undefined {
  if (image.ownerId === undefined) return `${image.id}: EC2 does not say who owns it`;
  if (image.ownerId === owners.account || owners.others.includes(image.ownerId)) return undefined;
  return (
    `${image.id} is owned by account ${image.ownerId}, not by this account (${owners.account})` +
    `${owners.others.length > 0 ? ` or one of promotion.imageOwners (${owners.others.join(", ")})` : ""}: ` +
    "an image the toolkit did not build here is never pinned (list its owner in promotion.imageOwners to allow it)"
  );
}

/**
 * A pin returns to a known-good AMI — no canary, no soak — only when AWS records that this
 * environment served it (the served-in tag the toolkit writes when a fleet converges, or when
 * it first observes a hand-built fleet serving). What the pin file says (history, reasons)
 * does not count.
 */
export function servedBefore(env: Pick<Environment, "name">, image: ImageEvidence, config?: string): boolean {
  const served = image.tags[servedInTag(env.name)];
  if (!served) return false;
  // The config it served with, when recorded: the same AMI with new vars is not a return.
  const recorded = / config=([0-9a-f]+)$/.exec(served)?.[1];
  return recorded === undefined || config === undefined || recorded === config;
}

/** The served-in tag's value: when, and with which config digest (when known). */
export function servedValue(at: string, config?: string): string {
  return config ? `${at} config=${config}` : at;
}

/**
 * The reason `promote` records with a pin: for people reading git, never a ground for the
 * policy (see the module comment).
 */
export function promotionReason(ami: string, detail?: string): string {
  return detail ? `promoted ${ami} ${detail}` : `promoted ${ami}`;
}

/**
 * Whether the pin an environment file states now may be rolled out (`reconcile`, after a pin
 * edited by hand in git): the image the fleet serves now, or an image the promotion policy
 * allows on AWS's evidence. A forced reason written into the file does not force anything.
 */
export function decidePinnedAmi(r: {
  env: Environment;
  image: ImageEvidence;
  owners: TrustedOwners;
  /** AMIs the environment's fleet serves now. */
  serving: readonly string[];
}): { allowed: true; basis: PinBasis | "serving"; note: string } | { allowed: false; why: string } {
  if (r.serving.includes(r.image.id))
    return { allowed: true, basis: "serving", note: `${r.env.name} serves it` };
  const decision = decidePromotion({ env: r.env, image: r.image, owners: r.owners, force: false });
  if (!decision.allowed) return decision;
  return { allowed: true, basis: decision.basis, note: decision.note };
}
