import type { Inventory } from "../../probes/schema.js";
import type { ExpectedAgent } from "../expectations.js";
import type { CheckResult } from "../types.js";
import { missingSection, verdict } from "./result.js";

/** Each recipe agent is installed, enabled, active, its process runs and its monitor port listens. */
export function checkAgent(inv: Inventory, agent: ExpectedAgent, target: string): CheckResult {
  const name = `agent:${agent.name}`;
  if (!inv.agents) return missingSection(name, target, "agents");
  const got = inv.agents.find((a) => a.name === agent.name);
  const process = inv.processes?.some((p) => p.comm === agent.process);
  const port =
    agent.monitorPort === undefined ? undefined : inv.ports?.some((p) => p.port === agent.monitorPort);
  const problems: string[] = [];
  if (!got?.installed) {
    const what = [`package ${agent.package} absent`, `no ${agent.process} process`];
    if (agent.monitorPort !== undefined) what.push(`nothing listening on ${agent.monitorPort}`);
    problems.push(`${agent.name} is not installed: ${what.join(", ")}`);
  } else {
    if (got.active !== "active") problems.push(`${agent.name} is ${got.active}`);
    if (got.enabled !== "enabled") problems.push(`${agent.name} is not enabled at boot (${got.enabled})`);
    if (inv.processes && !process) problems.push(`no ${agent.process} process runs`);
    if (inv.ports && port === false)
      problems.push(`nothing listens on ${agent.monitorPort} (${agent.name} monitor_agent)`);
  }
  return verdict({
    name,
    target,
    problems,
    ok: `${agent.name} installed and running${agent.monitorPort ? `, monitor_agent on ${agent.monitorPort}` : ""}`,
    evidence: {
      agent: agent.name,
      package: agent.package,
      state: got ?? null,
      process: process ?? null,
      monitorPort: agent.monitorPort ?? null,
      listening: port ?? null,
    },
  });
}

/** The recipe's agents the inventory shows not installed (what the agent finding reports). */
export function notInstalledAgents(inv: Inventory, agents: readonly ExpectedAgent[]): ExpectedAgent[] {
  if (!inv.agents) return [];
  return agents.filter((agent) => !inv.agents?.find((a) => a.name === agent.name)?.installed);
}

/** The agent finding with what else its absence caused, as evidence rather than more findings. */
export function foldIntoAgent(result: CheckResult, consequences: readonly string[]): CheckResult {
  const earlier = (result.evidence.consequences as string[] | undefined) ?? [];
  return { ...result, evidence: { ...result.evidence, consequences: [...earlier, ...consequences] } };
}

/**
 * Folds each failed check that only repeats an absent agent (its log delivery: no
 * monitor_agent answers) into that agent's finding on the same target.
 */
export function foldAgentConsequences(results: readonly CheckResult[]): CheckResult[] {
  const absent = new Map<string, number>();
  results.forEach((r, i) => {
    if (
      r.name.startsWith("agent:") &&
      !r.passed &&
      (r.evidence.state as { installed?: boolean } | null)?.installed !== true
    )
      absent.set(`${r.name.slice("agent:".length)} ${r.target}`, i);
  });
  const out = [...results];
  const dropped = new Set<number>();
  results.forEach((r, i) => {
    if (r.passed || !r.name.startsWith("log-delivery:")) return;
    const at = absent.get(`${r.name.slice("log-delivery:".length)} ${r.target}`);
    if (at === undefined) return;
    out[at] = foldIntoAgent(out[at]!, [`log delivery: ${r.summary}`]);
    dropped.add(i);
  });
  return out.filter((_, i) => !dropped.has(i));
}
