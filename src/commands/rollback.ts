import { type RollbackInput, rollback as rollbackUseCase } from "../app/rollback.js";
import type { CommandResult, Ports } from "./context.js";
import { type RolloutCommandData, rolloutResult } from "./rollout-result.js";

export type { RollbackInput } from "../app/rollback.js";

/** `amipipe rollback`: the use case (src/app/rollback.ts), printed. */
export async function rollback(ctx: Ports, input: RollbackInput): Promise<CommandResult<RolloutCommandData>> {
  return rolloutResult(await rollbackUseCase(ctx, input));
}
