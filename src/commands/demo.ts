import { access, cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { environmentsInOrder, loadProject } from "../config/load.js";
import { messageOf, UsageError } from "../errors.js";
import { formatDuration } from "../ports/clock.js";
import { Progress } from "../ports/progress.js";
import { formatTypeChanges } from "../rollout/instance-type.js";
import { openSimSession } from "../sim/session.js";
import { WORLD_FILE } from "../sim/world.js";
import { bake } from "./bake.js";
import { type CommandResult, type Ports, simulatorContext } from "./context.js";
import { promote } from "./promote.js";
import { rollback } from "./rollback.js";
import type { RolloutCommandData } from "./rollout-result.js";
import { simInit } from "./sim-init.js";
import { type EnvironmentStatus, formatStatusTable, status } from "./status.js";

export interface DemoInput {
  /** Keep the simulator state in this file (default: in the demo's temp dir). */
  state?: string;
}

export interface DemoStep {
  command: string;
  exitCode: 0 | 1 | 2;
  summary: string;
  /** Simulated time the step took. */
  simulatedMs: number;
}

export interface DemoData {
  root: string;
  state: string;
  ami?: string;
  steps: DemoStep[];
  environments: EnvironmentStatus[];
  simulatedMs: number;
}

const CONFIG_DIRS = ["image-recipes", "environments", "sim"];

/**
 * The whole pipeline on the simulator with the example config: sim init, bake web, promote
 * dev (the new AMI), staging, prod, then roll prod back — each step the command a pipeline
 * runs, on a copy of the config so the real files stay untouched.
 */
export async function demo(ctx: Ports, input: DemoInput): Promise<CommandResult<DemoData>> {
  const source = await exampleRoot(ctx.root);
  const root = await mkdtemp(path.join(tmpdir(), "amipipe-demo-"));
  for (const dir of CONFIG_DIRS) await cp(path.join(source, dir), path.join(root, dir), { recursive: true });
  const stateFile = input.state ? path.resolve(input.state) : path.join(root, "sim-state.json");

  const session = await openSimSession({ file: stateFile, faults: [], root });
  // The world's clock starts at sim init; offsets are shown from there.
  let started = session.clock.now();
  const sim = await simulatorContext({
    root,
    file: stateFile,
    session,
    run: ctx.run,
    progress: (clock) =>
      new Progress(clock, [
        (event) => {
          const message = `T+${formatDuration(event.at - started)} ${event.message}`;
          if (event.waitingFor) ctx.progress.waiting(event.phase, message, event.waitingFor);
          else ctx.progress[event.level](event.phase, message);
        },
      ]),
  });
  ctx.progress.info("demo", `example config copied to ${root}; simulator state in ${stateFile}`);

  const data: DemoData = { root, state: stateFile, steps: [], environments: [], simulatedMs: 0 };
  const step = async (
    command: string,
    fn: () => Promise<CommandResult>,
    summarise: (r: CommandResult) => string,
  ): Promise<CommandResult | undefined> => {
    const at = session.clock.now();
    ctx.progress.info("demo", `$ amipipe ${command}`);
    let result: CommandResult | undefined;
    let exitCode: 0 | 1 | 2;
    let summary: string;
    try {
      result = await fn();
      exitCode = result.ok ? 0 : 1;
      summary = summarise(result);
    } catch (error) {
      exitCode = error instanceof UsageError ? 2 : 1;
      summary = messageOf(error);
    }
    data.steps.push({
      command,
      exitCode,
      summary,
      simulatedMs: Math.max(0, session.clock.now() - Math.max(at, started)),
    });
    ctx.progress[exitCode === 0 ? "info" : "error"]("demo", `${command}: ${summary}`);
    return exitCode === 0 ? result : undefined;
  };

  const rolled = (r: CommandResult) => {
    const d = r.data as RolloutCommandData;
    const finding = d.findings[0] ? `; finding: ${d.findings[0].target}: ${d.findings[0].summary}` : "";
    const types = d.instanceTypeChanges.length > 0 ? `; ${formatTypeChanges(d.instanceTypeChanges)}` : "";
    return `${d.outcome} in ${d.steps.length} step(s); serving ${d.status.serving.join(",")} (${d.status.healthy}/${d.status.desired} healthy)${types}${finding}`;
  };
  const ok =
    (await step(
      "sim init",
      () => simInit(sim, {}),
      () => {
        started = session.clock.now();
        return `world from ${WORLD_FILE}`;
      },
    )) &&
    (await step(
      "bake web",
      () => bake(sim, { recipe: "web" }),
      (r) => {
        const amis = (r.data as { amis: Array<{ ami: string }> }).amis;
        data.ami = amis[0]?.ami;
        return `AMI ${amis.map((a) => a.ami).join(", ")}`;
      },
    )) &&
    data.ami !== undefined &&
    (await step(
      `promote dev --ami ${data.ami}`,
      () => promote(sim, { env: "dev", ami: data.ami! }),
      rolled,
    )) &&
    (await step("promote staging", () => promote(sim, { env: "staging" }), rolled)) &&
    (await step("promote prod", () => promote(sim, { env: "prod" }), rolled)) &&
    (await step("rollback prod", () => rollback(sim, { env: "prod" }), rolled));

  await session.save();
  const project = await loadProject(root);
  if (environmentsInOrder(project).length > 0) data.environments = (await status(sim, {})).data.environments;
  data.simulatedMs = session.clock.now() - started;
  return { ok: Boolean(ok), data, text: render(data) };
}

/** The config root holding the example (the current one, or the one shipped with the package). */
async function exampleRoot(root: string): Promise<string> {
  const candidates = [root, path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")];
  for (const dir of candidates) {
    try {
      await access(path.join(dir, WORLD_FILE));
      return dir;
    } catch {
      // not here; try the next one
    }
  }
  throw new UsageError(`no example config found (looked for ${WORLD_FILE} in ${candidates.join(", ")})`);
}

function render(d: DemoData): string {
  const lines = ["amipipe demo — the whole pipeline on the simulator", ""];
  const width = Math.max(...d.steps.map((s) => s.command.length));
  for (const s of d.steps) {
    const mark = s.exitCode === 0 ? "ok  " : `FAIL(${s.exitCode})`;
    lines.push(
      `  ${mark} ${s.command.padEnd(width)}  ${formatDuration(s.simulatedMs).padStart(8)}  ${s.summary}`,
    );
  }
  lines.push(
    "",
    formatStatusTable(d.environments),
    "",
    `simulated time: ${formatDuration(d.simulatedMs)}; state: ${d.state}`,
  );
  return lines.join("\n");
}
