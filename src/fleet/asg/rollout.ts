import { UpdateAutoScalingGroupCommand } from "@aws-sdk/client-auto-scaling";
import type { AwsFactory } from "../../aws/clients.js";
import { TAG } from "../../aws/tags.js";
import { autoScalingGroupName } from "../../config/asg.js";
import { surgeCount } from "../../config/rollout.js";
import type { Environment } from "../../config/schema.js";
import { OperationFailed } from "../../errors.js";
import { type Clock, parseDuration } from "../../ports/clock.js";
import type { Progress } from "../../ports/progress.js";
import { type CheckResult, findingsOf, type RolloutVerifier } from "../../ports/verifier.js";
import { pollUntil } from "../../rollout/poll.js";
import type { PinnedImage } from "../image.js";
import {
  describeLaunchTemplate,
  describeVersion,
  ensureHardenedVersion,
  numberedVersion,
  type TemplateVersion,
} from "../launch-template.js";
import {
  ACTIVE_REFRESH,
  describeGroup,
  describeRefresh,
  instancesOnVersion,
  rollbackRefresh,
  startRefresh,
} from "./refresh.js";

export const ASG_POLL_MS = 15_000;

export interface AsgRolloutOptions {
  aws: AwsFactory;
  clock: Clock;
  progress: Progress;
  env: Environment;
  /** The pinned image the group must run. */
  image: PinnedImage;
  rolloutId: string;
  verifier: RolloutVerifier;
  /** Rendered user data for the new version (plain text; encoded here). Default: the source version's. */
  userData?: string;
  /** Clock time after which the refresh is rolled back instead of followed further. */
  deadline: number;
}

export type AsgOutcome = "converged" | "refreshed" | "rolled-back" | "failed";

export interface AsgRolloutResult {
  ok: boolean;
  outcome: AsgOutcome;
  environment: string;
  autoScalingGroup: string;
  ami: string;
  launchTemplate?: TemplateVersion;
  previous?: TemplateVersion;
  refreshId?: string;
  /** Final instance refresh status (Successful, RollbackSuccessful, …). */
  status?: string;
  checks: CheckResult[];
  summary: string;
}

/**
 * Rolls an Auto Scaling group to the pinned AMI: a new numbered launch template version, then
 * an instance refresh that keeps 100% healthy capacity, pauses at a canary checkpoint and bakes
 * at the end. New instances get the same instance checks as standalone fleets and the soak
 * samples run while the refresh pauses or bakes; a failed check rolls the refresh back
 * (RollbackInstanceRefresh), as AWS itself does when it fails or an alarm fires. Re-running it
 * follows a refresh already in progress instead of starting another.
 */
