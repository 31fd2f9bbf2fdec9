import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-MJU6FAWD.js";
import {
  formatDuration
} from "./chunk-U2BKHDZX.js";

// src/ports/progress.ts
var Progress = class {
  constructor(clock, sinks = []) {
    this.clock = clock;
    this.sinks = sinks;
    this.startedAt = clock.now();
  }
  clock;
  sinks;
  events = [];
  startedAt;
  info(phase, message) {
    this.emit("info", phase, message);
  }
  warn(phase, message) {
    this.emit("warn", phase, message);
  }
  error(phase, message) {
    this.emit("error", phase, message);
  }
  /** Reports that `phase` is blocked on `waitingFor` (status in `message`). */
  waiting(phase, message, waitingFor) {
    this.emit("info", phase, message, waitingFor);
  }
  addSink(sink) {
    this.sinks.push(sink);
  }
  /**
   * Every event is redacted before anything keeps or prints it: messages carry text from AWS,
   * legacy servers and config (a crontab's `mysqldump -p…`), and sinks go to logs and summaries.
   */
  emit(level, phase, message, waitingFor) {
    const at = this.clock.now();
    const event = {
      level,
      phase: redact(phase),
      message: redact(message),
      at,
      elapsedMs: at - this.startedAt
    };
    if (waitingFor !== void 0) event.waitingFor = redact(waitingFor);
    this.events.push(event);
    for (const sink of this.sinks) sink(event);
  }
};
function formatProgressLine(event) {
  const tag = event.level === "info" ? "" : `${event.level.toUpperCase()} `;
  const wait = event.waitingFor ? ` \u2014 waiting for ${event.waitingFor}` : "";
  return `[${formatDuration(event.elapsedMs).padStart(8)}] ${tag}${event.phase}: ${event.message}${wait}`;
}
function lineSink(write) {
  return (event) => write(`${formatProgressLine(event)}
`);
}

export {
  Progress,
  formatProgressLine,
  lineSink
};
