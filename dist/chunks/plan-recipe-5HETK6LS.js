import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  findRecipe
} from "./chunk-L2BC4522.js";
import "./chunk-YFVNIYRP.js";
import "./chunk-4ZEUDONS.js";
import {
  agentPackages,
  loadProject
} from "./chunk-MAB7OMU6.js";
import "./chunk-C3FMDDSP.js";
import "./chunk-RCU3O4IP.js";
import "./chunk-HEPVYIAX.js";
import "./chunk-2BTEB6CI.js";
import {
  YamlSource,
  recipeSchema
} from "./chunk-NWTCY7XY.js";
import "./chunk-2EZH6WMF.js";
import {
  UsageError
} from "./chunk-WPO6EQZK.js";
import "./chunk-IVT7V2TT.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/plan-recipe.ts
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

// src/recipe/plan.ts
function diffKeyed(kind, before, after, out) {
  for (const [k, v] of after) {
    if (!before.has(k)) out.push({ kind, change: "added", item: k, ...v ? { detail: v } : {} });
    else if (before.get(k) !== v)
      out.push({ kind, change: "changed", item: k, detail: `${before.get(k)} \u2192 ${v}` });
  }
  for (const [k, v] of before)
    if (!after.has(k)) out.push({ kind, change: "removed", item: k, ...v ? { detail: v } : {} });
}
var set = (items) => new Map(items.map((i) => [i, ""]));
function diffRecipes(before, after) {
  const b = before;
  const changes = [];
  const scalar = (kind, item, x, y) => {
    if (x !== void 0 && x !== y) changes.push({ kind, change: "changed", item, detail: `${x} \u2192 ${y}` });
  };
  scalar("base", "base", b?.base, after.base);
  scalar("timezone", "timezone", b?.timezone, after.timezone);
  diffKeyed("architecture", set(b?.architectures ?? []), set(after.architectures), changes);
  diffKeyed(
    "package",
    set(b ? [...b.packages.yum, ...b.packages.dnf] : []),
    set([...after.packages.yum, ...after.packages.dnf]),
    changes
  );
  diffKeyed(
    "extras",
    set(b?.packages["amazon-linux-extras"] ?? []),
    set(after.packages["amazon-linux-extras"]),
    changes
  );
  diffKeyed("agent", set(b ? agentPackages(b) : []), set(agentPackages(after)), changes);
  const services = (r) => new Map((r?.services ?? []).map((s) => [s.name, s.enabled ? "enabled at boot" : "not enabled"]));
  diffKeyed("service", services(b), services(after), changes);
  const ports = (r) => new Map((r?.services ?? []).filter((s) => s.port !== void 0).map((s) => [String(s.port), s.name]));
  diffKeyed("port", ports(b), ports(after), changes);
  const cron = (r) => new Map((r?.cron ?? []).map((c) => [c.name, `${c.schedule} ${c.user} ${c.command}`]));
  diffKeyed("cron", cron(b), cron(after), changes);
  const files = (r) => new Map(
    (r?.files ?? []).map((f) => [
      f.path,
      f.template ? `template ${f.template}` : `content (${f.content?.length ?? 0} bytes)`
    ])
  );
  diffKeyed("file", files(b), files(after), changes);
  const users = (r) => new Map(
    (r?.users.create ?? []).map((u) => [u.name, u.groups.length ? `groups ${u.groups.join(",")}` : ""])
  );
  diffKeyed("user", users(b), users(after), changes);
  diffKeyed("user-removal", set(b?.users.remove ?? []), set(after.users.remove), changes);
  const steps = (r) => new Map((r?.steps ?? []).map((s) => [s.name, s.run]));
  for (const c of (() => {
    const out = [];
    diffKeyed("step", steps(b), steps(after), out);
    return out;
  })())
    changes.push({ ...c, detail: c.change === "changed" ? "commands changed" : void 0 });
  return { recipe: after.name, isNew: before === void 0, changes: changes.map(dropUndefined) };
}
function dropUndefined(c) {
  return c.detail === void 0 ? { kind: c.kind, change: c.change, item: c.item } : c;
}
var TITLES = {
  base: "Base image",
  timezone: "Timezone",
  architecture: "Architectures",
  package: "Packages",
  extras: "amazon-linux-extras topics",
  agent: "Agents",
  service: "Services",
  port: "Ports",
  cron: "Cron entries",
  file: "Files",
  user: "Users",
  "user-removal": "Users removed from the image",
  step: "Build steps"
};
var SIGN = { added: "+", removed: "-", changed: "~" };
function formatRecipePlan(plan, against) {
  const head = `### Recipe \`${plan.recipe}\` ${plan.isNew ? `(new, not in ${against})` : `compared with ${against}`}`;
  if (plan.changes.length === 0) return `${head}

No changes to what the image contains.`;
  const lines = [head, ""];
  for (const kind of Object.keys(TITLES)) {
    const items = plan.changes.filter((c) => c.kind === kind);
    if (items.length === 0) continue;
    lines.push(`**${TITLES[kind]}**`, "```diff");
    for (const c of items)
      lines.push(`${SIGN[c.change]} ${c.item}${c.detail ? `  (${c.detail.replace(/\n/g, " \u23CE ")})` : ""}`);
    lines.push("```");
  }
  const count = (k) => plan.changes.filter((c) => c.change === k).length;
  lines.push(`${count("added")} added, ${count("removed")} removed, ${count("changed")} changed.`);
  return lines.join("\n");
}

// src/commands/plan-recipe.ts
var run = promisify(execFile);
async function planRecipe(ctx, input) {
  const against = input.against ?? "HEAD";
  const project = await loadProject(ctx.root);
  const loaded = findRecipe(project, input.recipe);
  const before = await recipeAt(ctx.root, loaded.file, against);
  const plan = diffRecipes(before, loaded.recipe);
  return { ok: true, data: { ...plan, against }, text: formatRecipePlan(plan, against) };
}
async function recipeAt(root, file, ref) {
  let top;
  try {
    top = (await run("git", ["-C", root, "rev-parse", "--show-toplevel"])).stdout.trim();
  } catch {
    throw new UsageError(`${root} is not in a git repository; plan-recipe compares with a git revision`);
  }
  try {
    await run("git", ["-C", root, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`unknown git revision '${ref}'`);
  }
  const rel = path.relative(top, file).split(path.sep).join("/");
  let text;
  try {
    text = (await run("git", ["-C", top, "show", `${ref}:${rel}`], { maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch {
    return void 0;
  }
  const source = new YamlSource(`${ref}:${rel}`, text);
  const parsed = source.syntaxProblems.length ? void 0 : recipeSchema.safeParse(source.value());
  if (!parsed?.success)
    throw new UsageError(
      `the recipe at ${ref}:${rel} does not validate; compare with a revision where it does`
    );
  return parsed.data;
}
export {
  planRecipe
};
