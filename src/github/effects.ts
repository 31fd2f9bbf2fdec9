import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Outcome } from "../commands/run.js";
import { messageOf } from "../errors.js";
import { createGitHubClient, type GitHubClient, statusOf } from "../github-api/rest.js";
import { createDeployment, setDeploymentStatus } from "./deployments.js";
import type { ActionInputs } from "./inputs.js";
import { commitPinFiles, PinCommitConflict } from "./pin-commits.js";
import { upsertComment } from "./pr-comment.js";
import { failureMessage, netPinChanges, type PinChange } from "./result-facts.js";
import { isForkPullRequest, pullRequestNumber, type RunnerContext } from "./runner-context.js";
import type { GitHubEffects } from "./summary.js";

/** Commands that may change pins; their failures are recorded as failed deployments. */
export const PIN_COMMANDS = new Set(["promote", "rollback", "rebake", "reconcile"]);

export interface EffectsInput {
  inputs: ActionInputs;
  runner: RunnerContext;
  outcome: Outcome;
  pinChanges: PinChange[];
  /** Absolute config root. */
  root: string;
  /** Environments whose stage is production (deployment flag). */
  production: (environment: string) => boolean;
}

export interface EffectsResult extends GitHubEffects {
  /** A GitHub call failed after the command succeeded: the run must fail, loudly. */
  failure?: string;
}

/**
 * What the action does on GitHub after the command: commit changed pins, record deployments
 * (pin commit → deployment → statuses, in that order), comment the recipe plan on a PR.
 */
export async function applyGitHubEffects(o: EffectsInput): Promise<EffectsResult> {
  const effects: EffectsResult = { pinCommits: [], deployments: [], notes: [] };
  const { inputs, runner, outcome } = o;
  const repo = runner.repository;
  const token = inputs.github.token;
  const pinCommand = PIN_COMMANDS.has(inputs.command);
  const changes = netPinChanges(o.pinChanges).filter((c) => c.ami !== c.previous);

  if (!token || !repo) {
    if (o.pinChanges.length > 0) {
      effects.notes.push(
        "Pins changed in the working tree only: no github-token (or repository) to commit them with.",
      );
    }
    return effects;
  }
  const gh = createGitHubClient({ token, apiUrl: runner.apiUrl });
  const logUrl = runner.runUrl;

  const failed = outcome.exitCode !== 0;
  try {
    // The net pin change is committed whatever the exit code: a failed rollout restores the
    // previous pin in the working tree, and git must say what AWS serves.
    if (changes.length > 0) {
      if (!inputs.github.commitPins) effects.notes.push("Pin changes not committed (commit-pins: false).");
      else if (!runner.branch)
        effects.notes.push(`Pin changes not committed: ${runner.ref ?? "this ref"} is not a branch.`);
      else {
        const files = await Promise.all(
          changes.map(async (change) => {
            const absolute = path.resolve(o.root, change.file);
            return {
              environment: change.environment,
              path: path.relative(runner.workspace, absolute).split(path.sep).join("/"),
              content: await readFile(absolute, "utf8"),
              previous: change.previous,
              ami: change.ami,
            };
          }),
        );
        const message = failed
          ? rolledBackCommitMessage(inputs.command, changes, failureMessage(outcome), logUrl)
          : pinCommitMessage(inputs.command, changes, logUrl);
        const made = await commitPinFiles(gh, {
          owner: repo.owner,
          repo: repo.repo,
          branch: runner.branch,
          ...message,
          files,
        });
        effects.pinCommits = (made?.files ?? []).map((f) => ({
          environment: f.environment,
          path: f.path,
          commit: made!.commit,
        }));
        if (inputs.github.deployments && !failed) {
          for (const change of changes) {
            const commit =
              effects.pinCommits.find((c) => c.environment === change.environment)?.commit ?? runner.sha;
            if (!commit) continue;
            const id = await recordDeployment(gh, {
              repo,
              ref: commit,
              environment: change.environment,
              ami: change.ami,
              production: o.production(change.environment),
              outcome: "success",
              description: `${inputs.command}: ${change.previous ?? "none"} → ${change.ami ?? "none"}`,
              ...(logUrl ? { logUrl } : {}),
            });
            effects.deployments.push({ environment: change.environment, id, state: "success" });
          }
        }
      }
    }

    const environment = typeof inputs.input.env === "string" ? inputs.input.env : undefined;
    const failedRef = effects.pinCommits.find((c) => c.environment === environment)?.commit ?? runner.sha;
    if (pinCommand && outcome.exitCode === 1 && environment && failedRef && inputs.github.deployments) {
      const net = netPinChanges(o.pinChanges).find((c) => c.environment === environment);
      // reconcile rolls out the pin already in git (the restore is its only pin change).
      const attempted = inputs.command === "reconcile" ? net?.previous : net?.attempted;
      const ami = attempted ?? ((inputs.input.ami ?? inputs.input.to ?? null) as string | null);
      const id = await recordDeployment(gh, {
        repo,
        ref: failedRef,
        environment,
        ami,
        production: o.production(environment),
        outcome: "failure",
        description: `${inputs.command} rejected: ${firstLine(failureMessage(outcome) ?? "failed")}`,
        ...(logUrl ? { logUrl } : {}),
      });
      effects.deployments.push({ environment, id, state: "failure" });
    }

    const pr = pullRequestNumber(runner);
    if (inputs.command === "plan-recipe" && inputs.github.prComment && pr !== undefined && outcome.result) {
      const recipe = String(inputs.input.recipe);
      if (isForkPullRequest(runner)) {
        effects.notes.push(
          "Plan not commented on the pull request: it comes from a fork, whose token is read-only. The plan is in this job summary.",
        );
      } else {
        try {
          effects.comment = await upsertComment(gh, {
            owner: repo.owner,
            repo: repo.repo,
            issueNumber: pr,
            key: `plan-recipe:${recipe}`,
            body: `### amipipe plan-recipe \`${recipe}\`\n\n\`\`\`diff\n${outcome.result.text.trimEnd()}\n\`\`\`\n`,
          });
        } catch (error) {
          if (statusOf(error) !== 403) throw error;
          effects.notes.push(
            `Plan not commented on the pull request: the token may not write comments (${messageOf(error)}). The plan is in this job summary.`,
          );
        }
      }
    }
  } catch (error) {
    effects.failure =
      error instanceof PinCommitConflict
        ? `Pin commit refused: ${error.message} AWS already runs ${changes.map((c) => `${c.environment} on ${c.ami ?? "nothing"}`).join(", ")}.`
        : `GitHub API: ${messageOf(error)}`;
  }
  return effects;
}

