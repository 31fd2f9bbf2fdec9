import type { ActionInput } from "./inputs.js";

/**
 * The `inputs:` section of action.yml, generated from the command specs (scripts/gen-action.mjs
 * writes it; a test fails when the committed file differs). Values are double-quoted: YAML's
 * double-quoted scalars are JSON strings, so no description can break the document.
 */
export function renderInputs(inputs: readonly ActionInput[]): string {
  const lines = ["inputs:"];
  for (const input of inputs) {
    lines.push(`  ${input.name}:`, `    description: ${JSON.stringify(input.description)}`);
    if (input.required) lines.push("    required: true");
    if (input.default !== undefined) lines.push(`    default: ${JSON.stringify(input.default)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** action.yml with its `inputs:` section (up to the next top-level key) replaced. */
export function withInputs(actionYml: string, inputs: readonly ActionInput[]): string {
  const match = /^inputs:\n(?:(?: .*)?\n)*/m.exec(actionYml);
  if (!match) throw new Error("action.yml has no top-level inputs: section");
  const rest = actionYml.slice(match.index + match[0].length);
  return `${actionYml.slice(0, match.index)}${renderInputs(inputs)}${rest.startsWith("\n") ? "" : "\n"}${rest}`;
}
