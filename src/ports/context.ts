import type { AwsFactory } from "../aws/clients.js";
import type { Clock } from "./clock.js";
import type { HttpPort } from "./http.js";
import type { IdPort } from "./ids.js";
import type { Progress } from "./progress.js";
import type { RunFacts } from "./run-facts.js";

export type { RunFacts } from "./run-facts.js";

/**
 * A persisted session of the AWS the ports talk to (the embedded simulator's state file).
 * Production code only saves it; what is behind it is the entry layer's business.
 */
export interface SessionHandle {
  clock: Clock;
  aws: AwsFactory;
  /** Writes the session's state back to its file. */
  save(): Promise<void>;
}

/** The lifetime of the credentials the AWS clients sign with (an assumed role's session). */
export interface CredentialsPort {
  /** Epoch ms after which calls fail with ExpiredToken; undefined for credentials that do not expire. */
  expiresAt(region: string): Promise<number | undefined>;
}

/**
 * Everything core code receives from the entry layers: effects as ports, and the config root.
 * Nothing below the entries reads globals, process.env or the wall clock; functions that need
 * only some ports take a `Pick<Ports, …>`.
 */
export interface Ports {
  /** Config root holding image-recipes/ and environments/. */
  root: string;
  clock: Clock;
  progress: Progress;
  aws: AwsFactory;
  ids: IdPort;
  run: RunFacts;
  /** When the AWS credentials stop working; without it, nothing is known about their expiry. */
  credentials?: CredentialsPort;
  /** HTTP for the "through the load balancer" check; without it that check is not made. */
  http?: HttpPort;
  /** Set when the AWS behind `aws` is a persisted session (the simulator's `--sim FILE`). */
  session?: SessionHandle & { file: string };
  /** Where the user runs the CLI: file paths in human output are relative to it (default: root). */
  cwd?: string;
}
