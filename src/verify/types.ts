/** Verification result types live with the port the rollout receives (src/ports/verifier.ts). */
export {
  type CheckLevel,
  type CheckResult,
  type Finding,
  findingsOf,
  type RolloutVerifier,
} from "../ports/verifier.js";
