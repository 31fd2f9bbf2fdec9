/**
 * An AWS error answer from a simulated operation: the error code AWS uses (e.g.
 * "InvalidInstanceID.NotFound"), its message and HTTP status. The engine turns it into the
 * service's own ServiceException, as the SDK's deserializer would. Kept apart from the SDK
 * modules (src/sim/errors.ts) so the fault registry loads without them.
 */
export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = "SimError";
  }
}
