import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  repinAndConverge
} from "./chunk-AGDHJNWQ.js";
import {
  decidePromotion,
  imageForFleet,
  loadEnvironment,
  rolloutResult,
  withEnvironmentLock
} from "./chunk-VAX4O5DG.js";
import {
  describeImage
} from "./chunk-2C4KMION.js";
import {
  OperationFailed,
  UsageError
} from "./chunk-WPO6EQZK.js";

// src/app/rollback.ts
async function rollback(ctx, input) {
  if (input.force && !input.reason?.trim())
    throw new UsageError("--force needs --reason TEXT (it is recorded with the pin)");
  const { project, loaded, pins } = await loadEnvironment(ctx.root, input.env);
  const env = loaded.env;
  const phase = `rollback ${env.name}`;
  const pin = await pins.read(loaded.env.name);
  const target = input.to ?? pin.history.find((h) => h.ami !== pin.ami)?.ami;
  if (!target)
    throw new UsageError(`${env.name} has no earlier pin to roll back to; say which AMI with --to`);
  const image = await describeImage(ctx.aws, env.region, target);
  const recorded = [
    ...pin.ami === target && pin.instanceType ? [pin.instanceType] : [],
    ...pin.history.filter((h) => h.ami === target).flatMap((h) => h.instanceType ? [h.instanceType] : [])
  ][0];
  await imageForFleet(ctx, env, image, {
    command: "rollback",
    swap: false,
    ...recorded ? {
      hint: `${target} last ran here on ${recorded} (recorded with that pin): set fleet.instanceType: ${recorded} in environments/${env.name}.yml, then roll back.`
    } : {}
  });
  const knownGood = target === pin.ami || pin.history.some((h) => h.ami === target);
  let reason = `rollback from ${pin.ami ?? "none"}`;
  if (!knownGood) {
    if (env.promotion.from) {
      const decision = decidePromotion({
        env,
        ami: target,
        amiTags: image.tags,
        force: Boolean(input.force),
        ...input.reason ? { reason: input.reason } : {}
      });
      if (!decision.allowed) {
        const why = `${target} was never pinned to ${env.name}; ${decision.why}`;
        throw new OperationFailed(
          `rollback of ${env.name} to ${target} refused: ${why} (override with --force --reason TEXT)`,
          "promotion-refused",
          { environment: env.name, ami: target, why }
        );
      }
      reason = `rollback from ${pin.ami ?? "none"} to ${target} ${decision.forced ? decision.note : `(${decision.note})`}`;
      if (decision.forced) ctx.progress.warn(phase, `policy overridden: ${input.reason}`);
    }
    ctx.progress.warn(
      phase,
      `${target} was never pinned to ${env.name}: it gets the canary and the soaks of a promotion`
    );
  }
  return withEnvironmentLock(
    ctx,
    loaded,
    () => repinAndConverge(ctx, {
      project,
      loaded,
      pins,
      ami: target,
      reason,
      reconcile: input.reconcile !== false,
      command: "rollback",
      // Back to a known-good pin: no canary, no soak (the fleet being left is the suspect one).
      returning: knownGood
    }),
    {
      command: "rollback",
      rollout: input.reconcile !== false,
      ...input.breakLock ? { breakLock: true } : {}
    }
  );
}

// src/commands/rollback.ts
async function rollback2(ctx, input) {
  return rolloutResult(await rollback(ctx, input));
}

export {
  rollback2 as rollback
};
