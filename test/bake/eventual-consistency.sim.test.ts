import { ListComponentsCommand } from "@aws-sdk/client-imagebuilder";
import { describe, expect, it } from "vitest";
import { ensureComponents } from "../../src/bake/components.js";
import type { CompiledComponent } from "../../src/recipe/compile.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { REGION, ROOT } from "./world.js";

const component: CompiledComponent = {
  name: "web-system",
  semanticVersion: "1.0.0",
  description: "system settings",
  platform: "Linux",
  data: "name: web-system\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Hello\n        action: ExecuteBash\n        inputs:\n          commands: ['echo hello']\n",
  contentHash: "ab".repeat(32),
};

describe("Image Builder's eventual consistency reaches the bake", () => {
  it("a component created a moment ago is not listed yet; a second bake reuses it through AWS's AlreadyExists wording", async () => {
    const sim = await simulatorFromWorld(ROOT);
    const client = sim.aws.imagebuilder(REGION);
    const first = await ensureComponents({ client, components: [component], tags: {} });
    expect(first.created).toEqual(["web-system/1.0.0"]);
    const listed = await client.send(new ListComponentsCommand({ owner: "Self" }));
    expect(listed.componentVersionList ?? []).toEqual([]);
    const second = await ensureComponents({ client, components: [component], tags: {} });
    expect(second.reused).toEqual(["web-system/1.0.0"]);
    expect(second.arns.get("web-system@1.0.0")).toBe(first.arns.get("web-system@1.0.0"));
    const refused = sim.engine.calls.filter((c) => c.outcome === "ResourceAlreadyExistsException");
    expect(refused).toHaveLength(1);
  });

  it("after the lag (two minutes at most) ListComponents shows it", async () => {
    const sim = await simulatorFromWorld(ROOT, { faults: ["eventual-consistency=2m"] });
    const client = sim.aws.imagebuilder(REGION);
    await ensureComponents({ client, components: [component], tags: {} });
    await sim.clock.sleep(119_000);
    expect((await client.send(new ListComponentsCommand({ owner: "Self" }))).componentVersionList).toEqual(
      [],
    );
    await sim.clock.sleep(1_000);
    const listed = await client.send(new ListComponentsCommand({ owner: "Self" }));
    expect(listed.componentVersionList?.map((c) => c.name)).toEqual(["web-system"]);
  });
});
