import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { bake } from "../../src/commands/bake.js";
import { compile } from "../../src/commands/compile.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { callsOf, contextFor, exampleConfigCopy, publicBaseAmi, REGION } from "./world.js";

describe("compile and bake derive versions and names once", () => {
  it("compile prints the image recipe version and AMI name that bake then creates", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    const ctx = contextFor(sim, root);
    const compiled = await compile(ctx, { recipe: "web", out: "out" });
    const images = (
      compiled.data as {
        images: Array<{ arch: string; version: string; amiName: string; parentImage: string }>;
      }
    ).images;
    const x86 = images.find((i) => i.arch === "x86_64")!;
    // The base was resolved as bake resolves it.
    expect(x86.parentImage).toBe(publicBaseAmi(sim));
    expect(compiled.text).toContain(`x86_64: image recipe version ${x86.version}`);

    const baked = await bake(ctx, { recipe: "web" });
    expect(baked.ok).toBe(true);
    const created = callsOf(sim, "imagebuilder", "CreateImageRecipe").map((c) => c.input?.semanticVersion);
    expect(created).toContain(x86.version);
    const ami = baked.data.amis.find((a) => a.arch === "x86_64")!.ami;
    const image = (await sim.aws.ec2(REGION).send(new DescribeImagesCommand({ ImageIds: [ami] })))
      .Images![0]!;
    expect(image.Name).toMatch(
      new RegExp(`^${x86.amiName.replace("{{imagebuilder:buildDate}}", "").replace(/\./g, "\\.")}`),
    );
  });

  it("with --base-ami, compile gives exactly that base's version without asking AWS", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    const ctx = contextFor(sim, root);
    const base = publicBaseAmi(sim);
    const viaAws = await compile(ctx, { recipe: "web", out: "out-a" });
    const calls = sim.engine.calls.length;
    const given = await compile(ctx, { recipe: "web", out: "out-b", baseAmi: base });
    expect(sim.engine.calls.length).toBe(calls);
    const version = (r: typeof given) =>
      (r.data as { images: Array<{ arch: string; version: string }> }).images[0]!.version;
    expect(version(given)).toBe(version(viaAws));
  });
});
