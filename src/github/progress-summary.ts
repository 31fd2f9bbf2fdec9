import type { BuildProgress } from "../commands/facts.js";
import { formatDuration } from "../ports/clock.js";
import type { ProgressEvent } from "../ports/progress.js";

export type { BuildProgress } from "../commands/facts.js";

/**
 * The run's progress as the job summary shows it. A waiting loop reports the same wait again and
 * again (an image build says BUILDING every few minutes); the summary shows each wait once, with
 * how long it lasted, so a 40-minute bake reads as its states rather than as forty lines.
 */
export interface ProgressRow {
  /** Time since the first event. */
  atMs: number;
  phase: string;
  level: ProgressEvent["level"];
  /** The first message of the wait (or the event's message). */
  message: string;
  waitingFor?: string;
  /** How long the wait lasted: until the phase's next event, or the run's last event. */
  waitedMs?: number;
  /** The wait had not ended when the run ended. */
  open?: boolean;
  /** How many progress reports the row stands for. */
  reports: number;
}

export function progressRows(events: readonly ProgressEvent[]): ProgressRow[] {
  const first = events[0]?.at ?? 0;
  const last = events.reduce((max, e) => Math.max(max, e.at), first);
  const rows: ProgressRow[] = [];
  const waiting = new Map<string, { row: ProgressRow; since: number }>();
  for (const event of events) {
    const open = waiting.get(event.phase);
    if (open && event.waitingFor === open.row.waitingFor) {
      open.row.reports++;
      continue;
    }
    if (open) {
      open.row.waitedMs = event.at - open.since;
      waiting.delete(event.phase);
    }
    const row: ProgressRow = {
      atMs: event.at - first,
      phase: event.phase,
      level: event.level,
      message: event.message,
      reports: 1,
    };
    if (event.waitingFor !== undefined) {
      row.waitingFor = event.waitingFor;
      waiting.set(event.phase, { row, since: event.at });
    }
    rows.push(row);
  }
  for (const { row, since } of waiting.values()) {
    row.waitedMs = last - since;
    row.open = true;
  }
  return rows;
}

/** One image build this run followed: the states Image Builder reported, with when each began. */
export interface BuildStateRow {
  arch: string;
  status: string;
  /** Time since the build started. */
  fromMs: number;
  /** How long the state lasted; undefined for the last state. */
  forMs?: number;
}

export function buildStateRows(builds: readonly BuildProgress[]): BuildStateRow[] {
  const rows: BuildStateRow[] = [];
  for (const build of builds) {
    const start = build.startedAt ?? build.states[0]?.at ?? 0;
    build.states.forEach((state, i) => {
      const next = build.states[i + 1]?.at;
      const row: BuildStateRow = { arch: build.arch, status: state.status, fromMs: state.at - start };
      if (next !== undefined) row.forMs = next - state.at;
      rows.push(row);
    });
  }
  return rows;
}

export function waitedText(row: ProgressRow): string {
  if (row.waitedMs === undefined) return "";
  return `${row.open ? "≥ " : ""}${formatDuration(row.waitedMs)}`;
}
