import { readFile } from "node:fs/promises";
import path from "node:path";
import { YamlSource } from "../config/yaml-source.js";
import { findingsFromIssues } from "../config/zod-problems.js";
import { ConfigError, type ConfigProblem } from "../errors.js";
import { inventorySchema } from "../probes/schema.js";
import { type World, worldSchema } from "./world-schema.js";

/** Reading sim/world.yml: its schema, the names it cross-references, and the inventories it points to. */

export const WORLD_FILE = "sim/world.yml";

/** Reads sim/world.yml under `root`; every problem is reported with file:line:column. */
export async function readWorld(root: string): Promise<{ world: World; source: YamlSource; dir: string }> {
  const file = path.join(root, WORLD_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new ConfigError([
      { file: WORLD_FILE, line: 1, column: 1, path: "", message: `no world file (expected ${file})` },
    ]);
  }
  const source = new YamlSource(WORLD_FILE, text);
  if (source.syntaxProblems.length > 0) throw new ConfigError(source.syntaxProblems);
  const data = source.value();
  const parsed = worldSchema.safeParse(data);
  if (!parsed.success)
    throw new ConfigError(
      findingsFromIssues(parsed.error.issues, worldSchema, data).map((f) => source.problem(f)),
    );
  const world = parsed.data;
  const problems = referenceProblems(world, source);
  if (problems.length > 0) throw new ConfigError(problems);
  return { world, source, dir: path.dirname(file) };
}

export async function readInventory(
  source: YamlSource,
  dir: string,
  ref: string,
  at: Array<string | number>,
): Promise<unknown> {
  const file = path.resolve(dir, ref);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError([
      source.problem({ path: at, message: `cannot read inventory ${ref}: ${(error as Error).message}` }),
    ]);
  }
  const parsed = inventorySchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError([
      source.problem({
        path: at,
        message: `${ref} is not an inventory: ${first?.path.join(".")}: ${first?.message}`,
      }),
    ]);
  }
  return parsed.data;
}

/** Names the world uses that it does not define: subnets, target groups and images. */
function referenceProblems(world: World, source: YamlSource): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const check = (known: Set<string>, name: string | undefined, kind: string, at: Array<string | number>) => {
    if (name !== undefined && !known.has(name))
      problems.push(source.problem({ path: at, message: `unknown ${kind} '${name}'` }));
  };
  const subnetIds = new Set(world.subnets.map((s) => s.id));
  const tgNames = new Set(world.targetGroups.map((t) => t.name));
  const imageIds = new Set(world.images.map((i) => i.id));
  for (const [i, lb] of world.loadBalancers.entries()) {
    for (const [j, s] of lb.subnets.entries())
      check(subnetIds, s, "subnet", ["loadBalancers", i, "subnets", j]);
    for (const [j, l] of lb.listeners.entries()) {
      for (const [k, t] of (l.forward ?? []).entries())
        check(tgNames, t, "target group", ["loadBalancers", i, "listeners", j, "forward", k]);
      for (const [m, rule] of l.rules.entries())
        for (const [k, t] of (rule.forward ?? []).entries())
          check(tgNames, t, "target group", ["loadBalancers", i, "listeners", j, "rules", m, "forward", k]);
    }
  }
  for (const [i, f] of world.fleets.entries()) {
    check(imageIds, f.image, "image", ["fleets", i, "image"]);
    check(tgNames, f.targetGroup || undefined, "target group", ["fleets", i, "targetGroup"]);
  }
  for (const [i, a] of world.alarms.entries())
    check(tgNames, a.targetGroup, "target group", ["alarms", i, "targetGroup"]);
  return problems;
}
