import { describe, expect, it } from "vitest";
import { createAwsFactory } from "../../src/aws/clients.js";
import { demo } from "../../src/commands/demo.js";
import { systemClock } from "../../src/ports/clock.js";
import { sequentialIds } from "../../src/ports/ids.js";
import { Progress } from "../../src/ports/progress.js";
import { exampleConfig, LEGACY_AMI } from "./world.js";

describe("the demo", () => {
  it("bakes, promotes dev → staging → prod and rolls prod back, ending with a status table of the three stages", async () => {
    const root = await exampleConfig();
    const lines: string[] = [];
    const ctx = {
      root,
      clock: systemClock,
      progress: new Progress(systemClock, [(e) => lines.push(`${e.phase}: ${e.message}`)]),
      aws: createAwsFactory(),
      ids: sequentialIds(),
      run: { ci: true },
    };
    const result = await demo(ctx, {});
    const summary = JSON.stringify(result.data.steps.map((s) => `${s.command}: ${s.summary}`));
    expect(
      result.data.steps.map((s) => [s.command.split(" ").slice(0, 2).join(" "), s.exitCode]),
      summary,
    ).toEqual([
      ["sim init", 0],
      ["bake web", 0],
      ["promote dev", 0],
      ["promote staging", 0],
      ["promote prod", 0],
      ["rollback prod", 0],
    ]);
    expect(result.ok).toBe(true);
    const ami = result.data.ami;
    expect(result.data.environments.map((e) => [e.name, e.pinned, e.serving, e.inSync])).toEqual([
      ["dev", ami, [ami], true],
      ["staging", ami, [ami], true],
      ["prod", LEGACY_AMI, [LEGACY_AMI], true],
    ]);
    expect(result.text).toMatch(/ENVIRONMENT\s+PINNED\s+SERVING\s+HEALTHY\s+IN SYNC/);
    expect(lines.some((l) => l.startsWith("rollout prod:"))).toBe(true);
  });
});
