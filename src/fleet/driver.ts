import type { Environment } from "../config/schema.js";
import type { PinChange } from "../gitops/pins.js";
import type { Ports } from "../ports/context.js";
import type { Finding, RolloutVerifier } from "../ports/verifier.js";
import type { Desired } from "../rollout/model.js";
import type { RolloutReport } from "../rollout/report.js";
import type { PinnedImage } from "./image.js";
import type { TargetGroupRef } from "./target-group.js";

/**
 * What the app layer asks of a fleet, whatever its kind (standalone instances, an Auto Scaling
 * group, …): converge it to a desired state with the environment's checks, and undo a failed
 * attempt with the old fleet serving. A new kind is a folder under src/fleet/, one entry in
 * ./registry.ts and one value of `fleet.kind` in the environment schema.
 */
export interface FleetDriver {
  readonly kind: string;
  converge(request: ConvergeRequest): Promise<RolloutReport>;
}

/** The verifier for the pinned image, made once the fleet's target group is known. */
export type VerifierFactory = (
  group: TargetGroupRef,
  image: PinnedImage,
) => RolloutVerifier | Promise<RolloutVerifier>;

export interface ConvergeRequest {
  ports: Pick<Ports, "aws" | "clock" | "progress" | "ids">;
  env: Environment;
  /** The pinned AMI as EC2 describes it (available; checked by the caller). */
  image: PinnedImage;
  /** Count, canary and soak; `ami` is the image's id. */
  desired: Desired;
  /** User data new instances boot with (the recipe's templates rendered with the environment's vars). */
  userData: string;
  /** The environment's earlier pin, for fleets that must name the version to return to. */
  previousPin?: string;
  verifier: VerifierFactory;
  /** Stops the rollout before anything launches when it finds something (missing SSM parameters, …). */
  preflight: () => Promise<Finding[]>;
  /** Puts the pin back to the AMI the old fleet serves (the caller's pin store); asked before any clean-up. */
  restorePin: (serving: string | undefined) => Promise<PinChange[]>;
  /** The first stage of the promotion chain (reboot and parity by default). */
  firstStage: boolean;
  /** Clock time after which no new step starts. */
  deadline: number;
}
