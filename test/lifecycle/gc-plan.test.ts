import { describe, expect, it } from "vitest";
import type { ObservedImage, RegionObservation } from "../../src/lifecycle/gc-observed.js";
import { planGc } from "../../src/lifecycle/gc-plan.js";

const DAY = 86_400_000;
const NOW = Date.parse("2026-11-25T00:00:00Z");
const region = "ap-northeast-1";

function image(
  ami: string,
  daysOld: number,
  o: { recipe?: string; snapshots?: string[]; tags?: Record<string, string> } = {},
): ObservedImage {
  return {
    ami,
    region,
    createdAt: NOW - daysOld * DAY,
    state: "available",
    architecture: "x86_64",
    tags: {
      ...(o.recipe === undefined
        ? { "amipipe:recipe": "web", "amipipe:arch": "x86_64" }
        : o.recipe
          ? { "amipipe:recipe": o.recipe }
          : {}),
      ...o.tags,
    },
    snapshots: o.snapshots ?? [`snap-${ami.slice(4)}`],
  };
}

function world(images: ObservedImage[], extra: Partial<RegionObservation> = {}): RegionObservation {
  const snapshots = images.flatMap((i) => i.snapshots).map((id) => ({ id, region, sizeGiB: 8 }));
  return { region, images, snapshots, instances: [], launchTemplateUses: [], ...extra };
}

const amis = (list: { ami: string }[]) => list.map((x) => x.ami).sort();

