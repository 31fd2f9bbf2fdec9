import type { Inventory } from "../../probes/schema.js";
import type { Expectations } from "../expectations.js";
import { isProgramRunning } from "../programs.js";
import type { CheckResult } from "../types.js";
import { missingSection, verdict } from "./result.js";

/**
 * Every recipe service is enabled at boot and active — after the first boot and again after
 * a reboot. A service that runs only because something started it by hand is gone after the
 * next reboot.
 */
export function checkServices(
  inv: Inventory,
  expected: Expectations["services"],
  target: string,
  phase: "boot" | "reboot",
): CheckResult {
  if (!inv.services) return missingSection("services", target, "services");
  const problems: string[] = [];
  const states: Record<string, string> = {};
  for (const want of expected) {
    const got = inv.services.find((s) => s.name === want.name);
    states[want.name] = got ? `${got.enabled}/${got.active}` : "not-found";
    if (!want.enabled) continue;
    if (!got || got.enabled === "not-found") problems.push(`${want.name} is not installed`);
    else if (got.enabled !== "enabled" && got.active === "active") {
      problems.push(
        `${want.name} is running but not enabled at boot (${got.enabled}): it will be gone after a reboot`,
      );
    } else if (got.enabled !== "enabled")
      problems.push(
        `${want.name} is not enabled at boot (${got.enabled}) and not running${phase === "reboot" ? " after the reboot" : ""}`,
      );
    else if (got.active !== "active")
      problems.push(
        `${want.name} is enabled but ${got.active}${phase === "reboot" ? " after the reboot" : ""}`,
      );
  }
  const names = expected.filter((s) => s.enabled).map((s) => s.name);
  return verdict({
    name: "services",
    target,
    problems,
    ok: `${names.join(", ")} enabled at boot and active${phase === "reboot" ? " after a reboot" : ""}`,
    evidence: { phase, states },
  });
}

/** The recipe's declared ports are listening. */
export function checkPorts(inv: Inventory, expected: Expectations["services"], target: string): CheckResult {
  if (!inv.ports) return missingSection("ports", target, "ports");
  const wanted = expected.filter((s) => s.port !== undefined && s.enabled);
  const listening = new Set(inv.ports.map((p) => p.port));
  const problems = wanted
    .filter((s) => !listening.has(s.port!))
    .map((s) => `nothing listens on port ${s.port} (${s.name})`);
  return verdict({
    name: "ports",
    target,
    problems,
    ok: wanted.length
      ? `listening: ${wanted.map((s) => `${s.port} (${s.name})`).join(", ")}`
      : "no ports declared",
    evidence: {
      expected: wanted.map((s) => ({ service: s.name, port: s.port })),
      listening: [...listening].sort((a, b) => a - b),
    },
  });
}

/** The programs a service declares (httpd's Passenger …) run: a half-started service often lacks them. */
export function checkProcesses(
  inv: Inventory,
  expected: Expectations["services"],
  target: string,
): CheckResult {
  if (!inv.processes) return missingSection("processes", target, "processes");
  const wanted = expected
    .filter((s) => s.enabled)
    .flatMap((s) => (s.processes ?? []).map((p) => ({ service: s.name, program: p })));
  const problems = wanted
    .filter((w) => !isProgramRunning(inv.processes ?? [], w.program))
    .map((w) => `${w.program} (run by ${w.service}) is not running`);
  return verdict({
    name: "processes",
    target,
    problems,
    ok:
      wanted.length > 0
        ? `running: ${wanted.map((w) => w.program).join(", ")}`
        : "no extra programs declared",
    evidence: { expected: wanted },
  });
}
