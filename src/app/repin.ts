import type { LoadedEnvironment, Project } from "../config/load.js";
import { fleetInstanceType } from "../fleet/instance-types.js";
import type { Ports } from "../ports/context.js";
import type { PinStore } from "../ports/pin-store.js";
import { actorOf, rolloutOutcome } from "./converge.js";
import type { RolloutOutcome } from "./outcomes.js";

/**
 * Pins the environment to `ami` (nothing to write when it already is) and converges the
 * fleet to it, as promote and rollback do once they have decided; the caller holds the
 * environment's lock. The pin state as it was is kept, so a rolled-back rollout restores it verbatim.
 */
export async function repinAndConverge(
  ports: Ports,
  o: {
    project: Project;
    loaded: LoadedEnvironment;
    pins: PinStore;
    ami: string;
    /** Recorded with the pin in the environment file's history. */
    reason: string;
    reconcile: boolean;
    /** The command's name, for progress and the outcome's headline. */
    command: string;
    /** A return to a known-good AMI (rollback): no canary, no soak. */
    returning: boolean;
    /** Already pinned: record the reason on the pin anyway (a forced promotion of a hand-edited pin). */
    restate?: boolean;
  },
): Promise<RolloutOutcome> {
  const name = o.loaded.env.name;
  const phase = `${o.command} ${name}`;
  const before = await o.pins.snapshot(name);
  const fleetType = await fleetInstanceType(ports.aws, o.loaded.env).catch(() => undefined);
  const record = {
    ami: o.ami,
    at: new Date(ports.clock.now()).toISOString(),
    by: actorOf(ports),
    reason: o.reason,
    ...(fleetType ? { instanceType: fleetType.type } : {}),
  };
  const change =
    (await o.pins.write(name, record)) ?? (o.restate ? await o.pins.restate(name, record) : undefined);
  if (change) ports.progress.info(phase, `pinned ${o.ami} (was ${change.previous ?? "none"})`);
  return rolloutOutcome(ports, {
    project: o.project,
    loaded: o.loaded,
    pins: o.pins,
    pinChanges: change ? [change] : [],
    before,
    reconcile: o.reconcile,
    returning: o.returning,
    headline: `${phase} → ${o.ami}`,
  });
}