export async function rolloutAsgFleet(o: AsgRolloutOptions): Promise<AsgRolloutResult> {
  const { aws, env } = o;
  const ami = o.image.id;
  const region = env.region;
  const name = autoScalingGroupName(env);
  const phase = `rollout ${env.name}`;
  const base = { environment: env.name, autoScalingGroup: name, ami };

  const group = await describeGroup(aws, region, name);
  const spec =
    group.LaunchTemplate ?? group.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification;
  if (!spec)
    throw new OperationFailed(
      `Auto Scaling group ${name} does not launch from a launch template`,
      "asg-config",
    );
  const template = await describeLaunchTemplate(
    aws,
    region,
    spec.LaunchTemplateId
      ? { id: spec.LaunchTemplateId }
      : { name: spec.LaunchTemplateName ?? env.fleet.launchTemplate },
  );
  const current: TemplateVersion = {
    id: template.id,
    name: template.name,
    version: String(numberedVersion(spec.Version, template)),
  };

  const active = await describeRefresh(aws, region, name);
  if (active && ACTIVE_REFRESH.has(active.Status ?? "")) {
    const target = active.DesiredConfiguration?.LaunchTemplate;
    const targetAmi = target?.Version
      ? (await describeVersion(aws, region, { id: template.id }, target.Version))?.LaunchTemplateData?.ImageId
      : undefined;
    if (targetAmi !== ami) {
      throw new OperationFailed(
        `instance refresh ${active.InstanceRefreshId} on ${name} is ${active.Status} towards ${targetAmi ?? "another configuration"}; wait for it or roll it back first`,
        "busy",
      );
    }
    o.progress.info(phase, `following instance refresh ${active.InstanceRefreshId} already ${active.Status}`);
    const to: TemplateVersion = {
      id: template.id,
      name: template.name,
      version: target?.Version ?? current.version,
    };
    return follow(o, { ...base, name, refreshId: active.InstanceRefreshId!, to, previous: current });
  }

  const currentAmi = (await describeVersion(aws, region, { id: template.id }, current.version))
    ?.LaunchTemplateData?.ImageId;
  const onCurrent = instancesOnVersion(group, current);
  if (
    currentAmi === ami &&
    onCurrent.length === (group.Instances ?? []).length &&
    onCurrent.length >= (group.DesiredCapacity ?? 0)
  ) {
    return {
      ...base,
      ok: true,
      outcome: "converged",
      launchTemplate: current,
      checks: [],
      summary: `${name} already runs ${ami} (launch template ${template.name} v${current.version})`,
    };
  }

  if (spec.Version === undefined || spec.Version.startsWith("$")) {
    // Rollback needs a numbered version to return to; $Latest/$Default would disable it.
    o.progress.info(
      phase,
      `pinning ${name} to launch template ${template.name} v${current.version} instead of ${spec.Version ?? "$Default"}`,
    );
    await aws.autoscaling(region).send(
      new UpdateAutoScalingGroupCommand({
        AutoScalingGroupName: name,
        LaunchTemplate: { LaunchTemplateId: template.id, Version: current.version },
      }),
    );
  }

  const to = await ensureHardenedVersion(aws, {
    region,
    template,
    source: current.version,
    content: {
      ami,
      image: o.image,
      ...(env.fleet.instanceType ? { instanceType: env.fleet.instanceType } : {}),
      ...(o.userData ? { userData: o.userData } : {}),
      // An Auto Scaling group tags what it launches only through the template.
      tags: {
        [TAG.environment]: env.name,
        [TAG.ami]: ami,
        [TAG.rolloutId]: o.rolloutId,
        [TAG.role]: "new",
        [TAG.recipe]: env.recipe,
      },
    },
  });
  const desired = Math.max(group.DesiredCapacity ?? env.fleet.count, 1);
  const canary = env.rollout.canary.count;
  const refreshId = await startRefresh(aws, region, name, to, {
    canaryPercent: canary > 0 ? Math.min(100, Math.ceil((canary / desired) * 100)) : 0,
    checkpointDelaySeconds: seconds(env.rollout.canary.soak),
    bakeSeconds: seconds(env.verify.soak),
    instanceWarmupSeconds: 300,
    alarms: env.verify.alarms,
    maxHealthyPercentage: maxHealthyPercentage(env, desired),
  });
  o.progress.info(
    phase,
    `instance refresh ${refreshId} started: ${name} → ${template.name} v${to.version} (${ami})`,
  );
  return follow(o, { ...base, name, refreshId, to, previous: current });
}

/** `rollout.maxSurge` for an Auto Scaling group: the refresh's MaxHealthyPercentage (100 + surge, at most 200). */
export function maxHealthyPercentage(env: Environment, desired: number): number {
  const surge = surgeCount({ ...env, fleet: { ...env.fleet, count: desired } });
  return Math.min(200, 100 + Math.ceil((surge / Math.max(1, desired)) * 100));
}

const seconds = (duration: string) => Math.round((parseDuration(duration) ?? 0) / 1000);

interface FollowTarget {
  environment: string;
  autoScalingGroup: string;
  ami: string;
  name: string;
  refreshId: string;
  to: TemplateVersion;
  previous: TemplateVersion;
}

/**
 * Follows a refresh to its end, running instance checks on each new instance and soak samples
 * while old and new serve together (and while the refresh pauses or bakes). When the refresh
 * finishes before the soak has had two samples (no bake time, or a model without it), the
 * soak completes afterwards and a failure then is undone by a refresh back to the previous version.
 */
