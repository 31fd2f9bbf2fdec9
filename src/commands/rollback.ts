import { readFile } from "node:fs/promises";
import { loadProject } from "../config/load.js";
import { UsageError } from "../errors.js";
import { readPin, writePin } from "../gitops/pins.js";
import {
  actorOf,
  findEnvironment,
  type RolloutCommandData,
  rolloutResult,
  withEnvironmentLock,
} from "../rollout/converge.js";
import { describeImage } from "../rollout/image.js";
import type { CommandContext, CommandResult } from "./context.js";

export interface RollbackInput {
  env: string;
  to?: string;
  reconcile?: boolean;
}

/**
 * Re-pins ENV to an earlier AMI (default: the previous pin in its history) and converges;
 * retained (stopped) instances of that AMI are started instead of launching new ones.
 */
export async function rollback(
  ctx: CommandContext,
  input: RollbackInput,
): Promise<CommandResult<RolloutCommandData>> {
  const project = await loadProject(ctx.root);
  const loaded = findEnvironment(project, input.env);
  const env = loaded.env;

  return withEnvironmentLock(ctx, loaded, async () => {
    const pin = await readPin(loaded);
    const target = input.to ?? pin.history.find((h) => h.ami !== pin.ami)?.ami;
    if (!target)
      throw new UsageError(`${env.name} has no earlier pin to roll back to; say which AMI with --to`);
    await describeImage(ctx.aws, env.region, target);
    const pinFileBefore = await readFile(loaded.file, "utf8");
    const change = await writePin(ctx.root, loaded, {
      ami: target,
      at: new Date(ctx.clock.now()).toISOString(),
      by: actorOf(ctx),
      reason: `rollback from ${pin.ami ?? "none"}`,
    });
    if (change)
      ctx.progress.info(`rollback ${env.name}`, `pinned ${target} (was ${change.previous ?? "none"})`);
    return rolloutResult(ctx, {
      project,
      loaded,
      pinChanges: change ? [change] : [],
      pinFileBefore,
      reconcile: input.reconcile !== false,
      headline: `rollback ${env.name} → ${target}`,
    });
  });
}
