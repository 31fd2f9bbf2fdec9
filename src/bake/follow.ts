import { GetImageCommand, type Image, type ImagebuilderClient } from "@aws-sdk/client-imagebuilder";
import { OperationFailed } from "../errors.js";
import { type Clock, formatDuration } from "../ports/clock.js";
import type { Progress } from "../ports/progress.js";

/** Image states after which a build changes no more. */
const FINAL = new Set(["AVAILABLE", "FAILED", "CANCELLED", "DEPRECATED", "DISABLED", "DELETED"]);

/** What a build in each state is waiting for, as a person reads it. */
const WAITING_FOR: Record<string, string> = {
  PENDING: "Image Builder to start the build",
  CREATING: "Image Builder to set up the build",
  BUILDING: "the build instance to run the build components",
  TESTING: "the test instance to run the test components",
  DISTRIBUTING: "the AMI to be copied to every distribution region",
  INTEGRATING: "Image Builder's integrations to finish",
};

export interface StateChange {
  status: string;
  /** Clock time the change was first seen. */
  at: number;
}

export interface FollowedBuild {
  image: Image;
  /** Each state seen, in order, with when it was first observed. */
  history: StateChange[];
}

export interface FollowOptions {
  clock: Clock;
  progress: Progress;
  client: ImagebuilderClient;
  imageBuildVersionArn: string;
  /** Progress phase, e.g. "bake web/x86_64". */
  phase: string;
  timeoutMs: number;
  /** How often to ask Image Builder (default 60 s: a build takes 20–40 minutes). */
  pollMs?: number;
  /** How often to repeat an unchanged state in the progress (default 2 min). */
  reportEveryMs?: number;
}

/**
 * Follows one image build to its end, reporting state, elapsed time and what it waits for.
 * Image Builder has no SDK waiter; this poller sleeps on the injected clock and lets any
 * 4xx from GetImage (access denied, not found) end the wait at once instead of retrying it.
 */
export async function followBuild(o: FollowOptions): Promise<FollowedBuild> {
  const pollMs = o.pollMs ?? 60_000;
  const reportEveryMs = o.reportEveryMs ?? 120_000;
  const started = o.clock.now();
  const history: StateChange[] = [];
  let lastReport = Number.NEGATIVE_INFINITY;
  for (;;) {
    const { image } = await o.client.send(
      new GetImageCommand({ imageBuildVersionArn: o.imageBuildVersionArn }),
    );
    if (!image)
      throw new OperationFailed(
        `Image Builder returned no image for ${o.imageBuildVersionArn}`,
        "bake-failed",
      );
    const status = image.state?.status ?? "PENDING";
    const now = o.clock.now();
    const changed = history.at(-1)?.status !== status;
    if (changed) history.push({ status, at: now });
    if (FINAL.has(status)) return { image, history };
    const elapsed = now - started;
    if (changed || now - lastReport >= reportEveryMs) {
      const since = formatDuration(now - (history.at(-1)?.at ?? now));
      o.progress.waiting(
        o.phase,
        `${status} for ${since} (build ${formatDuration(elapsed)})`,
        WAITING_FOR[status] ?? `state ${status} to change`,
      );
      lastReport = now;
    }
    if (elapsed >= o.timeoutMs) {
      throw new OperationFailed(
        `${o.phase}: gave up after ${formatDuration(elapsed)} (--timeout) with the build still ${status}. ` +
          `It continues in Image Builder: follow it with 'aws imagebuilder get-image --image-build-version-arn ${o.imageBuildVersionArn}', ` +
          `or run bake again to pick it up where it is.`,
        "bake-timeout",
        { imageBuildVersionArn: o.imageBuildVersionArn, status, history },
      );
    }
    await o.clock.sleep(Math.min(pollMs, Math.max(1, o.timeoutMs - elapsed)));
  }
}
