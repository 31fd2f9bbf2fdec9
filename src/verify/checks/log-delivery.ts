import { deliversSomewhere } from "../../config/fluentd-outputs.js";
import type { Inventory, MonitorPlugin } from "../../probes/schema.js";
import type { ExpectedAgent } from "../expectations.js";
import type { CheckResult } from "../types.js";
import { isoOf, verdict } from "./result.js";

interface Sample {
  at: number;
  reachable: boolean;
  emitRecords: number;
  retryCount: number;
  bufferTotalQueuedSize: number;
  /** Output plugins that deliver nowhere (@type null, stdout): never counted as delivery. */
  nowhere: Array<{ pluginId: string; type: string }>;
  /** Output plugins that do deliver somewhere. */
  delivering: number;
}

const sum = (plugins: MonitorPlugin[], key: "emitRecords" | "retryCount" | "bufferTotalQueuedSize") =>
  plugins.reduce((total, p) => total + (p[key] ?? 0), 0);

function sampleOf(inv: Inventory, port: number): Sample {
  const monitor = inv.monitors?.find((m) => m.port === port);
  const all = (monitor?.plugins ?? []).filter((p) => p.category === "output");
  const outputs = all.filter((p) => deliversSomewhere(p.type));
  return {
    delivering: outputs.length,
    nowhere: all
      .filter((p) => !deliversSomewhere(p.type))
      .map((p) => ({ pluginId: p.pluginId, type: p.type })),
    at: inv.host.collectedAt,
    reachable: Boolean(monitor?.reachable),
    emitRecords: sum(outputs, "emitRecords"),
    retryCount: sum(outputs, "retryCount"),
    bufferTotalQueuedSize: sum(outputs, "bufferTotalQueuedSize"),
  };
}

/**
 * Logs are delivered, not merely "no errors" (the seed's lost day of access logs): across
 * the soak, fluentd's output plugins emit more records and their retries do not grow.
 * Needs at least two samples of the same instance, oldest first.
 */
export function checkLogDelivery(
  samples: readonly Inventory[],
  agent: ExpectedAgent,
  target: string,
): CheckResult {
  const name = `log-delivery:${agent.name}`;
  const port = agent.monitorPort ?? 24220;
  const series = samples.map((s) => sampleOf(s, port));
  const first = series[0];
  const last = series.at(-1);
  const problems: string[] = [];
  if (!first || !last || series.length < 2)
    problems.push(`${agent.name}: needs two samples across the soak, got ${series.length}`);
  else if (!last.reachable)
    problems.push(`${agent.name}: monitor_agent on ${port} does not answer: ${agent.name} is not running`);
  else if (last.delivering === 0 && last.nowhere.length > 0) {
    const types = [...new Set(last.nowhere.map((p) => `@type ${p.type}`))].join(", ");
    problems.push(
      `${agent.name} delivers nowhere: its only outputs are ${types} (${last.nowhere.map((p) => p.pluginId).join(", ")}), which ship no logs`,
    );
  } else {
    if (last.emitRecords <= first.emitRecords) {
      problems.push(
        `${agent.name} delivers nothing: output records emitted stayed at ${last.emitRecords} from ${isoOf(first.at)} to ${isoOf(last.at)}`,
      );
    }
    if (last.retryCount > first.retryCount)
      problems.push(
        `${agent.name} retries grow (${first.retryCount} → ${last.retryCount}): the destination refuses or is unreachable`,
      );
  }
  return verdict({
    name,
    level: "environment",
    target,
    problems,
    ok: `${agent.name} delivering: ${first?.emitRecords ?? 0} → ${last?.emitRecords ?? 0} records, retries ${last?.retryCount ?? 0}`,
    evidence: { monitorPort: port, samples: series.map((s) => ({ ...s, at: isoOf(s.at) })) },
  });
}
