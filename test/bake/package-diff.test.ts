import { describe, expect, it } from "vitest";
import {
  compareRpmVersions,
  diffPackages,
  formatPackageDiff,
  isEmptyDiff,
} from "../../src/probes/package-diff.js";

describe("package diff", () => {
  it("orders versions as rpm does: numerically by segment, release after version, epoch first", () => {
    expect(compareRpmVersions("2.4.10-1.amzn2", "2.4.9-1.amzn2")).toBeGreaterThan(0);
    expect(compareRpmVersions("2.4.62-1.amzn2.0.1", "2.4.62-1.amzn2.0.2")).toBeLessThan(0);
    expect(compareRpmVersions("1:1.0-1", "2.0-1")).toBeGreaterThan(0);
    expect(compareRpmVersions("1.0~rc1-1", "1.0-1")).toBeLessThan(0);
    expect(compareRpmVersions("3.0.8-1.amzn2", "3.0.8-1.amzn2")).toBe(0);
  });

  it("a security rebake shows what was upgraded, added and removed", () => {
    const prod = [
      { name: "openssl", version: "1.0.2k-24.amzn2.0.10" },
      { name: "httpd", version: "2.4.62-1.amzn2.0.1" },
      { name: "td-agent", version: "4.5.0-1.el7" },
    ];
    const rebaked = [
      { name: "openssl", version: "1.0.2k-24.amzn2.0.12" },
      { name: "httpd", version: "2.4.62-1.amzn2.0.1" },
      { name: "fluent-package", version: "5.0.4-1.amzn2" },
    ];
    const diff = diffPackages(prod, rebaked);
    expect(diff.upgraded).toEqual([
      { name: "openssl", from: "1.0.2k-24.amzn2.0.10", to: "1.0.2k-24.amzn2.0.12" },
    ]);
    expect(diff.added).toEqual([{ name: "fluent-package", version: "5.0.4-1.amzn2" }]);
    expect(diff.removed).toEqual([{ name: "td-agent", version: "4.5.0-1.el7" }]);
    expect(diff.unchanged).toBe(1);
    expect(isEmptyDiff(diff)).toBe(false);
    const text = formatPackageDiff(diff);
    expect(text).toContain("1 upgraded, 1 added, 1 removed");
    expect(text).toContain("openssl 1.0.2k-24.amzn2.0.10 → 1.0.2k-24.amzn2.0.12");
  });

  it("identical package lists make an empty diff", () => {
    const list = [{ name: "bash", version: "4.2.46-34.amzn2" }];
    const diff = diffPackages(list, [...list]);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(formatPackageDiff(diff)).toBe("no package changes (1 packages)");
  });
});
