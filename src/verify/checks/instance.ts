import type { Inventory } from "../../probes/schema.js";
import { INSTANCE_CHECKS, type InstanceFacts } from "../catalogue.js";
import type { Expectations } from "../expectations.js";
import type { CheckResult } from "../types.js";
import { notInstalledAgents } from "./agents.js";

/**
 * Every instance-level check of the catalogue on one instance's inventory. An agent that is not
 * installed is one finding: its absent service is folded into the agent's evidence instead
 * of failing the services check a second time.
 */
export function instanceChecks(
  inv: Inventory,
  expected: Expectations,
  o: { target: string; phase: "boot" | "reboot" },
): CheckResult[] {
  const absentAgents = notInstalledAgents(inv, expected.agents);
  const absentServices = new Set(absentAgents.map((a) => a.service));
  const facts: InstanceFacts = {
    inventory: inv,
    expected,
    target: o.target,
    phase: o.phase,
    absentAgents,
    ownServices: expected.services.filter((s) => !absentServices.has(s.name)),
  };
  return INSTANCE_CHECKS.flatMap((check) => check.evaluate(facts));
}
