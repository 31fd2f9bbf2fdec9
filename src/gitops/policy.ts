import { TAG, verifiedInTag } from "../aws/tags.js";
import type { Environment } from "../config/schema.js";

export interface PromotionRequest {
  env: Environment;
  ami: string;
  /** The AMI's tags as EC2 describes them. */
  amiTags: Readonly<Record<string, string>>;
  force: boolean;
  reason?: string;
}

export type PromotionDecision =
  | { allowed: true; forced: boolean; note: string }
  | { allowed: false; why: string };

/**
 * Whether an AMI may be pinned to a stage: it must have been verified in the stage the
 * environment promotes from, and built from the environment's recipe when it says which.
 * `force` (with a reason) overrides; the caller records the reason with the pin.
 */
export function decidePromotion(r: PromotionRequest): PromotionDecision {
  const problems: string[] = [];
  const builtFrom = r.amiTags[TAG.recipe];
  if (builtFrom !== undefined && builtFrom !== r.env.recipe) {
    problems.push(
      `${r.ami} was built from recipe '${builtFrom}', but ${r.env.name} runs recipe '${r.env.recipe}'`,
    );
  }
  const from = r.env.promotion.from;
  if (from && !r.amiTags[verifiedInTag(from)]) {
    problems.push(
      `${r.ami} was never verified in ${from} (no ${verifiedInTag(from)} tag): promote it to ${from} first`,
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
      note: `forced: ${r.reason ?? ""} (policy: ${problems.join("; ")})`,
    };
  return { allowed: false, why: problems.join("; ") };
}

/**
 * The reason `promote` records with a pin. It names the AMI, so a pin record that a hand edit
 * left behind (the previous pin's reason under another AMI) is never mistaken for a promotion.
 */
export function promotionReason(ami: string, detail?: string): string {
  return detail ? `promoted ${ami} ${detail}` : `promoted ${ami}`;
}

/**
 * A pin that goes back to an AMI of the environment's own pin history — `rollback`, or a pin
 * edited by hand to an earlier entry — rather than a promotion. Only such a return to a
 * known-good AMI may skip the canary and the soaks; an AMI promoted again (even one that
 * served here before and was rolled back) is verified in full.
 */
export function returnsToEarlierPin(pin: {
  ami: string | null;
  reason?: string;
  history: ReadonlyArray<{ ami: string }>;
}): boolean {
  if (!pin.ami) return false;
  if (!pin.history.some((h) => h.ami === pin.ami)) return false;
  const promoted = promotionReason(pin.ami);
  return !(pin.reason === promoted || pin.reason?.startsWith(`${promoted} `));
}

/**
 * A forced pin's recorded reason names the AMI it forced (`promoted ami-X forced: …`,
 * `rollback from ami-Y to ami-X forced: …`): a reason a hand edit left under another AMI
 * never forces that one.
 */
export function forcedReasonFor(ami: string, reason: string | undefined): boolean {
  return reason?.includes(`${ami} forced: `) ?? false;
}

export type PinBasis = "first-stage" | "serving" | "history" | "verified" | "forced";

export type PinDecision = { allowed: true; basis: PinBasis; note: string } | { allowed: false; why: string };

/**
 * Whether the pin an environment file states now may be rolled out (`reconcile`, after a pin
 * edited by hand in git): the first stage takes any AMI; a later one only the AMI it serves,
 * one of its own pin history, one verified in its `promotion.from` stage, or one the pin
 * record says was forced (with a reason).
 */
export function decidePinnedAmi(r: {
  env: Environment;
  pin: { ami: string; reason?: string; history: ReadonlyArray<{ ami: string }> };
  /** AMIs the environment's fleet serves now. */
  serving: readonly string[];
  /** The pinned AMI's tags (undefined when not described: only needed past the cheaper grounds). */
  amiTags?: Readonly<Record<string, string>>;
}): PinDecision {
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
    why: `${pin.ami} was never pinned to ${env.name} and never verified in ${from} (no ${verifiedInTag(from)} tag)`,
  };
}
