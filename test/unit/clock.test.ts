import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "../../src/ports/clock.js";
import { VirtualClock } from "../../src/sim/clock.js";

describe("durations", () => {
  it("parses compound durations and rejects malformed ones", () => {
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("7d")).toBe(604_800_000);
    expect(parseDuration("10 minutes")).toBeUndefined();
    expect(parseDuration("")).toBeUndefined();
  });
  it("formats durations for progress lines", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(125_000)).toBe("2m05s");
    expect(formatDuration(3_723_000)).toBe("1h02m03s");
  });
});

describe("virtual clock", () => {
  it("overlaps concurrent sleeps in virtual time", async () => {
    const clock = new VirtualClock(0);
    const log: string[] = [];
    const worker = async (name: string, step: number, rounds: number) => {
      for (let i = 0; i < rounds; i++) {
        await clock.sleep(step);
        log.push(`${name}@${clock.now()}`);
      }
    };
    await Promise.all([worker("a", 30_000, 4), worker("b", 60_000, 2)]);
    expect(clock.now()).toBe(120_000);
    expect(log.filter((l) => l.startsWith("a"))).toEqual(["a@30000", "a@60000", "a@90000", "a@120000"]);
    expect(log.filter((l) => l.startsWith("b"))).toEqual(["b@60000", "b@120000"]);
  });
  it("runs two hours of polling in well under a second of wall time", async () => {
    const clock = new VirtualClock(0);
    const started = performance.now();
    while (clock.now() < 2 * 3_600_000) await clock.sleep(15_000);
    expect(clock.now()).toBe(7_200_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
