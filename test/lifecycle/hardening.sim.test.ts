import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplatesCommand,
  ModifyLaunchTemplateCommand,
} from "@aws-sdk/client-ec2";
import { describe, expect, it } from "vitest";
import { bake } from "../../src/commands/bake.js";
import { promote } from "../../src/commands/promote.js";
import { loadProject } from "../../src/config/load.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import { launchTemplateHardening } from "../../src/verify/launch-template.js";
import { contextFor, exampleConfigCopy } from "./world.js";

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

  it("a rollout's soak checks the numbered version it launched from, once; EBS encryption by default is read from EC2", async () => {
    const root = await exampleConfigCopy();
    // Parity with the legacy server is the verification scenarios' subject.
    const devFile = path.join(root, "environments", "dev.yml");
    await writeFile(devFile, (await readFile(devFile, "utf8")).replace("  parity: true", "  parity: false"));
    const sim = await simulatorFromWorld(root);
    const ctx = contextFor(sim, root);
    const ami = (await bake(ctx, { recipe: "web" })).data.amis[0]!.ami;
    const promoted = await promote(ctx, { env: "dev", ami, reconcile: true });
    expect(promoted.ok).toBe(true);
    const hardening = promoted.data.checks.filter((c) => c.name.startsWith("hardening:"));
    expect(hardening.map((c) => [c.name, c.passed])).toEqual([
      ["hardening:imdsv2", true],
      ["hardening:root-volume-encrypted", true],
    ]);
    expect(hardening[0]!.target).toMatch(/^dev: web-dev v([2-9]|\d\d+)$/);
    expect(hardening[1]!.summary).toBe(
      "root volume /dev/xvda is encrypted by the launch template's root volume mapping",
    );
    expect(sim.engine.calls.filter((c) => c.operation === "GetEbsEncryptionByDefault")).toEqual([
      expect.objectContaining({ service: "ec2", outcome: "ok" }),
    ]);

    // The hand-made template of prod: encrypted only once the account default is on.
    const env = (await loadProject(root)).environments.get("prod")!.env;
    sim.engine.state.regions[REGION]!.ebsEncryptionByDefault = true;
    const byDefault = await launchTemplateHardening(sim.aws, env);
    expect(byDefault.map((c) => [c.name, c.passed])).toEqual([
      ["hardening:imdsv2", false],
      ["hardening:root-volume-encrypted", true],
    ]);
    expect(byDefault[1]!.summary).toBe(
      "root volume /dev/xvda is encrypted by EBS encryption by default in the region",
    );
  });
});
