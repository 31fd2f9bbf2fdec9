import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ServiceName } from "../aws/clients.js";
import { createContext } from "../commands/context.js";
import { execute, type Outcome } from "../commands/run.js";
import { loadProject, type Project } from "../config/load.js";
import { AmipipeError, messageOf } from "../errors.js";
import { lineSink, type ProgressEvent, type ProgressSink } from "../ports/progress.js";
import { annotateProblems, configProblemsOf } from "./config-problems.js";
import { applyGitHubEffects, PIN_COMMANDS } from "./effects.js";
import { type EvidenceBundle, gatherEvidence } from "./evidence.js";
import { awsEvidenceSources } from "./evidence-aws.js";
import type { PackageLookup } from "./evidence-packages.js";
import { type ActionHost, coreHost } from "./host.js";
import { type ActionInputs, parseInputs } from "./inputs.js";
import type { PipelineGraph } from "./mermaid.js";
import { commandOutputs } from "./outputs.js";
import { pinsAtStake, surveyPinsAtStake } from "./previous-pins.js";
import { promotableEnvironments } from "./promotable.js";
import { type CommandFacts, checksOf, factsOf, failureMessage, netPinChanges } from "./result-facts.js";
import { type RunnerContext, type RunnerEnv, readRunnerContext, runEnvironmentOf } from "./runner-context.js";
import { renderSummary } from "./summary.js";

/**
 * What gathering a promotion's evidence calls: image tags and package lists (EC2, Image
 * Builder), and a survey of serving instances over SSM (found through their target group).
 */
export const EVIDENCE_SERVICES: readonly ServiceName[] = ["ec2", "elbv2", "imagebuilder", "ssm"];

/** The action's entry: the runner's environment in, outputs, annotations and a job summary out. */
export async function run(env: RunnerEnv): Promise<void> {
  await runAction(coreHost(), env);
}

/** Everything the action does, against a replaceable host (tests record what it did). */
export async function runAction(host: ActionHost, env: RunnerEnv): Promise<void> {
  try {
    const runner = await readRunnerContext(env);
    let inputs: ActionInputs;
    try {
      inputs = parseInputs(runner.input, {
        ...(runner.repository ? { repository: runner.repository.full } : {}),
        apiUrl: runner.apiUrl,
      });
    } catch (error) {
      host.setOutput("exit-code", "2");
      host.setFailed(messageOf(error));
      return;
    }
    for (const secret of inputs.secrets) host.setSecret(secret);
    await runCommand(host, runner, inputs);
  } catch (error) {
    host.setFailed(messageOf(error));
  }
}

async function runCommand(host: ActionHost, runner: RunnerContext, inputs: ActionInputs): Promise<void> {
  const root = path.resolve(runner.workspace, inputs.global.root);
  const global = {
    ...inputs.global,
    root,
    ...(inputs.global.sim ? { sim: path.resolve(runner.workspace, inputs.global.sim) } : {}),
  };
  const events: ProgressEvent[] = [];
  const sinks = [(event: ProgressEvent) => events.push(event), lineSink((line) => host.info(line.trimEnd()))];
  const surveyed = PIN_COMMANDS.has(inputs.command)
    ? await surveyBeforeCommand({ inputs, runner, global, sinks })
    : new Map<string, PackageLookup>();
  const outcome = await execute({
    command: inputs.command,
    input: inputs.input,
    global,
    run: runEnvironmentOf(runner),
    sinks,
    surface: "action",
  });

  const problems = configProblemsOf(outcome);
  annotateProblems(host, problems, { root, workspace: runner.workspace });

  const facts = factsOf(outcome);
  const pinChanges = facts.pinChanges ?? [];
  const project = await loadQuietly(root);
  // The last stage of the promotion chain is production (GitHub marks its deployments so).
  const production = (name: string) =>
    project?.environments.has(name) === true &&
    ![...project.environments.values()].some((e) => e.env.promotion.from === name);
  const effects = await applyGitHubEffects({ inputs, runner, outcome, pinChanges, root, production });

  const evidence = await promotionEvidence({
    inputs,
    runner,
    outcome,
    project,
    global,
    effectsCommit: effects.pinCommits[0]?.commit,
    surveyed,
  });
  const outputs = commandOutputs(outcome);
  if (project) outputs.promotable = JSON.stringify(promotableEnvironments(project));
  if (effects.pinCommits[0]) outputs["pin-commit"] = effects.pinCommits[0].commit;
  if (effects.deployments[0]) outputs["deployment-id"] = String(effects.deployments[0].id);
  if (evidence.length > 0) {
    const file = path.resolve(runner.workspace, inputs.github.evidenceFile);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      file,
      `${JSON.stringify(evidence.length === 1 ? evidence[0] : evidence, null, 2)}\n`,
      "utf8",
    );
    outputs["evidence-file"] = file;
  }
  for (const [name, value] of Object.entries(outputs)) host.setOutput(name, value);

  const summaryModel = {
    command: inputs.command,
    outcome,
    events,
    steps: facts.steps ?? [],
    builds: facts.builds ?? [],
    amis: facts.amis ?? [],
    pinChanges,
    checks: checksOf(outcome),
    problems,
    effects,
    evidence,
    ...(facts.recipeHash !== undefined ? { recipeHash: facts.recipeHash } : {}),
    ...(facts.skipped !== undefined ? { skipped: facts.skipped } : {}),
    ...(project ? { graph: graphOf(project, facts) } : {}),
  };
  await host.appendSummary(renderSummary(summaryModel));

  for (const note of effects.notes) host.annotate("warning", note, { title: "amipipe" });
  if (effects.failure) host.setFailed(effects.failure);
  else if (outcome.exitCode !== 0) host.setFailed(failureMessage(outcome) ?? `${inputs.command} failed`);
}

