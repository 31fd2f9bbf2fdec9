import {
  CreateLaunchTemplateVersionCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplatesCommand,
  ModifyLaunchTemplateCommand,
  RunInstancesCommand,
  StopInstancesCommand,
} from "@aws-sdk/client-ec2";
import { beforeEach, describe, expect, it } from "vitest";
import { gc } from "../../src/commands/gc.js";
import { applyGc } from "../../src/lifecycle/gc-apply.js";
import { createImageRecord } from "../../src/sim/services/ec2-images.js";
import { type Simulator, simulatorFromWorld } from "../../src/sim/session.js";
import { contextFor, exampleConfigCopy, setPin } from "./world.js";

const REGION = "ap-northeast-1";
const LEGACY = "ami-0a1b2c3d4e5f60000";
const DAY = 86_400_000;

interface Scenario {
  sim: Simulator;
  root: string;
  /** a[0] oldest … a[7] newest toolkit image of web/x86_64. */
  a: string[];
  snapshotOf: Map<string, string>;
  orphanSnapshot: string;
}

/**
 * Eight web images, 80 to 10 days old. prod pins a[1], staging's history holds a[0], dev pins
 * a[7]; a[2] serves a running instance, a[3] a retained stopped one, a[4] one whose retention
 * is over; web-staging's default launch template version names a[5]. Nothing protects a[6].
 */
async function scenario(): Promise<Scenario> {
  const root = await exampleConfigCopy();
  const sim = await simulatorFromWorld(root);
  const now = sim.clock.now();
  const a: string[] = [];
  const snapshotOf = new Map<string, string>();
  for (let i = 0; i < 8; i++) {
    const { imageId, snapshotIds } = createImageRecord(sim.engine.state, {
      region: REGION,
      name: `web-x86_64-${i}`,
      architecture: "x86_64",
      at: now - (80 - i * 10) * DAY,
      tags: { "amipipe:recipe": "web", "amipipe:arch": "x86_64" },
      volumeSizeGiB: 20,
    });
    a.push(imageId);
    snapshotOf.set(imageId, snapshotIds[0]!);
  }
  const orphan = createImageRecord(sim.engine.state, {
    region: REGION,
    name: "scratch",
    architecture: "x86_64",
    at: now - 400 * DAY,
  });
  delete sim.engine.state.regions[REGION]!.images[orphan.imageId];

  await setPin(root, "prod", { ami: a[1]!, history: [LEGACY] });
  await setPin(root, "staging", { ami: LEGACY, history: [a[0]!] });
  await setPin(root, "dev", { ami: a[7]!, history: [LEGACY] });

  const ec2 = sim.aws.ec2(REGION);
  const launch = async (ami: string) =>
    (
      await ec2.send(
        new RunInstancesCommand({
          ImageId: ami,
          MinCount: 1,
          MaxCount: 1,
          InstanceType: "t3.medium",
          SubnetId: "subnet-0a1b2c3d4e5f60001",
        }),
      )
    ).Instances![0]!.InstanceId!;
  await launch(a[2]!);
  const retained = await launch(a[3]!);
  const expired = await launch(a[4]!);
  await ec2.send(new StopInstancesCommand({ InstanceIds: [retained, expired] }));
  await ec2.send(
    new CreateTagsCommand({
      Resources: [retained],
      Tags: [{ Key: "amipipe:retain-until", Value: new Date(now + DAY).toISOString() }],
    }),
  );
  await ec2.send(
    new CreateTagsCommand({
      Resources: [expired],
      Tags: [{ Key: "amipipe:retain-until", Value: new Date(now - DAY).toISOString() }],
    }),
  );

  const lt = (await ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ["web-staging"] })))
    .LaunchTemplates![0]!;
  const version = await ec2.send(
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: lt.LaunchTemplateId,
      SourceVersion: "1",
      LaunchTemplateData: { ImageId: a[5]! },
    }),
  );
  await ec2.send(
    new ModifyLaunchTemplateCommand({
      LaunchTemplateId: lt.LaunchTemplateId,
      DefaultVersion: String(version.LaunchTemplateVersion!.VersionNumber),
    }),
  );
  // Give the stops time to finish, as they would before anyone runs gc.
  sim.clock.advance(10 * 60_000);
  return { sim, root, a, snapshotOf, orphanSnapshot: orphan.snapshotIds[0]! };
}

const snapshotIds = (s: Scenario) => Object.keys(s.sim.engine.state.regions[REGION]!.snapshots).sort();
const liveImages = (s: Scenario) =>
  Object.values(s.sim.engine.state.regions[REGION]!.images)
    .filter((i) => i.deregisteredAt === undefined)
    .map((i) => i.id);

