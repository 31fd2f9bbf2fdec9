import { TAG } from "../aws/tags.js";
import type { CommandResult, Ports } from "../commands/context.js";
import { type EnvironmentStatus, status as observeStatus } from "../commands/status.js";
import { type LoadedEnvironment, loadProject, type Project } from "../config/load.js";
import { UsageError } from "../errors.js";
import type { PinChange } from "../gitops/pins.js";
import { parseDuration } from "../ports/clock.js";
import { renderUserData } from "../recipe/user-data.js";
import { targetHealthVerifier } from "../verify/basic-verifier.js";
import { createRolloutVerifier } from "../verify/rollout-verifier.js";
import type { RolloutVerifier } from "../verify/types.js";
import { isCrash } from "./failure.js";
import type { PinnedImage } from "./image.js";
import { formatTypeChanges } from "./instance-type.js";
import { acquireLock } from "./lock.js";
import type { FleetRefs } from "./observe.js";
import { type RolloutReport, RolloutRolledBack, reconcileEnvironment } from "./reconcile.js";

export function findEnvironment(project: Project, name: string): LoadedEnvironment {
  const loaded = project.environments.get(name);
  if (!loaded) {
    const known = [...project.environments.keys()].join(", ") || "none";
    throw new UsageError(`unknown environment '${name}' (known: ${known})`);
  }
  return loaded;
}

/** The project under `root` and its environment `name` (UsageError when there is none). */
export async function loadEnvironment(
  root: string,
  name: string,
): Promise<{ project: Project; loaded: LoadedEnvironment }> {
  const project = await loadProject(root);
  return { project, loaded: findEnvironment(project, name) };
}

/** The name the lock and the pin history record for this run. */
export function actorOf(ctx: Ports): string {
  return ctx.run.actor ?? "amipipe";
}

/**
 * Runs `fn` holding the environment's lock; the lock is released afterwards, also when `fn`
 * fails (but not after a simulated process death: a dead process releases nothing).
 */
export async function withEnvironmentLock<T>(
  ctx: Ports,
  loaded: LoadedEnvironment,
  fn: () => Promise<T>,
  options: { command?: string; breakLock?: boolean } = {},
): Promise<T> {
  const env = loaded.env;
  const ttlMs = (parseDuration(env.rollout.timeout) ?? 7_200_000) + 15 * 60_000;
  const lock = await acquireLock({
    aws: ctx.aws,
    clock: ctx.clock,
    ids: ctx.ids,
    region: env.region,
    environment: env.name,
    actor: actorOf(ctx),
    ...(ctx.run.runUrl ? { runUrl: ctx.run.runUrl } : {}),
    ttlMs,
    ...(options.breakLock ? { breakLock: true } : {}),
    ...(options.command ? { command: options.command } : {}),
  });
  if (lock.tookOver) {
    const { previous, why } = lock.tookOver;
    const ground =
      why === "broken"
        ? "--break-lock"
        : why === "same-run"
          ? "an earlier attempt of this run"
          : `expired at ${previous.expiresAt}`;
    ctx.progress.warn(
      `lock ${env.name}`,
      `took over the lock held by ${previous.actor}${previous.runUrl ? ` (${previous.runUrl})` : ""}, taken at ${previous.acquiredAt} (${ground})`,
    );
  }
  let failed: unknown;
  try {
    return await fn();
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    if (!isCrash(failed)) await lock.release();
  }
}

/** The verifier the rollout asks, chosen once the fleet and the pinned image are known. */
export type VerifierFactory = (
  fleet: FleetRefs,
  image: PinnedImage,
) => RolloutVerifier | Promise<RolloutVerifier>;

/**
 * Images baked from a recipe are held to that recipe's promises (probes over SSM); an image
 * without one (the legacy AMI a rollback may return to) is checked through the load balancer,
 * alarms and IMDS settings only — the recipe's expectations do not describe it.
 */
export function defaultVerifier(ctx: Ports, project: Project, loaded: LoadedEnvironment): VerifierFactory {
  return (fleet, image) =>
    image.tags[TAG.recipe] === loaded.env.recipe
      ? createRolloutVerifier(ctx, { project, env: loaded, stage: { first: !loaded.env.promotion.from } })
      : targetHealthVerifier(ctx.aws, fleet, loaded.env.verify.alarms);
}

export interface ConvergeOptions {
  /** The environment file before this command changed the pin (restored verbatim on a rollback). */
  pinFileBefore?: string;
  /**
   * The pin returns to a known-good AMI (rollback): no canary, no soak. Default: whether the
   * pin is an earlier entry of the environment's pin history (a re-pin by hand in git).
   */
  returning?: boolean;
}

/** Converges `loaded` to its pin (as on disk now). */
export async function convergeEnvironment(
  ctx: Ports,
  project: Project,
  loaded: LoadedEnvironment,
  verifier: VerifierFactory = defaultVerifier(ctx, project, loaded),
  options: ConvergeOptions = {},
): Promise<RolloutReport> {
  const recipe = project.recipes.get(loaded.env.recipe);
  if (!recipe)
    throw new UsageError(`environment ${loaded.env.name} uses unknown recipe '${loaded.env.recipe}'`);
  return reconcileEnvironment({
    ctx,
    project,
    loaded,
    userData: renderUserData(recipe, loaded),
    verifier,
    ...(options.pinFileBefore !== undefined ? { pinFileBefore: options.pinFileBefore } : {}),
    ...(options.returning !== undefined ? { returning: options.returning } : {}),
  });
}

