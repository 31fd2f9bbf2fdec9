import type { Inventory } from "../../probes/schema.js";
import type { Expectations } from "../expectations.js";
import type { CheckResult } from "../types.js";
import { checkAgent, foldIntoAgent, notInstalledAgents } from "./agents.js";
import { checkCronTimezone } from "./cron-timezone.js";
import { checkImds, checkSsh, checkUsers } from "./hardening.js";
import { checkPorts, checkProcesses, checkServices } from "./services.js";
import { checkTimezone } from "./timezone.js";

/**
 * Every instance-level check of DESIGN §8 on one instance's inventory. An agent that is not
 * installed is one finding: its absent service is folded into the agent's evidence instead
 * of failing the services check a second time.
 */
export function instanceChecks(
  inv: Inventory,
  expected: Expectations,
  o: { target: string; phase: "boot" | "reboot" },
): CheckResult[] {
  const agents = expected.agents.map((agent) => checkAgent(inv, agent, o.target));
  const absent = notInstalledAgents(inv, expected.agents);
  const absentServices = new Set(absent.map((a) => a.service));
  const ownServices = expected.services.filter((s) => !absentServices.has(s.name));
  const folded = agents.map((result) => {
    const agent = absent.find((a) => result.name === `agent:${a.name}`);
    return agent
      ? foldIntoAgent(result, [
          `service ${agent.service}: not installed (the services check leaves it to this finding)`,
        ])
      : result;
  });
  return [
    checkTimezone(inv, expected.zone, o.target),
    checkCronTimezone(inv, expected.zone, o.target),
    checkServices(inv, ownServices, o.target, o.phase),
    checkPorts(inv, ownServices, o.target),
    checkProcesses(inv, ownServices, o.target),
    ...folded,
    checkUsers(inv, expected.users, o.target),
    checkSsh(inv, expected.ssh, o.target),
    checkImds(inv, o.target),
  ];
}
