import { describe, expect, it } from "vitest";
import { ACTION_INPUTS, parseInputs } from "../../src/github/inputs.js";

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? "";
const defaults = { repository: "acme/web", apiUrl: "https://api.github.com" };

describe("action inputs", () => {
  it("a promote reads the environment, AMI and policy override into the CLI's input shape", () => {
    const parsed = parseInputs(
      reader({
        command: "promote",
        environment: "prod",
        ami: "ami-0123456789abcdef0",
        force: "true",
        reason: "hotfix",
        sim: "state.json",
        fault: "throttle=0.1\nnew-instances-unhealthy\n",
      }),
      defaults,
    );
    expect(parsed.command).toBe("promote");
    expect(parsed.input).toEqual({
      env: "prod",
      ami: "ami-0123456789abcdef0",
      force: true,
      reason: "hotfix",
      reconcile: true,
      breakLock: false,
    });
    expect(parsed.global).toEqual({
      root: ".",
      faults: ["throttle=0.1", "new-instances-unhealthy"],
      json: true,
      sim: "state.json",
    });
  });

  it("a command missing its required input is a usage error naming the input", () => {
    expect(() => parseInputs(reader({ command: "compile" }), defaults)).toThrow(/input 'recipe' is required/);
    expect(() => parseInputs(reader({ command: "promote" }), defaults)).toThrow(
      /input 'environment' is required/,
    );
  });

  it("bake and rebake with an empty recipe take every recipe (the CLI's --all); a named recipe bakes only it", () => {
    expect(parseInputs(reader({ command: "bake" }), defaults).input).toEqual({
      all: true,
      force: false,
      keepFailedInstance: false,
    });
    expect(parseInputs(reader({ command: "bake", recipe: "api", force: "true" }), defaults).input).toEqual({
      recipe: "api",
      all: false,
      force: true,
      keepFailedInstance: false,
    });
    expect(parseInputs(reader({ command: "rebake", security: "true" }), defaults).input).toEqual({
      all: true,
      security: true,
    });
    expect(parseInputs(reader({ command: "rebake", recipe: "web" }), defaults).input).toEqual({
      recipe: "web",
      all: false,
      security: false,
    });
  });

  it("contradictory or malformed inputs are refused before anything runs", () => {
    expect(() =>
      parseInputs(
        reader({ command: "promote", environment: "prod", ami: "ami-0123456789abcdef0", from: "staging" }),
        defaults,
      ),
    ).toThrow(/exclude each other/);
    expect(() =>
      parseInputs(reader({ command: "promote", environment: "prod", force: "true" }), defaults),
    ).toThrow(/needs a 'reason'/);
    expect(() =>
      parseInputs(reader({ command: "promote", environment: "prod", ami: "latest" }), defaults),
    ).toThrow(/AMI id/);
    expect(() => parseInputs(reader({ command: "gc", "dry-run": "yes" }), defaults)).toThrow(
      /expected true or false, got 'yes'/,
    );
    expect(() => parseInputs(reader({ command: "deploy" }), defaults)).toThrow(/unknown command 'deploy'/);
  });

  it("the token is kept for masking and GitHub calls, and commit/deployment switches default on", () => {
    const parsed = parseInputs(
      reader({ command: "rollback", environment: "prod", "github-token": "ghs_secret" }),
      defaults,
    );
    expect(parsed.input).toEqual({ env: "prod", force: false, reconcile: true, breakLock: false });
    expect(parsed.secrets).toEqual(["ghs_secret"]);
    expect(parsed.github).toMatchObject({
      token: "ghs_secret",
      commitPins: true,
      deployments: true,
      prComment: true,
    });
  });

  it("github setup takes the repository and API URL from the runner", () => {
    const parsed = parseInputs(reader({ command: "github setup", "github-token": "t" }), defaults);
    expect(parsed.input).toEqual({ repo: "acme/web", token: "t", apiUrl: "https://api.github.com" });
  });

  it("an empty timeout leaves bake to the recipe's imageBuilder.timeout; a given one is checked and passed", () => {
    expect(parseInputs(reader({ command: "bake", recipe: "web" }), defaults).input).not.toHaveProperty(
      "timeout",
    );
    expect(
      parseInputs(reader({ command: "bake", recipe: "web", timeout: "90m" }), defaults).input,
    ).toMatchObject({
      timeout: "90m",
    });
    expect(() => parseInputs(reader({ command: "bake", timeout: "soon" }), defaults)).toThrow(
      /input 'timeout' needs a duration like 90m or 3h/,
    );
  });

  it("rollback reads `ami` when `to` is empty, as the rollback workflow passes it", () => {
    expect(
      parseInputs(
        reader({ command: "rollback", environment: "prod", ami: "ami-0123456789abcdef0" }),
        defaults,
      ).input,
    ).toMatchObject({ env: "prod", to: "ami-0123456789abcdef0" });
  });

  it("every input the specs read is one action.yml declares", () => {
    expect(new Set(ACTION_INPUTS).size).toBe(ACTION_INPUTS.length);
    expect(ACTION_INPUTS).toEqual(
      expect.arrayContaining(["environment", "to", "ami", "timeout", "github-token"]),
    );
  });
});