async function follow(o: AsgRolloutOptions, r: FollowTarget): Promise<AsgRolloutResult> {
  const { aws, env, clock } = o;
  const region = env.region;
  const phase = `rollout ${env.name}`;
  const deadline = o.deadline;
  const soakMs = parseDuration(env.verify.soak) ?? 600_000;
  const sampleEveryMs = Math.max(60_000, Math.floor(soakMs / 4));
  const checked = new Set<string>();
  const checks: CheckResult[] = [];
  let samples = 0;
  let nextSampleAt = 0;
  let rollingBack = false;
  const result = (ok: boolean, outcome: AsgOutcome, status: string, summary: string): AsgRolloutResult => ({
    ok,
    outcome,
    environment: r.environment,
    autoScalingGroup: r.autoScalingGroup,
    ami: r.ami,
    launchTemplate: r.to,
    previous: r.previous,
    refreshId: r.refreshId,
    status,
    checks,
    summary,
  });
  const sample = async (): Promise<string | undefined> => {
    const found = await o.verifier.soakSample(samples++);
    checks.push(...found);
    nextSampleAt = clock.now() + sampleEveryMs;
    const failed = findingsOf(found);
    return failed.length > 0
      ? `soak sample ${samples} failed: ${failed.map((f) => f.summary).join("; ")}`
      : undefined;
  };
  const rollBack = async (why: string) => {
    o.progress.error(phase, `${why}: rolling back instance refresh ${r.refreshId}`);
    await rollbackRefresh(aws, region, r.name);
    rollingBack = true;
  };

  for (;;) {
    const refresh = await describeRefresh(aws, region, r.name, r.refreshId);
    const status = refresh?.Status ?? "unknown";
    const reason = refresh?.StatusReason ? ` (${refresh.StatusReason})` : "";
    if (status === "Successful") {
      const soaked = await finishSoak(o, r, { samples, sample, sampleEveryMs });
      if (soaked) {
        return result(
          false,
          "rolled-back",
          "RollbackSuccessful",
          `${soaked}; refreshed ${r.name} back to launch template v${r.previous.version}`,
        );
      }
      return result(
        true,
        "refreshed",
        status,
        `${r.name} runs ${r.ami} (launch template ${r.to.name} v${r.to.version}); ${checked.size} new instance(s) checked, ${samples} soak sample(s)`,
      );
    }
    if (status === "RollbackSuccessful") {
      return result(
        false,
        "rolled-back",
        status,
        `instance refresh ${r.refreshId} was rolled back${reason}; ${r.name} serves launch template v${r.previous.version} again`,
      );
    }
    if (!ACTIVE_REFRESH.has(status)) {
      return result(false, "failed", status, `instance refresh ${r.refreshId} ended ${status}${reason}`);
    }
    if (clock.now() >= deadline && !rollingBack) {
      await rollBack(`instance refresh still ${status} after ${env.rollout.timeout}`);
      continue;
    }
    o.progress.waiting(
      phase,
      `${status} ${refresh?.PercentageComplete ?? 0}%${reason}`,
      `instance refresh ${r.refreshId}`,
    );

    if (!rollingBack && status !== "RollbackInProgress") {
      const group = await describeGroup(aws, region, r.name);
      const fresh = instancesOnVersion(group, r.to).filter((id) => !checked.has(id));
      if (fresh.length > 0) {
        const found = await o.verifier.instanceChecks(fresh, "boot");
        checks.push(...found);
        for (const id of fresh) checked.add(id);
        const failed = findingsOf(found);
        if (failed.length > 0)
          await rollBack(
            `instance checks failed on ${failed.map((f) => `${f.target} (${f.name})`).join(", ")}`,
          );
      }
      if (!rollingBack && checked.size > 0 && clock.now() >= nextSampleAt) {
        const failure = await sample();
        if (failure) await rollBack(failure);
      }
    }
    await clock.sleep(ASG_POLL_MS);
  }
}

/**
 * The rest of the soak after a refresh that finished early. Returns why it failed (after
 * refreshing back to the previous version), or undefined when the soak passed.
 */
async function finishSoak(
  o: AsgRolloutOptions,
  r: FollowTarget,
  s: { samples: number; sample: () => Promise<string | undefined>; sampleEveryMs: number },
): Promise<string | undefined> {
  for (let taken = s.samples; taken < 2; taken++) {
    if (taken > 0) await o.clock.sleep(s.sampleEveryMs);
    const failure = await s.sample();
    if (!failure) continue;
    o.progress.error(
      `rollout ${o.env.name}`,
      `${failure}: refreshing ${r.name} back to launch template v${r.previous.version}`,
    );
    const back = await startRefresh(o.aws, o.env.region, r.name, r.previous, {
      canaryPercent: 0,
      checkpointDelaySeconds: 0,
      bakeSeconds: 0,
      instanceWarmupSeconds: 300,
      alarms: [],
      maxHealthyPercentage: 200,
    });
    const timeout = o.env.rollout.timeout;
    await pollUntil({
      clock: o.clock,
      everyMs: ASG_POLL_MS,
      timeoutMs: parseDuration(timeout) ?? 7_200_000,
      check: async () => {
        const refresh = await describeRefresh(o.aws, o.env.region, r.name, back);
        const status = refresh?.Status ?? "";
        if (ACTIVE_REFRESH.has(status))
          return {
            done: false,
            waitingFor: `instance refresh ${back} (back): ${status} ${refresh?.PercentageComplete ?? 0}%`,
          };
        if (status !== "Successful")
          throw new OperationFailed(
            `refresh back to v${r.previous.version} on ${r.name} ended ${status}`,
            "rollback-failed",
          );
        return { done: true, value: undefined };
      },
      onWait: (waitingFor) => o.progress.waiting(`rollout ${o.env.name}`, "refreshing back", waitingFor),
      onTimeout: (waitingFor) =>
        new OperationFailed(`${waitingFor} still running after ${timeout}`, "rollback-failed"),
    });
    return failure;
  }
  return undefined;
}