describe("gc plan", () => {
  it("deregisters old toolkit images beyond the newest N and deletes exactly their snapshots", () => {
    const images = [1, 2, 3, 4, 5].map((d) => image(`ami-00000000${d}`, d * 10));
    const plan = planGc([world(images)], [], { now: NOW, keep: 2, olderThanMs: 0 });
    expect(amis(plan.deregister)).toEqual(["ami-000000003", "ami-000000004", "ami-000000005"]);
    expect(plan.deregister.flatMap((d) => d.snapshots).sort()).toEqual([
      "snap-000000003",
      "snap-000000004",
      "snap-000000005",
    ]);
    expect(plan.reclaimGiB).toBe(24);
    expect(plan.monthlyCostUSD).toBe(1.2);
    expect(plan.kept.find((k) => k.ami === "ami-000000001")?.reason).toMatch(
      /newest 1 of 2 kept for web\/x86_64/,
    );
  });

  it("never deregisters a pinned, in-history, in-use or launch-template image, however old", () => {
    const images = [
      image("ami-0000000a1", 1),
      image("ami-0000000b2", 90),
      image("ami-0000000c3", 91),
      image("ami-0000000d4", 92),
      image("ami-0000000e5", 93),
      image("ami-0000000f6", 94),
    ];
    const observed = world(images, {
      instances: [
        { id: "i-running", region, ami: "ami-0000000d4", state: "running", tags: {} },
        {
          id: "i-retained",
          region,
          ami: "ami-0000000e5",
          state: "stopped",
          tags: { "amipipe:retain-until": "2026-11-26T00:00:00Z" },
        },
      ],
      launchTemplateUses: [
        {
          region,
          launchTemplate: "web-prod",
          version: "7",
          usedBy: "Auto Scaling group web-prod",
          ami: "ami-0000000f6",
        },
      ],
    });
    const plan = planGc(
      [observed],
      [
        { env: "prod", ami: "ami-0000000b2", kind: "pin" },
        { env: "staging", ami: "ami-0000000c3", kind: "history" },
      ],
      { now: NOW, keep: 0, olderThanMs: 0 },
    );
    expect(amis(plan.deregister)).toEqual(["ami-0000000a1"]);
    const reason = (ami: string) => plan.kept.find((k) => k.ami === ami)?.reason;
    expect(reason("ami-0000000b2")).toBe("pinned by prod");
    expect(reason("ami-0000000c3")).toBe("in the pin history of staging");
    expect(reason("ami-0000000d4")).toMatch(/used by running instance i-running/);
    expect(reason("ami-0000000e5")).toMatch(/retained until 2026-11-26/);
    expect(reason("ami-0000000f6")).toMatch(
      /launch template web-prod version 7 \(Auto Scaling group web-prod\)/,
    );
    expect(plan.terminate).toEqual([]);
  });

  it("terminates retained instances past their retention and lets their image go", () => {
    const observed = world([image("ami-000000001", 1), image("ami-000000002", 30)], {
      instances: [
        {
          id: "i-old",
          region,
          ami: "ami-000000002",
          state: "stopped",
          tags: { "amipipe:retain-until": "2026-11-24T00:00:00Z" },
        },
      ],
    });
    const plan = planGc([observed], [], { now: NOW, keep: 1, olderThanMs: 0 });
    expect(plan.terminate.map((t) => t.instanceId)).toEqual(["i-old"]);
    expect(amis(plan.deregister)).toEqual(["ami-000000002"]);
  });

  it("leaves images it did not build, young images and snapshots shared with a kept image", () => {
    const shared = "snap-shared";
    const observed = world([
      image("ami-000000001", 1, { snapshots: [shared] }),
      image("ami-000000002", 40, { snapshots: [shared, "snap-own"] }),
      image("ami-000000003", 2),
      image("ami-0000000ff", 400, { recipe: "" }),
    ]);
    const plan = planGc([observed], [], { now: NOW, keep: 1, olderThanMs: 7 * DAY });
    expect(amis(plan.deregister)).toEqual(["ami-000000002"]);
    expect(plan.deregister[0]!.snapshots).toEqual(["snap-own"]);
    const reason = (ami: string) => plan.kept.find((k) => k.ami === ami)?.reason;
    expect(reason("ami-000000003")).toMatch(/younger than --older-than/);
    expect(reason("ami-0000000ff")).toMatch(/not built by amipipe/);
  });

  it("amipipe:pinned lists only the environments whose current pin the image is", () => {
    const observed = world([
      image("ami-000000001", 1),
      image("ami-000000002", 2, { tags: { "amipipe:pinned": "dev" } }),
      image("ami-000000003", 3, { tags: { "amipipe:pinned": "prod" } }),
    ]);
    const plan = planGc(
      [observed],
      [
        { env: "dev", ami: "ami-000000001", kind: "pin" },
        { env: "prod", ami: "ami-000000001", kind: "history" },
        { env: "prod", ami: "ami-000000003", kind: "pin" },
      ],
      { now: NOW, keep: 5, olderThanMs: 0 },
    );
    // Only current pins count: prod's history entry does not make ami-000000001 "pinned" by prod.
    expect(plan.pinnedTags).toEqual([
      { ami: "ami-000000001", region, value: "dev" },
      { ami: "ami-000000002", region, value: null },
    ]);
  });

  it("says why an image is kept as data: pins, history, instances by state, retention, launch templates", () => {
    const observed = world([image("ami-0000000a1", 50), image("ami-0000000b2", 60)], {
      instances: [
        { id: "i-1", region, ami: "ami-0000000a1", state: "running", tags: {} },
        { id: "i-2", region, ami: "ami-0000000a1", state: "running", tags: {} },
        {
          id: "i-3",
          region,
          ami: "ami-0000000a1",
          state: "stopped",
          tags: { "amipipe:retain-until": "2026-11-26T00:00:00Z" },
        },
      ],
      launchTemplateUses: [
        { region, launchTemplate: "web-prod", version: "7", usedBy: "default version", ami: "ami-0000000a1" },
        { region, launchTemplate: "web-prod", version: "7", usedBy: "latest version", ami: "ami-0000000a1" },
      ],
    });
    const plan = planGc(
      [observed],
      [
        { env: "prod", ami: "ami-0000000a1", kind: "pin" },
        { env: "staging", ami: "ami-0000000a1", kind: "history" },
        { env: "dev", ami: "ami-0000000a1", kind: "history" },
      ],
      { now: NOW, keep: 1, olderThanMs: 0 },
    );
    const kept = plan.kept.find((k) => k.ami === "ami-0000000a1")!;
    expect(kept).toEqual({
      ami: "ami-0000000a1",
      region,
      sizeGiB: 8,
      reasons: [
        { kind: "pinned", environments: ["prod"] },
        { kind: "history", environments: ["dev", "staging"] },
        { kind: "instances", state: "running", ids: ["i-1", "i-2"] },
        {
          kind: "retained",
          instances: [{ id: "i-3", state: "stopped", retainUntil: "2026-11-26T00:00:00Z" }],
        },
        {
          kind: "launch-template",
          launchTemplate: "web-prod",
          version: "7",
          usedBy: ["default version", "latest version"],
        },
      ],
      reason:
        "pinned by prod; in the pin history of dev, staging; used by 2 running instances (i-1, i-2); " +
        "used by stopped instance i-3 (retained until 2026-11-26T00:00:00Z); " +
        "referenced by launch template web-prod version 7 (default version, latest version)",
    });
    expect(plan.deregister).toEqual([
      {
        ami: "ami-0000000b2",
        region,
        snapshots: ["snap-0000000b2"],
        sizeGiB: 8,
        builtAt: new Date(NOW - 60 * DAY).toISOString(),
        reason: expect.stringContaining("not pinned, in no pin history"),
      },
    ]);
  });
});
