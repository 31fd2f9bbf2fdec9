import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { ENVIRONMENTS_DIR, RECIPES_DIR } from "../config/load.js";
import { closest } from "../config/suggest.js";
import { UsageError } from "../errors.js";
import { parseDuration } from "../ports/clock.js";
import {
  type AnyCommandSpec,
  type InputField,
  inputFields,
  type Kind,
  labelOf,
  type Surface,
} from "./spec.js";

/**
 * Checks a command's input before anything happens (no config parsed, no simulator opened, no
 * AWS call), from its spec: malformed ids and durations, a flag given without the one it
 * needs, the schema's own rules, and environment and recipe names with no file under the
 * config root (the closest name suggested). All problems at once, as one UsageError (exit 2),
 * each naming the value as the person typed it. Returns the input the command receives.
 */
export async function checkInput<S extends z.ZodObject>(
  spec: AnyCommandSpec & { input: S },
  raw: Readonly<Record<string, unknown>>,
  o: { surface: Surface; root: string },
): Promise<z.output<S>> {
  const [environments, recipes] = await Promise.all([
    listNames(o.root, ENVIRONMENTS_DIR),
    listNames(o.root, RECIPES_DIR),
  ]);
  return checkInputShape(spec, raw, o.surface, { environment: environments, recipe: recipes });
}

/**
 * The same checks, synchronously; names are checked only against the lists given (the action
 * parses its inputs before it knows the config root's contents).
 */
export function checkInputShape<S extends z.ZodObject>(
  spec: AnyCommandSpec & { input: S },
  raw: Readonly<Record<string, unknown>>,
  surface: Surface,
  known: KnownNames = {},
): z.output<S> {
  const problems: string[] = [];
  const flagged = new Set<string>();
  const fields = inputFields(spec);
  for (const field of fields) {
    const value = raw[field.name];
    if (field.meta.kind === undefined || value === undefined || value === null) continue;
    const label = labelOf(field, surface);
    const kind = field.meta.kind;
    const problem = isNameKind(kind)
      ? unknownName({ field, label, value: String(value), known: known[kind], surface })
      : malformed(field, label, String(value));
    if (problem) {
      problems.push(problem);
      flagged.add(field.name);
    }
  }
  problems.push(...crossFieldProblems(fields, raw, surface));
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) {
    const byName = new Map(fields.map((f) => [f.name, f]));
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "");
      if (flagged.has(name)) continue;
      const field = byName.get(name);
      if (!field) {
        problems.push(issue.message);
        continue;
      }
      const label = labelOf(field, surface);
      const value = raw[name];
      problems.push(
        value === undefined || value === ""
          ? `${label} is required${surface === "action" ? " for this command" : ""}`
          : `${label}: ${issue.message}`,
      );
    }
  }
  if (problems.length > 0 || !parsed.success) {
    const message = problems.join("; ");
    throw new UsageError(surface === "action" ? `${spec.name}: ${message}` : message);
  }
  return parsed.data;
}

/** The environment and recipe names under the config root (undefined: no such directory). */
export interface KnownNames {
  environment?: string[] | undefined;
  recipe?: string[] | undefined;
}

const isNameKind = (kind: Kind): kind is "environment" | "recipe" =>
  kind === "environment" || kind === "recipe";

function malformed(field: InputField, label: string, value: string): string | undefined {
  const got = `got: '${value}'`;
  switch (field.meta.kind) {
    case "ami":
      return /^ami-[0-9a-f]{8,17}$/.test(value)
        ? undefined
        : `${label} needs an AMI id like ami-0123456789abcdef0, ${got}`;
    case "instance":
      return /^i-[0-9a-f]{8,17}$/.test(value)
        ? undefined
        : `${label} needs an instance id like i-0123456789abcdef0, ${got}`;
    case "region":
      return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(value)
        ? undefined
        : `${label} needs an AWS region like ap-northeast-1, ${got}`;
    case "duration":
      return parseDuration(value) !== undefined
        ? undefined
        : `${label} needs a duration like ${field.meta.example ?? "10m or 2h"} (units ms, s, m, h, d, w), ${got}`;
    case "count":
      return /^\d+$/.test(value.trim()) ? undefined : `${label} needs a whole number ≥ 0, ${got}`;
    default:
      return undefined;
  }
}

function unknownName(o: {
  field: InputField;
  label: string;
  value: string;
  known: string[] | undefined;
  surface: Surface;
}): string | undefined {
  const what = o.field.meta.kind === "environment" ? "environment" : "recipe";
  // Without the directory, loading the config reports the missing config root itself.
  if (o.known === undefined || o.known.includes(o.value)) return undefined;
  const prefix = o.surface === "cli" && o.field.meta.positional ? "" : `${o.label}: `;
  const hint = closest(o.value, o.known);
  return (
    `${prefix}unknown ${what} '${o.value}'${hint ? ` — did you mean '${hint}'?` : ""}` +
    ` (known: ${o.known.join(", ") || "none"})`
  );
}

/** A flag given without the one it needs; two given that exclude each other (the CLI's parser says so itself). */
function crossFieldProblems(
  fields: readonly InputField[],
  raw: Readonly<Record<string, unknown>>,
  surface: Surface,
): string[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const given = (name: string) => {
    const value = raw[name];
    return value !== undefined && value !== false && !(typeof value === "string" && value.trim() === "");
  };
  const problems: string[] = [];
  for (const field of fields) {
    if (!given(field.name)) continue;
    const { requires, conflicts } = field.meta;
    const other = (name: string) => byName.get(name);
    if (requires && !given(requires.field)) {
      const needed = other(requires.field);
      const why = requires.because ? ` (${requires.because})` : "";
      problems.push(
        surface === "action"
          ? `${labelOf(field, surface)} needs a '${needed ? inputLabel(needed) : requires.field}'${why}`
          : `${labelOf(field, surface)} needs ${needed ? labelOf(needed, surface) : requires.field}${why}`,
      );
    }
    if (conflicts && surface === "action" && given(conflicts)) {
      const against = other(conflicts);
      problems.push(
        `inputs '${inputLabel(field)}' and '${against ? inputLabel(against) : conflicts}' exclude each other`,
      );
    }
  }
  return problems;
}

const inputLabel = (field: InputField) => labelOf(field, "action").replace(/^input '(.*)'$/, "$1");

/** Names of the YAML files in a config directory (undefined when it cannot be read). */
async function listNames(root: string, dir: string): Promise<string[] | undefined> {
  try {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
      .map((e) => e.name.replace(/\.ya?ml$/, ""))
      .sort();
  } catch {
    return undefined;
  }
}

/** `-C DIR` must be a directory: anything else is bad input (exit 2), not a failed run. */
export async function checkConfigRoot(root: string): Promise<void> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new UsageError(`config root ${root} does not exist (-C DIR)`);
  if (!info.isDirectory()) throw new UsageError(`config root ${root} is not a directory (-C DIR)`);
}
