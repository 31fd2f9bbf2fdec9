import { executeRollout, rolloutIdOf } from "../../rollout/executor.js";
import type { RolloutReport } from "../../rollout/report.js";
import { newRolloutId } from "../../rollout/report.js";
import type { ConvergeRequest, FleetDriver } from "../driver.js";
import { markVerified } from "../image.js";
import { describeLaunchTemplate, settleDefaultVersion } from "../launch-template.js";
import { resolveTargetGroup } from "../target-group.js";
import { observeFleet } from "./observe.js";
import { InstanceSteps, versionContent } from "./steps.js";

/**
 * Standalone EC2 instances behind the environment's target group (the seed's fleet): surge,
 * verify, then drain, one planned step at a time (DESIGN §6).
 */
export const instanceFleetDriver: FleetDriver = {
  kind: "instances",
  async converge(r: ConvergeRequest): Promise<RolloutReport> {
    const { aws, clock, progress, ids } = r.ports;
    const env = r.env;
    const phase = `rollout ${env.name}`;
    const group = await resolveTargetGroup(aws, env.region, env.fleet.targetGroup);
    const template = await describeLaunchTemplate(aws, env.region, { name: env.fleet.launchTemplate });
    const first = await observeFleet(aws, clock, { environment: env.name, group });
    const rolloutId = rolloutIdOf(first, r.desired) ?? newRolloutId(clock.now(), ids);
    const steps = new InstanceSteps({
      ports: r.ports,
      phase,
      env,
      group,
      template,
      image: r.image,
      userData: r.userData,
      config: r.desired.config ?? "",
      rolloutId,
      verifier: await r.verifier(group, r.image),
      firstStage: r.firstStage,
    });
    progress.info(
      phase,
      `converging ${env.name} to ${r.image.id} (${r.desired.count} instance(s), rollout ${rolloutId}${r.desired.soak ? "" : ", a return to a known-good pin: no canary, no soak"})`,
    );
    const report = await executeRollout({
      desired: r.desired,
      driver: steps,
      clock,
      progress,
      phase,
      rolloutId,
      deadline: r.deadline,
      preflight: r.preflight,
      restorePin: r.restorePin,
      onVerified: () =>
        markVerified(aws, env.region, { ami: r.image.id, environment: env.name, at: clock.now() }),
    });
    const settled = await settleDefaultVersion(aws, {
      region: env.region,
      template,
      content: versionContent({ env, image: r.image, userData: r.userData }),
      ...(steps.version ? { launched: steps.version } : {}),
    });
    report.launchTemplateDefault = settled.version;
    if (settled.changed)
      progress.info(
        phase,
        `launch template ${template.name}: default version is now ${settled.version} (${r.image.id})`,
      );
    progress.info(phase, `${env.name} serves ${r.image.id} with ${r.desired.count} healthy instance(s)`);
    return report;
  },
};
