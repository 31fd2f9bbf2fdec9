import type { CommandResult, Ports } from "./context.js";
import type { AnyCommandSpec } from "./spec.js";
import { COMMANDS } from "./specs/index.js";

export { COMMANDS } from "./specs/index.js";

/** The spec of a command by its name as typed ("sim init"), if there is one. */
export function findCommand(name: string): AnyCommandSpec | undefined {
  return COMMANDS.find((spec) => spec.name === name);
}

// biome-ignore lint/suspicious/noExplicitAny: each command declares its own input type (its spec's schema).
type CommandFn = (ctx: Ports, input: any) => Promise<CommandResult>;

/**
 * Every command's implementation, lazily loaded, by name — for callers that run a command
 * directly on ports they built (tests of the whole toolkit's calls). The CLI and the action go
 * through `execute` (run.ts), which checks the input against the spec first.
 */
export const commandLoaders: Record<string, () => Promise<CommandFn>> = Object.fromEntries(
  COMMANDS.map((spec) => [spec.name, spec.run as () => Promise<CommandFn>]),
);
