import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMANDS } from "../../src/commands/registry.js";
import { inputFields, inputNameOf } from "../../src/commands/spec.js";
import { withInputs } from "../../src/github/action-yml.js";
import { actionInputs } from "../../src/github/inputs.js";

const root = path.resolve(import.meta.dirname, "../..");
const actionYml = readFileSync(path.join(root, "action.yml"), "utf8");
// biome-ignore lint/suspicious/noExplicitAny: action.yml's inputs, checked field by field.
const declared: Record<string, any> = parse(actionYml).inputs;

describe("action.yml's inputs are generated from the command specs", () => {
  it("the committed file is what `npm run gen:action` writes", () => {
    expect(actionYml, "run `npm run gen:action` and commit action.yml").toBe(
      withInputs(actionYml, actionInputs()),
    );
  });

  it("names, defaults and descriptions are the specs' own", () => {
    const generated = actionInputs();
    expect(Object.keys(declared)).toEqual(generated.map((i) => i.name));
    for (const input of generated) {
      expect(declared[input.name].description).toBe(input.description);
      expect(declared[input.name].default).toBe(input.default);
    }
  });

  it("every input a command reads is declared, and says which commands read it", () => {
    for (const spec of COMMANDS)
      for (const field of inputFields(spec)) {
        for (const name of [inputNameOf(field), ...(field.meta.inputAliases ?? [])]) {
          if (name === undefined) continue;
          expect(declared, `${spec.name} reads input '${name}'`).toHaveProperty(name);
          if (name !== "github-token") expect(declared[name].description).toContain(spec.name);
        }
      }
  });

  it("bake's timeout input is empty by default, so the recipe's imageBuilder.timeout applies", () => {
    expect(declared.timeout.default).toBe("");
    expect(declared.timeout.description).toContain("imageBuilder.timeout");
  });
});
