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
    const resumed = rolloutIdOf(first, r.desired);
    const rolloutId = resumed ?? newRolloutId(clock.now(), ids);
    // A resumed rollout keeps the procedure it began with (recorded on the fleet it replaces),
    // so a crash during a promotion never turns its remainder into an unsoaked return.
    const begunFull = first.instances.some(
      (i) => i.rolloutId === resumed && i.role === "old" && i.mode === "full",
    );
    const desired = resumed && begunFull && !r.desired.soak ? { ...r.desired, soak: true } : r.desired;
    const verifier = await r.verifier(group, r.image);
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
      verifier,
      firstStage: r.firstStage,
    });
    progress.info(
      phase,
      `converging ${env.name} to ${r.image.id} (${desired.count} instance(s), rollout ${rolloutId}${desired.soak ? "" : ", a return to a known-good pin: no canary, no soak"})`,
    );
    const report = await executeRollout({
      desired,
      driver: steps,
      clock,
      progress,
      phase,
      rolloutId,
      deadline: r.deadline,
      preflight: r.preflight,
      restorePin: r.restorePin,
      onVerified: async () => {
        // Nothing is tagged verified after a weakened verification (an image without recipe checks).
        if (verifier.weakened) {
          progress.warn(
            phase,
            `${r.image.id} is not tagged verified in ${env.name}: it was held to target health and alarms only`,
          );
          return false;
        }
        await markVerified(aws, env.region, { ami: r.image.id, environment: env.name, at: clock.now() });
        return true;
      },
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
