import type { LoadedEnvironment } from "../config/load.js";
import { readPinFromSource } from "../gitops/pin-document.js";
import { type PinChange, readPin, restorePinFile, revertPin } from "../gitops/pins.js";
import type { Ports } from "../ports/context.js";
import { terminate, unmarkOld } from "./instances.js";
import { type Observed, REGISTERED } from "./model.js";
import { type FleetRefs, observeFleet } from "./observe.js";
import type { ReconcileOptions } from "./reconcile.js";
import type { RolloutReport } from "./report.js";
import { deregisterTargets } from "./targets.js";

/**
 * Undo before the old fleet leaves: the pin goes back first (a crash after it converges to the
 * old AMI), then the new instances are deregistered and terminated while the old ones serve on.
 */
export async function rollBack(
  o: ReconcileOptions,
  r: { fleet: FleetRefs; observed: Observed; report: RolloutReport; phase: string },
): Promise<void> {
  const { ctx, loaded } = o;
  const previous = servingAmi(r.observed, r.report.ami);
  ctx.progress.error(
    r.phase,
    `rolling back: ${r.report.ami} leaves, ${previous ?? "the old fleet"} keeps serving`,
  );
  const restored =
    o.pinFileBefore !== undefined &&
    previous !== undefined &&
    readPinFromSource(o.pinFileBefore).ami === previous
      ? await restorePinFile(ctx.root, loaded, o.pinFileBefore, r.report.ami)
      : undefined;
  if (restored) r.report.pinChanges.push(restored);
  else if (previous) {
    const current = await readPin(loaded);
    if (current.ami === r.report.ami) {
      const change = await repinAfterFailure(ctx, { loaded, previous, failed: r.report.ami });
      if (change) r.report.pinChanges.push(change);
    }
  }
  const fresh = await observeFleet(ctx.aws, r.fleet);
  const newOnes = fresh.instances.filter(
    (i) =>
      i.ami === r.report.ami &&
      i.role === "new" &&
      ["pending", "running", "stopping", "stopped"].includes(i.state),
  );
  const markedOld = fresh.instances.filter(
    (i) =>
      i.ami !== r.report.ami &&
      i.role === "old" &&
      i.rolloutId === r.report.rolloutId &&
      (i.state === "pending" || i.state === "running"),
  );
  if (markedOld.length > 0)
    await unmarkOld(
      ctx.aws,
      r.fleet.region,
      markedOld.map((i) => i.id),
    );
  const registered = newOnes.filter((i) => REGISTERED.has(i.target)).map((i) => i.id);
  if (registered.length > 0) await deregisterTargets(ctx.aws, r.fleet, registered);
  if (newOnes.length > 0)
    await terminate(
      ctx.aws,
      r.fleet.region,
      newOnes.map((i) => i.id),
    );
  r.report.removed.push(...newOnes.map((i) => i.id));
  r.report.outcome = "rolled-back";
  ctx.progress.error(
    r.phase,
    `rolled back: terminated ${newOnes.length} new instance(s); pin ${previous ?? "unchanged"}`,
  );
}

/** Pins `previous` again, recording that the rollout of `failed` did not succeed. */
export async function repinAfterFailure(
  ctx: Ports,
  o: { loaded: LoadedEnvironment; previous: string; failed: string },
): Promise<PinChange | undefined> {
  return revertPin(ctx.root, o.loaded, o.previous, {
    ami: o.previous,
    at: new Date(ctx.clock.now()).toISOString(),
    by: ctx.run.actor ?? "amipipe",
    reason: `restored: the rollout of ${o.failed} failed`,
  });
}

/** The AMI most of the serving old fleet runs. */
function servingAmi(observed: Observed, ami: string): string | undefined {
  const counts = new Map<string, number>();
  for (const i of observed.instances) {
    if (i.ami !== ami && i.state === "running" && REGISTERED.has(i.target))
      counts.set(i.ami, (counts.get(i.ami) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
