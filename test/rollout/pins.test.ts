import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { environmentSchema } from "../../src/config/schema.js";
import {
  PIN_HISTORY_LIMIT,
  pushPinInSource,
  readPinFromSource,
  revertPinInSource,
} from "../../src/gitops/pin-document.js";
import { decidePromotion, servedBefore } from "../../src/gitops/policy.js";

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
  const owners = { account: "123456789012", others: [] };
  const image = (id: string, tags: Record<string, string>, ownerId = "123456789012") => ({
    id,
    tags,
    ownerId,
  });

  it("refuses an AMI never verified in the stage it promotes from", () => {
    const decision = decidePromotion({
      env,
      image: image("ami-0bbbbbbbbbbbbbbbb", { "amipipe:recipe": "web" }),
      owners,
      force: false,
    });
    expect(decision).toEqual({ allowed: false, why: expect.stringContaining("never verified in staging") });
  });

  it("accepts one of the recipe verified in staging, and a forced one with the reason recorded", () => {
    const verified = decidePromotion({
      env,
      image: image("ami-0b", {
        "amipipe:recipe": "web",
        "amipipe:verified-in:staging": "2026-11-25T00:00:00.000Z",
      }),
      owners,
      force: false,
    });
    expect(verified).toMatchObject({ allowed: true, forced: false, basis: "verified" });
    const forced = decidePromotion({
      env,
      image: image("ami-0b", {}),
      owners,
      force: true,
      reason: "hotfix for CVE-2026-1234",
    });
    expect(forced).toMatchObject({
      allowed: true,
      forced: true,
      note: expect.stringContaining("hotfix for CVE-2026-1234"),
    });
  });

  it("refuses an AMI baked from another recipe, and one of no recipe that never served here", () => {
    expect(
      decidePromotion({
        env,
        image: image("ami-0b", { "amipipe:recipe": "batch", "amipipe:verified-in:staging": "x" }),
        owners,
        force: false,
      }),
    ).toMatchObject({ allowed: false, why: expect.stringContaining("recipe 'batch'") });
    expect(decidePromotion({ env, image: image("ami-0b", {}), owners, force: false })).toMatchObject({
      allowed: false,
      why: expect.stringContaining("not built from a recipe by this toolkit"),
    });
  });

  it("never pins an image of another account, forced or not", () => {
    const foreign = image(
      "ami-0f",
      { "amipipe:recipe": "web", "amipipe:verified-in:staging": "x" },
      "999999999999",
    );
    expect(decidePromotion({ env, image: foreign, owners, force: true, reason: "trust me" })).toMatchObject({
      allowed: false,
      why: expect.stringContaining("owned by account 999999999999, not by this account (123456789012)"),
    });
    expect(
      decidePromotion({ env, image: foreign, owners: { ...owners, others: ["999999999999"] }, force: false }),
    ).toMatchObject({ allowed: true });
  });
});

describe("which pins may skip the canary and the soaks", () => {
  it("only an image AWS records as having served the environment", () => {
    expect(
      servedBefore(environmentSchema.parse(parse(FILE)), {
        id: "ami-0a",
        tags: { "amipipe:served-in:prod": "t" },
      }),
    ).toBe(true);
    expect(
      servedBefore(environmentSchema.parse(parse(FILE)), {
        id: "ami-0a",
        tags: { "amipipe:served-in:staging": "t" },
      }),
    ).toBe(false);
  });
});
