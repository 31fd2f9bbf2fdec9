import { type Command, Option } from "commander";
import { type AnyCommandSpec, flagOf, type InputField, inputFields, kebab } from "./spec.js";

/** Commands with a space in their name are subcommands of these. */
const GROUPS: Record<string, string> = {
  sim: "the embedded simulator",
  github: "GitHub set-up",
};

export interface ProgramOptions {
  /** Runs a command with the input the command line gave (fields as the spec names them). */
  run: (spec: AnyCommandSpec, input: Record<string, unknown>) => Promise<void>;
  /** Where fields with an environment fallback are read (GITHUB_TOKEN, …). */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Adds every command to the commander program, generated from its spec: positional arguments
 * and options in the order the spec's input declares them, defaults from the schema.
 */
export function addCommands(program: Command, specs: readonly AnyCommandSpec[], o: ProgramOptions): void {
  const groups = new Map<string, Command>();
  for (const spec of specs) {
    const words = spec.name.split(" ");
    const leaf = words.at(-1)!;
    let parent = program;
    if (words.length > 1) {
      const group = words[0]!;
      let found = groups.get(group);
      if (!found) {
        found = program.command(group).description(GROUPS[group] ?? group);
        groups.set(group, found);
      }
      parent = found;
    }
    const fields = inputFields(spec);
    const positionals = fields.filter((f) => f.meta.positional);
    const usage = positionals.map((f) => (f.required ? `<${f.name}>` : `[${f.name}]`));
    const command = parent.command([leaf, ...usage].join(" ")).description(spec.summary);
    const options = new Map<string, Option>();
    for (const field of fields) {
      const option = optionOf(field);
      if (!option) continue;
      command.addOption(option);
      options.set(field.name, option);
    }
    command.action((...args: unknown[]) => {
      const opts = (args[positionals.length + 1] as Command).opts<Record<string, unknown>>();
      const input: Record<string, unknown> = {};
      positionals.forEach((field, i) => {
        if (args[i] !== undefined) input[field.name] = args[i];
      });
      for (const field of fields) {
        if (field.meta.positional) continue;
        const option = options.get(field.name);
        const value = option ? opts[option.attributeName()] : undefined;
        const fallback = field.meta.env ? o.env[field.meta.env] : undefined;
        if (value !== undefined) input[field.name] = value;
        else if (fallback !== undefined && fallback !== "") input[field.name] = fallback;
      }
      return o.run(spec, input);
    });
  }
}

function optionOf(field: InputField): Option | undefined {
  const flag = flagOf(field);
  if (!flag) return undefined;
  const negated = flag.startsWith("--no-");
  const flags = field.meta.type === "boolean" ? flag : `${flag} <${field.meta.value ?? kebab(field.name)}>`;
  const option = new Option(flags, field.meta.help);
  // A negated flag's default (true) is commander's own; a boolean left out stays unset (the schema's default).
  if (field.meta.type === "string" && field.fallback !== undefined) option.default(field.fallback);
  if (field.required) option.makeOptionMandatory();
  if (field.meta.conflicts) option.conflicts(field.meta.conflicts);
  if (negated && field.fallback !== true)
    throw new Error(`${field.name}: ${flag} needs the field to default to true`);
  return option;
}
