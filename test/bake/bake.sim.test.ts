import { readFile } from "node:fs/promises";
import path from "node:path";
import { DescribeImagesCommand, DescribeSnapshotsCommand } from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { bake } from "../../src/commands/bake.js";
import { OperationFailed } from "../../src/errors.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { callsOf, contextFor, editFile, exampleConfigCopy, publicBaseAmi, REGION, RUN } from "./world.js";

async function scenario(faults: string[] = []) {
  const root = await exampleConfigCopy();
  const sim = await simulatorFromWorld(root, { faults });
  return { root, sim, ctx: contextFor(sim, root) };
}

function tagsOf(list: Array<{ Key?: string; Value?: string }> | undefined): Record<string, string> {
  return Object.fromEntries((list ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
}

describe("bake", () => {
  it("the first bake builds the image and tags the AMI and its snapshot with provenance", async () => {
    const { sim, ctx } = await scenario();
    const base = publicBaseAmi(sim);
    const result = await bake(ctx, { recipe: "web" });

    expect(result.ok).toBe(true);
    expect(result.data.skipped).toBe(false);
    expect(result.data.amis).toHaveLength(1);
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(1);
    const { ami } = result.data.amis[0]!;

    const ec2 = sim.aws.ec2(REGION);
    const image = (await ec2.send(new DescribeImagesCommand({ ImageIds: [ami] }))).Images![0]!;
    const expected = {
      "amipipe:recipe": "web",
      "amipipe:recipe-hash": result.data.recipeHash,
      "amipipe:base-ami": base,
      "amipipe:git-sha": RUN.gitSha,
      "amipipe:run-url": RUN.runUrl,
      "amipipe:arch": "x86_64",
    };
    expect(tagsOf(image.Tags)).toMatchObject(expected);
    expect(tagsOf(image.Tags)["amipipe:built-at"]).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(image.Name).toMatch(/^web-1\.\d+\.\d+-x86_64-/);

    const snapshotId = image.BlockDeviceMappings![0]!.Ebs!.SnapshotId!;
    const snapshot = (await ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] })))
      .Snapshots![0]!;
    expect(tagsOf(snapshot.Tags)).toMatchObject(expected);
    // gp3 root volume sized for the recipe (16 GiB in image-recipes/web.yml), not the 8 GiB default.
    expect(image.BlockDeviceMappings![0]!.Ebs!.VolumeSize).toBe(16);

    // The build showed where it was while it ran.
    const waits = ctx.progress.events.filter((e) => e.waitingFor && e.phase === "bake web/x86_64");
    expect(waits.map((e) => e.message.split(" ")[0])).toEqual(
      expect.arrayContaining(["PENDING", "BUILDING", "TESTING", "DISTRIBUTING"]),
    );
    expect(waits.find((e) => e.message.startsWith("TESTING"))?.waitingFor).toBe(
      "the test instance to run the test components",
    );
  });

  it("a second bake of unchanged content starts no build and returns the same AMIs", async () => {
    const { sim, ctx, root } = await scenario();
    const first = await bake(ctx, { recipe: "web" });
    const buildsBefore = callsOf(sim, "imagebuilder", "CreateImage").length;
    const imagebuilderCallsBefore = sim.engine.calls.filter((c) => c.service === "imagebuilder").length;

    const second = await bake(contextFor(sim, root), { recipe: "web" });

    expect(second.data.skipped).toBe(true);
    expect(second.data.amis).toEqual(first.data.amis);
    expect(second.data.recipeHash).toBe(first.data.recipeHash);
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(buildsBefore);
    // Nothing at all is created or updated in Image Builder for a no-op.
    expect(sim.engine.calls.filter((c) => c.service === "imagebuilder")).toHaveLength(
      imagebuilderCallsBefore,
    );
  });

  it("--force builds again even though the image exists", async () => {
    const { sim, ctx, root } = await scenario();
    const first = await bake(ctx, { recipe: "web" });
    const forced = await bake(contextFor(sim, root), { recipe: "web", force: true });
    expect(forced.data.skipped).toBe(false);
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(2);
    expect(forced.data.amis[0]!.ami).not.toBe(first.data.amis[0]!.ami);
  });

  it("a one-line recipe change builds new component and recipe versions and reuses the unchanged components", async () => {
    const { sim, ctx, root } = await scenario();
    const first = await bake(ctx, { recipe: "web" });
    expect(first.data.components.created.length).toBeGreaterThan(1);

    await editFile(root, "image-recipes/web.yml", '    schedule: "30 9 * * *"', '    schedule: "45 9 * * *"');
    const second = await bake(contextFor(sim, root), { recipe: "web" });

    expect(second.data.skipped).toBe(false);
    expect(second.data.recipeHash).not.toBe(first.data.recipeHash);
    expect(second.data.components.created.length).toBeGreaterThanOrEqual(1);
    expect(second.data.components.reused.length).toBeGreaterThanOrEqual(1);
    expect(second.data.components.created.length + second.data.components.reused.length).toBe(
      first.data.components.created.length,
    );
    expect(callsOf(sim, "imagebuilder", "CreateImageRecipe")).toHaveLength(2);
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(2);
    expect(second.data.amis[0]!.ami).not.toBe(first.data.amis[0]!.ami);
  });

  it("a build failing in the test phase exits 1 naming the phase, step, reason and logs, and changes no pin", async () => {
    const { ctx, root } = await scenario(["image-build-fails=test"]);
    const envBefore = await Promise.all(
      ["dev", "staging", "prod"].map((e) => readFile(path.join(root, "environments", `${e}.yml`), "utf8")),
    );

    const error = await bake(ctx, { recipe: "web" }).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(OperationFailed);
    const failed = error as OperationFailed;
    expect(failed.exitCode).toBe(1);
    expect(failed.message).toContain("failed in the test phase");
    expect(failed.message).toMatch(/at step '[A-Za-z0-9_-]+'/);
    expect(failed.message).toMatch(/reason: .*failed/);
    expect(failed.message).toContain("logs: CloudWatch Logs group /aws/imagebuilder/amipipe-web-x86_64");
    expect(failed.message).toContain("no pin was changed");
    expect(failed.message).toContain("--keep-failed-instance");
    const envAfter = await Promise.all(
      ["dev", "staging", "prod"].map((e) => readFile(path.join(root, "environments", `${e}.yml`), "utf8")),
    );
    expect(envAfter).toEqual(envBefore);
  });

  it("with --keep-failed-instance the failed build's instance stays and the message says how to reach it", async () => {
    const { sim, ctx, root } = await scenario(["image-build-fails=build"]);
    await editFile(
      root,
      "image-recipes/web.yml",
      "  rootVolumeGiB: 16",
      "  rootVolumeGiB: 16\n  logsBucket: web-build-logs",
    );

    const error = (await bake(ctx, { recipe: "web", keepFailedInstance: true }).then(
      () => undefined,
      (e: unknown) => e,
    )) as OperationFailed;

    expect(error.message).toContain("failed in the build phase");
    expect(error.message).toMatch(/logs: s3:\/\/web-build-logs\/amipipe\/web\/x86_64\/amipipe-web-x86_64\//);
    const id = /aws ssm start-session --region ap-northeast-1 --target (i-[0-9a-f]+)/.exec(
      error.message,
    )?.[1];
    expect(id).toBeDefined();
    expect(sim.engine.state.regions[REGION]!.instances[id!]?.tags.Ec2ImageBuilderArn).toMatch(
      /:image\/amipipe-web-x86_64\//,
    );
  });
});

describe("bake that outlasts its timeout", () => {
  it("gives up with a clear message, and the next bake picks up the same build instead of starting another", async () => {
    const { sim, ctx, root } = await scenario();

    const error = (await bake(ctx, { recipe: "web", timeout: "10m" }).then(
      () => undefined,
      (e: unknown) => e,
    )) as OperationFailed;

    expect(error).toBeInstanceOf(OperationFailed);
    expect(error.code).toBe("bake-timeout");
    expect(error.message).toMatch(/gave up after 10m00s \(--timeout\) with the build still BUILDING/);
    expect(error.message).toContain("run bake again to pick it up");
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(1);

    const resumed = await bake(contextFor(sim, root), { recipe: "web" });

    expect(resumed.data.skipped).toBe(false);
    expect(resumed.data.architectures[0]!.resumed).toBe(true);
    expect(resumed.data.amis).toHaveLength(1);
    expect(callsOf(sim, "imagebuilder", "CreateImage")).toHaveLength(1);
  });
});
