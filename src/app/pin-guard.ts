import { describeInstancesById } from "../aws/fleet.js";
import { displayPath } from "../config/display-path.js";
import type { LoadedEnvironment } from "../config/load.js";
import { OperationFailed } from "../errors.js";
import { describeImage } from "../fleet/image.js";
import { observeTargetGroups } from "../fleet/target-group.js";
import type { PinView } from "../gitops/pins.js";
import { decidePinnedAmi } from "../gitops/policy.js";
import type { Ports } from "../ports/context.js";
import { REGISTERED } from "../rollout/model.js";
import { trustedOwners } from "./evidence.js";

/**
 * The promotion policy for a pin the file states now (edited by hand in git, or written by
 * an earlier run): read-only, so a refusal changes nothing in AWS, and the file is left as
 * it is (git is the user's). Throws OperationFailed("pin-refused") when the pin may not roll out.
 */
export async function guardPinnedAmi(
  ctx: Ports,
  loaded: LoadedEnvironment,
  pin: PinView & { ami: string },
  command: string,
): Promise<{ note: string }> {
  const env = loaded.env;
  const image = await describeImage(ctx.aws, env.region, pin.ami);
  const serving = await servingAmis(ctx, env);
  const owners = await trustedOwners(ctx, env);
  const decision = decidePinnedAmi({ env, image, owners, serving });
  if (decision.allowed) return decision;
  const file = displayPath({ root: ctx.root, ...(ctx.cwd ? { cwd: ctx.cwd } : {}) }, loaded.file);
  const next = env.promotion.from ? `Promote ${pin.ami} to ${env.promotion.from} first, put` : "Put";
  throw new OperationFailed(
    `${command} ${env.name} refused: the pin ${pin.ami} in ${file} breaks the promotion policy — ${decision.why}. ` +
      `Nothing was changed (${env.name} keeps serving ${serving.join(", ") || "what it serves"}). ` +
      `${next} the pin back in git, or override with ` +
      `\`amipipe promote ${env.name} --ami ${pin.ami} --force --reason TEXT\` (recorded in the pin). ` +
      "A reason or history written into the file by hand forces nothing.",
    "pin-refused",
    { environment: env.name, ami: pin.ami, file, serving, why: decision.why },
  );
}

/** The AMIs the environment's registered targets run now. */
async function servingAmis(ctx: Ports, env: LoadedEnvironment["env"]): Promise<string[]> {
  const group = (await observeTargetGroups(ctx.aws, env.region, [env.fleet.targetGroup])).get(
    env.fleet.targetGroup,
  );
  if (!group)
    throw new OperationFailed(
      `target group ${env.fleet.targetGroup} not found in ${env.region}`,
      "not-found",
    );
  const ids = group.targets.filter((t) => REGISTERED.has(t.state)).map((t) => t.instanceId);
  const instances = await describeInstancesById(ctx.aws, env.region, ids);
  return [
    ...new Set(
      [...instances.values()]
        .filter((i) => i.State?.Name === "running")
        .map((i) => i.ImageId ?? "")
        .filter(Boolean),
    ),
  ];
}
