import { describe, expect, it } from "vitest";
import { verifyHeadline } from "../../src/verify/table.js";
import type { CheckResult } from "../../src/verify/types.js";

const check = (name: string, passed: boolean, target = "dev"): CheckResult => ({
  name,
  level: "environment",
  target,
  passed,
  summary: passed ? "ok" : "wrong",
  evidence: {},
});
const legacy = [
  { instance: "i-0aaaaaaaaaaaaaaa1", ami: "ami-0legacy000000001" },
  { instance: "i-0aaaaaaaaaaaaaaa2", ami: "ami-0legacy000000001" },
];

describe("the last line of amipipe verify says what ran", () => {
  it("a fleet of servers not baked from the recipe: environment checks passed, instance checks skipped — never 'all checks passed'", () => {
    const line = verifyHeadline({
      environment: "prod",
      recipe: "web",
      checks: [check("target-health", true), check("http", true)],
      checked: 0,
      notFromRecipe: legacy,
    });
    expect(line).toBe(
      "prod: environment checks passed; instance checks skipped on 2 instance(s) not baked from recipe web (ami-0legacy000000001)",
    );
    expect(line).not.toContain("all checks passed");
  });

  it("a mixed fleet names both the instances checked and those skipped", () => {
    expect(
      verifyHeadline({
        environment: "dev",
        recipe: "web",
        checks: [check("timezone", true, "i-0new"), check("http", true)],
        checked: 1,
        notFromRecipe: legacy.slice(0, 1),
      }),
    ).toBe(
      "dev: environment checks and instance checks on 1 instance(s) baked from recipe web passed; instance checks skipped on 1 instance(s) not baked from recipe web (ami-0legacy000000001)",
    );
  });

  it("every running instance from the recipe and every check passing is 'all checks passed'", () => {
    expect(
      verifyHeadline({
        environment: "dev",
        recipe: "web",
        checks: [check("timezone", true, "i-0new"), check("http", true)],
        checked: 1,
        notFromRecipe: [],
      }),
    ).toBe("dev: all checks passed on 1 instance(s)");
  });

  it("no running instance at all: only environment checks, and it says so", () => {
    expect(
      verifyHeadline({
        environment: "dev",
        recipe: "web",
        checks: [check("target-health", false)],
        checked: 0,
        notFromRecipe: [],
      }),
    ).toBe("dev: 1 finding(s) from environment checks; no running instance to run instance checks on");
  });
});
