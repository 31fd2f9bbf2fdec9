import { z } from "zod";
import type { GlobalOptions } from "../commands/context.js";
import { commandLoaders } from "../commands/registry.js";
import { UsageError } from "../errors.js";

/** Reads one action input by name ("" when unset), as `core.getInput` does. */
export type InputReader = (name: string) => string;

/** Every input the action declares (action.yml lists the same names; a test keeps them equal). */
export const ACTION_INPUTS = [
  "command",
  "config-root",
  "sim",
  "fault",
  "recipe",
  "environment",
  "ami",
  "from",
  "to",
  "force",
  "reason",
  "reconcile",
  "break-lock",
  "dry-run",
  "keep",
  "older-than",
  "eol-error",
  "against",
  "out",
  "timeout",
  "keep-failed-instance",
  "security",
  "instance",
  "region",
  "probe",
  "allow-wildcards",
  "base",
  "head",
  "old",
  "new",
  "inventory",
  "name",
  "state",
  "repo",
  "github-token",
  "commit-pins",
  "deployments",
  "pr-comment",
  "evidence-file",
] as const;

export type ActionInputName = (typeof ACTION_INPUTS)[number];

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
  /** The command's input, with the same fields the CLI passes (src/cli.ts). */
  input: Record<string, unknown>;
  github: GitHubOptions;
  /** Values to mask in logs. */
  secrets: string[];
}

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput`; empty means the default. */
function booleanInput(read: InputReader, name: ActionInputName, fallback: boolean): boolean {
  const value = read(name);
  if (value === "") return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new UsageError(`input '${name}': expected true or false, got '${value}'`);
}

const required = (name: string) =>
  z
    .string({ error: `input '${name}' is required for this command` })
    .min(1, `input '${name}' is required for this command`);
const optional = z.string().optional();
const amiInput = z.string().regex(/^ami-[0-9a-f]{8,17}$/, "an AMI id like ami-0123456789abcdef0");
const count = z.string().regex(/^\d+$/, "a whole number");
const repo = z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "owner/name");

type Builder = (
  read: InputReader,
  text: (name: ActionInputName) => string | undefined,
) => Record<string, unknown>;

/** Per command: which inputs it takes, shaped exactly like the CLI's input objects. */
const commandInputs: Record<string, { schema: z.ZodType; build: Builder }> = {
  validate: {
    schema: z.object({ eolError: z.boolean() }),
    build: (r) => ({ eolError: booleanInput(r, "eol-error", false) }),
  },
  compile: {
    schema: z.object({ recipe: required("recipe"), out: z.string() }),
    build: (_r, t) => ({ recipe: t("recipe"), out: t("out") ?? "out" }),
  },
  "plan-recipe": {
    schema: z.object({ recipe: required("recipe"), against: z.string() }),
    build: (_r, t) => ({ recipe: t("recipe"), against: t("against") ?? "HEAD" }),
  },
  // bake and rebake: an empty `recipe` means every recipe (the CLI's --all).
  bake: {
    schema: z.object({
      recipe: optional,
      all: z.boolean(),
      force: z.boolean(),
      keepFailedInstance: z.boolean(),
      timeout: z.string(),
    }),
    build: (r, t) => ({
      recipe: t("recipe"),
      all: t("recipe") === undefined,
      force: booleanInput(r, "force", false),
      keepFailedInstance: booleanInput(r, "keep-failed-instance", false),
      timeout: t("timeout") ?? "3h",
    }),
  },
  rebake: {
    schema: z.object({ recipe: optional, all: z.boolean(), security: z.boolean() }),
    build: (r, t) => ({
      recipe: t("recipe"),
      all: t("recipe") === undefined,
      security: booleanInput(r, "security", false),
    }),
  },
  promote: {
    schema: z
      .object({
        env: required("environment"),
        ami: amiInput.optional(),
        from: optional,
        force: z.boolean(),
        reason: optional,
        reconcile: z.boolean(),
        breakLock: z.boolean(),
      })
      .refine((o) => !(o.ami && o.from), { message: "inputs 'ami' and 'from' exclude each other" })
      .refine((o) => !o.force || Boolean(o.reason), { message: "input 'force' needs a 'reason'" }),
    build: (r, t) => ({
      env: t("environment"),
      ami: t("ami"),
      from: t("from"),
      force: booleanInput(r, "force", false),
      reason: t("reason"),
      reconcile: booleanInput(r, "reconcile", true),
      breakLock: booleanInput(r, "break-lock", false),
    }),
  },
  rollback: {
    schema: z
      .object({
        env: required("environment"),
        to: amiInput.optional(),
        force: z.boolean(),
        reason: optional,
        reconcile: z.boolean(),
        breakLock: z.boolean(),
      })
      .refine((o) => !o.force || Boolean(o.reason), { message: "input 'force' needs a 'reason'" }),
    build: (r, t) => ({
      env: t("environment"),
      to: t("to") ?? t("ami"),
      force: booleanInput(r, "force", false),
      reason: t("reason"),
      reconcile: booleanInput(r, "reconcile", true),
      breakLock: booleanInput(r, "break-lock", false),
    }),
  },
  reconcile: {
    schema: z.object({ env: required("environment"), breakLock: z.boolean(), reason: optional }),
    build: (r, t) => ({
      env: t("environment"),
      breakLock: booleanInput(r, "break-lock", false),
      reason: t("reason"),
    }),
  },
  verify: {
    schema: z.object({ env: required("environment") }),
    build: (_r, t) => ({ env: t("environment") }),
  },
  status: { schema: z.object({}), build: () => ({}) },
  survey: {
    schema: z.object({ instance: required("instance"), region: optional, out: optional, probe: optional }),
    build: (_r, t) => ({ instance: t("instance"), region: t("region"), out: t("out"), probe: t("probe") }),
  },
  parity: {
    schema: z.object({ old: required("old"), new: required("new"), recipe: optional }),
    build: (_r, t) => ({ old: t("old"), new: t("new"), recipe: t("recipe") }),
  },
  "recipe-from-survey": {
    schema: z.object({
      inventory: required("inventory"),
      name: z.string(),
      out: optional,
      force: z.boolean(),
    }),
    build: (r, t) => ({
      inventory: t("inventory"),
      name: t("name") ?? "web",
      out: t("out"),
      force: booleanInput(r, "force", false),
    }),
  },
  gc: {
    schema: z.object({ dryRun: z.boolean(), keep: count, olderThan: z.string() }),
    build: (r, t) => ({
      dryRun: booleanInput(r, "dry-run", false),
      keep: t("keep") ?? "3",
      olderThan: t("older-than") ?? "0s",
    }),
  },
  "iam-policy": {
    schema: z.object({ env: optional, allowWildcards: z.boolean() }),
    build: (r, t) => ({ env: t("environment"), allowWildcards: booleanInput(r, "allow-wildcards", false) }),
  },
  "changed-pins": {
    schema: z.object({ base: optional, head: z.string() }),
    build: (_r, t) => ({ base: t("base"), head: t("head") ?? "HEAD" }),
  },
  diagram: { schema: z.object({}), build: () => ({}) },
  "sim init": { schema: z.object({}), build: () => ({}) },
  "github setup": {
    schema: z.object({ repo: repo, token: required("github-token"), apiUrl: z.string().url() }),
    build: () => ({}),
  },
  demo: { schema: z.object({ state: optional }), build: (_r, t) => ({ state: t("state") }) },
};

/** Names of the commands the action accepts (the same table as the CLI's). */
export function actionCommands(): string[] {
  return Object.keys(commandLoaders);
}

/** Facts from the runner the inputs fall back to (repository, API URL). */
export interface InputDefaults {
  repository?: string;
  apiUrl: string;
}

/**
 * Reads every input once into one typed, validated object. Bad inputs are a UsageError naming
 * the input (exit 2), before anything runs.
 */
export function parseInputs(read: InputReader, defaults: InputDefaults): ActionInputs {
  const text = (name: ActionInputName): string | undefined => {
    const value = read(name);
    return value === "" ? undefined : value;
  };
  const command = (text("command") ?? "").replace(/\s+/g, " ");
  if (!command) throw new UsageError("input 'command' is required");
  const spec = commandInputs[command];
  if (!spec || !commandLoaders[command]) {
    throw new UsageError(
      `input 'command': unknown command '${command}' (one of: ${actionCommands().join(", ")})`,
    );
  }

  const token = text("github-token");
  let raw = spec.build(read, text);
  if (command === "github setup")
    raw = { repo: text("repo") ?? defaults.repository, token, apiUrl: defaults.apiUrl };
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => {
      const field = issue.path.join(".");
      return field ? `${field}: ${issue.message}` : issue.message;
    });
    throw new UsageError(`${command}: ${messages.join("; ")}`);
  }
  const input = Object.fromEntries(
    Object.entries(parsed.data as Record<string, unknown>).filter(([, value]) => value !== undefined),
  );

  const faults = (text("fault") ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const global: GlobalOptions = { root: text("config-root") ?? ".", faults, json: true };
  const sim = text("sim");
  if (sim) global.sim = sim;

  const github: GitHubOptions = {
    commitPins: booleanInput(read, "commit-pins", true),
    deployments: booleanInput(read, "deployments", true),
    prComment: booleanInput(read, "pr-comment", true),
    evidenceFile: text("evidence-file") ?? "amipipe-evidence.json",
  };
  if (token) github.token = token;
  return { command, global, input, github, secrets: token ? [token] : [] };
}
