import { readFile } from "node:fs/promises";
import type { CommandResult, Ports } from "../commands/context.js";
import type { LoadedEnvironment, Project } from "../config/load.js";
import { restatePin, writePin } from "../gitops/pins.js";
import { actorOf, type RolloutCommandData, rolloutResult } from "./converge.js";

/**
 * Pins the environment to `ami` (nothing to write when it already is) and converges the
 * fleet to it, as promote and rollback do once they have decided; the caller holds the
 * environment's lock. The file as it was is kept, so a rolled-back rollout restores it verbatim.
 */
export async function repinAndConverge(
  ctx: Ports,
  o: {
    project: Project;
    loaded: LoadedEnvironment;
    ami: string;
    /** Recorded with the pin in the environment file's history. */
    reason: string;
    reconcile: boolean;
    /** The command's name, for progress and the result's headline. */
    command: string;
    /** A return to a known-good AMI (rollback): no canary, no soak. */
    returning: boolean;
    /** Already pinned: record the reason on the pin anyway (a forced promotion of a hand-edited pin). */
    restate?: boolean;
  },
): Promise<CommandResult<RolloutCommandData>> {
  const phase = `${o.command} ${o.loaded.env.name}`;
  const pinFileBefore = await readFile(o.loaded.file, "utf8");
  const record = {
    ami: o.ami,
    at: new Date(ctx.clock.now()).toISOString(),
    by: actorOf(ctx),
    reason: o.reason,
  };
  const change =
    (await writePin(ctx.root, o.loaded, record)) ??
    (o.restate ? await restatePin(ctx.root, o.loaded, record) : undefined);
  if (change) ctx.progress.info(phase, `pinned ${o.ami} (was ${change.previous ?? "none"})`);
  return rolloutResult(ctx, {
    project: o.project,
    loaded: o.loaded,
    pinChanges: change ? [change] : [],
    pinFileBefore,
    reconcile: o.reconcile,
    returning: o.returning,
    headline: `${phase} → ${o.ami}`,
  });
}
