import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkParity
} from "./chunk-IGZSQQBH.js";
import "./chunk-HWXOPVVO.js";
import {
  loadProject
} from "./chunk-MAB7OMU6.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
import {
  inventorySchema
} from "./chunk-NRMTDQN5.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/parity.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
async function readInventory(root, file) {
  let text;
  try {
    text = await readFile(path.resolve(root, file), "utf8");
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = inventorySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${file}: not an inventory (amipipe survey output): ${issue?.path.join(".")}: ${issue?.message}`
    );
  }
  return parsed.data;
}
async function parity(ctx, input) {
  const [older, newer] = await Promise.all([
    readInventory(ctx.root, input.old),
    readInventory(ctx.root, input.new)
  ]);
  let waivers = [];
  if (input.recipe) {
    const project = await loadProject(ctx.root);
    const recipe = project.recipes.get(input.recipe);
    if (!recipe) throw new UsageError(`unknown recipe '${input.recipe}'`);
    waivers = recipe.recipe.parity.waive;
  }
  const result = checkParity(older, newer, { target: newer.host.hostname, waivers });
  const gaps = result.evidence.gaps;
  const waived = result.evidence.waived;
  const text = [
    ...gaps.map((g) => `missing  ${g.kind.padEnd(7)} ${g.name}: ${g.detail}`),
    ...waived.map((g) => `waived   ${g.kind.padEnd(7)} ${g.name}: ${g.waived}`),
    result.passed ? `parity: ${newer.host.hostname} covers ${older.host.hostname}` : `parity: ${gaps.length} finding(s)`
  ].join("\n");
  return {
    ok: result.passed,
    data: { passed: result.passed, findings: gaps, waived, check: result },
    text
  };
}
export {
  parity
};
