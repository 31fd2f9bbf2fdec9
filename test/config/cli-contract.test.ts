import { cpSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { amipipeCli, exampleProject, REPO } from "./project-fixture.js";

describe("the CLI contract for bad usage", () => {
  it("a config root that is a file is bad input: exit 2, a message naming -C, no stack trace", () => {
    const r = amipipeCli(["-C", `${REPO}/package.json`, "validate"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not a directory (-C DIR)");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--json still prints one JSON document for usage errors commander catches", () => {
    for (const args of [
      ["--json", "frobnicate"],
      ["--json", "promote"],
    ]) {
      const r = amipipeCli(args);
      expect(r.status).toBe(2);
      const doc = JSON.parse(r.stdout);
      expect(doc).toMatchObject({ ok: false, error: { code: "usage" } });
      expect(doc.error.message).toMatch(/unknown command 'frobnicate'|missing required argument 'env'/);
    }
  });

  it("a failed command's --json document carries ok: false next to its own fields", () => {
    const dir = exampleProject({});
    cpSync(`${REPO}/sim`, `${dir}/sim`, { recursive: true });
    const sim = ["-C", dir, "--sim", `${dir}/state.json`];
    expect(amipipeCli([...sim, "sim", "init"]).status).toBe(0);
    const ami = JSON.parse(amipipeCli([...sim, "--json", "bake", "web"]).stdout).amis[0].ami;
    const r = amipipeCli([
      ...sim,
      "--json",
      "--fault",
      "cron-stale-timezone",
      "promote",
      "dev",
      "--ami",
      ami,
    ]);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ ok: false, environment: "dev" });
    expect(doc.findings.map((f: { name: string }) => f.name)).toContain("cron-timezone");
  }, 60_000);
});
