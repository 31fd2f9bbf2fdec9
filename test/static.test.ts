import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

describe("the sources", () => {
  it("type-check under TypeScript strict", async () => {
    const result = await run(bin("tsc"), ["--noEmit", "-p", root], { cwd: root }).catch((e) => e);
    expect(`${result.stdout ?? ""}${result.stderr ?? ""}`).toBe("");
  }, 180_000);

  it("pass the linter and formatter (biome)", async () => {
    const result = await run(bin("biome"), ["check", "."], { cwd: root }).catch((e) => e);
    expect(result.code ?? 0, `${result.stdout}${result.stderr}`).toBe(0);
  }, 120_000);
});
