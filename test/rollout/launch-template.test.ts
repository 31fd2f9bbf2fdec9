import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  CreateLaunchTemplateVersionCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplateVersionsCommand,
  ModifyLaunchTemplateCommand,
} from "@aws-sdk/client-ec2";
import {
  DescribeTargetGroupsCommand,
  ModifyTargetGroupAttributesCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { beforeAll, describe, expect, it } from "vitest";
import { promote } from "../../src/commands/promote.js";
import { rollback } from "../../src/commands/rollback.js";
import { defaultTemplateVersion, fork, run, stagingVerifiedWorld } from "./scenario.js";
import { LEGACY_AMI, REGION, type World } from "./world.js";

/** dev and staging run the new image; prod serves its two t3.large legacy servers. */
let stagingVerified: World;
let ami: string;

beforeAll(async () => {
  ({ world: stagingVerified, ami } = await stagingVerifiedWorld());
});

async function typesOf(world: World, env: string, image: string): Promise<string[]> {
  const result = await world.ctx.aws.ec2(REGION).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: "tag:amipipe:environment", Values: [env] },
        { Name: "image-id", Values: [image] },
        { Name: "instance-state-name", Values: ["running"] },
      ],
    }),
  );
  return (result.Reservations ?? []).flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceType!));
}

describe("instance types", () => {
  it("a fleet that names no instance type launches with the launch template's own (the servers' t3.large)", async () => {
    const world = await fork(stagingVerified);
    // The operator's template says t3.large, as the servers it replaces are.
    const ec2 = world.ctx.aws.ec2(REGION);
    const v = await ec2.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateName: "web-prod",
        SourceVersion: "$Default",
        LaunchTemplateData: { InstanceType: "t3.large" },
      }),
    );
    await ec2.send(
      new ModifyLaunchTemplateCommand({
        LaunchTemplateName: "web-prod",
        DefaultVersion: String(v.LaunchTemplateVersion!.VersionNumber),
      }),
    );
    const file = path.join(world.root, "environments", "prod.yml");
    await writeFile(file, (await readFile(file, "utf8")).replace(/\n {2}instanceType: .*\n/, "\n"));

    const outcome = await run(() => promote(world.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    expect(await typesOf(world, "prod", ami)).toEqual(["t3.large", "t3.large"]);
    expect(outcome.data?.instanceTypeChanges).toEqual([]);
  });

  it("a fleet type other than the serving servers' is reported, never silent", async () => {
    const world = await fork(stagingVerified);
    // The fleet asks for t3.medium; the legacy servers run t3.large.
    const file = path.join(world.root, "environments", "prod.yml");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace("\n  subnets:\n", "\n  instanceType: t3.medium\n  subnets:\n"),
    );
    const outcome = await promote(world.ctx, { env: "prod" });
    expect(outcome.ok).toBe(true);
    expect(await typesOf(world, "prod", ami)).toEqual(["t3.medium", "t3.medium"]);
    expect(outcome.data.instanceTypeChanges).toEqual([{ from: "t3.large", to: "t3.medium" }]);
    expect(outcome.text).toContain("instance type changes: t3.large → t3.medium");
  });
});

describe("the launch template's default version follows the pin", () => {
  it("a rollout makes the version it launched the default; a rollback makes the legacy AMI's version the default again", async () => {
    const world = await fork(stagingVerified);
    expect(await defaultTemplateVersion(world, "web-prod")).toMatchObject({ version: 1, ami: LEGACY_AMI });
    // dev and staging already follow their pin.
    expect((await defaultTemplateVersion(world, "web-staging")).ami).toBe(ami);

    const promoted = await run(() => promote(world.ctx, { env: "prod" }));
    expect(promoted.exitCode).toBe(0);
    const launchedFrom = await defaultTemplateVersion(world, "web-prod");
    expect(launchedFrom.ami).toBe(ami);
    expect(launchedFrom.version).toBeGreaterThan(1);
    expect(promoted.data?.launchTemplateDefault).toBe(String(launchedFrom.version));
    const modified = world.sim.engine.calls.filter((c) => c.operation === "ModifyLaunchTemplate");
    expect(modified.map((c) => c.outcome)).toEqual(["ok"]);

    const back = await run(() => rollback(world.ctx, { env: "prod" }));
    expect(back.exitCode).toBe(0);
    expect(await defaultTemplateVersion(world, "web-prod")).toMatchObject({ version: 1, ami: LEGACY_AMI });
  });

  it("a failed rollout leaves the default version alone", async () => {
    const world = await fork(stagingVerified, ["new-instances-unhealthy"]);
    expect((await run(() => promote(world.ctx, { env: "prod" }))).exitCode).toBe(1);
    expect(await defaultTemplateVersion(world, "web-prod")).toMatchObject({ version: 1, ami: LEGACY_AMI });
  });
});

