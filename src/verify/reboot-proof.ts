import type { Ports } from "../ports/context.js";
import type { BootState } from "../ports/verifier.js";
import { runProbe } from "./ssm-probe.js";

/** systemd states of a unit still on its way (a reboot check taken then proves nothing yet). */
const UNSETTLED = new Set(["activating", "deactivating", "reloading", "refreshing"]);

/**
 * Each instance's boot time and the services still settling, from one `services` probe:
 * what proves that a reboot happened (a later boot time) and that the checks after it see the
 * system as it boots, not half-way (no unit still activating).
 */
export async function bootStates(
  ports: Ports,
  o: { region: string; ids: readonly string[]; phase: string },
): Promise<Map<string, BootState>> {
  const outcomes = await runProbe(ports, {
    region: o.region,
    instanceIds: o.ids,
    probe: "services",
    phase: o.phase,
  });
  const out = new Map<string, BootState>();
  for (const id of o.ids) {
    const outcome = outcomes.get(id);
    if (!outcome?.ok) {
      out.set(id, { error: outcome?.error ?? "no answer" });
      continue;
    }
    const inventory = outcome.inventory;
    out.set(id, {
      bootedAt: inventory.host.bootedAt,
      settling: (inventory.services ?? []).filter((s) => UNSETTLED.has(s.active)).map((s) => s.name),
    });
  }
  return out;
}
