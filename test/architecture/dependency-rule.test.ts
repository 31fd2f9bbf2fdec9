import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { files, folderCycles, folderOf, importEdges, SRC } from "./imports.js";

/** DESIGN §2: the entry layers and the use cases sit above the domain; the simulator beneath everything. */
const ENTRY = new Set(["cli", "action", "commands", "app", "github"]);
/** Modules that build the ports, and so may open the embedded simulator for `--sim FILE`. */
const BUILDS_PORTS = new Set(["cli", "action", "commands"]);

const edges = importEdges();

describe("the dependency rule (DESIGN §2)", () => {
  it("no domain module imports commands/, app/ or github/", () => {
    const offending = edges.filter(
      (e) => !ENTRY.has(folderOf(e.from)) && ["commands", "app", "github"].includes(folderOf(e.to)),
    );
    expect(offending.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("no production module imports the simulator, except the entries that build the ports for --sim", () => {
    const offending = edges.filter(
      (e) => folderOf(e.to) === "sim" && folderOf(e.from) !== "sim" && !BUILDS_PORTS.has(folderOf(e.from)),
    );
    expect(offending.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("the entries reach the simulator only through dynamic imports, so a run against AWS never loads it", () => {
    const offending = edges.filter(
      (e) =>
        folderOf(e.to) === "sim" &&
        BUILDS_PORTS.has(folderOf(e.from)) &&
        !["sim/faults.ts"].includes(e.to) &&
        !e.dynamic &&
        !e.typeOnly &&
        !["commands/sim-init.ts", "commands/demo.ts"].includes(e.from),
    );
    expect(offending.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("the folder graph has no cycle", () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it("the domain's core reads no globals: no process.env, Date.now(), Math.random() or setTimeout outside the entries and the simulator", () => {
    expect(globalsOutsideEntries()).toEqual([]);
  });
});

/** The real clock's own module is where the wall clock is read; comments are not code. */
const GLOBALS = /process\.env|Date\.now\(|Math\.random\(|setTimeout\(|new Date\(\)/;

function globalsOutsideEntries(): string[] {
  return files()
    .map((file) => path.relative(SRC, file))
    .filter(
      (module) => !ENTRY.has(folderOf(module)) && folderOf(module) !== "sim" && module !== "ports/clock.ts",
    )
    .flatMap((module) =>
      readFileSync(path.join(SRC, module), "utf8")
        .split("\n")
        .map((line, i) => ({ line: line.replace(/\/\/.*$|^\s*\*.*$|\/\*.*\*\//g, ""), n: i + 1 }))
        .filter(({ line }) => GLOBALS.test(line))
        .map(({ n }) => `${module}:${n}`),
    );
}
