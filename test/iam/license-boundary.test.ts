import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** The IAM evaluator and the parsers it brings: AGPL-3.0, so the tests' alone. */
const AGPL = ["@cloud-copilot/iam-simulate", "@cloud-copilot/iam-policy", "@cloud-copilot/iam-utils"];

describe("the AGPL-licensed IAM evaluator stays in the tests", () => {
  const shipped = [...files(path.join(ROOT, "src")), ...files(path.join(ROOT, "dist"))];

  it("is named by no file under src/ or dist/, and none of its code is bundled", () => {
    const naming = shipped.filter((f) => {
      const text = readFileSync(f, "utf8");
      return AGPL.some((name) => text.includes(name)) || text.includes("runSimulation");
    });
    expect(naming.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("is imported by nothing under src/: the runtime reads the table generated from iam-data (MIT) instead", () => {
    const importing = files(path.join(ROOT, "src")).filter((f) =>
      /from\s+"@cloud-copilot\/|import\("@cloud-copilot\/|require\("@cloud-copilot\//.test(
        readFileSync(f, "utf8"),
      ),
    );
    expect(importing).toEqual([]);
  });

  it("is a development dependency only", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const name of AGPL) expect(pkg.dependencies[name], name).toBeUndefined();
    expect(pkg.devDependencies["@cloud-copilot/iam-simulate"]).toBeDefined();
  });
});
