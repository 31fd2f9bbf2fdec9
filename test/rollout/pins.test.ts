import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { environmentSchema } from "../../src/config/schema.js";
import {
  PIN_HISTORY_LIMIT,
  pushPinInSource,
  readPinFromSource,
  revertPinInSource,
} from "../../src/gitops/pin-document.js";
import { decidePromotion, promotionReason, returnsToEarlierPin } from "../../src/gitops/policy.js";

const FILE = `# The prod stage.
name: prod
recipe: web
region: ap-northeast-1

# The AMI this environment must run.
pin:
  ami: ami-0a1b2c3d4e5f60000
  history: []

fleet:
  kind: instances
  count: 2 # two behind the ALB
  launchTemplate: web-prod
  targetGroup: web-prod
  subnets: [subnet-0a1b2c3d4e5f60001]

promotion:
  from: staging
`;

describe("pins in git", () => {
  it("a promotion rewrites only the pin block and keeps every comment", () => {
    const next = pushPinInSource(FILE, {
      ami: "ami-0bbbbbbbbbbbbbbbb",
      at: "2026-11-25T00:00:00.000Z",
      by: "alice",
      reason: "promoted from staging",
    });
    expect(next).toContain("# The prod stage.");
    expect(next).toContain("# The AMI this environment must run.");
    expect(next).toContain("count: 2 # two behind the ALB");
    const pin = readPinFromSource(next);
    expect(pin).toMatchObject({ ami: "ami-0bbbbbbbbbbbbbbbb", by: "alice", reason: "promoted from staging" });
    expect(pin.history).toEqual([{ ami: "ami-0a1b2c3d4e5f60000", at: "2026-11-25T00:00:00.000Z" }]);
    // Everything outside the pin block is byte-identical.
    expect(next.slice(next.indexOf("fleet:"))).toBe(FILE.slice(FILE.indexOf("fleet:")));
    expect(environmentSchema.safeParse(parse(next)).success).toBe(true);
  });

  it("keeps a short history, newest first", () => {
    let source = FILE;
    for (let i = 1; i <= PIN_HISTORY_LIMIT + 5; i++) {
      source = pushPinInSource(source, {
        ami: `ami-${String(i).padStart(17, "0")}`,
        at: `2026-11-${String(i).padStart(2, "0")}T00:00:00.000Z`,
      });
    }
    const pin = readPinFromSource(source);
    expect(pin.ami).toBe(`ami-${String(PIN_HISTORY_LIMIT + 5).padStart(17, "0")}`);
    expect(pin.history).toHaveLength(PIN_HISTORY_LIMIT);
    expect(pin.history[0]!.ami).toBe(`ami-${String(PIN_HISTORY_LIMIT + 4).padStart(17, "0")}`);
  });

  it("reverting a failed pin gives back the file as it was before the promotion", () => {
    const promoted = pushPinInSource(FILE, { ami: "ami-0bbbbbbbbbbbbbbbb", at: "2026-11-25T00:00:00.000Z" });
    const reverted = revertPinInSource(promoted, "ami-0a1b2c3d4e5f60000", {
      ami: "",
      at: "2026-11-25T01:00:00.000Z",
    });
    expect(readPinFromSource(reverted)).toEqual({
      ami: "ami-0a1b2c3d4e5f60000",
      at: "2026-11-25T00:00:00.000Z",
      history: [],
    });
  });

  it("reverting a hand-edited pin does not record the failed AMI as an earlier pin", () => {
    const edited = FILE.replace("ami: ami-0a1b2c3d4e5f60000", "ami: ami-0bbbbbbbbbbbbbbbb");
    const reverted = revertPinInSource(edited, "ami-0a1b2c3d4e5f60000", {
      ami: "",
      at: "2026-11-25T01:00:00.000Z",
      reason: "restored",
    });
    expect(readPinFromSource(reverted)).toEqual({
      ami: "ami-0a1b2c3d4e5f60000",
      at: "2026-11-25T01:00:00.000Z",
      reason: "restored",
      history: [],
    });
  });
});

describe("the promotion policy", () => {
  const env = environmentSchema.parse(parse(FILE));

  it("refuses an AMI never verified in the stage it promotes from", () => {
    const decision = decidePromotion({
      env,
      ami: "ami-0bbbbbbbbbbbbbbbb",
      amiTags: { "amipipe:recipe": "web" },
      force: false,
    });
    expect(decision).toEqual({ allowed: false, why: expect.stringContaining("never verified in staging") });
  });

  it("accepts one verified in staging, and a forced one with the reason recorded", () => {
    const verified = decidePromotion({
      env,
      ami: "ami-0b",
      amiTags: { "amipipe:verified-in:staging": "2026-11-25T00:00:00.000Z" },
      force: false,
    });
    expect(verified).toMatchObject({ allowed: true, forced: false });
    const forced = decidePromotion({
      env,
      ami: "ami-0b",
      amiTags: {},
      force: true,
      reason: "hotfix for CVE-2026-1234",
    });
    expect(forced).toMatchObject({
      allowed: true,
      forced: true,
      note: expect.stringContaining("hotfix for CVE-2026-1234"),
    });
  });

  it("refuses an AMI baked from another recipe", () => {
    const decision = decidePromotion({
      env,
      ami: "ami-0b",
      amiTags: { "amipipe:recipe": "batch", "amipipe:verified-in:staging": "x" },
      force: false,
    });
    expect(decision).toMatchObject({ allowed: false, why: expect.stringContaining("recipe 'batch'") });
  });
});

describe("which pins may skip the canary and the soaks", () => {
  const A = "ami-0aaaaaaaaaaaaaaaa";
  const B = "ami-0bbbbbbbbbbbbbbbb";
  const history = [
    { ami: B, at: "2026-11-24T00:00:00.000Z" },
    { ami: A, at: "2026-11-20T00:00:00.000Z" },
  ];

  it("a rollback, or a pin edited by hand to an earlier entry of the history, is a return to a known-good AMI", () => {
    expect(returnsToEarlierPin({ ami: A, reason: `rollback from ${B}`, history })).toBe(true);
    // A hand edit changes the ami and leaves the previous pin's reason behind.
    expect(returnsToEarlierPin({ ami: A, reason: promotionReason(B, "from staging"), history })).toBe(true);
  });

  it("promoting again an AMI the environment ran before (and was rolled back from) is not", () => {
    expect(
      returnsToEarlierPin({ ami: B, reason: promotionReason(B, "from staging (verified)"), history }),
    ).toBe(false);
    expect(returnsToEarlierPin({ ami: B, reason: promotionReason(B), history })).toBe(false);
    // An AMI id that merely starts like the pinned one does not count as its promotion.
    expect(
      returnsToEarlierPin({
        ami: B.slice(0, 12),
        reason: promotionReason(B),
        history: [{ ami: B.slice(0, 12) }],
      }),
    ).toBe(true);
  });

  it("a new AMI, never pinned here, is not", () => {
    expect(returnsToEarlierPin({ ami: "ami-0cccccccccccccccc", history })).toBe(false);
    expect(returnsToEarlierPin({ ami: null, history })).toBe(false);
  });
});
