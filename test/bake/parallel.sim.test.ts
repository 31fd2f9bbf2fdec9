import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DescribeImagesCommand } from "@aws-sdk/client-ec2";
import { PutParameterCommand } from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { bake } from "../../src/commands/bake.js";
import { publishBaseImage } from "../../src/sim/services/ec2.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { callsOf, contextFor, editFile, exampleConfigCopy, publicBaseAmi, REGION } from "./world.js";

const DR_REGION = "us-west-2";

/** A disaster-recovery stage in a second region, promoted from prod. */
async function addSecondRegion(root: string): Promise<void> {
  const prod = await readFile(path.join(root, "environments", "prod.yml"), "utf8");
  const dr = prod
    .replace(/^name: prod$/m, "name: dr")
    .replace(/^region: ap-northeast-1$/m, `region: ${DR_REGION}`)
    .replace(/^ {2}from: staging$/m, "  from: prod")
    .replace(/launchTemplate: web-prod/, "launchTemplate: web-dr")
    .replace(/targetGroup: web-prod/, "targetGroup: web-dr")
    .replace(/alarms: \[web-prod-5xx\]/, "alarms: []");
  await writeFile(path.join(root, "environments", "dr.yml"), dr);
}

describe("bake across architectures and regions", () => {
  it("two architectures build in parallel and both regions receive each AMI", async () => {
    const root = await exampleConfigCopy();
    await editFile(
      root,
      "image-recipes/web.yml",
      "architectures: [x86_64]",
      "architectures: [x86_64, arm64]",
    );
    await addSecondRegion(root);
    const sim = await simulatorFromWorld(root);
    // The instances there read the same boot-time parameters (bake's preflight checks them).
    const ssm = sim.aws.ssm(DR_REGION);
    for (const Name of ["/web/newrelic/license", "/web/deploy/authorized-keys"])
      await ssm.send(new PutParameterCommand({ Name, Value: "simulated", Type: "SecureString" }));

    const result = await bake(contextFor(sim, root), { recipe: "web" });

    expect(result.data.regions).toEqual([REGION, DR_REGION]);
    expect(result.data.amis.map((a) => `${a.arch}@${a.region}`).sort()).toEqual(
      [`arm64@${DR_REGION}`, `arm64@${REGION}`, `x86_64@${DR_REGION}`, `x86_64@${REGION}`].sort(),
    );
    for (const { region, ami, arch } of result.data.amis) {
      const image = (await sim.aws.ec2(region).send(new DescribeImagesCommand({ ImageIds: [ami] })))
        .Images![0]!;
      expect(image.Architecture).toBe(arch);
      expect(image.Tags?.find((t) => t.Key === "amipipe:recipe-hash")?.Value).toBe(result.data.recipeHash);
    }

    // The simulator's timeline: each build's BUILDING interval overlaps the other's.
    const building = result.data.architectures.map((a) => {
      const states = a.states ?? [];
      const i = states.findIndex((s) => s.status === "BUILDING");
      return { arch: a.arch, from: states[i]!.at, to: states[i + 1]!.at };
    });
    expect(building).toHaveLength(2);
    const [x, y] = building as [(typeof building)[0], (typeof building)[0]];
    expect(x.from < y.to && y.from < x.to).toBe(true);
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(2);
    // Components are shared by both architectures where their content is the same, and each
    // architecture's recipe uses its own version where it differs (the agents' repositories).
    expect(callsOf(sim, "imagebuilder", "CreateComponent").length).toBe(
      result.data.components.created.length,
    );
    const ib = sim.engine.state.regions[REGION]!.imagebuilder as {
      recipes: Array<{ components: Array<{ componentArn: string }> }>;
    };
    const used = new Set(ib.recipes.flatMap((r) => r.components.map((c) => c.componentArn)));
    expect(used.size).toBe(result.data.components.created.length);
  });

  it("a new base AMI published behind the SSM parameter triggers a build; the old base's image is not reused", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    const first = await bake(contextFor(sim, root), { recipe: "web" });
    const oldBase = publicBaseAmi(sim);

    sim.clock.advance(30 * 24 * 3_600_000);
    const newBase = publishBaseImage(sim.engine.state, {
      region: REGION,
      os: "amazon-linux-2",
      arch: "x86_64",
      at: sim.clock.now(),
    });
    expect(publicBaseAmi(sim)).toBe(newBase);

    const second = await bake(contextFor(sim, root), { recipe: "web" });

    expect(second.data.skipped).toBe(false);
    expect(second.data.recipeHash).toBe(first.data.recipeHash);
    expect(second.data.architectures[0]!.baseAmi).toBe(newBase);
    expect(second.data.architectures[0]!.baseAmi).not.toBe(oldBase);
    // Unchanged components are reused; only the image recipe (new parent) is new.
    expect(second.data.components.created).toEqual([]);
    expect(callsOf(sim, "imagebuilder", "CreateImageRecipe")).toHaveLength(2);
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(2);

    // Both package lists are stored, and the new base moved some package versions.
    const { readPackageManifest } = await import("../../src/bake/package-manifest.js");
    const { diffPackages } = await import("../../src/probes/package-diff.js");
    const before = await readPackageManifest(root, first.data.amis[0]!.ami);
    const after = await readPackageManifest(root, second.data.amis[0]!.ami);
    expect(before?.baseAmi).toBe(oldBase);
    expect(after?.baseAmi).toBe(newBase);
    expect(after?.packages.map((p) => p.name)).toContain("httpd");
    expect(diffPackages(before!.packages, after!.packages).upgraded.length).toBeGreaterThan(0);
  });
});
