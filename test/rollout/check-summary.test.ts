import { describe, expect, it } from "vitest";
import { summarizeChecks } from "../../src/rollout/check-summary.js";
import type { CheckResult } from "../../src/verify/types.js";

const check = (name: string, target: string, passed = true): CheckResult => ({
  name,
  level: "instance",
  target,
  passed,
  summary: passed ? `${name} ok` : `${name} failed`,
  evidence: {},
});

const onBoth = (names: string[]) => ["i-1", "i-2"].flatMap((id) => names.map((n) => check(n, id)));

describe("the rollout's checks summary", () => {
  it("says what was proven on how many instances, the reboot, parity and the soaks in one line", () => {
    const line = summarizeChecks([
      {
        kind: "instance",
        results: onBoth(["timezone", "cron-timezone", "agent:fluentd", "agent:newrelic-infra"]),
      },
      { kind: "reboot", instance: "i-1", results: [check("timezone", "i-1")] },
      { kind: "parity", serving: "i-legacy", instance: "i-1", results: [check("parity", "i-1")] },
      { kind: "soak", phase: "canary", samples: 2, results: [check("log-delivery:fluentd", "i-1")] },
      { kind: "soak", phase: "full", samples: 3, results: [check("log-delivery:fluentd", "i-1")] },
    ]);
    expect(line).toBe(
      "checks: 8 passed on 2 instance(s) — timezone, cron-timezone, agents; reboot of i-1: ok; parity with i-legacy: ok; soak: canary 2 sample(s), full 3 sample(s), log delivery ok",
    );
  });

  it("counts failures without repeating them (the findings are listed once, elsewhere)", () => {
    const line = summarizeChecks([
      { kind: "instance", results: [check("timezone", "i-1"), check("cron-timezone", "i-1", false)] },
    ]);
    expect(line).toBe("checks: 1 passed, 1 failed on 1 instance(s) — timezone, cron-timezone");
    expect(line).not.toContain("cron-timezone failed");
  });

  it("says so when no check applies to the image", () => {
    expect(summarizeChecks([{ kind: "instance", results: [] }])).toMatch(/none apply to this image/);
    expect(summarizeChecks([])).toBeUndefined();
  });
});
