import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  repinAndConverge
} from "./chunk-NRPOSL67.js";
import {
  decidePromotion,
  imageForFleet,
  loadEnvironment,
  ownershipProblem,
  recordForce,
  rolloutResult,
  servedBefore,
  trustedOwners,
  unmarkServed,
  withEnvironmentLock
} from "./chunk-H24QVIIW.js";
import {
  describeImage
} from "./chunk-EKYBPUGZ.js";
import {
  servedInTag
} from "./chunk-DUHWOJWS.js";
import {
  OperationFailed,
  UsageError
} from "./chunk-25FIIMCB.js";

// src/app/rollback.ts
async function rollback(ctx, input) {
  if (input.force && !input.reason?.trim())
    throw new UsageError("--force needs --reason TEXT (it is recorded with the pin)");
  const { project, loaded, pins } = await loadEnvironment(ctx.root, input.env);
  const env = loaded.env;
  const phase = `rollback ${env.name}`;
  const pin = await pins.read(loaded.env.name);
  const owners = await trustedOwners(ctx, env);
  let target = input.to;
  if (!target) {
    for (const entry of pin.history.filter((h) => h.ami !== pin.ami)) {
      const candidate = await describeImage(ctx.aws, env.region, entry.ami).catch(() => void 0);
      if (candidate && servedBefore(env, candidate) && !ownershipProblem(candidate, owners)) {
        target = entry.ami;
        break;
      }
      ctx.progress.warn(
        phase,
        `skipping ${entry.ami} from the pin history: AWS has no record of it serving ${env.name}`
      );
    }
  }
  if (!target)
    throw new UsageError(
      `${env.name} has no earlier pin that AWS records as having served it; say which AMI with --to`
    );
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
  const decision = decidePromotion({
    env,
    image,
    owners,
    force: Boolean(input.force),
    ...input.reason ? { reason: input.reason } : {}
  });
  if (!decision.allowed) {
    const why = `${target} never served ${env.name} (no ${servedInTag(env.name)} tag); ${decision.why}`;
    throw new OperationFailed(
      `rollback of ${env.name} to ${target} refused: ${why} (override with --force --reason TEXT)`,
      "promotion-refused",
      { environment: env.name, ami: target, why }
    );
  }
  const knownGood = decision.basis === "served";
  let reason = `rollback from ${pin.ami ?? "none"}`;
  if (!knownGood) {
    reason = `rollback from ${pin.ami ?? "none"} to ${target} ${decision.forced ? decision.note : `(${decision.note})`}`;
    if (decision.forced) ctx.progress.warn(phase, `policy overridden: ${input.reason}`);
    ctx.progress.warn(
      phase,
      `${target} never served ${env.name}: it gets the canary and the soaks of a promotion`
    );
  }
  return withEnvironmentLock(
    ctx,
    loaded,
    async () => {
      if (decision.forced && input.force && input.reason) await recordForce(ctx, env, target, input.reason);
      if (pin.ami && pin.ami !== target) await unmarkServed(ctx, env, pin.ami).catch(() => void 0);
      return repinAndConverge(ctx, {
        project,
        loaded,
        pins,
        ami: target,
        reason,
        reconcile: input.reconcile !== false,
        command: "rollback",
        // Back to a known-good pin: no canary, no soak (the fleet being left is the suspect one).
        returning: knownGood
      });
    },
    {
      command: "rollback",
      rollout: input.reconcile !== false,
      ...input.breakLock ? { breakLock: true } : {},
      ...input.reason ? { breakReason: input.reason } : {}
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
