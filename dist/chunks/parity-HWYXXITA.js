import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  checkParity,
  describeEquivalence
} from "./chunk-EWNFG6EC.js";
import "./chunk-AHXN3YWG.js";
import {
  inventorySchema
} from "./chunk-VW3YBTYP.js";
import {
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-56EOQD6H.js";
import "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";
import "./chunk-MJU6FAWD.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/parity.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
async function readInventory(root, file, side) {
  let text;
  try {
    text = await readFile(path.resolve(root, file), "utf8");
  } catch {
    if (/^i-[0-9a-f]{8,17}$/.test(file))
      throw new UsageError(
        `${file} is an instance id, and parity compares inventory files: run \`amipipe survey --instance ${file} --out ${side}.json\` first, then pass ${side}.json`
      );
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
    readInventory(ctx.root, input.old, "old"),
    readInventory(ctx.root, input.new, "new")
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
  const applied = result.evidence.applied;
  const unused = waivers.filter((w) => !waived.some((g) => g.kind === w.kind && g.name === w.name));
  const text = [
    ...applied.map((e) => `covered  ${describeEquivalence(e)} (${e.kinds.join(", ")})`),
    ...waived.map((g) => `waived   ${g.kind.padEnd(7)} ${g.name}: ${g.waived}`),
    ...unused.map((w) => `unused   waiver ${w.kind} ${w.name} (nothing to waive: ${w.reason})`),
    ...gaps.map((g) => `missing  ${g.kind.padEnd(7)} ${g.name}: ${g.detail}`),
    `${result.passed ? `parity: ${newer.host.hostname} covers ${older.host.hostname}` : `parity: ${gaps.length} finding(s)`}; ${applied.length} equivalence(s) applied, ${waived.length} gap(s) waived${input.recipe ? ` by recipe ${input.recipe}` : " (no --recipe: no waivers)"}`
  ].join("\n");
  return {
    ok: result.passed,
    data: {
      passed: result.passed,
      findings: gaps,
      waived,
      equivalences: applied,
      unusedWaivers: unused,
      check: result
    },
    text
  };
}
export {
  parity
};
