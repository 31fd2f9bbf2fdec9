import type { AwsFactory } from "../aws/clients.js";
import type { Environment } from "../config/schema.js";
import type { TargetGroupRef } from "../fleet/target-group.js";
import type { Ports } from "../ports/context.js";
import type { HttpPort } from "../ports/http.js";
import type { Inventory } from "../probes/schema.js";
import type { Expectations } from "./expectations.js";
import type { HttpSettings } from "./http-route.js";
import type { RouteLookup } from "./listener.js";

/**
 * What an environment-level check of the catalogue sees during a soak: the environment, the
 * AWS clients, and lookups made once per verifier (the target group, the route HTTP takes).
 * `recipe` is set only when the image was baked from the environment's recipe: checks that
 * hold an image to its recipe's promises need it.
 */
export interface EnvironmentScope {
  environment: string;
  region: string;
  targetGroup: string;
  /** The fleet's desired count. */
  wants: number;
  alarms: readonly string[];
  aws: AwsFactory;
  /** HTTP through the load balancer; without it the http check is not made. */
  http?: { port: HttpPort; settings: HttpSettings };
  recipe?: RecipeScope;
  /** The fleet's target group (undefined: it does not exist), looked up once. */
  group(): Promise<TargetGroupRef | undefined>;
  /** The routes from the load balancer's listeners to the target group, looked up once. */
  route(): Promise<RouteLookup>;
}

export interface RecipeScope {
  /** The full port bundle: the log-delivery check probes instances over SSM. */
  ports: Ports;
  env: Environment;
  expected: Expectations;
  /** The new instances the rollout has checked so far; log delivery is sampled on them. */
  newInstances: ReadonlySet<string>;
  /** Each new instance's agent samples so far, oldest first. */
  agentSamples: Map<string, Inventory[]>;
  /** The progress phase probes report under. */
  phase: string;
}
