import { describe, expect, it } from "vitest";
import { hardeningChecks } from "../../src/verify/launch-template.js";

const byName = (results: { name: string; passed: boolean }[]) =>
  Object.fromEntries(results.map((r) => [r.name, r.passed]));

describe("launch template hardening", () => {
  it("passes a version that requires IMDSv2 and encrypts its root volume", () => {
    const results = hardeningChecks("prod", {
      launchTemplate: "web-prod",
      version: "7",
      data: {
        MetadataOptions: { HttpTokens: "required" },
        BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { Encrypted: true } }],
      },
      encryptionByDefault: false,
    });
    expect(byName(results)).toEqual({ "hardening:imdsv2": true, "hardening:root-volume-encrypted": true });
  });

  it("finds IMDSv1 left open and an unencrypted root volume, and says how to fix it", () => {
    const results = hardeningChecks("prod", {
      launchTemplate: "web-prod",
      version: "3",
      data: { MetadataOptions: { HttpTokens: "optional" } },
      image: {
        RootDeviceName: "/dev/xvda",
        BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { Encrypted: false } }],
      },
      encryptionByDefault: false,
    });
    expect(byName(results)).toEqual({ "hardening:imdsv2": false, "hardening:root-volume-encrypted": false });
    expect(results[0]!.summary).toMatch(/HttpTokens optional/);
    expect(results[1]!.summary).toMatch(/turn on EBS encryption by default/);
    expect(results[1]!.target).toBe("prod: web-prod v3");
  });

  it("accepts encryption inherited from the AMI's snapshot or the account default", () => {
    const base = {
      launchTemplate: "web-dev",
      version: "2",
      data: { MetadataOptions: { HttpTokens: "required" as const } },
    };
    const fromAmi = hardeningChecks("dev", {
      ...base,
      image: {
        RootDeviceName: "/dev/xvda",
        BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { Encrypted: true } }],
      },
      encryptionByDefault: false,
    });
    const fromDefault = hardeningChecks("dev", { ...base, encryptionByDefault: true });
    expect(fromAmi[1]!.summary).toMatch(/AMI's encrypted root snapshot/);
    expect(fromDefault[1]!.summary).toMatch(/EBS encryption by default/);
  });
});
