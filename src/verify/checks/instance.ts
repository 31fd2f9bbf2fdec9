import type { Inventory } from "../../probes/schema.js";
import type { Expectations } from "../expectations.js";
import type { CheckResult } from "../types.js";
import { checkAgent } from "./agents.js";
import { checkCronTimezone } from "./cron-timezone.js";
import { checkImds, checkSsh, checkUsers } from "./hardening.js";
import { checkPorts, checkProcesses, checkServices } from "./services.js";
import { checkTimezone } from "./timezone.js";

/** Every instance-level check of DESIGN §8 on one instance's inventory. */
export function instanceChecks(
  inv: Inventory,
  expected: Expectations,
  o: { target: string; phase: "boot" | "reboot" },
): CheckResult[] {
  return [
    checkTimezone(inv, expected.zone, o.target),
    checkCronTimezone(inv, expected.zone, o.target),
    checkServices(inv, expected.services, o.target, o.phase),
    checkPorts(inv, expected.services, o.target),
    checkProcesses(inv, expected.services, o.target),
    ...expected.agents.map((agent) => checkAgent(inv, agent, o.target)),
    checkUsers(inv, expected.users, o.target),
    checkSsh(inv, expected.ssh, o.target),
    checkImds(inv, o.target),
  ];
}
