import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../src/config/load.js";
import { gatherEvidence } from "../../src/github/evidence.js";
import { awsEvidenceSources } from "../../src/github/evidence-aws.js";
import { surveyServingPackages } from "../../src/github/evidence-packages.js";
import { pinsAtStake, surveyPinsAtStake } from "../../src/github/previous-pins.js";
import { Progress } from "../../src/ports/progress.js";
import { simulatorFromWorld } from "../../src/sim/session.js";
import type { CheckResult } from "../../src/verify/types.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const LEGACY = "ami-0a1b2c3d4e5f60000";

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
  imagePackages: async (ami: string) => {
    const packages = images[ami]?.packages;
    return packages
      ? { packages, source: `image manifest ${ami}` }
      : { missing: `no package list for ${ami}` };
  },
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
    expect(bundle.packageSources).toEqual({
      previous: "image manifest ami-0000000000000000a",
      current: "image manifest ami-0000000000000000b",
    });
  });

  it("a previous image with no package list anywhere leaves the diff out, saying why, instead of inventing one", async () => {
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
    expect(bundle.packageDiffMissing).toBe("no package list for ami-0a1b2c3d4e5f60000");
    expect(bundle.findings.map((c) => c.name)).toEqual(["cron-timezone"]);
  });
});

describe("package lists of a legacy pin, surveyed from the environment's serving instances", () => {
  async function simulated() {
    const sim = await simulatorFromWorld(repoRoot);
    const progress = new Progress(sim.clock);
    const ctx = {
      root: repoRoot,
      clock: sim.clock,
      progress,
      aws: sim.aws,
      ids: sim.ids,
      run: { ci: false },
    };
    return { sim, ctx, progress };
  }

  it("a promotion of dev away from the hand-built AMI surveys one serving dev instance with the packages probe", async () => {
    const { sim, ctx, progress } = await simulated();
    const project = await loadProject(repoRoot);
    const pins = pinsAtStake(project, "promote", { env: "dev", ami: "ami-0123456789abcdef0" });
    expect(pins).toEqual([
      { environment: "dev", region: "ap-northeast-1", targetGroup: "web-dev", ami: LEGACY },
    ]);

    const surveyed = await surveyPinsAtStake(ctx, pins);
    const lookup = surveyed.get(LEGACY)!;
    const inventory = JSON.parse(
      await readFile(path.join(repoRoot, "sim/legacy/web-legacy.inventory.json"), "utf8"),
    ) as { packages: Array<{ name: string; version: string }> };
    // The probe lists the packages as `LC_ALL=C sort` orders them (ImageMagick before acl).
    const byteOrder = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
    expect(lookup).toEqual({
      packages: inventory.packages.map((p) => ({ name: p.name, version: p.version })).sort(byteOrder),
      source: expect.stringMatching(/^surveyed instance i-[0-9a-f]+ \(serving dev\)$/),
    });
    const ssm = sim.engine.calls.filter((c) => c.service === "ssm").map((c) => c.operation);
    expect(ssm[0]).toBe("SendCommand");
    expect(ssm.filter((op) => op === "SendCommand")).toHaveLength(1);
    expect(
      progress.events.some((e) => /surveying the packages of ami-0a1b2c3d4e5f60000 on i-/.test(e.message)),
    ).toBe(true);

    // The evidence says where each side of the diff came from.
    const evidenceSources = awsEvidenceSources(sim.aws, {
      root: repoRoot,
      region: "ap-northeast-1",
      surveyed,
    });
    const previous = await evidenceSources.imagePackages(LEGACY);
    expect("source" in previous && previous.source).toMatch(/^surveyed instance i-/);
  });

  it("a pin no serving instance runs cannot be surveyed, and the evidence says so", async () => {
    const { ctx } = await simulated();
    const lookup = await surveyServingPackages(ctx, {
      region: "ap-northeast-1",
      environment: "dev",
      targetGroup: "web-dev",
      ami: "ami-0000000000000000b",
    });
    expect(lookup).toEqual({
      missing:
        "no package list recorded for ami-0000000000000000b, and no serving instance of dev runs it to survey",
    });
  });

  it("commands that re-pin nothing, or to the pin it already has, survey nothing", async () => {
    const project = await loadProject(repoRoot);
    expect(pinsAtStake(project, "verify", { env: "dev" })).toEqual([]);
    expect(pinsAtStake(project, "promote", { env: "nowhere" })).toEqual([]);
    expect(pinsAtStake(project, "promote", { env: "dev", ami: LEGACY })).toEqual([]);
    expect(pinsAtStake(project, "rebake", { recipe: "web" }).map((p) => p.environment)).toEqual(["dev"]);
  });
});
