import { type ReconcileInput, reconcile as reconcileUseCase } from "../app/reconcile.js";
import type { CommandResult, Ports } from "./context.js";
import { type RolloutCommandData, rolloutResult } from "./rollout-result.js";

export type { ReconcileInput } from "../app/reconcile.js";

/** `amipipe reconcile`: the use case (src/app/reconcile.ts), printed. */
export async function reconcile(
  ctx: Ports,
  input: ReconcileInput,
): Promise<CommandResult<RolloutCommandData>> {
  return rolloutResult(await reconcileUseCase(ctx, input));
}
