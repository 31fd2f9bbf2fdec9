import { beforeAll, describe, expect, it } from "vitest";
import { promote } from "../../src/commands/promote.js";
import { envFile, fork, run, stagingVerifiedWorld } from "./scenario.js";
import type { World } from "./world.js";

let stagingVerified: World;

beforeAll(async () => {
  ({ world: stagingVerified } = await stagingVerifiedWorld());
});

const MINUTE = 60_000;
const WRITES = /^(Create|Delete|Put|Register|Deregister|Run|Start|Stop|Terminate|Modify|Reboot|Send)/;

describe("credentials that would expire mid-rollout", () => {
  it("promote prod with 20 minutes of session left is refused before anything changes, naming the expiry and the fix", async () => {
    const world = await fork(stagingVerified);
    const expiresAt = world.sim.clock.now() + 20 * MINUTE;
    const ctx = { ...world.ctx, credentials: { expiresAt: async () => expiresAt } };
    const before = await envFile(world, "prod");
    const calls = world.sim.engine.calls.length;

    const outcome = await run(() => promote(ctx, { env: "prod" }));

    expect(outcome.exitCode).toBe(1);
    expect(outcome.code).toBe("credentials-expire");
    expect(outcome.message).toContain(`expire at ${new Date(expiresAt).toISOString()} (in 20m00s)`);
    expect(outcome.message).toContain("may take up to 2h (rollout.timeout)");
    expect(outcome.message).toContain("role-duration-seconds: 8100");
    expect(outcome.message).toContain("Nothing was changed");
    expect(await envFile(world, "prod")).toBe(before);
    const writes = world.sim.engine.calls.slice(calls).filter((c) => WRITES.test(c.operation));
    expect(writes.map((c) => c.operation)).toEqual([]);
  });

  it("a session longer than the rollout's timeout plus a roll-back goes ahead", async () => {
    const world = await fork(stagingVerified);
    const expiresAt = world.sim.clock.now() + 3 * 60 * MINUTE;
    const ctx = { ...world.ctx, credentials: { expiresAt: async () => expiresAt } };
    const outcome = await run(() => promote(ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
  });
});
