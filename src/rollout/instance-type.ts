import { type Observed, REGISTERED } from "./model.js";

/** The serving fleet's instance type and the type the pinned instances run with, when they differ. */
export interface InstanceTypeChange {
  from: string;
  to: string;
}

/**
 * Type changes this rollout makes: the types of the fleet being replaced (serving now, or
 * marked old by this rollout) against those of the pinned AMI's new instances. Pure.
 */
export function instanceTypeChanges(
  observed: Observed,
  o: { ami: string; rolloutId: string },
): InstanceTypeChange[] {
  const from = new Set<string>();
  const to = new Set<string>();
  for (const i of observed.instances) {
    if (!i.instanceType) continue;
    if (i.ami === o.ami) {
      if (i.role === "new" && (i.state === "pending" || i.state === "running")) to.add(i.instanceType);
    } else if (
      (i.state === "running" && REGISTERED.has(i.target)) ||
      (i.role === "old" && i.rolloutId === o.rolloutId)
    ) {
      from.add(i.instanceType);
    }
  }
  const changes: InstanceTypeChange[] = [];
  for (const f of [...from].sort())
    for (const t of [...to].sort()) if (f !== t) changes.push({ from: f, to: t });
  return changes;
}

export function formatTypeChanges(changes: readonly InstanceTypeChange[]): string {
  return `instance type changes: ${changes.map((c) => `${c.from} → ${c.to}`).join(", ")}`;
}
