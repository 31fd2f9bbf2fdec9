import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/aws/tags.ts
var TAG = {
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
  rolloutMode: "amipipe:rollout-mode"
};
function servedInTag(environment) {
  return `amipipe:served-in:${environment}`;
}
function forcedInTag(environment) {
  return `amipipe:forced-in:${environment}`;
}
function verifiedInTag(environment) {
  return `amipipe:verified-in:${environment}`;
}
function toTagList(tags) {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
function fromTagList(list) {
  const out = {};
  for (const t of list ?? []) if (t.Key !== void 0) out[t.Key] = t.Value ?? "";
  return out;
}

export {
  TAG,
  servedInTag,
  forcedInTag,
  verifiedInTag,
  toTagList,
  fromTagList
};
