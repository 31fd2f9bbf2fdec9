import type { Clock } from "../ports/clock.js";

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

/**
 * A discrete-event clock. `sleep` parks the caller; once every concurrent task is parked
 * (no more work in the microtask queue), time jumps to the earliest timer and wakes it.
 * Concurrent waits therefore overlap in virtual time as they would in real time, and a
 * two-hour rollout runs in milliseconds.
 */
export class VirtualClock implements Clock {
  private current: number;
  private timers: Timer[] = [];
  private seq = 0;
  private tickScheduled = false;

  constructor(startMs: number) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  /** Moves time forward without waking anyone (used by the simulator between CLI calls). */
  advance(ms: number): void {
    this.current += Math.max(0, ms);
  }

  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.timers.push({ at: this.current + Math.max(0, ms), seq: this.seq++, resolve });
      this.scheduleTick();
    });
  }

  private scheduleTick(): void {
    if (this.tickScheduled) return;
    this.tickScheduled = true;
    // Two macrotask turns let every other task reach its own sleep (or finish) first.
    setImmediate(() =>
      setImmediate(() => {
        this.tickScheduled = false;
        this.fireEarliest();
      }),
    );
  }

  private fireEarliest(): void {
    if (this.timers.length === 0) return;
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const at = this.timers[0]!.at;
    const due = this.timers.filter((t) => t.at === at);
    this.timers = this.timers.filter((t) => t.at !== at);
    this.current = Math.max(this.current, at);
    for (const timer of due) timer.resolve();
    if (this.timers.length > 0) this.scheduleTick();
  }
}
