import type { CheckResult } from "./types.js";

/**
 * What a target's ELBv2 health state means for serving (TargetHealthStateEnum,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html):
 *
 * - `healthy` serves.
 * - `initial` is still being registered or health-checked: warming up, not yet serving, not failing.
 * - `draining` was deregistered and is leaving (a rollout's old instance): not serving, not failing.
 * - `unhealthy` failed its health checks: failing.
 * - `unhealthy.draining` failed its health checks and is being drained: not serving, and failing
 *   like `unhealthy` — that it is also leaving does not make its failed checks good.
 * - `unused` (not registered, in a zone the load balancer does not use, or a target group no
 *   listener forwards to) and `unavailable` (health checks off): not serving, failing, because
 *   nothing proves the target answers traffic.
 * - anything else (a state added after this was written): failing, named as it is.
 */
export type TargetRole = "serving" | "warming" | "leaving" | "failing";

export function roleOf(state: string): TargetRole {
  switch (state) {
    case "healthy":
      return "serving";
    case "initial":
      return "warming";
    case "draining":
      return "leaving";
    default:
      return "failing";
  }
}

export interface TargetHealthInput {
  environment: string;
  targetGroup: string;
  /** Every target's state (and AWS's reason code), as DescribeTargetHealth reports them. */
  targets: ReadonlyArray<{ id: string; state: string; reason?: string }>;
  /** The fleet's desired count: with one or more wanted, no serving target is a failure. */
  wants: number;
  sample: number;
}

/**
 * The one target-health verdict: passes when no target is failing and, if the environment
 * wants any capacity, at least one target serves. Zero targets serving — an empty group, or
 * one whose targets are all warming up or leaving — is a failure, not a pass: the environment
 * answers nobody. Pure, over the states the target group reports.
 */
export function targetHealthVerdict(o: TargetHealthInput): CheckResult {
  const targets = o.targets.map((t) => ({ ...t, role: roleOf(t.state) }));
  const count = (role: TargetRole) => targets.filter((t) => t.role === role).length;
  const failing = targets.filter((t) => t.role === "failing");
  const serving = count("serving");
  const noneServing = o.wants >= 1 && serving === 0;
  const others = [
    count("warming") > 0 ? `${count("warming")} warming up` : "",
    count("leaving") > 0 ? `${count("leaving")} draining` : "",
  ].filter(Boolean);
  const summary =
    failing.length > 0
      ? `${failing.length} target(s) failing in ${o.targetGroup}: ${failing.map((t) => `${t.id} ${t.state}${t.reason ? ` (${t.reason})` : ""}`).join(", ")}${noneServing ? "; none serves" : ""}`
      : noneServing
        ? `no target serves in ${o.targetGroup} (${targets.length === 0 ? "no target registered" : others.join(", ")}); ${o.environment} wants ${o.wants}`
        : `${serving} target(s) serving in ${o.targetGroup}${others.length > 0 ? ` (${others.join(", ")})` : ""}`;
  return {
    name: "target-health",
    level: "environment",
    target: o.environment,
    passed: failing.length === 0 && !noneServing,
    summary,
    evidence: {
      sample: o.sample,
      targetGroup: o.targetGroup,
      wants: o.wants,
      serving,
      targets: targets.map(({ role: _role, ...target }) => target),
    },
  };
}
