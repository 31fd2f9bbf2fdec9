import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compareRpmVersions } from "../../src/probes/package-diff.js";
import { decodePackageList, encodePackageList } from "../../src/probes/package-list.js";
import { inventorySchema, parseProbeOutput } from "../../src/probes/schema.js";
import { legacyInventory } from "./fixtures.js";

const host = {
  hostname: "web-prod-01",
  os: "Amazon Linux 2",
  collectedAt: 1_780_000_000,
  bootedAt: 1_779_000_000,
};
const answer = (packages: unknown) =>
  JSON.stringify({ schema: "amipipe.inventory/v1", probe: "packages", host, packages });
const packed = (text: string) => gzipSync(text).toString("base64");

describe("the package list in probe output", () => {
  it("keeps the epoch, so a package with one compares newer than a higher version without", () => {
    const parsed = parseProbeOutput(
      answer(packed("openssl\t1:1.0.2k-24.amzn2\tx86_64\ntzdata\t0:2026a-1.amzn2\tnoarch\n")),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.inventory.packages).toEqual([
      { name: "openssl", version: "1:1.0.2k-24.amzn2", arch: "x86_64" },
      { name: "tzdata", version: "2026a-1.amzn2", arch: "noarch" },
    ]);
    expect(compareRpmVersions(parsed.inventory.packages![0]!.version, "3.0.8-1.amzn2")).toBeGreaterThan(0);
  });

  it("an empty list (no rpm output) is no packages", () => {
    const parsed = parseProbeOutput(answer(packed("")));
    expect(parsed.ok && parsed.inventory.packages).toEqual([]);
  });

  it("says what is wrong with a list that does not decode", () => {
    const problem = (packages: unknown) => {
      const parsed = parseProbeOutput(answer(packages));
      return parsed.ok ? "parsed" : parsed.error;
    };
    expect(problem("")).toMatch(/packages: the package list is empty .*gzip or base64 missing/);
    expect(problem("not base64!")).toMatch(/packages: the package list is not base64 text/);
    expect(problem(Buffer.from("bash\t0:4.2-1\tx86_64\n").toString("base64"))).toMatch(
      /packages: the package list is not gzip data/,
    );
    expect(problem(packed("bash\t0:4.2-1\tx86_64\nhttpd 2.4.62-1 x86_64\n"))).toBe(
      'probe output does not match amipipe.inventory/v1: packages: package list line 2 is not NAME<TAB>EPOCH:VERSION-RELEASE<TAB>ARCH: "httpd 2.4.62-1 x86_64"',
    );
    expect(problem(packed("bash\t4.2-1\tx86_64\n"))).toMatch(/line 1 is not NAME<TAB>EPOCH:VERSION/);
  });

  it("inventories written by survey (and the world file's) hold the decoded list and still parse", () => {
    const legacy = legacyInventory();
    expect(legacy.packages?.length).toBeGreaterThan(50);
    const rewritten = inventorySchema.parse(JSON.parse(JSON.stringify(legacy)));
    expect(rewritten.packages).toEqual(legacy.packages);
  });

  it("encoding and decoding give back the list, sorted by name", () => {
    const list = [
      { name: "perl-Pod-Escapes", version: "1:1.04-299.amzn2.0.1", arch: "noarch" },
      { name: "bash", version: "4.2.46-34.amzn2", arch: "x86_64" },
      { name: "bash-completion", version: "1:2.1-6.amzn2", arch: "noarch" },
    ];
    expect(decodePackageList(encodePackageList(list))).toEqual({
      ok: true,
      packages: [list[1], list[2], list[0]],
    });
  });
});
