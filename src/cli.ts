#!/usr/bin/env node
// CLI entry: argument parsing only, generated from the command specs (src/commands/specs/).
// Everything but the version is imported when needed, so `amipipe --version` starts as fast
// as node itself, and no command loads more than it uses.
import module from "node:module";
import type { Command as CommanderCommand } from "commander";
import packageJson from "../package.json" with { type: "json" };
import type { GlobalOptions, RunFacts } from "./commands/context.js";
import type { AnyCommandSpec } from "./commands/spec.js";
import type { ProgressSink } from "./ports/progress.js";

// V8's compiled code for the modules loaded below is kept on disk (os.tmpdir()), so a second
// run parses nothing again (as tsc does); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * The run's facts. `git rev-parse` runs as a child process while the command's modules load
 * (the caller starts this first and awaits it last).
 */
async function runEnvironment(root: string): Promise<RunFacts> {
  const [{ execFile }, { userInfo }] = await Promise.all([import("node:child_process"), import("node:os")]);
  const env = process.env;
  const runUrl =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const gitSha =
    env.GITHUB_SHA ??
    (await new Promise<string | undefined>((resolve) => {
      try {
        execFile("git", ["rev-parse", "HEAD"], { cwd: root }, (error, stdout) =>
          resolve(error ? undefined : stdout.trim() || undefined),
        );
      } catch {
        // A config root that is no directory: spawn throws at once (the command says so itself).
        resolve(undefined);
      }
    }));
  const result: RunFacts = { ci: Boolean(env.CI) };
  if (gitSha) result.gitSha = gitSha;
  if (runUrl) result.runUrl = runUrl;
  const actor = env.GITHUB_ACTOR ?? localUser(userInfo);
  if (actor) result.actor = actor;
  if (env.GITHUB_REF) result.ref = env.GITHUB_REF;
  return result;
}

/** Who runs the CLI outside GitHub: recorded in pin history and as the lock holder. */
function localUser(userInfo: typeof import("node:os").userInfo): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return process.env.USER;
  }
}

/**
 * Plain lines in CI and pipes (an unchanged wait repeated at most every 5 minutes); on a
 * terminal, "waiting" events rewrite one live line.
 */
async function stderrSink(): Promise<ProgressSink> {
  const [{ formatProgressLine }, { waitThrottle }] = await Promise.all([
    import("./ports/progress.js"),
    import("./ports/progress-throttle.js"),
  ]);
  const live = Boolean(process.stderr.isTTY) && !process.env.CI;
  const printable = waitThrottle();
  let liveShown = false;
  return (event) => {
    if (!live && !printable(event)) return;
    const line = formatProgressLine(event);
    if (live && event.waitingFor) {
      process.stderr.write(`\r\x1b[2K${line}`);
      liveShown = true;
      return;
    }
    if (liveShown) process.stderr.write("\r\x1b[2K");
    liveShown = false;
    process.stderr.write(`${line}\n`);
  };
}

/** `amipipe --version` alone: answered before commander and the specs are loaded. */
const VERSION_FLAGS = new Set(["-V", "--version"]);

async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  if (args.length === 1 && VERSION_FLAGS.has(args[0]!)) {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const [{ Command, CommanderError }, { COMMANDS }, { addCommands }, path, { FAULTS }] = await Promise.all([
    import("commander"),
    import("./commands/registry.js"),
    import("./commands/program.js"),
    import("node:path"),
    import("./sim/faults.js"),
  ]);
  let exitCode = 0;
  const program: CommanderCommand = new Command("amipipe")
    .description("Bake golden Amazon Linux AMIs and roll them through dev → staging → prod behind an ALB")
    .version(packageJson.version, "-V, --version", "print the version")
    .option(
      "-C, --dir <dir>",
      "config root holding image-recipes/ and environments/; like git -C, relative paths given to commands are read from there",
      ".",
    )
    .option("--sim <file>", "use the embedded simulator, its state kept in FILE (or AMIPIPE_SIM)")
    .option("--fault <name[=arg]>", "inject a simulator fault (repeatable)", collect, [])
    .option("--json", "print the result as one JSON document on stdout", false)
    .addHelpText(
      "after",
      `\nSimulator faults (--fault, with --sim):\n  ${faultList(FAULTS)}\n\nExit codes: 0 done, 1 the operation failed, 2 bad input or usage.`,
    )
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  const globals = (): GlobalOptions => {
    const o = program.opts<{ dir: string; sim?: string; fault: string[]; json: boolean }>();
    const sim = o.sim ?? process.env.AMIPIPE_SIM;
    const g: GlobalOptions = { root: path.resolve(o.dir), cwd: process.cwd(), faults: o.fault, json: o.json };
    if (sim) g.sim = path.resolve(sim);
    return g;
  };

  const run = async (spec: AnyCommandSpec, input: Record<string, unknown>) => {
    const global = globals();
    const facts = runEnvironment(global.root);
    const [{ execute }, sink] = await Promise.all([import("./commands/run.js"), stderrSink()]);
    const outcome = await execute({ command: spec.name, input, global, run: await facts, sinks: [sink] });
    if (outcome.result) {
      if (global.json) process.stdout.write(`${JSON.stringify(jsonDocument(outcome.result), null, 2)}\n`);
      else if (outcome.result.text) process.stdout.write(`${outcome.result.text.replace(/\n?$/, "\n")}`);
    }
    if (outcome.errorMessage) {
      // Config problems are already one `file:line:column: …` line each.
      const prefix = codeOf(outcome.error) === "config" ? "" : `amipipe ${spec.name}: `;
      process.stderr.write(`${prefix}${outcome.errorMessage.replace(/\n?$/, "\n")}`);
      if (process.env.AMIPIPE_DEBUG && outcome.error?.stack) process.stderr.write(`${outcome.error.stack}\n`);
      if (global.json && !outcome.result) {
        const doc = outcome.errorDocument ?? {
          ok: false,
          error: { code: codeOf(outcome.error), message: outcome.errorMessage },
        };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      }
    }
    exitCode = outcome.exitCode;
  };

  addCommands(program, COMMANDS, { run, env: process.env });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
      // Commander has printed the usage error on stderr; --json still gets one document.
      if (argv.includes("--json")) {
        const message = error.message.replace(/^error: /, "");
        process.stdout.write(
          `${JSON.stringify({ ok: false, error: { code: "usage", message } }, null, 2)}\n`,
        );
      }
      return 2;
    }
    throw error;
  }
  return exitCode;
}

/** A failed command's --json document says so (`ok: false`) next to its own fields. */
function jsonDocument(result: { ok: boolean; data: unknown }): unknown {
  const data = result.data;
  if (result.ok || typeof data !== "object" || data === null || Array.isArray(data) || "ok" in data)
    return data;
  return { ok: false, ...data };
}

function faultList(faults: Readonly<Record<string, "none" | "optional" | "required">>): string {
  const arg = { none: "", optional: "[=ARG]", required: "=ARG" } as const;
  return Object.entries(faults)
    .map(([name, kind]) => `${name}${arg[kind]}`)
    .join(", ");
}

function codeOf(error: unknown): string {
  return typeof error === "object" && error && "code" in error
    ? String((error as { code: unknown }).code)
    : "error";
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`amipipe: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
