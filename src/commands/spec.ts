import { z } from "zod";
import type { ServiceName } from "../aws/clients.js";
import type { CommandResult, Ports } from "./context.js";
import type { CommandFacts } from "./facts.js";

/**
 * One spec per command (src/commands/specs/): its name, its input as a zod schema whose fields
 * carry how the CLI and the action take them, the AWS services it uses, the function that runs
 * it (loaded lazily) and the typed facts the action reads from its result. The commander
 * program (program.ts), the action's input parsing (src/github/inputs.ts), action.yml's inputs
 * (scripts/gen-action.mjs) and the checks made before anything runs (input-check.ts) are all
 * generated from these specs, so an input is declared once.
 */

/** What a value must be, checked before any config is parsed or AWS is called. */
export type Kind = "environment" | "recipe" | "ami" | "instance" | "region" | "duration" | "count";

export interface FieldMeta {
  /** One line for --help and action.yml. */
  help: string;
  /** A positional argument of the CLI, named by its label in messages ("ENV", "RECIPE"). */
  positional?: string;
  /** The CLI flag when it is not `--<field in kebab-case>` (e.g. "--no-reconcile"); false: none. */
  flag?: string | false;
  /** The placeholder of a flag's value in --help (default: the field in kebab-case). */
  value?: string;
  /** CLI: read from this environment variable when the flag is not given. */
  env?: string;
  /** The action input (default: the flag without dashes, or the positional's field); false: none. */
  input?: string | false;
  /** Further action inputs read, in turn, when `input` is empty (rollback's `to` also reads `ami`). */
  inputAliases?: readonly string[];
  /** What action.yml says of the input when it differs from `help` (a negated flag reads backwards). */
  inputHelp?: string;
  /** Action: the runner's value when the input is empty. */
  runner?: "repository" | "apiUrl";
  /** Action: computed from the other inputs' values instead of read (bake's `all`: no recipe named). */
  fromInputs?: (values: Readonly<Record<string, unknown>>) => unknown;
  kind?: Kind;
  /** Examples for a `duration` kind's message ("90m or 3h"). */
  example?: string;
  /** A field this one cannot be given with. */
  conflicts?: string;
  /** A field this one needs, and why. */
  requires?: { field: string; because?: string };
  /** Set by the helpers below: how a surface's text becomes the value. */
  type: "string" | "boolean";
}

/** The metadata of every input field, keyed by its schema. */
export const fieldMeta = z.registry<FieldMeta>();

type Options = Omit<FieldMeta, "help" | "type" | "positional">;

/** A required positional argument (`<env>`). */
export function argument(label: string, help: string, o: Options = {}) {
  return z
    .string()
    .min(1)
    .register(fieldMeta, { ...o, help, positional: label, type: "string" });
}

/** An optional positional argument (`[recipe]`). */
export function optionalArgument(label: string, help: string, o: Options = {}) {
  return z
    .string()
    .optional()
    .register(fieldMeta, { ...o, help, positional: label, type: "string" });
}

/** A `--flag VALUE` that may be left out. */
export function option(help: string, o: Options = {}) {
  return z
    .string()
    .optional()
    .register(fieldMeta, { ...o, help, type: "string" });
}

/** A `--flag VALUE` with a default. */
export function optionWithDefault(fallback: string, help: string, o: Options = {}) {
  return z
    .string()
    .default(fallback)
    .register(fieldMeta, { ...o, help, type: "string" });
}

/** A `--flag VALUE` that must be given. */
export function requiredOption(help: string, o: Options = {}) {
  return z
    .string()
    .min(1)
    .register(fieldMeta, { ...o, help, type: "string" });
}

/** A boolean `--flag` (or `--no-flag` with `fallback` true). */
export function flag(help: string, o: Options & { fallback?: boolean } = {}) {
  const { fallback = false, ...rest } = o;
  return z
    .boolean()
    .default(fallback)
    .register(fieldMeta, { ...rest, help, type: "boolean" });
}

/** A command's implementation, as its module exports it. */
export type CommandFn<I, D> = (ctx: Ports, input: I) => Promise<CommandResult<D>>;

export interface CommandSpec<S extends z.ZodObject = z.ZodObject, D = unknown> {
  /** As typed after `amipipe` ("sim init" is the subcommand init of sim). */
  name: string;
  summary: string;
  input: S;
  /** The AWS services the command may call: their clients are loaded before it runs. */
  aws: readonly ServiceName[];
  /** Needs the simulator session with --sim even without calling AWS (sim init writes it). */
  session: boolean;
  run: () => Promise<CommandFn<z.output<S>, D>>;
  /** What the action reads from the result: pin changes, AMIs, checks, … */
  facts: (data: D) => CommandFacts;
}

/** A spec of any command, for tables of them (each spec is typed where it is defined). */
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list of specs; each is checked at definition.
export type AnyCommandSpec = CommandSpec<z.ZodObject, any>;

export function defineCommand<S extends z.ZodObject, D>(spec: {
  name: string;
  summary: string;
  input: S;
  aws?: readonly ServiceName[];
  session?: boolean;
  run: () => Promise<CommandFn<z.output<S>, D>>;
  facts?: (data: D) => CommandFacts;
}): CommandSpec<S, D> {
  return {
    ...spec,
    aws: spec.aws ?? [],
    session: spec.session ?? false,
    facts: spec.facts ?? (() => ({})),
  };
}

/** A field of a spec's input with its metadata, in declaration order. */
export interface InputField {
  name: string;
  schema: z.ZodType;
  meta: FieldMeta;
  /** The value when the field is left out (undefined: none, or required). */
  fallback: unknown;
  required: boolean;
}

export function inputFields(spec: Pick<AnyCommandSpec, "name" | "input">): InputField[] {
  return Object.entries(spec.input.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    const meta = fieldMeta.get(schema);
    if (!meta)
      throw new Error(`${spec.name}: input field ${name} has no metadata (use the helpers of spec.ts)`);
    const empty = schema.safeParse(undefined);
    return { name, schema, meta, fallback: empty.success ? empty.data : undefined, required: !empty.success };
  });
}

export const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The CLI flag of a field (undefined for positionals and fields with no flag). */
export function flagOf(field: InputField): string | undefined {
  if (field.meta.positional || field.meta.flag === false) return undefined;
  return field.meta.flag ?? `--${kebab(field.name)}`;
}

/** The action input of a field (undefined when the action does not read one). */
export function inputNameOf(field: InputField): string | undefined {
  const { meta } = field;
  if (meta.input === false || meta.fromInputs) return undefined;
  if (meta.input) return meta.input;
  const flagName = flagOf(field);
  return flagName ? flagName.replace(/^--(no-)?/, "") : kebab(field.name);
}

/** How a person typed the value: "ENV", "--ami" on the command line; "input 'ami'" in the action. */
export function labelOf(field: InputField, surface: Surface): string {
  if (surface === "action") return `input '${inputNameOf(field) ?? field.name}'`;
  return field.meta.positional ?? flagOf(field) ?? (field.meta.env ? `$${field.meta.env}` : field.name);
}

/** Where the input came from: the command line or the action's inputs. */
export type Surface = "cli" | "action";
