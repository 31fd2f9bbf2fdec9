import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  decidePinnedAmi
} from "./chunk-VAX4O5DG.js";
import {
  describeImage
} from "./chunk-2C4KMION.js";
import {
  describeInstancesById
} from "./chunk-5XUG3DO3.js";
import {
  REGISTERED,
  observeTargetGroups
} from "./chunk-UAOQAY22.js";
import {
  displayPath
} from "./chunk-JG5CBSXP.js";
import {
  OperationFailed
} from "./chunk-WPO6EQZK.js";

// src/app/pin-guard.ts
async function guardPinnedAmi(ctx, loaded, pin, command) {
  const env = loaded.env;
  const cheap = decidePinnedAmi({ env, pin, serving: [] });
  if (cheap.allowed) return cheap;
  const image = await describeImage(ctx.aws, env.region, pin.ami);
  const serving = await servingAmis(ctx, env);
  const decision = decidePinnedAmi({ env, pin, serving, amiTags: image.tags });
  if (decision.allowed) return decision;
  const file = displayPath({ root: ctx.root, ...ctx.cwd ? { cwd: ctx.cwd } : {} }, loaded.file);
  throw new OperationFailed(
    `${command} ${env.name} refused: the pin ${pin.ami} in ${file} breaks the promotion policy \u2014 ${decision.why}. Nothing was changed (${env.name} keeps serving ${serving.join(", ") || "what it serves"}). Promote ${pin.ami} to ${env.promotion.from} first, put the pin back in git, or override with \`amipipe promote ${env.name} --ami ${pin.ami} --force --reason TEXT\` (recorded in the pin).`,
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
