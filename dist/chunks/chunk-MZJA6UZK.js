import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  actorOf,
  describeImage,
  findEnvironment,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-FWWMCOMU.js";
import {
  readPin,
  writePin
} from "./chunk-FWBP3RB6.js";
import {
  loadProject
} from "./chunk-MAB7OMU6.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";

// src/commands/rollback.ts
import { readFile } from "node:fs/promises";
async function rollback(ctx, input) {
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
      reason: `rollback from ${pin.ami ?? "none"}`
    });
    if (change)
      ctx.progress.info(`rollback ${env.name}`, `pinned ${target} (was ${change.previous ?? "none"})`);
    return rolloutResult(ctx, {
      project,
      loaded,
      pinChanges: change ? [change] : [],
      pinFileBefore,
      reconcile: input.reconcile !== false,
      headline: `rollback ${env.name} \u2192 ${target}`
    });
  });
}

export {
  rollback
};
