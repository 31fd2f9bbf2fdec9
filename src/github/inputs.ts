import type { GlobalOptions } from "../commands/context.js";
import { checkInputShape } from "../commands/input-check.js";
import { COMMANDS, findCommand } from "../commands/registry.js";
import { type AnyCommandSpec, inputFields, inputNameOf } from "../commands/spec.js";
import { UsageError } from "../errors.js";

/** Reads one action input by name ("" when unset), as `core.getInput` does. */
export type InputReader = (name: string) => string;

/** One input of action.yml. */
export interface ActionInput {
  name: string;
  description: string;
  default?: string;
  required?: boolean;
}

/** The inputs every command shares: which command, where the config is, the simulator. */
const RUN_INPUTS: readonly ActionInput[] = [
  {
    name: "command",
    description: `The amipipe command: ${COMMANDS.map((c) => c.name).join(", ")}.`,
    required: true,
  },
  {
    name: "config-root",
    description: "Directory holding image-recipes/ and environments/, relative to the workspace.",
    default: ".",
  },
  {
    name: "sim",
    description:
      "Run on the embedded simulator with its state in this file (made by `sim init`). Empty means real AWS.",
    default: "",
  },
  {
    name: "fault",
    description: "Simulator faults, one NAME[=ARG] per line (simulator only).",
    default: "",
  },
];

/** What the action does on GitHub around the command. */
const GITHUB_INPUTS: readonly ActionInput[] = [
  {
    name: "github-token",
    description:
      "Token for pin commits, deployments, PR comments and github setup. The workflow's GITHUB_TOKEN makes commits that start no new runs.",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, evaluated by the runner.
    default: "${{ github.token }}",
  },
  {
    name: "commit-pins",
    description: "Commit changed environment files through the GitHub API after a successful pin change.",
    default: "true",
  },
  {
    name: "deployments",
    description:
      "Record a GitHub Deployment and its statuses for each pin change (and each rejected promotion).",
    default: "true",
  },
  {
    name: "pr-comment",
    description: "plan-recipe on a pull request: keep one sticky comment with the plan.",
    default: "true",
  },
  {
    name: "evidence-file",
    description: "Where a promotion's evidence bundle (JSON) is written, for actions/upload-artifact.",
    default: "amipipe-evidence.json",
  },
];

/**
 * Every input of action.yml, in its order: the shared ones, then each command field's input
 * (first use first), then the GitHub ones. A command field's description says which commands
 * read it and what for; its default is the one all of them share (else empty: each command's
 * own default applies, said in the description).
 */
export function actionInputs(specs: readonly AnyCommandSpec[] = COMMANDS): ActionInput[] {
  const fixed = new Set([...RUN_INPUTS, ...GITHUB_INPUTS].map((i) => i.name));
  const uses = new Map<string, Array<{ command: string; help: string; fallback: string }>>();
  const use = (name: string, command: string, help: string, fallback: string) => {
    if (!fixed.has(name)) uses.set(name, [...(uses.get(name) ?? []), { command, help, fallback }]);
  };
  for (const spec of specs)
    for (const field of inputFields(spec)) {
      const name = inputNameOf(field);
      if (name === undefined) continue;
      use(name, spec.name, field.meta.inputHelp ?? field.meta.help, textOf(field.fallback));
      // An alias (rollback reads `ami` when `to` is empty) is said to be one.
      for (const alias of field.meta.inputAliases ?? []) use(alias, spec.name, `same as \`${name}\``, "");
    }
  const fields: ActionInput[] = [...uses].map(([name, list]) => {
    const defaults = new Set(list.map((u) => u.fallback));
    const shared = defaults.size === 1 ? [...defaults][0]! : "";
    const byHelp = new Map<string, string[]>();
    for (const { command, help, fallback } of list) {
      const text = `${help}${fallback !== shared && fallback !== "" ? ` (default: ${fallback})` : ""}`;
      byHelp.set(text, [...(byHelp.get(text) ?? []), command]);
    }
    const description = [...byHelp].map(([help, commands]) => `${commands.join(", ")}: ${help}`).join("; ");
    return {
      name,
      description: description.endsWith(".") ? description : `${description}.`,
      default: shared,
    };
  });
  return [...RUN_INPUTS, ...fields, ...GITHUB_INPUTS];
}