describe("gc in the simulated world", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await scenario();
  });

  it("a dry run explains every decision and changes nothing", async () => {
    const before = { snapshots: snapshotIds(s), images: liveImages(s) };
    const callsBefore = s.sim.engine.calls.length;
    const result = await gc(contextFor(s.sim, s.root), { dryRun: true, keep: 1 });
    expect(result.ok).toBe(true);
    expect(result.data.deregister.map((d) => d.ami).sort()).toEqual([s.a[4], s.a[6]].sort());
    expect(result.data.reclaimGiB).toBe(40);
    expect(result.data.monthlyCostUSD).toBe(2);
    // One aligned row per decision, the retained instance past its retention included.
    expect(result.text).toMatch(new RegExp(`^  ${s.a[1]}  ${REGION}  20 GiB  pinned: prod$`, "m"));
    expect(result.text).toMatch(new RegExp(`^  ${s.a[0]}  ${REGION}  20 GiB  history: staging$`, "m"));
    expect(result.text).toMatch(/^TERMINATE \(stopped for a fast rollback; retention is over\)$/m);
    const expired = result.data.terminate[0]!;
    expect(result.text).toContain(`  ${expired.instanceId}  ${REGION}  ${s.a[4]}  retained until `);
    expect(result.text).toMatch(/would reclaim 40 GiB of snapshots ≈ \$2\.00 per month/);
    const rows = result.text.split("\n").filter((l) => /^ {2}(ami|i)-/.test(l));
    expect(rows).toHaveLength(2 + 1 + 7 + 3);
    for (const row of rows) expect(row.length).toBeLessThan(160);
    expect(result.text).toMatch(
      /^ {2}ami-0a1b2c3d4e5f60000 .* pinned: staging · history: dev, prod · running: i-\w+ \+4 · templates: web-dev v1, web-prod v1$/m,
    );
    expect({ snapshots: snapshotIds(s), images: liveImages(s) }).toEqual(before);
    expect(s.sim.engine.calls.slice(callsBefore).filter((c) => !c.operation.startsWith("Describe"))).toEqual(
      [],
    );
  });

  it("pinned, in-history, in-use and retained AMIs survive; only the deregistered AMIs' snapshots go", async () => {
    const before = snapshotIds(s);
    const result = await gc(contextFor(s.sim, s.root), { keep: 1 });
    expect(result.ok).toBe(true);

    const gone = [s.a[4]!, s.a[6]!];
    const survivors = [s.a[0]!, s.a[1]!, s.a[2]!, s.a[3]!, s.a[5]!, s.a[7]!, LEGACY];
    expect(liveImages(s)).toEqual(expect.arrayContaining(survivors));
    for (const ami of gone) expect(liveImages(s)).not.toContain(ami);

    const deleted = before.filter((id) => !snapshotIds(s).includes(id)).sort();
    expect(deleted).toEqual(gone.map((ami) => s.snapshotOf.get(ami)!).sort());
    expect(snapshotIds(s)).toContain(s.orphanSnapshot);

    const reasons = Object.fromEntries(result.data.kept.map((k) => [k.ami, k.reason]));
    expect(reasons[s.a[0]!]).toBe("in the pin history of staging");
    expect(reasons[s.a[2]!]).toMatch(/^used by running instance i-/);
    expect(reasons[s.a[3]!]).toMatch(/^used by stopped instance i-.* \(retained until /);
    expect(reasons[s.a[5]!]).toMatch(
      /^referenced by launch template web-staging version 2 \(default version, latest version\)$/,
    );
  });

  it("a snapshot AWS still holds right after the deregistration is left tagged, and the next run deletes it", async () => {
    const ctx = contextFor(s.sim, s.root);
    const planned = await gc(ctx, { keep: 1, dryRun: true });
    const victim = planned.data.deregister[0]!;
    // A run without waiting (as one that died right after DeregisterImage): InvalidSnapshot.InUse.
    const failures = await applyGc(
      s.sim.aws,
      { ...planned.data, deregister: [victim] } as never,
      ctx.progress,
    );
    expect(failures.map((f) => [f.action, f.message])).toEqual([
      ["delete snapshot", expect.stringContaining("is currently in use by")],
    ]);
    expect(snapshotIds(s)).toContain(s.snapshotOf.get(victim.ami));
    await s.sim.clock.sleep(DAY);
    const later = await gc(ctx, { keep: 1 });
    expect(later.data.orphanSnapshots).toEqual([
      expect.objectContaining({ snapshot: s.snapshotOf.get(victim.ami), ami: victim.ami }),
    ]);
    expect(snapshotIds(s)).not.toContain(s.snapshotOf.get(victim.ami));
  });

  it("terminates the retained instance whose retention is over", async () => {
    const result = await gc(contextFor(s.sim, s.root), { keep: 1 });
    expect(result.data.terminate.map((t) => t.ami)).toEqual([s.a[4]]);
    // EC2 is eventually consistent: the state change shows a few seconds later.
    await s.sim.clock.sleep(10_000);
    const ec2 = s.sim.aws.ec2(REGION);
    const answer = await ec2.send(
      new DescribeInstancesCommand({ InstanceIds: result.data.terminate.map((t) => t.instanceId) }),
    );
    expect(answer.Reservations![0]!.Instances![0]!.State!.Name).toMatch(/shutting-down|terminated/);
  });

  it("tags every AMI an environment is pinned to now with amipipe:pinned, and a re-run changes nothing more", async () => {
    await gc(contextFor(s.sim, s.root), { keep: 1 });
    // The next scheduled run, once what the first changed has propagated (eventual consistency).
    await s.sim.clock.sleep(60_000);
    const ec2 = s.sim.aws.ec2(REGION);
    const tags = async (ami: string) =>
      (await ec2.send(new DescribeImagesCommand({ ImageIds: [ami] }))).Images![0]!.Tags?.find(
        (t) => t.Key === "amipipe:pinned",
      )?.Value;
    expect(await tags(s.a[1]!)).toBe("prod");
    // Only current pins: a[0] is only in staging's history, LEGACY only staging's pin now.
    expect(await tags(s.a[0]!)).toBeUndefined();
    expect(await tags(LEGACY)).toBe("staging");
    expect(await tags(s.a[2]!)).toBeUndefined();

    const again = await gc(contextFor(s.sim, s.root), { keep: 1 });
    expect(again.data.deregister).toEqual([]);
    expect(again.data.pinnedTags).toEqual([]);
    expect(again.data.terminate).toEqual([]);
  });
});
