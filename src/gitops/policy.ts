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
