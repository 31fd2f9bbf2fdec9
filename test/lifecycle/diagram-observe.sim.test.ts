import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { observeForDiagram } from "../../src/diagram/observe.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { exampleConfigCopy } from "./world.js";

describe("the diagram of an account before its first rollout", () => {
  it("counts the hand-built servers each target group serves, though they carry no amipipe tags", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    const observed = await observeForDiagram(sim.aws, await loadProject(root));
    expect(
      Object.fromEntries(observed.fleets.map((f) => [f.env, { healthy: f.healthy, serving: f.serving }])),
    ).toEqual({
      dev: { healthy: 1, serving: [{ ami: "ami-0a1b2c3d4e5f60000", instances: 1 }] },
      staging: { healthy: 2, serving: [{ ami: "ami-0a1b2c3d4e5f60000", instances: 2 }] },
      prod: { healthy: 2, serving: [{ ami: "ami-0a1b2c3d4e5f60000", instances: 2 }] },
    });
  });
});
