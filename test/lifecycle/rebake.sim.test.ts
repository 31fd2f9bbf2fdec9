import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bake } from "../../src/commands/bake.js";
import { rebake } from "../../src/commands/rebake.js";
import { publishBaseImage } from "../../src/sim/services/ec2-images.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { contextFor, exampleConfigCopy, setPin } from "./world.js";

const REGION = "ap-northeast-1";
const LEGACY = "ami-0a1b2c3d4e5f60000";
const DAY = 86_400_000;

const pinOf = async (root: string, env: string) =>
  (await readFile(path.join(root, "environments", `${env}.yml`), "utf8")).match(/^pin:\n\s+ami: (\S+)/m)?.[1];

/** A world where the web image is baked and serves prod. */
async function prodOnBakedImage() {
  const root = await exampleConfigCopy();
  const sim = await simulatorFromWorld(root);
  const baked = await bake(contextFor(sim, root), { recipe: "web" });
  const ami = baked.data.amis.find((a) => a.region === REGION)!.ami;
  await setPin(root, "prod", { ami, history: [LEGACY] });
  return { root, sim, prodAmi: ami };
}

describe("security rebake", () => {
  it("the day after prod's image was baked, with no new updates, reports no change and pins nothing", async () => {
    const { root, sim, prodAmi } = await prodOnBakedImage();
    sim.clock.advance(DAY);
    const result = await rebake(contextFor(sim, root), { recipe: "web", security: true });
    expect(result.ok).toBe(true);
    expect(result.data.comparedWith).toEqual({ environment: "prod", ami: prodAmi, packageList: true });
    expect(result.data.changed).toBe(false);
    expect(result.data.diff.unchanged).toBeGreaterThan(10);
    expect(result.data.pinned).toBeNull();
    expect(await pinOf(root, "dev")).toBe(LEGACY);
    expect(result.text).toMatch(/no package changes/);
    expect(result.text).toMatch(/nothing changed: no pin written/);
  });

  it("after a new Amazon Linux release, reports the upgraded packages and pins dev to the rebaked image", async () => {
    const { root, sim, prodAmi } = await prodOnBakedImage();
    sim.clock.advance(30 * DAY);
    publishBaseImage(sim.engine.state, {
      region: REGION,
      os: "amazon-linux-2",
      arch: "x86_64",
      at: sim.clock.now(),
    });
    const result = await rebake(contextFor(sim, root), { recipe: "web", security: true });
    expect(result.ok).toBe(true);
    expect(result.data.changed).toBe(true);
    expect(result.data.diff.upgraded.length).toBeGreaterThan(0);
    expect(result.data.ami).not.toBe(prodAmi);
    expect(result.data.pinned).toMatchObject({ environment: "dev", ami: result.data.ami, previous: LEGACY });
    expect(await pinOf(root, "dev")).toBe(result.data.ami);
    expect(await pinOf(root, "prod")).toBe(prodAmi);
    const upgraded = result.data.diff.upgraded[0]!;
    expect(result.text).toContain(`↑ ${upgraded.name} ${upgraded.from} → ${upgraded.to}`);
    expect(result.text).toContain(`pinned dev to ${result.data.ami}`);
  });
});
