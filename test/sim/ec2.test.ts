import {
  CreateLaunchTemplateVersionCommand,
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeInstanceStatusCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeSnapshotsCommand,
  ModifyLaunchTemplateCommand,
  paginateDescribeInstances,
  RebootInstancesCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import { DescribeTargetHealthCommand } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { TAG } from "../../src/aws/tags.js";
import { createImageRecord } from "../../src/sim/services/ec2.js";
import { exampleWorld, LEGACY_AMI, MINUTE, REGION, SECOND, SUBNETS, targetGroupArn } from "./world.js";

describe("EC2 in the simulated world", () => {
  it("the example world runs the seed's legacy fleet: dev ×1, staging ×2, prod ×2", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    const counts: Record<string, number> = {};
    for (const env of ["dev", "staging", "prod"]) {
      // Hand-built servers carry no amipipe tags: their target group is what ties them to a stage.
      const health = await sim.aws
        .elbv2(REGION)
        .send(new DescribeTargetHealthCommand({ TargetGroupArn: await targetGroupArn(sim, `web-${env}`) }));
      const ids = health.TargetHealthDescriptions!.map((d) => d.Target!.Id!);
      const out = await ec2.send(
        new DescribeInstancesCommand({
          InstanceIds: ids,
          Filters: [{ Name: "instance-state-name", Values: ["running"] }],
        }),
      );
      const instances = out.Reservations!.flatMap((r) => r.Instances!);
      expect(instances.every((i) => i.ImageId === LEGACY_AMI)).toBe(true);
      expect(
        instances.flatMap((i) => i.Tags!.map((t) => t.Key!)).filter((k) => k.startsWith("amipipe:")),
      ).toEqual([]);
      counts[env] = instances.length;
    }
    expect(counts).toEqual({ dev: 1, staging: 2, prod: 2 });
  });

  it("a launched instance is pending, runs after ~20s and passes status checks about two minutes later", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    const run = await ec2.send(
      new RunInstancesCommand({
        MinCount: 1,
        MaxCount: 1,
        LaunchTemplate: { LaunchTemplateName: "web-dev", Version: "$Latest" },
        SubnetId: SUBNETS[1],
        MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled" },
        TagSpecifications: [
          {
            ResourceType: "instance",
            Tags: [
              { Key: TAG.environment, Value: "dev" },
              { Key: TAG.role, Value: "new" },
            ],
          },
        ],
        BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { VolumeSize: 20, VolumeType: "gp3" } }],
      }),
    );
    const launched = run.Instances![0]!;
    expect(launched.State?.Name).toBe("pending");
    expect(launched.Placement?.AvailabilityZone).toBe("ap-northeast-1c");
    expect(launched.MetadataOptions?.HttpTokens).toBe("required");
    const id = launched.InstanceId!;
    expect(Object.fromEntries(launched.Tags!.map((t) => [t.Key, t.Value]))).toMatchObject({
      [TAG.role]: "new",
      "aws:ec2launchtemplate:version": "1",
    });

    await sim.clock.sleep(25 * SECOND);
    const status = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id] }));
    expect(status.InstanceStatuses![0]!.InstanceState?.Name).toBe("running");
    expect(status.InstanceStatuses![0]!.InstanceStatus?.Status).toBe("initializing");

    await sim.clock.sleep(2 * MINUTE);
    const later = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id] }));
    expect(later.InstanceStatuses![0]!.InstanceStatus?.Status).toBe("ok");
    const described = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(described.Reservations![0]!.Instances![0]!.BlockDeviceMappings![0]!.Ebs?.VolumeId).toMatch(
      /^vol-/,
    );
  });

  it("stop, start, reboot and terminate move an instance through EC2's states", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    const run = await ec2.send(
      new RunInstancesCommand({
        MinCount: 1,
        MaxCount: 1,
        ImageId: LEGACY_AMI,
        InstanceType: "t3.medium",
        SubnetId: SUBNETS[0],
      }),
    );
    const id = run.Instances![0]!.InstanceId!;
    await sim.clock.sleep(30 * SECOND);
    const stop = await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    expect(stop.StoppingInstances![0]).toMatchObject({
      PreviousState: { Name: "running" },
      CurrentState: { Name: "stopping" },
    });
    await sim.clock.sleep(MINUTE);
    const start = await ec2.send(new StartInstancesCommand({ InstanceIds: [id] }));
    expect(start.StartingInstances![0]).toMatchObject({
      PreviousState: { Name: "stopped" },
      CurrentState: { Name: "pending" },
    });
    await sim.clock.sleep(MINUTE);
    await ec2.send(new RebootInstancesCommand({ InstanceIds: [id] }));
    const rebooted = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id] }));
    expect(rebooted.InstanceStatuses![0]!.InstanceStatus?.Status).toBe("initializing");
    const term = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    expect(term.TerminatingInstances![0]!.CurrentState?.Name).toBe("shutting-down");
    await sim.clock.sleep(MINUTE);
    const gone = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(gone.Reservations![0]!.Instances![0]!.State?.Name).toBe("terminated");
    await expect(ec2.send(new StartInstancesCommand({ InstanceIds: [id] }))).rejects.toMatchObject({
      name: "IncorrectInstanceState",
    });
  });

  it("an unknown instance id answers InvalidInstanceID.NotFound, as on AWS", async () => {
    const sim = await exampleWorld();
    await expect(
      sim.aws.ec2(REGION).send(new DescribeInstancesCommand({ InstanceIds: ["i-0123456789abcdef0"] })),
    ).rejects.toMatchObject({
      name: "InvalidInstanceID.NotFound",
      $metadata: { httpStatusCode: 400 },
    });
    expect(sim.engine.calls.at(-1)).toMatchObject({
      service: "ec2",
      operation: "DescribeInstances",
      outcome: "InvalidInstanceID.NotFound",
    });
  });

  it("DescribeInstances pages with MaxResults and NextToken through the SDK paginator", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    await ec2.send(
      new RunInstancesCommand({
        MinCount: 7,
        MaxCount: 7,
        ImageId: LEGACY_AMI,
        InstanceType: "t3.micro",
        SubnetId: SUBNETS[2],
      }),
    );
    await sim.clock.sleep(10_000); // until the launch has propagated (eventual consistency)
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 5 }, {})) {
      pages++;
      for (const r of page.Reservations ?? []) for (const i of r.Instances ?? []) ids.push(i.InstanceId!);
    }
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(pages).toBe(3);
  });

  it("launch template versions: a new numbered version, $Latest and $Default resolve, the default can move", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    const image = createImageRecord(sim.engine.state, {
      region: REGION,
      name: "web-x86_64-1",
      architecture: "x86_64",
      at: sim.clock.now(),
      tags: { [TAG.recipe]: "web" },
    });
    const v2 = await ec2.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateName: "web-prod",
        SourceVersion: "$Latest",
        VersionDescription: "amipipe rollout",
        LaunchTemplateData: { ImageId: image.imageId, MetadataOptions: { HttpTokens: "required" } },
      }),
    );
    expect(v2.LaunchTemplateVersion).toMatchObject({
      VersionNumber: 2,
      DefaultVersion: false,
      // Copied from the source version: web-prod's type is t3.large in the example world.
      LaunchTemplateData: { ImageId: image.imageId, InstanceType: "t3.large" },
    });
    const both = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({
        LaunchTemplateName: "web-prod",
        Versions: ["$Latest", "$Default"],
      }),
    );
    expect(both.LaunchTemplateVersions!.map((v) => v.VersionNumber)).toEqual([2, 1]);
    const modified = await ec2.send(
      new ModifyLaunchTemplateCommand({ LaunchTemplateName: "web-prod", DefaultVersion: "2" }),
    );
    expect(modified.LaunchTemplate?.DefaultVersionNumber).toBe(2);
    const run = await ec2.send(
      new RunInstancesCommand({
        MinCount: 1,
        MaxCount: 1,
        LaunchTemplate: { LaunchTemplateName: "web-prod" },
        SubnetId: SUBNETS[0],
      }),
    );
    expect(run.Instances![0]!.ImageId).toBe(image.imageId);
    await expect(
      ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: "web-nope" })),
    ).rejects.toMatchObject({ name: "InvalidLaunchTemplateName.NotFoundException" });
  });

  it("images are found by owner and tag; a snapshot in use cannot go until its image's deregistration has propagated", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    const { imageId, snapshotIds } = createImageRecord(sim.engine.state, {
      region: REGION,
      name: "web-x86_64-2026-05-01",
      architecture: "x86_64",
      at: sim.clock.now(),
      tags: { [TAG.recipe]: "web" },
      snapshotTags: { [TAG.recipe]: "web" },
    });
    const own = await ec2.send(
      new DescribeImagesCommand({
        Owners: ["self"],
        Filters: [{ Name: `tag:${TAG.recipe}`, Values: ["web"] }],
      }),
    );
    expect(own.Images!.map((i) => i.ImageId)).toEqual([imageId]);
    const amazon = await ec2.send(
      new DescribeImagesCommand({
        Owners: ["amazon"],
        Filters: [{ Name: "name", Values: ["amzn2-ami-kernel-5.10-hvm-*-x86_64-gp2"] }],
      }),
    );
    expect(amazon.Images).toHaveLength(1);
    await expect(ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotIds[0]! }))).rejects.toMatchObject({
      name: "InvalidSnapshot.InUse",
    });
    await ec2.send(new DeregisterImageCommand({ ImageId: imageId }));
    // Still held for a while after the deregistration (it propagates), then free.
    await expect(ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotIds[0]! }))).rejects.toMatchObject({
      name: "InvalidSnapshot.InUse",
    });
    await sim.clock.sleep(30_000);
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotIds[0]! }));
    const snaps = await ec2.send(
      new DescribeSnapshotsCommand({
        OwnerIds: ["self"],
        Filters: [{ Name: `tag:${TAG.recipe}`, Values: ["web"] }],
      }),
    );
    expect(snaps.Snapshots).toEqual([]);
  });

  it("tags are added and removed on instances and images", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    await ec2.send(
      new CreateTagsCommand({ Resources: [LEGACY_AMI], Tags: [{ Key: TAG.pinned, Value: "prod" }] }),
    );
    const tagged = await ec2.send(
      new DescribeImagesCommand({ Filters: [{ Name: "tag-key", Values: [TAG.pinned] }] }),
    );
    expect(tagged.Images!.map((i) => i.ImageId)).toEqual([LEGACY_AMI]);
    await ec2.send(new DeleteTagsCommand({ Resources: [LEGACY_AMI], Tags: [{ Key: TAG.pinned }] }));
    const untagged = await ec2.send(
      new DescribeImagesCommand({ Filters: [{ Name: "tag-key", Values: [TAG.pinned] }] }),
    );
    expect(untagged.Images).toEqual([]);
    await expect(
      ec2.send(new CreateTagsCommand({ Resources: [LEGACY_AMI], Tags: [{ Key: "aws:x", Value: "1" }] })),
    ).rejects.toMatchObject({
      name: "InvalidParameterValue",
    });
  });

  it("an AMI and an instance type of different architectures do not launch", async () => {
    const sim = await exampleWorld();
    await expect(
      sim.aws.ec2(REGION).send(
        new RunInstancesCommand({
          MinCount: 1,
          MaxCount: 1,
          ImageId: LEGACY_AMI,
          InstanceType: "t4g.medium",
          SubnetId: SUBNETS[0],
        }),
      ),
    ).rejects.toMatchObject({ name: "InvalidParameterValue" });
  });
});
