import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { ENVIRONMENTS_DIR, RECIPES_DIR } from "../config/load.js";
import { closest } from "../config/suggest.js";
import { UsageError } from "../errors.js";
import { parseDuration } from "../ports/clock.js";

/** What a command-line value must be. */
type Kind = "environment" | "recipe" | "ami" | "instance" | "region" | "duration" | "count";

interface Rule {
  kind: Kind;
  /** How the user typed it: "ENV" for a positional, "--ami" for an option. */
  label: string;
}

const env = (label = "ENV"): Rule => ({ kind: "environment", label });
const recipe = (label = "RECIPE"): Rule => ({ kind: "recipe", label });

/**
 * Every command's positional and option values that are not read from a file, by the input
 * field the CLI and the action pass (src/cli.ts, src/github/inputs.ts).
 */
const RULES: Record<string, Record<string, Rule>> = {
  compile: { recipe: recipe() },
  "plan-recipe": { recipe: recipe() },
  bake: { recipe: recipe(), timeout: { kind: "duration", label: "--timeout" } },
  rebake: { recipe: recipe() },
  promote: {
    env: env(),
    from: env("--from"),
    ami: { kind: "ami", label: "--ami" },
  },
  rollback: { env: env(), to: { kind: "ami", label: "--to" } },
  reconcile: { env: env() },
  verify: { env: env() },
  "iam-policy": { env: env("--env") },
  parity: { recipe: recipe("--recipe") },
  survey: {
    instance: { kind: "instance", label: "--instance" },
    region: { kind: "region", label: "--region" },
  },
  gc: {
    keep: { kind: "count", label: "--keep" },
    olderThan: { kind: "duration", label: "--older-than" },
  },
};

const EXAMPLE_DURATION: Record<string, string> = { "--timeout": "90m or 3h", "--older-than": "7d or 12h" };

/**
 * Checks a command's input before anything happens (no config parsed, no simulator opened, no
 * AWS call): malformed ids and durations, and environment or recipe names with no file under
 * the config root, with the closest name suggested. Throws a UsageError (exit 2).
 */
export async function checkInput(command: string, input: unknown, root: string): Promise<void> {
  const rules = RULES[command];
  if (!rules || typeof input !== "object" || input === null) return;
  const values = input as Record<string, unknown>;
  const problems: string[] = [];
  const names = new NameLister(root);
  for (const [field, rule] of Object.entries(rules)) {
    const value = values[field];
    if (value === undefined || value === null) continue;
    const problem = await check(rule, String(value), names);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw new UsageError(problems.join("; "));
}

async function check(rule: Rule, value: string, names: NameLister): Promise<string | undefined> {
  const got = `got: '${value}'`;
  switch (rule.kind) {
    case "ami":
      return /^ami-[0-9a-f]{8,17}$/.test(value)
        ? undefined
        : `${rule.label} needs an AMI id like ami-0123456789abcdef0, ${got}`;
    case "instance":
      return /^i-[0-9a-f]{8,17}$/.test(value)
        ? undefined
        : `${rule.label} needs an instance id like i-0123456789abcdef0, ${got}`;
    case "region":
      return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(value)
        ? undefined
        : `${rule.label} needs an AWS region like ap-northeast-1, ${got}`;
    case "duration":
      return parseDuration(value) !== undefined
        ? undefined
        : `${rule.label} needs a duration like ${EXAMPLE_DURATION[rule.label] ?? "10m or 2h"} (units ms, s, m, h, d, w), ${got}`;
    case "count":
      return /^\d+$/.test(value.trim()) ? undefined : `${rule.label} needs a whole number ≥ 0, ${got}`;
    case "environment":
      return unknownName("environment", rule, value, await names.list(ENVIRONMENTS_DIR));
    case "recipe":
      return unknownName("recipe", rule, value, await names.list(RECIPES_DIR));
  }
}

function unknownName(
  what: "environment" | "recipe",
  rule: Rule,
  value: string,
  known: string[] | undefined,
): string | undefined {
  // Without the directory, loading the config reports the missing config root itself.
  if (known === undefined || known.includes(value)) return undefined;
  const prefix = rule.label.startsWith("--") ? `${rule.label}: ` : "";
  const hint = closest(value, known);
  return (
    `${prefix}unknown ${what} '${value}'${hint ? ` — did you mean '${hint}'?` : ""}` +
    ` (known: ${known.join(", ") || "none"})`
  );
}

/** Names of the YAML files in a config directory, read once per directory. */
class NameLister {
  private readonly cache = new Map<string, Promise<string[] | undefined>>();
  constructor(private readonly root: string) {}

  list(dir: string): Promise<string[] | undefined> {
    let names = this.cache.get(dir);
    if (!names) {
      names = readdir(path.join(this.root, dir), { withFileTypes: true }).then(
        (entries) =>
          entries
            .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
            .map((e) => e.name.replace(/\.ya?ml$/, ""))
            .sort(),
        () => undefined,
      );
      this.cache.set(dir, names);
    }
    return names;
  }
}

/** `-C DIR` must be a directory: anything else is bad input (exit 2), not a failed run. */
export async function checkConfigRoot(root: string): Promise<void> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new UsageError(`config root ${root} does not exist (-C DIR)`);
  if (!info.isDirectory()) throw new UsageError(`config root ${root} is not a directory (-C DIR)`);
}
