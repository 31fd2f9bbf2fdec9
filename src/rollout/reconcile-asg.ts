import { OperationFailed } from "../errors.js";
import type { Finding } from "../verify/types.js";
import { rolloutAsgFleet } from "./asg/rollout.js";
import { markVerified, type PinnedImage } from "./image.js";
import type { FleetRefs } from "./observe.js";
import type { ReconcileOptions } from "./reconcile.js";
import { newReport, newRolloutId, type RolloutReport, RolloutRolledBack } from "./report.js";
import { repinAfterFailure } from "./rollback.js";

/**
 * Auto Scaling fleets roll through an instance refresh (src/rollout/asg); a refresh rolled back
 * restores the pin as a standalone fleet's failed rollout does.
 */
export async function reconcileAutoScaling(
  o: ReconcileOptions,
  r: { fleet: FleetRefs; image: PinnedImage; pin: string | undefined },
): Promise<RolloutReport> {
  const { ctx, loaded } = o;
  const env = loaded.env;
  const ami = r.image.id;
  const startedAt = ctx.clock.now();
  const rolloutId = newRolloutId(startedAt, ctx.ids);
  const result = await rolloutAsgFleet({
    aws: ctx.aws,
    clock: ctx.clock,
    progress: ctx.progress,
    env,
    ami,
    rolloutId,
    verifier: await o.verifier(r.fleet, r.image),
    userData: o.userData,
  });
  const report: RolloutReport = {
    ...newReport({ environment: env.name, ami, rolloutId }),
    steps: [
      {
        kind: "instance-refresh",
        startedAt: new Date(startedAt).toISOString(),
        finishedAt: new Date(ctx.clock.now()).toISOString(),
        detail: result.summary,
      },
    ],
    checks: result.checks,
    findings: result.checks.filter((c): c is Finding => !c.passed),
  };
  if (result.outcome === "rolled-back") {
    report.outcome = "rolled-back";
    if (r.pin) {
      const change = await repinAfterFailure(ctx, { loaded, previous: r.pin, failed: ami });
      if (change) report.pinChanges.push(change);
    }
    throw new RolloutRolledBack(
      `rollout of ${ami} to ${env.name} failed and was rolled back; ${result.summary}`,
      report,
    );
  }
  if (!result.ok) throw new OperationFailed(result.summary, "failed", report);
  if (result.outcome === "refreshed") {
    await markVerified(ctx.aws, env.region, { ami, environment: env.name, at: ctx.clock.now() });
    report.verified = true;
  }
  return report;
}
