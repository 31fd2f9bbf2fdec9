import { OperationFailed } from "../../errors.js";
import type { Finding } from "../../ports/verifier.js";
import { newReport, newRolloutId, type RolloutReport, RolloutRolledBack } from "../../rollout/report.js";
import type { ConvergeRequest, FleetDriver } from "../driver.js";
import { markVerified } from "../image.js";
import { resolveTargetGroup } from "../target-group.js";
import { rolloutAsgFleet } from "./rollout.js";

/**
 * Auto Scaling fleets roll through an instance refresh (./rollout.ts); a refresh rolled back
 * restores the pin as a standalone fleet's failed rollout does.
 */
export const autoScalingFleetDriver: FleetDriver = {
  kind: "asg",
  async converge(r: ConvergeRequest): Promise<RolloutReport> {
    const { aws, clock, progress, ids } = r.ports;
    const env = r.env;
    const ami = r.image.id;
    const startedAt = clock.now();
    const rolloutId = newRolloutId(startedAt, ids);
    const group = await resolveTargetGroup(aws, env.region, env.fleet.targetGroup);
    const verifier = await r.verifier(group, r.image);
    const result = await rolloutAsgFleet({
      aws,
      clock,
      progress,
      env,
      image: r.image,
      rolloutId,
      verifier,
      userData: r.userData,
      deadline: r.deadline,
    });
    const report: RolloutReport = {
      ...newReport({ environment: env.name, ami, rolloutId }),
      steps: [
        {
          kind: "instance-refresh",
          startedAt: new Date(startedAt).toISOString(),
          finishedAt: new Date(clock.now()).toISOString(),
          detail: result.summary,
        },
      ],
      checks: result.checks,
      findings: result.checks.filter((c): c is Finding => !c.passed),
    };
    if (result.outcome === "rolled-back") {
      report.outcome = "rolled-back";
      report.pinChanges.push(...(await r.restorePin(r.previousPin)));
      throw new RolloutRolledBack(
        `rollout of ${ami} to ${env.name} failed and was rolled back; ${result.summary}`,
        report,
      );
    }
    if (!result.ok) throw new OperationFailed(result.summary, "failed", report);
    if (result.outcome === "refreshed" && !verifier.weakened) {
      await markVerified(aws, env.region, { ami, environment: env.name, at: clock.now() });
      report.verified = true;
    }
    return report;
  },
};
