#!/usr/bin/env node
// Writes the `inputs:` section of action.yml from the command specs (src/commands/specs/), so
// an input is declared once. test/github/action-yml.test.ts fails when action.yml is stale.
//   node --import tsx scripts/gen-action.mjs     (npm run gen:action)
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { withInputs } from "../src/github/action-yml.ts";
import { actionInputs } from "../src/github/inputs.ts";

const file = path.resolve(import.meta.dirname, "..", "action.yml");
const before = await readFile(file, "utf8");
const after = withInputs(before, actionInputs());
if (after !== before) await writeFile(file, after);
console.log(after === before ? "action.yml: inputs up to date" : "action.yml: inputs rewritten");
