import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  repinAndConverge
} from "./chunk-IO4QYTSD.js";
import {
  describeImage,
  loadEnvironment,
  withEnvironmentLock
} from "./chunk-OXXZDNT5.js";
import {
  readPin
} from "./chunk-T3PE4JLW.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";

// src/commands/rollback.ts
async function rollback(ctx, input) {
  const { project, loaded } = await loadEnvironment(ctx.root, input.env);
  const env = loaded.env;
  return withEnvironmentLock(ctx, loaded, async () => {
    const pin = await readPin(loaded);
    const target = input.to ?? pin.history.find((h) => h.ami !== pin.ami)?.ami;
    if (!target)
      throw new UsageError(`${env.name} has no earlier pin to roll back to; say which AMI with --to`);
    await describeImage(ctx.aws, env.region, target);
    const knownGood = target === pin.ami || pin.history.some((h) => h.ami === target);
    if (!knownGood)
      ctx.progress.warn(
        `rollback ${env.name}`,
        `${target} was never pinned to ${env.name}: it gets the canary and the soaks of a promotion`
      );
    return repinAndConverge(ctx, {
      project,
      loaded,
      ami: target,
      reason: `rollback from ${pin.ami ?? "none"}`,
      reconcile: input.reconcile !== false,
      command: "rollback",
      // Back to a known-good pin: no canary, no soak (the fleet being left is the suspect one).
      returning: knownGood
    });
  });
}

export {
  rollback
};
