import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  REGISTERED,
  decidePinnedAmi,
  describeImage,
  observeFleet,
  resolveFleet
} from "./chunk-MGLDFIOG.js";
import {
  displayPath
} from "./chunk-TDHLHK6M.js";
import {
  OperationFailed
} from "./chunk-WPO6EQZK.js";

// src/rollout/pin-guard.ts
async function guardPinnedAmi(ctx, loaded, pin, command) {
  const env = loaded.env;
  const cheap = decidePinnedAmi({ env, pin, serving: [] });
  if (cheap.allowed) return cheap;
  const image = await describeImage(ctx.aws, env.region, pin.ami);
  const fleet = await resolveFleet(ctx.aws, {
    environment: env.name,
    region: env.region,
    targetGroup: env.fleet.targetGroup
  });
  const observed = await observeFleet(ctx.aws, fleet);
  const serving = [
    ...new Set(
      observed.instances.filter((i) => i.state === "running" && REGISTERED.has(i.target)).map((i) => i.ami)
    )
  ];
  const decision = decidePinnedAmi({ env, pin, serving, amiTags: image.tags });
  if (decision.allowed) return decision;
  const file = displayPath({ root: ctx.root, ...ctx.cwd ? { cwd: ctx.cwd } : {} }, loaded.file);
  throw new OperationFailed(
    `${command} ${env.name} refused: the pin ${pin.ami} in ${file} breaks the promotion policy \u2014 ${decision.why}. Nothing was changed (${env.name} keeps serving ${serving.join(", ") || "what it serves"}). Promote ${pin.ami} to ${env.promotion.from} first, put the pin back in git, or override with \`amipipe promote ${env.name} --ami ${pin.ami} --force --reason TEXT\` (recorded in the pin).`,
    "pin-refused",
    { environment: env.name, ami: pin.ami, file, serving, why: decision.why }
  );
}

export {
  guardPinnedAmi
};
