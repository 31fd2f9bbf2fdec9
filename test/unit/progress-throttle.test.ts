import { describe, expect, it } from "vitest";
import type { ProgressEvent } from "../../src/ports/progress.js";
import { waitThrottle } from "../../src/ports/progress-throttle.js";

const MIN = 60_000;
const wait = (phase: string, minute: number, waitingFor: string): ProgressEvent => ({
  level: "info",
  phase,
  message: `state for ${minute}m`,
  waitingFor,
  at: minute * MIN,
  elapsedMs: minute * MIN,
});

describe("plain progress lines", () => {
  it("a 31-minute build reported every minute prints its state changes and one line per 5 minutes", () => {
    const printable = waitThrottle();
    const events = [
      ...Array.from({ length: 3 }, (_, m) => wait("bake web/x86_64", m, "Image Builder to start the build")),
      ...Array.from({ length: 25 }, (_, m) => wait("bake web/x86_64", 3 + m, "the build instance")),
      ...Array.from({ length: 3 }, (_, m) => wait("bake web/x86_64", 28 + m, "the test instance")),
    ];
    const printed = events.filter(printable).map((e) => `${e.at / MIN} ${e.waitingFor}`);
    expect(printed).toEqual([
      "0 Image Builder to start the build",
      "3 the build instance",
      "8 the build instance",
      "13 the build instance",
      "18 the build instance",
      "23 the build instance",
      "28 the test instance",
    ]);
  });

  it("each build is throttled on its own, and events that are not waits always print", () => {
    const printable = waitThrottle();
    expect(printable(wait("bake web/x86_64", 0, "build"))).toBe(true);
    expect(printable(wait("bake web/arm64", 0, "build"))).toBe(true);
    expect(printable(wait("bake web/x86_64", 1, "build"))).toBe(false);
    const done: ProgressEvent = {
      level: "info",
      phase: "bake web/x86_64",
      message: "AVAILABLE",
      at: 2 * MIN,
      elapsedMs: 2 * MIN,
    };
    expect(printable(done)).toBe(true);
    // After something else happened in the phase, the next wait is news again.
    expect(printable(wait("bake web/x86_64", 3, "build"))).toBe(true);
  });
});
