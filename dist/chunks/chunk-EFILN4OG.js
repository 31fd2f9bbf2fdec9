import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  decidePinnedAmi,
  trustedOwners
} from "./chunk-H24QVIIW.js";
import {
  describeImage
} from "./chunk-EKYBPUGZ.js";
import {
  describeInstancesById
} from "./chunk-W5NYEKSD.js";
import {
  REGISTERED,
  observeTargetGroups
} from "./chunk-WOQP25UV.js";
import {
  displayPath
} from "./chunk-RQQVW77K.js";
import {
  OperationFailed
} from "./chunk-25FIIMCB.js";

// src/app/pin-guard.ts
async function guardPinnedAmi(ctx, loaded, pin, command) {
  const env = loaded.env;
  const image = await describeImage(ctx.aws, env.region, pin.ami);
  const serving = await servingAmis(ctx, env);
  const owners = await trustedOwners(ctx, env);
  const decision = decidePinnedAmi({ env, image, owners, serving });
  if (decision.allowed) return decision;
  const file = displayPath({ root: ctx.root, ...ctx.cwd ? { cwd: ctx.cwd } : {} }, loaded.file);
  const next = env.promotion.from ? `Promote ${pin.ami} to ${env.promotion.from} first, put` : "Put";
  throw new OperationFailed(
    `${command} ${env.name} refused: the pin ${pin.ami} in ${file} breaks the promotion policy \u2014 ${decision.why}. Nothing was changed (${env.name} keeps serving ${serving.join(", ") || "what it serves"}). ${next} the pin back in git, or override with \`amipipe promote ${env.name} --ami ${pin.ami} --force --reason TEXT\` (recorded in the pin). A reason or history written into the file by hand forces nothing.`,
    "pin-refused",
    { environment: env.name, ami: pin.ami, file, serving, why: decision.why }
  );
}
async function servingAmis(ctx, env) {
  const group = (await observeTargetGroups(ctx.aws, env.region, [env.fleet.targetGroup])).get(
    env.fleet.targetGroup
  );
  if (!group)
    throw new OperationFailed(
      `target group ${env.fleet.targetGroup} not found in ${env.region}`,
      "not-found"
    );
  const ids = group.targets.filter((t) => REGISTERED.has(t.state)).map((t) => t.instanceId);
  const instances = await describeInstancesById(ctx.aws, env.region, ids);
  return [
    ...new Set(
      [...instances.values()].filter((i) => i.State?.Name === "running").map((i) => i.ImageId ?? "").filter(Boolean)
    )
  ];
}

export {
  guardPinnedAmi
};
