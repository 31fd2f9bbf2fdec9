import { TAG } from "../aws/tags.js";
import { type LoadedEnvironment, loadProject, type Project } from "../config/load.js";
import { surgeCount } from "../config/rollout.js";
import { OperationFailed, UsageError } from "../errors.js";
import { configDigest } from "../fleet/config.js";
import type { ConvergeRequest, VerifierFactory } from "../fleet/driver.js";
import { describeImage } from "../fleet/image.js";
import { fleetDriver } from "../fleet/registry.js";
import { resolveTargetGroup } from "../fleet/target-group.js";
import { filePinStore } from "../gitops/file-pin-store.js";
import type { PinChange } from "../gitops/pins.js";
import { servedBefore } from "../gitops/policy.js";
import { formatDuration, parseDuration } from "../ports/clock.js";
import type { Ports } from "../ports/context.js";
import type { PinSnapshot, PinStore } from "../ports/pin-store.js";
import { renderUserData } from "../recipe/user-data.js";
import { isCrash } from "../rollout/failure.js";
import type { Desired } from "../rollout/model.js";
import { missingParameters, recipeParameters } from "../rollout/preflight.js";
import { type RolloutReport, RolloutRolledBack } from "../rollout/report.js";
import { targetHealthVerifier } from "../verify/basic-verifier.js";
import { listenerPreflight } from "../verify/listener.js";
import { createRolloutVerifier } from "../verify/rollout-verifier.js";
import { imageForFleet } from "./architecture.js";
import { markServed, recordServing, trustedOwners } from "./evidence.js";
import { acquireLock } from "./lock.js";
import type { RolloutData, RolloutOutcome } from "./outcomes.js";
import { publishAmi } from "./publish.js";
import { environmentStatus } from "./status.js";

export function findEnvironment(project: Project, name: string): LoadedEnvironment {
  const loaded = project.environments.get(name);
  if (!loaded) {
    const known = [...project.environments.keys()].join(", ") || "none";
    throw new UsageError(`unknown environment '${name}' (known: ${known})`);
  }
  return loaded;
}

/** The project under `root`, its environment `name` (UsageError when there is none) and its pin store. */
export async function loadEnvironment(
  root: string,
  name: string,
): Promise<{ project: Project; loaded: LoadedEnvironment; pins: PinStore }> {
  const project = await loadProject(root);
  return { project, loaded: findEnvironment(project, name), pins: filePinStore(root, project) };
}

/** The name the lock and the pin history record for this run. */
export function actorOf(ports: Pick<Ports, "run">): string {
  return ports.run.actor ?? "amipipe";
}

/**
 * Runs `fn` holding the environment's lock; the lock is released afterwards, also when `fn`
 * fails (but not after the process died abruptly: a dead process releases nothing).
 */
