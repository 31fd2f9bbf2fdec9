import { type PromoteInput, promote as promoteUseCase } from "../app/promote.js";
import type { CommandResult, Ports } from "./context.js";
import { type RolloutCommandData, rolloutResult } from "./rollout-result.js";

export type { PromoteInput } from "../app/promote.js";

/** `amipipe promote`: the use case (src/app/promote.ts), printed. */
export async function promote(ctx: Ports, input: PromoteInput): Promise<CommandResult<RolloutCommandData>> {
  return rolloutResult(await promoteUseCase(ctx, input));
}
