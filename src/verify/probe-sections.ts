import type { Inventory, ProbeName } from "../probes/schema.js";

/** A section of the probes' inventory document (src/probes/schema.ts). */
export type ProbeSection = Exclude<keyof Inventory, "schema" | "probe" | "host">;

/**
 * The sections each probe verification runs prints (src/probes/instance.sh, agents.sh):
 * a check's sections decide which probe gathers them.
 */
export const PROBE_SECTIONS = {
  agents: ["agents", "monitors"],
  instance: [
    "timezone",
    "cron",
    "services",
    "processes",
    "ports",
    "users",
    "agents",
    "monitors",
    "ssh",
    "imds",
  ],
} as const satisfies Partial<Record<ProbeName, readonly ProbeSection[]>>;

/** The smallest probe that prints every section asked for. */
export function probeFor(sections: readonly ProbeSection[]): keyof typeof PROBE_SECTIONS {
  const fits = (Object.keys(PROBE_SECTIONS) as Array<keyof typeof PROBE_SECTIONS>)
    .filter((probe) => sections.every((s) => (PROBE_SECTIONS[probe] as readonly ProbeSection[]).includes(s)))
    .sort((a, b) => PROBE_SECTIONS[a].length - PROBE_SECTIONS[b].length);
  const probe = fits[0];
  if (!probe) throw new Error(`no probe prints all of ${sections.join(", ")}`);
  return probe;
}
