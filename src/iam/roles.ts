import type { RoleKind } from "./scope.js";

/** One of the toolkit's roles: an environment's, or the bake, gc or verify role. */
export type RoleRef =
  | { kind: "environment"; environment: string }
  | { kind: Exclude<RoleKind, "environment"> };

/** The IAM role name: `amipipe-<environment>`, `amipipe-bake`, `amipipe-gc`, `amipipe-verify`. */
export function roleName(ref: RoleRef): string {
  return ref.kind === "environment" ? `amipipe-${ref.environment}` : `amipipe-${ref.kind}`;
}

/** What each role runs, for people reading `iam-policy` and the bootstrap stack. */
export function rolePurpose(ref: RoleRef): string {
  switch (ref.kind) {
    case "environment":
      return `promote, rollback, reconcile, verify and survey ${ref.environment} (GitHub environment ${ref.environment})`;
    case "bake":
      return "bake and rebake the recipes' images (main branch)";
    case "gc":
      return "deregister unpinned images the toolkit built and delete their snapshots (main branch)";
    case "verify":
      return "the hourly checks of every environment, and status (main branch)";
  }
}

/**
 * The OIDC subject a role trusts: a job bound to the GitHub environment of the same name, or
 * (bake, gc, verify) a job on the main branch not bound to any environment.
 * https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#example-subject-claims
 */
export function trustedSubject(ref: RoleRef, repository: string): string {
  return ref.kind === "environment"
    ? `repo:${repository}:environment:${ref.environment}`
    : `repo:${repository}:ref:refs/heads/main`;
}

/**
 * The longest a job assuming the role may run, which the role's maximum session must cover
 * (configure-aws-credentials' credentials do not refresh within a job): the workflows' job
 * timeouts (bake 200 minutes, rebake 240, a prod promotion 180), rounded up to whole hours.
 * IAM accepts 1 to 12 hours.
 */
export const MAX_SESSION_SECONDS: Record<RoleKind, number> = {
  environment: 4 * 3600,
  bake: 4 * 3600,
  gc: 3600,
  verify: 3600,
};

/** The roles of a project: one per environment, then bake, gc and verify. */
export function allRoles(environments: readonly string[]): RoleRef[] {
  return [
    ...[...environments].sort().map((environment): RoleRef => ({ kind: "environment", environment })),
    { kind: "bake" },
    { kind: "gc" },
    { kind: "verify" },
  ];
}
