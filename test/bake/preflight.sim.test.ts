import { describe, expect, it } from "vitest";
import { bake } from "../../src/commands/bake.js";
import { OperationFailed } from "../../src/errors.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { contextFor, exampleConfigCopy, REGION } from "./world.js";

describe("bake checks the SSM parameters its instances read at boot, as promote does", () => {
  it("a missing license parameter fails the bake (exit 1) before any Image Builder resource is made", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    delete sim.engine.state.regions[REGION]!.parameters["/web/newrelic/license"];
    const error = await bake(contextFor(sim, root), { recipe: "web" }).then(
      () => expect.unreachable("the bake went ahead"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OperationFailed);
    expect((error as OperationFailed).exitCode).toBe(1);
    expect((error as Error).message).toContain(
      "SSM parameter /web/newrelic/license (recipe web, agents.newrelic-infra.license) does not exist in ap-northeast-1",
    );
    expect(sim.engine.calls.filter((c) => c.service === "imagebuilder")).toEqual([]);
  });
});
