import { readFile } from "node:fs/promises";
import path from "node:path";
import { CreateTagsCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { verifiedInTag } from "../../src/aws/tags.js";
import { bake } from "../../src/commands/bake.js";
import { rebake } from "../../src/commands/rebake.js";
import { reconcile } from "../../src/commands/reconcile.js";
import { publishBaseImage } from "../../src/sim/services/ec2-images.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { contextFor, exampleConfigCopy, setPin } from "./world.js";

const REGION = "ap-northeast-1";
const LEGACY = "ami-0a1b2c3d4e5f60000";
const DAY = 86_400_000;

const pinOf = async (root: string, env: string) =>
  (await readFile(path.join(root, "environments", `${env}.yml`), "utf8")).match(/^pin:\n\s+ami: (\S+)/m)?.[1];

/** A world where the web image is baked and pinned in prod — and, when `serving`, rolled out there. */
async function prodOnBakedImage(o: { serving?: boolean } = {}) {
  const root = await exampleConfigCopy();
  const sim = await simulatorFromWorld(root);
  const baked = await bake(contextFor(sim, root), { recipe: "web" });
  const ami = baked.data.amis.find((a) => a.region === REGION)!.ami;
  await setPin(root, "prod", { ami, history: [LEGACY] });
  // As if the image had passed staging: prod takes only images verified there.
  await sim.aws.ec2(REGION).send(
    new CreateTagsCommand({
      Resources: [ami],
      Tags: [{ Key: verifiedInTag("staging"), Value: "2026-05-01T00:00:00Z" }],
    }),
  );
  if (o.serving) expect((await reconcile(contextFor(sim, root), { env: "prod" })).ok).toBe(true);
  return { root, sim, prodAmi: ami };
}

/** The advisories probes sent over SSM Run Command: the instances each went to. */
const advisoryCommands = (sim: Awaited<ReturnType<typeof simulatorFromWorld>>) =>
  Object.values(sim.engine.state.regions[REGION]!.commands)
    .filter((c) => c.script.startsWith("# amipipe-probe: advisories\n"))
    .map((c) => c.instanceIds);

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
    expect(result.data.advisories).toEqual({
      available: false,
      source: "prod",
      reason: "no package was upgraded",
    });
    expect(advisoryCommands(sim)).toEqual([]);
    expect(await pinOf(root, "dev")).toBe(LEGACY);
    expect(result.text).toMatch(/no package changes/);
    expect(result.text).toMatch(/nothing changed: no pin written/);
  });

  it("after a new Amazon Linux release, reports the upgraded packages with the advisories prod's instances lack, and pins dev to the rebaked image", async () => {
    const { root, sim, prodAmi } = await prodOnBakedImage({ serving: true });
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

    // yum updateinfo on one prod instance running prod's image, over SSM.
    const sent = advisoryCommands(sim);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toHaveLength(1);
    const asked = sim.engine.state.regions[REGION]!.instances[sent[0]![0]!]!;
    expect(asked.imageId).toBe(prodAmi);
    expect(asked.tags["amipipe:environment"]).toBe("prod");
    const report = result.data.advisories;
    if (!report.available) throw new Error(`advisories unavailable: ${report.reason}`);
    expect(report.source).toBe(`prod instance ${asked.id} (yum updateinfo)`);
    // Security updates are some of the upgrades (the others are bug-fix releases), each fixed
    // at exactly the release the rebake installed, and none left open.
    expect(report.advisories.length).toBeGreaterThan(0);
    expect(report.advisories.length).toBeLessThan(result.data.diff.upgraded.length);
    for (const a of report.advisories) {
      const change = result.data.diff.upgraded.find((c) => c.name === a.package);
      expect(change, a.package).toBeDefined();
      expect(a.fixedIn.startsWith(`${a.package}-${change!.to}.`)).toBe(true);
      expect(a.id).toMatch(/^ALAS2-2026-\d{4}$/);
      expect(["critical", "important", "medium", "low"]).toContain(a.severity);
      expect(result.text).toContain(`  ${a.id} ${a.severity} ${a.package} → ${a.fixedIn}`);
    }
    expect(result.data.advisoriesNotFixed).toEqual([]);
    expect(result.text).toContain(
      `security advisories fixed (prod instance ${asked.id} (yum updateinfo)): ${report.advisories.length}`,
    );
  });

  it("when no prod instance runs prod's pinned image, says advisories are unavailable and why, and still pins dev", async () => {
    const { root, sim, prodAmi } = await prodOnBakedImage();
    sim.clock.advance(30 * DAY);
    publishBaseImage(sim.engine.state, {
      region: REGION,
      os: "amazon-linux-2",
      arch: "x86_64",
      at: sim.clock.now(),
    });
    const result = await rebake(contextFor(sim, root), { recipe: "web", security: true });
    expect(result.data.changed).toBe(true);
    expect(result.data.advisories).toEqual({
      available: false,
      source: "prod",
      reason: `no running prod instance runs ${prodAmi} to ask`,
    });
    expect(advisoryCommands(sim)).toEqual([]);
    expect(result.text).toContain(
      `advisories: unavailable from prod (no running prod instance runs ${prodAmi} to ask)`,
    );
    expect(await pinOf(root, "dev")).toBe(result.data.ami);
  });
});
