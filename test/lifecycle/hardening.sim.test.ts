import {
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplatesCommand,
  ModifyLaunchTemplateCommand,
} from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { launchTemplateHardening } from "../../src/lifecycle/hardening.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { exampleConfigCopy } from "./world.js";

const REGION = "ap-northeast-1";

describe("launch template hardening in the simulated world", () => {
  it("finds the hand-made template's gaps, and passes a version that requires IMDSv2 and encrypts the root volume", async () => {
    const root = await exampleConfigCopy();
    const sim = await simulatorFromWorld(root);
    const env = (await loadProject(root)).environments.get("prod")!.env;
    const before = await launchTemplateHardening(sim.aws, env);
    expect(before.map((c) => [c.name, c.passed, c.target])).toEqual([
      ["hardening:imdsv2", false, "prod: web-prod v1"],
      ["hardening:root-volume-encrypted", false, "prod: web-prod v1"],
    ]);
    const ec2 = sim.aws.ec2(REGION);
    const lt = (await ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ["web-prod"] })))
      .LaunchTemplates![0]!;
    const v = await ec2.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: lt.LaunchTemplateId,
        SourceVersion: "1",
        LaunchTemplateData: {
          MetadataOptions: { HttpTokens: "required" },
          BlockDeviceMappings: [
            { DeviceName: "/dev/xvda", Ebs: { Encrypted: true, VolumeSize: 16, VolumeType: "gp3" } },
          ],
        },
      }),
    );
    await ec2.send(
      new ModifyLaunchTemplateCommand({
        LaunchTemplateId: lt.LaunchTemplateId,
        DefaultVersion: String(v.LaunchTemplateVersion!.VersionNumber),
      }),
    );
    const after = await launchTemplateHardening(sim.aws, env);
    expect(after.map((c) => [c.name, c.passed])).toEqual([
      ["hardening:imdsv2", true],
      ["hardening:root-volume-encrypted", true],
    ]);
  });
});
