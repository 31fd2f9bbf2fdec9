#!/usr/bin/env node
// CLI entry: argument parsing only. Everything else lives in src/commands/*.
import { execFileSync } from "node:child_process";
import { userInfo } from "node:os";
import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import type { GlobalOptions, RunFacts } from "./commands/context.js";
import { execute } from "./commands/run.js";
import { formatProgressLine, type ProgressSink } from "./ports/progress.js";
import { waitThrottle } from "./ports/progress-throttle.js";
import { FAULTS } from "./sim/faults.js";

const collect = (value: string, previous: string[]) => [...previous, value];

function runEnvironment(root: string): RunFacts {
  const env = process.env;
  const runUrl =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  let gitSha = env.GITHUB_SHA;
  if (!gitSha) {
    try {
      gitSha = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim();
    } catch {
      gitSha = undefined;
    }
  }
  const result: RunFacts = { ci: Boolean(env.CI) };
  if (gitSha) result.gitSha = gitSha;
  if (runUrl) result.runUrl = runUrl;
  const actor = env.GITHUB_ACTOR ?? localUser();
  if (actor) result.actor = actor;
  if (env.GITHUB_REF) result.ref = env.GITHUB_REF;
  return result;
}

/** Who runs the CLI outside GitHub: recorded in pin history and as the lock holder. */
function localUser(): string | undefined {
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
function stderrSink(): ProgressSink {
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

async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command("amipipe")
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
      `\nSimulator faults (--fault, with --sim):\n  ${faultList()}\n\nExit codes: 0 done, 1 the operation failed, 2 bad input or usage.`,
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

  const run = async (command: string, input: Record<string, unknown>) => {
    const global = globals();
    const outcome = await execute({
      command,
      input,
      global,
      run: runEnvironment(global.root),
      sinks: [stderrSink()],
    });
    if (outcome.result) {
      if (global.json) process.stdout.write(`${JSON.stringify(jsonDocument(outcome.result), null, 2)}\n`);
      else if (outcome.result.text) process.stdout.write(`${outcome.result.text.replace(/\n?$/, "\n")}`);
    }
    if (outcome.errorMessage) {
      // Config problems are already one `file:line:column: …` line each.
      const prefix = codeOf(outcome.error) === "config" ? "" : `amipipe ${command}: `;
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

  program
    .command("validate")
    .description("validate all recipes and environments")
    .option("--eol-error", "treat an end-of-life base OS as an error, not a warning", false)
    .action((o) => run("validate", { eolError: o.eolError }));

  program
    .command("compile <recipe>")
    .description("write the Image Builder component documents and resource specs")
    .option("--out <dir>", "output directory", "out")
    .action((recipe, o) => run("compile", { recipe, out: o.out }));

  program
    .command("plan-recipe <recipe>")
    .description("readable diff of what a recipe change adds and removes")
    .option("--against <ref>", "git ref to compare with", "HEAD")
    .action((recipe, o) => run("plan-recipe", { recipe, against: o.against }));

  program
    .command("bake [recipe]")
    .description("build the golden image(s) of RECIPE (or of every recipe with --all) with EC2 Image Builder")
    .option("--all", "bake every recipe under image-recipes/ in turn", false)
    .option("--force", "build even if an image for this recipe hash and base AMI exists", false)
    .option("--keep-failed-instance", "keep the build instance when the build fails (for debugging)", false)
    .option("--timeout <duration>", "give up waiting after this long", "3h")
    .action((recipe, o) =>
      run("bake", {
        recipe,
        all: o.all,
        force: o.force,
        keepFailedInstance: o.keepFailedInstance,
        timeout: o.timeout,
      }),
    );

  program
    .command("rebake [recipe]")
    .description("rebake with OS updates; diff packages against prod; pin dev when something changed")
    .option("--all", "rebake every recipe an environment uses, in turn", false)
    .option("--security", "apply security updates only", false)
    .action((recipe, o) => run("rebake", { recipe, all: o.all, security: o.security }));

  program
    .command("promote <env>")
    .description("pin ENV to an AMI and reconcile")
    .addOption(new Option("--ami <ami>", "AMI to pin").conflicts("from"))
    .option("--from <env>", "take the pin of this environment (default: promotion.from)")
    .option("--force", "override the promotion policy (needs --reason)", false)
    .option("--reason <text>", "why the policy is overridden (recorded)")
    .option("--no-reconcile", "only write the pin")
    .option("--break-lock", "take over the lock of a run known to be dead (warns, naming it)", false)
    .action((env, o) =>
      run("promote", {
        env,
        ami: o.ami,
        from: o.from,
        force: o.force,
        reason: o.reason,
        reconcile: o.reconcile,
        breakLock: o.breakLock,
      }),
    );

  program
    .command("rollback <env>")
    .description("re-pin ENV to an earlier AMI (default: the previous pin) and reconcile")
    .option("--to <ami>", "AMI to roll back to")
    .option("--force", "roll back --to an AMI the promotion policy refuses (needs --reason)", false)
    .option("--reason <text>", "why the policy is overridden (recorded)")
    .option("--no-reconcile", "only write the pin")
    .option("--break-lock", "take over the lock of a run known to be dead (warns, naming it)", false)
    .action((env, o) =>
      run("rollback", {
        env,
        to: o.to,
        force: o.force,
        reason: o.reason,
        reconcile: o.reconcile,
        breakLock: o.breakLock,
      }),
    );

  program
    .command("reconcile <env>")
    .description("converge ENV to its pin")
    .option("--break-lock", "take over the lock of a run known to be dead (warns, naming it)", false)
    .option("--reason <text>", "why a lock that has not expired is broken (needed with --break-lock then)")
    .action((env, o) => run("reconcile", { env, breakLock: o.breakLock, reason: o.reason }));

  program
    .command("verify <env>")
    .description("run environment checks now")
    .action((env) => run("verify", { env }));

  program
    .command("status")
    .description("pinned and serving AMIs per environment")
    .action(() => run("status", {}));

  program
    .command("survey")
    .description("gather an inventory from a running server over SSM")
    .requiredOption("--instance <id>", "instance id")
    .option("--region <region>", "region (default: the first environment's)")
    .option("--out <file>", "write the inventory JSON here")
    .option("--probe <name>", "run this probe instead of inventory (e.g. packages, instance)")
    .action((o) => run("survey", { instance: o.instance, region: o.region, out: o.out, probe: o.probe }));

  program
    .command("parity <old> <new>")
    .description("findings for anything the old server ran that the new one lacks")
    .option("--recipe <name>", "apply this recipe's parity waivers")
    .action((oldFile, newFile, o) => run("parity", { old: oldFile, new: newFile, recipe: o.recipe }));

  program
    .command("recipe-from-survey <inventory>")
    .description("draft a recipe from an old server's inventory")
    .option("--name <name>", "recipe name", "web")
    .option("--out <file>", "write the recipe here instead of stdout")
    .option("--force", "replace an existing --out recipe file (templates are never overwritten)", false)
    .action((inventory, o) =>
      run("recipe-from-survey", { inventory, name: o.name, out: o.out, force: o.force }),
    );

  program
    .command("gc")
    .description(
      "deregister unpinned old AMIs and delete their snapshots; terminate retained old instances past their retention",
    )
    .option("--dry-run", "only list what would be deregistered, deleted and terminated", false)
    .option("--keep <n>", "keep the newest N per recipe and architecture", "3")
    .option("--older-than <duration>", "only images older than this", "0s")
    .action((o) => run("gc", { dryRun: o.dryRun, keep: o.keep, olderThan: o.olderThan }));

  program
    .command("changed-pins")
    .description("environments whose pin changed between two commits (what a push must converge)")
    .option("--base <rev>", "the commit before (empty or all zeros: every environment)", "")
    .option("--head <rev>", "the commit after", "HEAD")
    .action((o) => run("changed-pins", { base: o.base, head: o.head }));

  program
    .command("iam-policy")
    .description("print the least-privilege IAM policy the toolkit needs")
    .option("--env <env>", "scope to one environment")
    .option(
      "--allow-wildcards",
      "print the policy even when a launch template or target group is missing (widened statements marked)",
    )
    .action((o) => run("iam-policy", { env: o.env, allowWildcards: o.allowWildcards === true }));

  program
    .command("diagram")
    .description("Mermaid diagram of recipes → images → environments → fleets")
    .action(() => run("diagram", {}));

  const sim = program.command("sim").description("the embedded simulator");
  sim
    .command("init")
    .description("create the simulator state from sim/world.yml under the config root")
    .action(() => run("sim init", {}));

  const github = program.command("github").description("GitHub set-up");
  github
    .command("setup")
    .description("create or update GitHub environments, reviewers and branch policies")
    .option("--repo <owner/name>", "repository (default: GITHUB_REPOSITORY)")
    .action((o) =>
      run("github setup", {
        repo: o.repo ?? process.env.GITHUB_REPOSITORY,
        token: process.env.GITHUB_TOKEN,
        apiUrl: process.env.GITHUB_API_URL,
      }),
    );

  program
    .command("demo")
    .description("the whole pipeline on the simulator: bake → dev → staging → prod → rollback")
    .option("--state <file>", "keep the simulator state here")
    .action((o) => run("demo", { state: o.state }));

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

function faultList(): string {
  const arg = { none: "", optional: "[=ARG]", required: "=ARG" } as const;
  return Object.entries(FAULTS)
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
