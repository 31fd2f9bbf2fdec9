import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  guardPinnedAmi
} from "./chunk-EFILN4OG.js";
import {
  repinAndConverge
} from "./chunk-NRPOSL67.js";
import {
  decidePromotion,
  findEnvironment,
  imageForFleet,
  loadEnvironment,
  promotionReason,
  recordForce,
  rolloutResult,
  trustedOwners,
  withEnvironmentLock
} from "./chunk-H24QVIIW.js";
import {
  describeImage
} from "./chunk-EKYBPUGZ.js";
import {
  OperationFailed,
  UsageError
} from "./chunk-25FIIMCB.js";

// src/app/promote.ts
async function promote(ctx, input) {
  if (input.force && !input.reason?.trim())
    throw new UsageError("--force needs --reason TEXT (it is recorded with the pin)");
  const { project, loaded, pins } = await loadEnvironment(ctx.root, input.env);
  const env = loaded.env;
  const source = input.ami ? void 0 : input.from ?? env.promotion.from;
  let ami = input.ami;
  if (!ami) {
    if (!source)
      throw new UsageError(`${env.name} is the first stage: say which AMI with --ami (or --from ENV)`);
    ami = (await pins.read(findEnvironment(project, source).env.name)).ami ?? void 0;
    if (!ami) throw new UsageError(`${source} has no pin to promote`);
  }
  const described = await describeImage(ctx.aws, env.region, ami);
  if (described.state !== "available")
    throw new OperationFailed(`AMI ${ami} is ${described.state}, not available`, "not-available");
  const image = await imageForFleet(ctx, env, described, { command: "promote", swap: true });
  ami = image.id;
  const current = await pins.read(loaded.env.name);
  const alreadyPinned = current.ami === ami;
  const decision = alreadyPinned && !input.force ? {
    allowed: true,
    forced: false,
    note: (await guardPinnedAmi(ctx, loaded, { ...current, ami }, "promote")).note
  } : decidePromotion({
    env,
    image,
    owners: await trustedOwners(ctx, env),
    force: Boolean(input.force),
    ...input.reason ? { reason: input.reason } : {}
  });
  if (!decision.allowed) {
    throw new OperationFailed(
      `promotion of ${ami} to ${env.name} refused: ${decision.why}`,
      "promotion-refused",
      {
        environment: env.name,
        ami,
        why: decision.why
      }
    );
  }
  if (decision.forced) ctx.progress.warn(`promote ${env.name}`, `policy overridden: ${input.reason}`);
  return withEnvironmentLock(
    ctx,
    loaded,
    async () => {
      if (decision.forced && input.force && input.reason) await recordForce(ctx, env, image.id, input.reason);
      return repinAndConverge(ctx, {
        project,
        loaded,
        pins,
        ami,
        reason: decision.forced ? promotionReason(ami, decision.note) : source ? promotionReason(ami, `from ${source} (${decision.note})`) : promotionReason(ami),
        reconcile: input.reconcile !== false,
        command: "promote",
        // A promotion is verified in full, even onto retained instances of an AMI that served here.
        returning: false,
        restate: alreadyPinned && decision.forced
      });
    },
    {
      command: "promote",
      rollout: input.reconcile !== false,
      ...input.breakLock ? { breakLock: true } : {},
      ...input.reason ? { breakReason: input.reason } : {}
    }
  );
}

// src/commands/promote.ts
async function promote2(ctx, input) {
  return rolloutResult(await promote(ctx, input));
}

export {
  promote2 as promote
};
