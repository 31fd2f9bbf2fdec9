import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadProject } from "../config/load.js";
import type { Waiver } from "../config/schema.js";
import { UsageError } from "../errors.js";
import { type Inventory, inventorySchema } from "../probes/schema.js";
import {
  type AppliedEquivalence,
  checkParity,
  describeEquivalence,
  type ParityGap,
} from "../verify/parity.js";
import type { CommandResult, Ports } from "./context.js";

async function readInventory(root: string, file: string, side: "old" | "new"): Promise<Inventory> {
  let text: string;
  try {
    text = await readFile(path.resolve(root, file), "utf8");
  } catch {
    if (/^i-[0-9a-f]{8,17}$/.test(file))
      throw new UsageError(
        `${file} is an instance id, and parity compares inventory files: run \`amipipe survey --instance ${file} --out ${side}.json\` first, then pass ${side}.json`,
      );
    throw new UsageError(`cannot read ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = inventorySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${file}: not an inventory (amipipe survey output): ${issue?.path.join(".")}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** What OLD ran, listened on, scheduled or shipped that NEW lacks, minus the recipe's waivers. */
export async function parity(ctx: Ports, input: { old: string; new: string; recipe?: string }) {
  const [older, newer] = await Promise.all([
    readInventory(ctx.root, input.old, "old"),
    readInventory(ctx.root, input.new, "new"),
  ]);
  let waivers: Waiver[] = [];
  if (input.recipe) {
    const project = await loadProject(ctx.root);
    const recipe = project.recipes.get(input.recipe);
    if (!recipe) throw new UsageError(`unknown recipe '${input.recipe}'`);
    waivers = recipe.recipe.parity.waive;
  }
  const result = checkParity(older, newer, { target: newer.host.hostname, waivers });
  const gaps = result.evidence.gaps as ParityGap[];
  const waived = result.evidence.waived as ParityGap[];
  const applied = result.evidence.applied as AppliedEquivalence[];
  const unused = waivers.filter((w) => !waived.some((g) => g.kind === w.kind && g.name === w.name));
  const text = [
    ...applied.map((e) => `covered  ${describeEquivalence(e)} (${e.kinds.join(", ")})`),
    ...waived.map((g) => `waived   ${g.kind.padEnd(7)} ${g.name}: ${g.waived}`),
    ...unused.map((w) => `unused   waiver ${w.kind} ${w.name} (nothing to waive: ${w.reason})`),
    ...gaps.map((g) => `missing  ${g.kind.padEnd(7)} ${g.name}: ${g.detail}`),
    `${result.passed ? `parity: ${newer.host.hostname} covers ${older.host.hostname}` : `parity: ${gaps.length} finding(s)`}; ${applied.length} equivalence(s) applied, ${waived.length} gap(s) waived${input.recipe ? ` by recipe ${input.recipe}` : " (no --recipe: no waivers)"}`,
  ].join("\n");
  return {
    ok: result.passed,
    data: {
      passed: result.passed,
      findings: gaps,
      waived,
      equivalences: applied,
      unusedWaivers: unused,
      check: result,
    },
    text,
  } satisfies CommandResult;
}
