import {
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplateVersionsCommand,
  RunInstancesCommand,
} from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { factsFromInventory, factsFromManifest, inventoryAt } from "../../src/sim/host/instance.js";
import { LAUNCH, legacyInventory, webManifest } from "../probes/fixtures.js";
import { exampleWorld, LEGACY_AMI, REGION, SUBNETS } from "./world.js";

describe("documented EC2 behaviour the simulator reproduces", () => {
  it("RunInstances refuses SubnetId with a launch template that defines network interfaces", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    await ec2.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: "with-eni",
        LaunchTemplateData: {
          ImageId: LEGACY_AMI,
          InstanceType: "t3.micro",
          NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: SUBNETS[0] }],
        },
      }),
    );
    await expect(
      ec2.send(
        new RunInstancesCommand({
          MinCount: 1,
          MaxCount: 1,
          LaunchTemplate: { LaunchTemplateName: "with-eni", Version: "1" },
          SubnetId: SUBNETS[1],
        }),
      ),
    ).rejects.toMatchObject({
      name: "InvalidParameterCombination",
      message: "Network interfaces and an instance-level subnet ID may not be specified on the same request",
    });
  });

  it("a new launch template version's parameters replace the source version's whole (block devices, metadata options)", async () => {
    const sim = await exampleWorld();
    const ec2 = sim.aws.ec2(REGION);
    await ec2.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: "two-volumes",
        LaunchTemplateData: {
          ImageId: LEGACY_AMI,
          BlockDeviceMappings: [
            { DeviceName: "/dev/xvda", Ebs: { VolumeSize: 30, KmsKeyId: "alias/web" } },
            { DeviceName: "/dev/sdf", Ebs: { VolumeSize: 100 } },
          ],
          MetadataOptions: { HttpTokens: "required", InstanceMetadataTags: "enabled" },
        },
      }),
    );
    await ec2.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateName: "two-volumes",
        SourceVersion: "1",
        LaunchTemplateData: {
          BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { Encrypted: true } }],
          MetadataOptions: { HttpPutResponseHopLimit: 2 },
        },
      }),
    );
    const v2 = (
      await ec2.send(
        new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: "two-volumes", Versions: ["2"] }),
      )
    ).LaunchTemplateVersions![0]!.LaunchTemplateData!;
    expect(v2.ImageId).toBe(LEGACY_AMI);
    expect(v2.BlockDeviceMappings).toEqual([{ DeviceName: "/dev/xvda", Ebs: { Encrypted: true } }]);
    expect(v2.MetadataOptions).toEqual({ HttpPutResponseHopLimit: 2 });
  });
});

describe("simulated hosts", () => {
  it("every host runs the SSM agent and its worker, legacy servers too", () => {
    const comms = (facts: Parameters<typeof inventoryAt>[0]) =>
      (inventoryAt(facts, LAUNCH + 60_000).processes ?? []).map((p) => p.comm);
    const fresh = factsFromManifest(webManifest, { launchedAt: LAUNCH });
    const legacy = factsFromInventory(legacyInventory());
    for (const facts of [fresh, legacy])
      expect(comms(facts)).toEqual(expect.arrayContaining(["amazon-ssm-agen", "ssm-agent-worke"]));
  });
});