describe("the operator's launch template settings survive the hardened version", () => {
  it("a data volume, its KMS key, the root size and metadata tags of the source version are kept", async () => {
    const world = await fork(stagingVerified);
    const ec2 = world.ctx.aws.ec2(REGION);
    const key = "arn:aws:kms:ap-northeast-1:123456789012:key/0a1b2c3d-0000-4000-8000-000000000001";
    const source = await ec2.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateName: "web-prod",
        SourceVersion: "$Default",
        LaunchTemplateData: {
          BlockDeviceMappings: [
            {
              DeviceName: "/dev/xvda",
              Ebs: { VolumeSize: 40, VolumeType: "gp3", Encrypted: true, KmsKeyId: key },
            },
            {
              DeviceName: "/dev/sdf",
              Ebs: { VolumeSize: 200, VolumeType: "io2", Iops: 3000, KmsKeyId: key },
            },
          ],
          MetadataOptions: {
            InstanceMetadataTags: "enabled",
            HttpTokens: "optional",
            HttpPutResponseHopLimit: 2,
          },
        },
      }),
    );
    await ec2.send(
      new ModifyLaunchTemplateCommand({
        LaunchTemplateName: "web-prod",
        DefaultVersion: String(source.LaunchTemplateVersion!.VersionNumber),
      }),
    );

    const outcome = await run(() => promote(world.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);

    const made = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: "web-prod", Versions: ["$Default"] }),
    );
    const data = made.LaunchTemplateVersions![0]!.LaunchTemplateData!;
    expect(data.ImageId).toBe(ami);
    expect(data.BlockDeviceMappings).toEqual([
      {
        DeviceName: "/dev/xvda",
        Ebs: { VolumeSize: 40, VolumeType: "gp3", Encrypted: true, KmsKeyId: key, DeleteOnTermination: true },
      },
      // The data volume stays, encrypted with the operator's key.
      {
        DeviceName: "/dev/sdf",
        Ebs: { VolumeSize: 200, VolumeType: "io2", Iops: 3000, KmsKeyId: key, Encrypted: true },
      },
    ]);
    // IMDSv2 is required; the operator's metadata tags and hop limit stay.
    expect(data.MetadataOptions).toMatchObject({
      HttpTokens: "required",
      HttpEndpoint: "enabled",
      InstanceMetadataTags: "enabled",
      HttpPutResponseHopLimit: 2,
    });
  });
});

describe("draining follows the target group's own deregistration delay", () => {
  it("a 900-second delay drains in full and the rollout succeeds", async () => {
    const world = await fork(stagingVerified);
    const elb = world.ctx.aws.elbv2(REGION);
    const group = (await elb.send(new DescribeTargetGroupsCommand({ Names: ["web-prod"] })))
      .TargetGroups![0]!;
    await elb.send(
      new ModifyTargetGroupAttributesCommand({
        TargetGroupArn: group.TargetGroupArn!,
        Attributes: [{ Key: "deregistration_delay.timeout_seconds", Value: "900" }],
      }),
    );
    const outcome = await run(() => promote(world.ctx, { env: "prod" }));
    expect(outcome.message ?? "").toBe("");
    expect(outcome.exitCode).toBe(0);
    const drain = outcome.data!.steps.find((s) => s.kind === "drain")!;
    // The old fleet left only after the full 15 minutes of draining.
    expect(Date.parse(drain.finishedAt) - Date.parse(drain.startedAt)).toBeGreaterThanOrEqual(900_000);
  });
});
