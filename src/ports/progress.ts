import { redact } from "../redact.js";
import { type Clock, formatDuration } from "./clock.js";

export type ProgressLevel = "info" | "warn" | "error";

/** One progress event: which phase, what happened or what we wait for, and when. */
export interface ProgressEvent {
  level: ProgressLevel;
  /** Short phase name, e.g. "bake web/x86_64", "rollout prod". */
  phase: string;
  message: string;
  /** Set when the toolkit is blocked on something outside it (an image build, target health). */
  waitingFor?: string;
  /** Clock time of the event (virtual time in the simulator). */
  at: number;
  /** Time since the reporter started. */
  elapsedMs: number;
}

export type ProgressSink = (event: ProgressEvent) => void;

/** Progress reporter handed to core code; sinks decide where events go (stderr, job summary, tests). */
export class Progress {
  readonly events: ProgressEvent[] = [];
  private readonly startedAt: number;

  constructor(
    private readonly clock: Clock,
    private readonly sinks: ProgressSink[] = [],
  ) {
    this.startedAt = clock.now();
  }

  info(phase: string, message: string): void {
    this.emit("info", phase, message);
  }

  warn(phase: string, message: string): void {
    this.emit("warn", phase, message);
  }

  error(phase: string, message: string): void {
    this.emit("error", phase, message);
  }

  /** Reports that `phase` is blocked on `waitingFor` (status in `message`). */
  waiting(phase: string, message: string, waitingFor: string): void {
    this.emit("info", phase, message, waitingFor);
  }

  addSink(sink: ProgressSink): void {
    this.sinks.push(sink);
  }

  /**
   * Every event is redacted before anything keeps or prints it: messages carry text from AWS,
   * legacy servers and config (a crontab's `mysqldump -p…`), and sinks go to logs and summaries.
   */
  private emit(level: ProgressLevel, phase: string, message: string, waitingFor?: string): void {
    const at = this.clock.now();
    const event: ProgressEvent = {
      level,
      phase: redact(phase),
      message: redact(message),
      at,
      elapsedMs: at - this.startedAt,
    };
    if (waitingFor !== undefined) event.waitingFor = redact(waitingFor);
    this.events.push(event);
    for (const sink of this.sinks) sink(event);
  }
}

/** One plain line per event, as printed on stderr in CI and in logs. */
export function formatProgressLine(event: ProgressEvent): string {
  const tag = event.level === "info" ? "" : `${event.level.toUpperCase()} `;
  const wait = event.waitingFor ? ` — waiting for ${event.waitingFor}` : "";
  return `[${formatDuration(event.elapsedMs).padStart(8)}] ${tag}${event.phase}: ${event.message}${wait}`;
}

/** A sink that writes plain lines (CI, pipes) to a stream. */
export function lineSink(write: (line: string) => void): ProgressSink {
  return (event) => write(`${formatProgressLine(event)}\n`);
}