/** The --json document of promote, rollback and reconcile. */
export interface RolloutCommandData {
  environment: string;
  ami: string | null;
  outcome: "converged" | "rolled-back" | "pinned" | "unchanged";
  rolloutId?: string;
  pinChanges: PinChange[];
  steps: RolloutReport["steps"];
  findings: RolloutReport["findings"];
  checks: RolloutReport["checks"];
  /** One line of what was verified, e.g. "checks: 14 passed on 2 instance(s) — timezone, …". */
  checkSummary?: string;
  instanceTypeChanges: RolloutReport["instanceTypeChanges"];
  /** The launch template's default version once the fleet serves the pin. */
  launchTemplateDefault?: string;
  verified: boolean;
  status: EnvironmentStatus;
  error?: { code: string; message: string };
}

/**
 * Runs the rollout after a pin change (or none) and shapes the result; a rolled-back rollout
 * is a result with ok=false (exit 1) that still carries its findings and pin changes.
 */
export async function rolloutResult(
  ctx: Ports,
  o: {
    project: Project;
    loaded: LoadedEnvironment;
    pinChanges: PinChange[];
    reconcile: boolean;
    verifier?: VerifierFactory;
    /** The environment file before this command changed the pin (restored verbatim on a rollback). */
    pinFileBefore?: string;
    /** See ConvergeOptions.returning. */
    returning?: boolean;
    headline: string;
  },
): Promise<CommandResult<RolloutCommandData>> {
  let report: RolloutReport | undefined;
  let failure: RolloutRolledBack | undefined;
  if (o.reconcile) {
    try {
      report = await convergeEnvironment(
        ctx,
        o.project,
        o.loaded,
        o.verifier ?? defaultVerifier(ctx, o.project, o.loaded),
        {
          ...(o.pinFileBefore !== undefined ? { pinFileBefore: o.pinFileBefore } : {}),
          ...(o.returning !== undefined ? { returning: o.returning } : {}),
        },
      );
    } catch (error) {
      if (!(error instanceof RolloutRolledBack)) throw error;
      failure = error;
      report = error.report;
    }
  }
  const status = await environmentStatus(ctx, o.loaded.env.name);
  const pinChanges = [...o.pinChanges, ...(report?.pinChanges ?? [])];
  const data: RolloutCommandData = {
    environment: o.loaded.env.name,
    ami: status.pinned,
    outcome: report?.outcome ?? (pinChanges.length > 0 ? "pinned" : "unchanged"),
    pinChanges,
    steps: report?.steps ?? [],
    findings: report?.findings ?? [],
    checks: report?.checks ?? [],
    instanceTypeChanges: report?.instanceTypeChanges ?? [],
    verified: report?.verified ?? false,
    status,
  };
  if (report) data.rolloutId = report.rolloutId;
  if (report?.checkSummary) data.checkSummary = report.checkSummary;
  if (report?.launchTemplateDefault) data.launchTemplateDefault = report.launchTemplateDefault;
  if (failure) data.error = { code: failure.code, message: failure.message };
  return { ok: !failure, data, text: rolloutText(o.headline, data) };
}

function rolloutText(headline: string, d: RolloutCommandData): string {
  const lines = [headline];
  for (const c of d.pinChanges)
    lines.push(`  pin ${c.environment}: ${c.previous ?? "none"} → ${c.ami} (${c.file})`);
  if (d.steps.length > 0) {
    const rollout = d.rolloutId ? `rollout ${d.rolloutId}, ` : "";
    lines.push(`  ${rollout}${d.steps.length} step(s): ${d.steps.map(stepName).join(", ")}`);
  }
  if (d.instanceTypeChanges.length > 0) lines.push(`  ${formatTypeChanges(d.instanceTypeChanges)}`);
  if (d.checkSummary) lines.push(`  ${d.checkSummary}`);
  // Each finding once; the error line only says what happened as a result.
  for (const f of d.findings) lines.push(`  FINDING ${f.name} on ${f.target}: ${f.summary}`);
  if (d.error) lines.push(`  ${d.error.message}`);
  const s = d.status;
  lines.push(
    `  ${s.name}: pinned ${s.pinned ?? "-"}, serving ${s.serving.join(",") || "-"}, healthy ${s.healthy}/${s.desired}, ${s.inSync ? "in sync" : "NOT in sync"}`,
  );
  return lines.join("\n");
}

function stepName(s: RolloutCommandData["steps"][number]): string {
  return s.phase ? `${s.kind} (${s.phase})` : s.kind;
}

/** The environment's line of `status` (pinned vs serving, as the load balancer sees it). */
export async function environmentStatus(ctx: Ports, name: string): Promise<EnvironmentStatus> {
  const all = await observeStatus(ctx, {});
  const line = all.data.environments.find((e) => e.name === name);
  if (!line) throw new UsageError(`unknown environment '${name}'`);
  return line;
}
