/**
 * The `amipipe:*` tags: the toolkit's memory in AWS. Every resource it creates carries
 * them, and a run finds its own earlier work by them.
 */
export const TAG = {
  // Images and snapshots: provenance.
  recipe: "amipipe:recipe",
  recipeHash: "amipipe:recipe-hash",
  baseAmi: "amipipe:base-ami",
  gitSha: "amipipe:git-sha",
  runUrl: "amipipe:run-url",
  builtAt: "amipipe:built-at",
  arch: "amipipe:arch",
  /** Set on AMIs pinned by some environment. */
  pinned: "amipipe:pinned",
  // Instances.
  environment: "amipipe:environment",
  ami: "amipipe:ami",
  rolloutId: "amipipe:rollout-id",
  /** `old` or `new` during a rollout. */
  role: "amipipe:role",
  retainUntil: "amipipe:retain-until",
  /** Digest of what decides what an instance runs besides its AMI (user data, instance type): see src/fleet/config.ts. */
  config: "amipipe:config",
  /** On the fleet a rollout replaces: `full` (canary and soaks) or `return` (a rollback), so a resumed run keeps it. */
  rolloutMode: "amipipe:rollout-mode",
} as const;

export type TagName = (typeof TAG)[keyof typeof TAG];

/**
 * `amipipe:served-in:<env>` = ISO time the toolkit saw the AMI serve that environment in full
 * (a converged rollout, or the hand-built fleet it found serving): what makes a rollback a
 * return to a known-good AMI.
 */
export function servedInTag(environment: string): string {
  return `amipipe:served-in:${environment}`;
}

/**
 * `amipipe:forced-in:<env>` = when, by whom and why a person overrode the promotion policy to
 * pin the AMI there (`--force --reason`): the override, recorded where git cannot forge it, so
 * a later reconcile of that pin honours it. Removed once the environment serves the AMI.
 */
export function forcedInTag(environment: string): string {
  return `amipipe:forced-in:${environment}`;
}

/** `amipipe:verified-in:<env>` = ISO time the AMI passed verification in that stage. */
export function verifiedInTag(environment: string): string {
  return `amipipe:verified-in:${environment}`;
}

export const TAG_PREFIX = "amipipe:";

export type Role = "old" | "new";

/** SDK tag list from a record (the shape EC2, ELBv2, Image Builder's tag lists share). */
export function toTagList(tags: Record<string, string>): Array<{ Key: string; Value: string }> {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** Record from an SDK tag list (entries without a key are dropped). */
export function fromTagList(
  list: ReadonlyArray<{ Key?: string | undefined; Value?: string | undefined }> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of list ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? "";
  return out;
}