export async function withEnvironmentLock<T>(
  ports: Ports,
  loaded: LoadedEnvironment,
  fn: () => Promise<T>,
  options: { command?: string; breakLock?: boolean; breakReason?: string; rollout?: boolean } = {},
): Promise<T> {
  const env = loaded.env;
  if (options.rollout !== false) await ensureCredentialsOutlast(ports, env, options.command ?? "reconcile");
  const ttlMs = (parseDuration(env.rollout.timeout) ?? 7_200_000) + 15 * 60_000;
  const lock = await acquireLock({
    aws: ports.aws,
    clock: ports.clock,
    ids: ports.ids,
    region: env.region,
    environment: env.name,
    actor: actorOf(ports),
    ...(ports.run.runUrl ? { runUrl: ports.run.runUrl } : {}),
    ttlMs,
    ...(options.breakLock ? { breakLock: true } : {}),
    ...(options.breakReason ? { breakReason: options.breakReason } : {}),
    ...(options.command ? { command: options.command } : {}),
  });
  if (lock.tookOver) {
    const { previous, why } = lock.tookOver;
    const ground =
      why === "broken"
        ? `--break-lock: ${options.breakReason ?? ""}`
        : why === "same-run"
          ? "an earlier attempt of this run"
          : `expired at ${previous.expiresAt}`;
    ports.progress.warn(
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

/** Time a rolled-back rollout needs after its last step: new instances out, the pin restored. */
export const ROLLBACK_MARGIN_MS = 15 * 60_000;

/**
 * Before anything changes: the credentials must outlast the longest the rollout may take
 * (`rollout.timeout`) plus a roll-back. A rollout cut off by ExpiredToken half-way could not
 * even undo itself, and would leave its lock held. Refused with the fix (exit 1).
 */
export async function ensureCredentialsOutlast(
  ports: Pick<Ports, "clock" | "credentials">,
  env: LoadedEnvironment["env"],
  command: string,
): Promise<void> {
  const expiresAt = await ports.credentials?.expiresAt(env.region);
  if (expiresAt === undefined) return;
  const needed = (parseDuration(env.rollout.timeout) ?? 7_200_000) + ROLLBACK_MARGIN_MS;
  const left = expiresAt - ports.clock.now();
  if (left >= needed) return;
  const seconds = Math.ceil(needed / 1000);
  throw new OperationFailed(
    `${command} ${env.name} refused: the AWS credentials expire at ${new Date(expiresAt).toISOString()} ` +
      `(in ${formatDuration(Math.max(0, left))}), but a rollout of ${env.name} may take up to ${env.rollout.timeout} ` +
      `(rollout.timeout) plus ${formatDuration(ROLLBACK_MARGIN_MS)} to roll back. Nothing was changed. ` +
      `Ask for a session of at least ${formatDuration(needed)}: role-duration-seconds: ${seconds} in ` +
      "aws-actions/configure-aws-credentials, and a MaxSessionDuration at least that long on the role " +
      "(the stack `amipipe bootstrap` prints sets it).",
    "credentials-expire",
    { environment: env.name, expiresAt: new Date(expiresAt).toISOString(), neededMs: needed },
  );
}

/**
 * Images baked from a recipe are held to that recipe's promises (probes over SSM); an image
 * without one (the legacy AMI a rollback may return to) is checked through the load balancer,
 * alarms and IMDS settings only — the recipe's expectations do not describe it.
 */
export function defaultVerifier(ports: Ports, project: Project, loaded: LoadedEnvironment): VerifierFactory {
  return (group, image) =>
    image.tags[TAG.recipe] === loaded.env.recipe
      ? createRolloutVerifier(ports, { project, env: loaded, stage: { first: !loaded.env.promotion.from } })
      : targetHealthVerifier(ports.aws, { ...group, environment: loaded.env.name }, loaded.env.verify.alarms);
}

export interface ConvergeOptions {
  pins: PinStore;
  /** The environment's pin state before this command changed it (restored verbatim on a rollback). */
  before?: PinSnapshot;
  /**
   * The pin returns to a known-good AMI (rollback): no canary, no soak. Default: whether the
   * pin is an earlier entry of the environment's pin history (a re-pin by hand in git).
   */
  returning?: boolean;
  verifier?: VerifierFactory;
}

/**
 * Converges `loaded` to its pin as the pin store states it now, through the driver of its
 * fleet kind. A failure before the old fleet leaves restores the pin (first), removes the new
 * instances and leaves the old fleet serving.
 */
export async function convergeEnvironment(
  ports: Ports,
  project: Project,
  loaded: LoadedEnvironment,
  o: ConvergeOptions,
): Promise<RolloutReport> {
  const env = loaded.env;
  const recipe = project.recipes.get(env.recipe);
  if (!recipe) throw new UsageError(`environment ${env.name} uses unknown recipe '${env.recipe}'`);
  const pin = await o.pins.read(env.name);
  if (!pin.ami)
    throw new UsageError(`environment ${env.name} has no pin (${loaded.file}); promote an AMI first`);
  const ami = pin.ami;
  const image = await describeImage(ports.aws, env.region, ami);
  if (image.state !== "available")
    throw new OperationFailed(`AMI ${ami} is ${image.state}, not available`, "not-available");
  await imageForFleet(ports, env, image, { command: "reconcile", swap: false });

  // Evidence in AWS first: the fleet serving now is recorded as what this environment ran.
  const owners = await trustedOwners(ports, env);
  await recordServing(ports, env, owners);
  // A return to a known-good AMI only on AWS's record that it served here (never the pin file's word).
  const userData = renderUserData(recipe, loaded);
  const config = configDigest({
    userData,
    ...(env.fleet.instanceType ? { instanceType: env.fleet.instanceType } : {}),
  });
  const returning = o.returning ?? servedBefore(env, image, config);
  const canary = env.rollout.canary.count < env.fleet.count ? env.rollout.canary.count : 0;
  const desired: Desired = {
    environment: env.name,
    ami,
    count: env.fleet.count,
    canary,
    maxSurge: surgeCount(env),
    soak: !returning,
    subnets: env.fleet.subnets,
    config,
  };
  const driver = await fleetDriver(env.fleet.kind);
  const request: ConvergeRequest = {
    ports,
    env,
    image,
    desired,
    userData,
    verifier: o.verifier ?? defaultVerifier(ports, project, loaded),
    firstStage: !env.promotion.from,
    deadline: await stepDeadline(ports, env),
    // Before anything launches: every SSM parameter the recipe's instances read at boot exists
    // in the region (an instance without its license or SSH keys would only fail later, worse).
    preflight: async () => [
      ...(await missingParameters(ports.aws, {
        region: env.region,
        recipe: recipe.recipe.name,
        environment: env.name,
        refs: recipeParameters(recipe.recipe),
      })),
      ...(await listenerPreflight(ports.aws, {
        environment: env.name,
        group: await resolveTargetGroup(ports.aws, env.region, env.fleet.targetGroup),
        http: env.verify.http,
      })),
    ],
    restorePin: async (serving) => {
      if (!serving) return [];
      const change = await o.pins.restore(env.name, {
        ...(o.before ? { snapshot: o.before } : {}),
        wrote: ami,
        previous: serving,
        fallback: {
          ami: serving,
          at: new Date(ports.clock.now()).toISOString(),
          by: actorOf(ports),
          reason: `restored: the rollout of ${ami} failed`,
        },
      });
      if (change) ports.progress.info(`rollout ${env.name}`, `pin restored to ${serving} (was ${ami})`);
      return change ? [change] : [];
    },
  };
  const previous = pin.history.find((h) => h.ami !== ami)?.ami;
  if (previous) request.previousPin = previous;
  const report = await driver.converge(request);
  if (image.ownerId === owners.account) await markServed(ports, env, ami, desired.config);
  const published = await publishAmi(ports, env, ami);
  if (published) report.published = published;
  return report;
}

/**
 * No step starts after the rollout's timeout, nor so late that the credentials would expire
 * before a failure could be rolled back with the old fleet serving.
 */
async function stepDeadline(ports: Ports, env: LoadedEnvironment["env"]): Promise<number> {
  const byTimeout = ports.clock.now() + (parseDuration(env.rollout.timeout) ?? 7_200_000);
  const expiresAt = await ports.credentials?.expiresAt(env.region);
  return expiresAt === undefined ? byTimeout : Math.min(byTimeout, expiresAt - ROLLBACK_MARGIN_MS);
}

/**
 * Runs the rollout after a pin change (or none) and shapes the outcome; a rolled-back rollout
 * is an outcome with ok=false (exit 1) that still carries its findings and pin changes.
 */
export async function rolloutOutcome(
  ports: Ports,
  o: {
    project: Project;
    loaded: LoadedEnvironment;
    pinChanges: PinChange[];
    reconcile: boolean;
    headline: string;
  } & ConvergeOptions,
): Promise<RolloutOutcome> {
  let report: RolloutReport | undefined;
  let failure: RolloutRolledBack | undefined;
  if (o.reconcile) {
    try {
      report = await convergeEnvironment(ports, o.project, o.loaded, o);
    } catch (error) {
      if (!(error instanceof RolloutRolledBack)) throw error;
      failure = error;
      report = error.report;
    }
  }
  const status = await environmentStatus(ports, o.loaded.env.name);
  const pinChanges = [...o.pinChanges, ...(report?.pinChanges ?? [])];
  const data: RolloutData = {
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
  if (report?.reached) data.reached = report.reached;
  if (report?.published) data.published = report.published;
  if (failure) data.error = { code: failure.code, message: failure.message };
  return { ok: !failure, headline: o.headline, data };
}
