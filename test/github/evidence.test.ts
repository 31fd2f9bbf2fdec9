import { describe, expect, it } from "vitest";
import { gatherEvidence } from "../../src/github/evidence.js";
import type { CheckResult } from "../../src/verify/types.js";

const check = (name: string, passed: boolean): CheckResult => ({
  name,
  level: "instance",
  target: "i-0new",
  passed,
  summary: name,
  evidence: {},
});

const images: Record<
  string,
  { tags: Record<string, string>; packages?: Array<{ name: string; version: string }> }
> = {
  "ami-0000000000000000a": {
    tags: { Name: "web-old" },
    packages: [
      { name: "openssl", version: "1:1.0.2k-24.amzn2" },
      { name: "mysql", version: "5.7.44-1" },
    ],
  },
  "ami-0000000000000000b": {
    tags: { Name: "web-new", "amipipe:recipe": "web", "amipipe:git-sha": "abc" },
    packages: [
      { name: "openssl", version: "1:1.0.2k-26.amzn2" },
      { name: "fluent-package", version: "5.0.4-1" },
    ],
  },
};
const sources = {
  imageTags: async (ami: string) => images[ami]?.tags ?? {},
  imagePackages: async (ami: string) => images[ami]?.packages,
};

describe("promotion evidence", () => {
  it("bundles verification, parity, the package diff from the previous pin and the image's provenance", async () => {
    const bundle = await gatherEvidence(
      {
        command: "promote",
        environment: "staging",
        ami: "ami-0000000000000000b",
        previous: "ami-0000000000000000a",
        outcome: "promoted",
        checks: [check("timezone", true), check("log-delivery:fluentd", true), check("parity", true)],
        runUrl: "https://github.com/acme/web/actions/runs/1",
      },
      sources,
    );
    expect(bundle.verification.map((c) => c.name)).toEqual(["timezone", "log-delivery:fluentd"]);
    expect(bundle.parity.map((c) => c.name)).toEqual(["parity"]);
    expect(bundle.findings).toEqual([]);
    expect(bundle.provenance).toEqual({ "amipipe:git-sha": "abc", "amipipe:recipe": "web" });
    expect(bundle.packageDiff?.upgraded).toEqual([
      { name: "openssl", from: "1:1.0.2k-24.amzn2", to: "1:1.0.2k-26.amzn2" },
    ]);
    expect(bundle.packageDiff?.added).toEqual([{ name: "fluent-package", version: "5.0.4-1" }]);
    expect(bundle.packageDiff?.removed).toEqual([{ name: "mysql", version: "5.7.44-1" }]);
  });

  it("a previous image without a package list (a legacy AMI) leaves the diff out instead of inventing one", async () => {
    const bundle = await gatherEvidence(
      {
        command: "promote",
        environment: "dev",
        ami: "ami-0000000000000000b",
        previous: "ami-0a1b2c3d4e5f60000",
        outcome: "failed",
        checks: [check("cron-timezone", false)],
      },
      sources,
    );
    expect(bundle.packageDiff).toBeUndefined();
    expect(bundle.findings.map((c) => c.name)).toEqual(["cron-timezone"]);
  });
});