/**
 * Before a pin command runs: the package lists of the pins it may replace that no manifest or
 * Image Builder record holds (a legacy AMI), surveyed from the environment's serving instances
 * while they still run that pin. Best effort: the command itself reports any real problem.
 */
async function surveyBeforeCommand(o: {
  inputs: ActionInputs;
  runner: RunnerContext;
  global: ActionInputs["global"];
  sinks: ProgressSink[];
}): Promise<Map<string, PackageLookup>> {
  const project = await loadQuietly(o.global.root);
  const pins = project ? pinsAtStake(project, o.inputs.command, o.inputs.input) : [];
  if (pins.length === 0) return new Map();
  let ctx: Awaited<ReturnType<typeof createContext>>;
  try {
    ctx = await createContext({
      global: o.global,
      run: runEnvironmentOf(o.runner),
      sinks: o.sinks,
      aws: EVIDENCE_SERVICES,
    });
  } catch (error) {
    if (error instanceof AmipipeError) return new Map();
    throw error;
  }
  const surveyed = await surveyPinsAtStake(ctx, pins);
  // The survey is part of this run's history on the simulator (its SSM commands, its minutes).
  await ctx.session?.save();
  return surveyed;
}

async function loadQuietly(root: string): Promise<Project | undefined> {
  try {
    return await loadProject(root);
  } catch {
    return undefined;
  }
}

/** Recipes, the AMIs this run produced, and every environment's pin. */
export function graphOf(project: Project, facts: CommandFacts): PipelineGraph {
  const recipe = facts.recipe;
  return {
    recipes: [...project.recipes.keys()].sort(),
    images: recipe
      ? (facts.amis ?? []).map((a) => ({
          ami: a.ami,
          recipe,
          note: facts.skipped ? `${a.arch}, existing` : `${a.arch}, new`,
        }))
      : [],
    environments: [...project.environments.values()].map(({ env }) => ({
      name: env.name,
      recipe: env.recipe,
      pinned: env.pin.ami,
      ...(env.promotion.from ? { from: env.promotion.from } : {}),
    })),
  };
}

async function promotionEvidence(o: {
  inputs: ActionInputs;
  runner: RunnerContext;
  outcome: Outcome;
  project: Project | undefined;
  global: ActionInputs["global"];
  effectsCommit: string | undefined;
  surveyed: ReadonlyMap<string, PackageLookup>;
}): Promise<EvidenceBundle[]> {
  const { inputs, outcome, project } = o;
  if (!PIN_COMMANDS.has(inputs.command) || outcome.exitCode === 2 || !project) return [];
  const changes = netPinChanges(factsOf(outcome).pinChanges ?? []);
  const targets =
    changes.length > 0
      ? changes.map((c) => ({ environment: c.environment, ami: c.attempted, previous: c.previous }))
      : typeof inputs.input.env === "string"
        ? [
            {
              environment: inputs.input.env,
              ami: ((inputs.input.ami ?? inputs.input.to) as string | undefined) ?? null,
              previous: project.environments.get(inputs.input.env)?.env.pin.ami ?? null,
            },
          ]
        : [];
  if (targets.length === 0) return [];
  let ctx: Awaited<ReturnType<typeof createContext>> | undefined;
  try {
    ctx = await createContext({
      global: o.global,
      run: runEnvironmentOf(o.runner),
      sinks: [],
      aws: EVIDENCE_SERVICES,
    });
  } catch (error) {
    if (!(error instanceof AmipipeError)) throw error;
  }
  const checks = checksOf(outcome);
  const bundles: EvidenceBundle[] = [];
  for (const target of targets) {
    const region = project.environments.get(target.environment)?.env.region;
    const sources =
      ctx && region
        ? awsEvidenceSources(ctx.aws, { root: o.global.root, region, surveyed: o.surveyed })
        : {
            imageTags: async () => ({}),
            imagePackages: async (ami: string) =>
              o.surveyed.get(ami) ?? { missing: `no AWS access to read the package list of ${ami}` },
          };
    bundles.push(
      await gatherEvidence(
        {
          command: inputs.command,
          ...target,
          outcome:
            outcome.exitCode === 0 ? "promoted" : checks.some((c) => !c.passed) ? "failed" : "rejected",
          checks,
          ...(o.runner.runUrl ? { runUrl: o.runner.runUrl } : {}),
          ...(o.effectsCommit ? { commit: o.effectsCommit } : {}),
        },
        sources,
      ),
    );
  }
  return bundles;
}
