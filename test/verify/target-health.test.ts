import { describe, expect, it } from "vitest";
import { roleOf, targetHealthVerdict } from "../../src/verify/target-health.js";

const verdict = (targets: Array<[string, string]>, wants = 2) =>
  targetHealthVerdict({
    environment: "prod",
    targetGroup: "web-prod",
    targets: targets.map(([id, state]) => ({ id, state })),
    wants,
    sample: 1,
  });

describe("the target-health verdict", () => {
  it("an empty target group fails when the environment wants instances: it answers nobody", () => {
    expect(verdict([])).toMatchObject({
      passed: false,
      summary: "no target serves in web-prod (no target registered); prod wants 2",
      evidence: { serving: 0, wants: 2 },
    });
  });

  it("old targets draining next to healthy new ones pass: draining targets are leaving, not failing", () => {
    expect(
      verdict([
        ["i-new1", "healthy"],
        ["i-new2", "healthy"],
        ["i-old1", "draining"],
      ]),
    ).toMatchObject({ passed: true, summary: "2 target(s) serving in web-prod (1 draining)" });
  });

  it("only draining and warming targets: nothing serves, so the verdict fails without calling them failing", () => {
    expect(
      verdict([
        ["i-old", "draining"],
        ["i-new", "initial"],
      ]),
    ).toMatchObject({
      passed: false,
      summary: "no target serves in web-prod (1 warming up, 1 draining); prod wants 2",
    });
  });

  it("unhealthy.draining is neither serving nor excused: the target failed its health checks", () => {
    const result = verdict([
      ["i-a", "healthy"],
      ["i-b", "unhealthy.draining"],
    ]);
    expect(result.passed).toBe(false);
    expect(result.summary).toBe("1 target(s) failing in web-prod: i-b unhealthy.draining");
    expect(result.evidence.serving).toBe(1);
  });

  it("targets of a group no listener uses are unused: failing, with AWS's reason named", () => {
    const result = targetHealthVerdict({
      environment: "dev",
      targetGroup: "web-dev",
      targets: [{ id: "i-a", state: "unused", reason: "Target.NotInUse" }],
      wants: 1,
      sample: 3,
    });
    expect(result.summary).toBe("1 target(s) failing in web-dev: i-a unused (Target.NotInUse); none serves");
    expect(result.evidence.targets).toEqual([{ id: "i-a", state: "unused", reason: "Target.NotInUse" }]);
  });

  it("reads every ELBv2 target state, and a state it does not know as failing", () => {
    expect(
      [
        "healthy",
        "initial",
        "draining",
        "unhealthy",
        "unhealthy.draining",
        "unused",
        "unavailable",
        "new-state",
      ].map(roleOf),
    ).toEqual(["serving", "warming", "leaving", "failing", "failing", "failing", "failing", "failing"]);
  });
});
