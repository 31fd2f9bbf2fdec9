#!/usr/bin/env node
import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import "./chunks/chunk-BQ2HO2OL.js";

// src/cli.ts
import module from "node:module";

// package.json
var package_default = { name: "ami-pipeline", version: "0.1.0" };

// src/cli.ts
module.enableCompileCache?.();
var collect = (value, previous) => [...previous, value];
async function runEnvironment(root) {
  const [{ execFile }, { userInfo }] = await Promise.all([import("node:child_process"), import("node:os")]);
  const env = process.env;
  const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const gitSha = env.GITHUB_SHA ?? await new Promise((resolve) => {
    try {
      execFile(
        "git",
        ["rev-parse", "HEAD"],
        { cwd: root },
        (error, stdout) => resolve(error ? void 0 : stdout.trim() || void 0)
      );
    } catch {
      resolve(void 0);
    }
  });
  const result = { ci: Boolean(env.CI) };
  if (gitSha) result.gitSha = gitSha;
  if (runUrl) result.runUrl = runUrl;
  const actor = env.GITHUB_ACTOR ?? localUser(userInfo);
  if (actor) result.actor = actor;
  if (env.GITHUB_REF) result.ref = env.GITHUB_REF;
  return result;
}
function localUser(userInfo) {
  try {
    return userInfo().username || void 0;
  } catch {
    return process.env.USER;
  }
}
async function stderrSink() {
  const [{ formatProgressLine }, { waitThrottle }] = await Promise.all([
    import("./chunks/progress-2DLHKBU2.js"),
    import("./chunks/progress-throttle-Y4MKZ5HS.js")
  ]);
  const live = Boolean(process.stderr.isTTY) && !process.env.CI;
  const printable = waitThrottle();
  let liveShown = false;
  return (event) => {
    if (!live && !printable(event)) return;
    const line = formatProgressLine(event);
    if (live && event.waitingFor) {
      process.stderr.write(`\r\x1B[2K${line}`);
      liveShown = true;
      return;
    }
    if (liveShown) process.stderr.write("\r\x1B[2K");
    liveShown = false;
    process.stderr.write(`${line}
`);
  };
}
var VERSION_FLAGS = /* @__PURE__ */ new Set(["-V", "--version"]);
async function main(argv) {
  const args = argv.slice(2);
  if (args.length === 1 && VERSION_FLAGS.has(args[0])) {
    process.stdout.write(`${package_default.version}
`);
    return 0;
  }
  const [{ Command, CommanderError }, { COMMANDS }, { addCommands }, path, { FAULTS }] = await Promise.all([
    import("./chunks/esm-6VYPDCSB.js"),
    import("./chunks/registry-PC4ASLVT.js"),
    import("./chunks/program-45IKG2KJ.js"),
    import("node:path"),
    import("./chunks/faults-TOM5QQM4.js")
  ]);
  let exitCode = 0;
  const program = new Command("amipipe").description("Bake golden Amazon Linux AMIs and roll them through dev \u2192 staging \u2192 prod behind an ALB").version(package_default.version, "-V, --version", "print the version").option(
    "-C, --dir <dir>",
    "config root holding image-recipes/ and environments/; like git -C, relative paths given to commands are read from there",
    "."
  ).option("--sim <file>", "use the embedded simulator, its state kept in FILE (or AMIPIPE_SIM)").option("--fault <name[=arg]>", "inject a simulator fault (repeatable)", collect, []).option("--json", "print the result as one JSON document on stdout", false).addHelpText(
    "after",
    `
Simulator faults (--fault, with --sim):
  ${faultList(FAULTS)}

Exit codes: 0 done, 1 the operation failed, 2 bad input or usage.`
  ).exitOverride().configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const globals = () => {
    const o = program.opts();
    const sim = o.sim ?? process.env.AMIPIPE_SIM;
    const g = { root: path.resolve(o.dir), cwd: process.cwd(), faults: o.fault, json: o.json };
    if (sim) g.sim = path.resolve(sim);
    return g;
  };
  const run = async (spec, input) => {
    const global = globals();
    const facts = runEnvironment(global.root);
    const [{ execute }, sink] = await Promise.all([import("./chunks/run-UAL5VCNA.js"), stderrSink()]);
    const outcome = await execute({ command: spec.name, input, global, run: await facts, sinks: [sink] });
    if (outcome.result) {
      if (global.json) process.stdout.write(`${JSON.stringify(jsonDocument(outcome.result), null, 2)}
`);
      else if (outcome.result.text) process.stdout.write(`${outcome.result.text.replace(/\n?$/, "\n")}`);
    }
    if (outcome.errorMessage) {
      const prefix = codeOf(outcome.error) === "config" ? "" : `amipipe ${spec.name}: `;
      process.stderr.write(`${prefix}${outcome.errorMessage.replace(/\n?$/, "\n")}`);
      if (process.env.AMIPIPE_DEBUG && outcome.error?.stack) process.stderr.write(`${outcome.error.stack}
`);
      if (global.json && !outcome.result) {
        const doc = outcome.errorDocument ?? {
          ok: false,
          error: { code: codeOf(outcome.error), message: outcome.errorMessage }
        };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}
`);
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
      if (argv.includes("--json")) {
        const message = error.message.replace(/^error: /, "");
        process.stdout.write(
          `${JSON.stringify({ ok: false, error: { code: "usage", message } }, null, 2)}
`
        );
      }
      return 2;
    }
    throw error;
  }
  return exitCode;
}
function jsonDocument(result) {
  const data = result.data;
  if (result.ok || typeof data !== "object" || data === null || Array.isArray(data) || "ok" in data)
    return data;
  return { ok: false, ...data };
}
function faultList(faults) {
  const arg = { none: "", optional: "[=ARG]", required: "=ARG" };
  return Object.entries(faults).map(([name, kind]) => `${name}${arg[kind]}`).join(", ");
}
function codeOf(error) {
  return typeof error === "object" && error && "code" in error ? String(error.code) : "error";
}
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`amipipe: ${error instanceof Error ? error.message : String(error)}
`);
    process.exitCode = 1;
  }
);
