import {
  loadEnvironment,
  type RolloutCommandData,
  rolloutResult,
  withEnvironmentLock,
} from "../rollout/converge.js";
import type { CommandContext, CommandResult } from "./context.js";

export interface ReconcileInput {
  env: string;
}

/** Converges ENV to the pin its file states now (after a pin change in git, or to resume). */
export async function reconcile(
  ctx: CommandContext,
  input: ReconcileInput,
): Promise<CommandResult<RolloutCommandData>> {
  const { project, loaded } = await loadEnvironment(ctx.root, input.env);
  return withEnvironmentLock(ctx, loaded, () =>
    rolloutResult(ctx, {
      project,
      loaded,
      pinChanges: [],
      reconcile: true,
      headline: `reconcile ${loaded.env.name}`,
    }),
  );
}
