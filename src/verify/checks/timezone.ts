import type { Inventory } from "../../probes/schema.js";
import type { CheckResult } from "../types.js";
import { isoOf, missingSection, verdict } from "./result.js";

/** The host runs in the recipe's zone (timedatectl and `date +%Z` agree). */
export function checkTimezone(inv: Inventory, zone: string, target: string): CheckResult {
  const tz = inv.timezone;
  if (!tz) return missingSection("timezone", target, "timezone");
  const problems =
    tz.zone === zone ? [] : [`timezone is ${tz.zone} (${tz.abbreviation}), the recipe says ${zone}`];
  return verdict({
    name: "timezone",
    target,
    problems,
    ok: `${tz.zone} (${tz.abbreviation}, ${tz.utcOffset})`,
    evidence: {
      zone: tz.zone,
      abbreviation: tz.abbreviation,
      utcOffset: tz.utcOffset,
      expected: zone,
      localtimeChangedAt: isoOf(tz.localtimeChangedAt),
    },
  });
}
