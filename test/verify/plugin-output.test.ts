import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pluginOutput } from "../../src/sim/services/ssm-output.js";
import { PLUGIN_OUTPUT_LIMIT, readPluginOutput } from "../../src/verify/plugin-output.js";

const ERROR_TITLE = "\n----------ERROR-------\n";
const text = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom("a", "{", '"', "}", " ", "\n", "-"), maxLength });

describe("a Run Command result as ListCommandInvocations shows it", () => {
  it("stdout and stderr come back whole when they fit, and an output the agent cut is never taken for whole", () => {
    fc.assert(
      fc.property(text(3_000), text(3_000), (stdout, stderr) => {
        const output = pluginOutput(stdout, stderr);
        expect(output.length).toBeLessThanOrEqual(PLUGIN_OUTPUT_LIMIT);
        const read = readPluginOutput(output);
        const title = stderr ? ERROR_TITLE.length : 0;
        const fits = stdout.length + stderr.length + title < PLUGIN_OUTPUT_LIMIT;
        if (fits) expect(read).toEqual({ stdout, stderr });
        else expect(read).toBeUndefined();
      }),
    );
  });

  it("a failed probe's listed output carries its stderr after the agent's error title", () => {
    const output = pluginOutput("", "curl: (7) Failed to connect\n");
    expect(output).toBe(`${ERROR_TITLE}curl: (7) Failed to connect\n`);
    expect(readPluginOutput(output)).toEqual({ stdout: "", stderr: "curl: (7) Failed to connect\n" });
  });

  it("a 3,000-character stdout is cut to 2,500 characters ending with the agent's marker", () => {
    const output = pluginOutput("x".repeat(3_000), "");
    expect(output).toHaveLength(2_500);
    const marker = "\n---Output truncated---";
    expect(output).toBe(`${"x".repeat(2_500 - marker.length)}${marker}`);
  });
});