const textOf = (value: unknown): string => (value === undefined ? "" : String(value));

/** Every input the action declares (action.yml lists the same names; a test keeps them equal). */
export const ACTION_INPUTS: readonly string[] = actionInputs().map((i) => i.name);

/** What the action does around the command on GitHub (pin commits, deployments, PR comments). */
export interface GitHubOptions {
  token?: string;
  commitPins: boolean;
  deployments: boolean;
  prComment: boolean;
  /** Where the promotion evidence bundle is written (for actions/upload-artifact). */
  evidenceFile: string;
}

export interface ActionInputs {
  command: string;
  global: GlobalOptions;
  /** The command's input, with the same fields the CLI passes (its spec's schema, defaults applied). */
  input: Record<string, unknown>;
  github: GitHubOptions;
  /** Values to mask in logs. */
  secrets: string[];
}

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput`. */
function booleanOf(name: string, value: string): boolean {
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new UsageError(`input '${name}': expected true or false, got '${value}'`);
}

/** Facts from the runner the inputs fall back to (repository, API URL). */
export interface InputDefaults {
  repository?: string;
  apiUrl: string;
}

/** Names of the commands the action accepts (the same specs as the CLI's). */
export function actionCommands(): string[] {
  return COMMANDS.map((c) => c.name);
}

/**
 * Reads every input once into one typed, validated object, following the command's spec. Bad
 * inputs are a UsageError naming the input (exit 2), before anything runs.
 */
export function parseInputs(read: InputReader, defaults: InputDefaults): ActionInputs {
  const text = (name: string): string | undefined => {
    const value = read(name);
    return value === "" ? undefined : value;
  };
  const command = (text("command") ?? "").replace(/\s+/g, " ");
  if (!command) throw new UsageError("input 'command' is required");
  const spec = findCommand(command);
  if (!spec)
    throw new UsageError(
      `input 'command': unknown command '${command}' (one of: ${actionCommands().join(", ")})`,
    );

  const raw: Record<string, unknown> = {};
  const fields = inputFields(spec);
  for (const field of fields) {
    if (field.meta.fromInputs) continue;
    const names = [inputNameOf(field), ...(field.meta.inputAliases ?? [])].filter(
      (n): n is string => n !== undefined,
    );
    let value: string | undefined;
    let from = names[0] ?? field.name;
    for (const name of names) {
      value = text(name);
      if (value !== undefined) {
        from = name;
        break;
      }
    }
    if (value === undefined && field.meta.runner) value = defaults[field.meta.runner];
    if (value === undefined) continue;
    raw[field.name] = field.meta.type === "boolean" ? booleanOf(from, value) : value;
  }
  for (const field of fields) if (field.meta.fromInputs) raw[field.name] = field.meta.fromInputs(raw);
  const parsed = checkInputShape(spec, raw, "action") as Record<string, unknown>;
  const input = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));

  const faults = (text("fault") ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const global: GlobalOptions = { root: text("config-root") ?? ".", faults, json: true };
  const sim = text("sim");
  if (sim) global.sim = sim;

  const token = text("github-token");
  const flag = (name: string, fallback: boolean) => {
    const value = text(name);
    return value === undefined ? fallback : booleanOf(name, value);
  };
  const github: GitHubOptions = {
    commitPins: flag("commit-pins", true),
    deployments: flag("deployments", true),
    prComment: flag("pr-comment", true),
    evidenceFile: text("evidence-file") ?? "amipipe-evidence.json",
  };
  if (token) github.token = token;
  return { command, global, input, github, secrets: token ? [token] : [] };
}
