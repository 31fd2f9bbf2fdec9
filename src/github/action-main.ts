import * as core from "@actions/core";
import type { GlobalOptions, RunEnvironment } from "../commands/context.js";
import { execute } from "../commands/run.js";
import { messageOf } from "../errors.js";
import { lineSink } from "../ports/progress.js";

/** Reads the action's inputs, runs the command, sets outputs; any thrown value becomes setFailed. */
export async function run(): Promise<void> {
  try {
    const command = core.getInput("command", { required: true });
    const global: GlobalOptions = {
      root: core.getInput("config-root") || ".",
      faults: [],
      json: true,
    };
    const sim = core.getInput("sim");
    if (sim) global.sim = sim;
    const env: RunEnvironment = { ci: true };
    const outcome = await execute({ command, input: {}, global, env, sinks: [lineSink((l) => core.info(l.trimEnd()))] });
    if (outcome.result) core.setOutput("result", JSON.stringify(outcome.result.data));
    if (outcome.exitCode !== 0) core.setFailed(outcome.errorMessage ?? `${command} failed`);
  } catch (error) {
    core.setFailed(messageOf(error));
  }
}