async function recordDeployment(
  gh: GitHubClient,
  o: {
    repo: { owner: string; repo: string };
    ref: string;
    environment: string;
    ami: string | null;
    production: boolean;
    outcome: "success" | "failure";
    description: string;
    logUrl?: string;
  },
): Promise<number> {
  const base = {
    owner: o.repo.owner,
    repo: o.repo.repo,
    environment: o.environment,
    ...(o.logUrl ? { logUrl: o.logUrl } : {}),
  };
  const id = await createDeployment(gh, {
    ...base,
    ref: o.ref,
    ami: o.ami,
    description: o.description,
    production: o.production,
  });
  if (o.outcome === "success") {
    await setDeploymentStatus(gh, {
      ...base,
      id,
      state: "in_progress",
      description: `rolling out ${o.ami ?? ""}`,
    });
  }
  await setDeploymentStatus(gh, { ...base, id, state: o.outcome, description: o.description });
  return id;
}

/** The message of a pin commit after a failed rollout: the pin restored to what AWS serves. */
export function rolledBackCommitMessage(
  command: string,
  changes: readonly PinChange[],
  failure: string | undefined,
  runUrl?: string,
): { headline: string; body: string } {
  const pins = changes.map((c) => `${c.environment} to ${c.ami ?? "nothing"}`);
  const headline = `amipipe ${command} failed and was rolled back: pin ${pins.join(", ")}`;
  const body = [
    ...changes.map(
      (c) => `${c.environment}: ${c.previous ?? "none"} did not roll out; serving ${c.ami ?? "none"} again`,
    ),
  ];
  if (failure) body.push("", firstLine(failure));
  if (runUrl) body.push("", `Run: ${runUrl}`);
  return { headline, body: body.join("\n") };
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}

/** One commit message for every pin a command changed: the headline names them all, the body one line each. */
export function pinCommitMessage(
  command: string,
  changes: readonly PinChange[],
  runUrl?: string,
): { headline: string; body: string } {
  const pins = changes.map((c) => `${c.environment} to ${c.ami ?? "nothing"}`);
  const headline =
    pins.length <= 2
      ? `amipipe ${command}: pin ${pins.join(", ")}`
      : `amipipe ${command}: pin ${changes.map((c) => c.environment).join(", ")}`;
  const body = changes.map((c) => `${c.environment}: ${c.previous ?? "none"} → ${c.ami ?? "none"}`);
  if (runUrl) body.push("", `Run: ${runUrl}`);
  return { headline, body: body.join("\n") };
}
