import type { CheckResult } from "../ports/verifier.js";
import type { SoakPhase } from "./model.js";

/** The checks of one rollout step, kept by kind so a person can read what was proven where. */
export type CheckGroup =
  | { kind: "instance"; results: CheckResult[] }
  | { kind: "reboot"; instance: string; results: CheckResult[] }
  | { kind: "parity"; serving: string; instance: string; results: CheckResult[] }
  | { kind: "soak"; phase: SoakPhase; samples: number; results: CheckResult[] };

/**
 * One line of what the rollout verified, e.g. "checks: 14 passed on 2 instance(s) — timezone,
 * cron-timezone, …; parity with i-…: ok; reboot of i-…: ok; soak: canary 10 samples, full 30
 * samples, log delivery ok". Findings are listed elsewhere, once; here they are only counted.
 */
export function summarizeChecks(groups: readonly CheckGroup[]): string | undefined {
  if (groups.length === 0) return undefined;
  const parts: string[] = [];

  const instance = groups.flatMap((g) => (g.kind === "instance" ? g.results : []));
  if (instance.length > 0) {
    const passed = instance.filter((r) => r.passed).length;
    const failed = instance.length - passed;
    const targets = new Set(instance.filter((r) => r.level === "instance").map((r) => r.target));
    const counts = failed > 0 ? `${passed} passed, ${failed} failed` : `${passed} passed`;
    const on = targets.size > 0 ? ` on ${targets.size} instance(s)` : "";
    parts.push(`${counts}${on} — ${families(instance).join(", ")}`);
  }
  for (const g of groups) {
    if (g.kind === "parity") parts.push(`parity with ${g.serving}: ${verdict(g.results)}`);
    if (g.kind === "reboot") parts.push(`reboot of ${g.instance}: ${verdict(g.results)}`);
  }
  const soaks = groups.filter((g) => g.kind === "soak");
  if (soaks.length > 0) {
    const samples = soaks.map((s) => `${s.phase} ${s.samples} sample(s)`);
    const results = soaks.flatMap((s) => s.results);
    const delivery = results.filter((r) => r.name.startsWith("log-delivery"));
    if (delivery.length > 0) samples.push(`log delivery ${verdict(delivery)}`);
    const failed = results.filter((r) => !r.passed).length;
    if (failed > 0) samples.push(`${failed} failed`);
    parts.push(`soak: ${samples.join(", ")}`);
  }
  // A verifier with no expectations of the image (a legacy AMI) leaves the verdict to the load balancer.
  if (parts.length === 0)
    return "checks: none apply to this image; the load balancer's health checks decided";
  return `checks: ${parts.join("; ")}`;
}

function verdict(results: readonly CheckResult[]): string {
  const failed = results.filter((r) => !r.passed).length;
  return failed === 0 ? "ok" : `FAILED (${failed})`;
}

const FAMILY: Record<string, string> = { agent: "agents", "log-delivery": "log delivery" };

/** Check names by family, in first-seen order ("agent:fluentd", "agent:newrelic-infra" → "agents"). */
function families(results: readonly CheckResult[]): string[] {
  const out = new Set<string>();
  for (const r of results) {
    const prefix = r.name.split(":")[0] ?? r.name;
    out.add(FAMILY[prefix] ?? prefix);
  }
  return [...out];
}
