import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  findRecipe
} from "./chunk-COABUFVD.js";
import {
  agentPackages
} from "./chunk-APSVUJUW.js";
import {
  loadProject
} from "./chunk-YGID37AB.js";
import "./chunk-56EOQD6H.js";
import {
  BASE_OS,
  YamlSource,
  recipeSchema
} from "./chunk-QTEFZJYW.js";
import "./chunk-52IUZXQM.js";
import "./chunk-2EZH6WMF.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";
import "./chunk-BQ2HO2OL.js";

// src/commands/plan-recipe.ts
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

// src/recipe/plan-risks.ts
var AGENT_DUTY = {
  fluentd: "logs are no longer shipped (the access logs stop arriving downstream), and no check notices",
  "newrelic-infra": "host metrics and inventory are no longer reported to New Relic, and no check notices"
};
function recipeRisks(before, after, o = {}) {
  if (!before) return [];
  const risks = [];
  if (before.timezone !== after.timezone)
    risks.push(timezoneRisk(before, after, o.at ?? Date.UTC(2026, 0, 1)));
  for (const agent of Object.keys(before.agents)) {
    if (before.agents[agent] && !after.agents[agent])
      risks.push({
        kind: "agent-removed",
        item: agent,
        message: `agent ${agent} removed: ${AGENT_DUTY[agent] ?? "what it shipped stops"}`
      });
  }
  const afterServices = new Map(after.services.map((s) => [s.name, s]));
  for (const s of before.services) {
    const now = afterServices.get(s.name);
    if (!now)
      risks.push({
        kind: "service-removed",
        item: s.name,
        message: `service ${s.name} removed: it is no longer enabled at boot nor checked${s.port ? ` (nor port ${s.port})` : ""}; if the fleet needs it, it stops on new instances`
      });
    else if (s.enabled && !now.enabled)
      risks.push({
        kind: "service-disabled",
        item: s.name,
        message: `service ${s.name} set to enabled: false: it does not start at boot, so new instances and a reboot leave it stopped`
      });
  }
  const afterCron = new Set(after.cron.map((c) => c.name));
  for (const c of before.cron) {
    if (!afterCron.has(c.name))
      risks.push({
        kind: "cron-removed",
        item: c.name,
        message: `cron entry ${c.name} removed: '${c.schedule}' (${c.user}: ${c.command}) no longer runs`
      });
  }
  if (before.base !== after.base) risks.push(baseRisk(before.base, after.base));
  return risks;
}
function baseRisk(from, to) {
  const os = (b) => BASE_OS.includes(b) ? b : void 0;
  const item = `${from} \u2192 ${to}`;
  if (os(from) && os(to))
    return {
      kind: "base-os",
      item,
      message: `base OS ${item}: package names, defaults and daemons differ; run 'amipipe validate' for the migration lint (amazon-linux-extras, renamed packages, the cron daemon) and bake before promoting`
    };
  return {
    kind: "base-os",
    item,
    message: `base image ${item}: if the OS release differs, run 'amipipe validate' for the migration lint and compare the package diff of the bake`
  };
}
function timezoneRisk(before, after, at) {
  const from = before.timezone;
  const to = after.timezone;
  const item = `${from} \u2192 ${to}`;
  const year = new Date(at).getUTCFullYear();
  const shifts = [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].map((t) => {
    const a = offsetMinutes(from, t);
    const b = offsetMinutes(to, t);
    return a === void 0 || b === void 0 ? void 0 : a - b;
  });
  if (shifts.some((s) => s === void 0))
    return {
      kind: "timezone",
      item,
      message: `timezone ${item}: cron schedules fire at different wall-clock times`
    };
  const [winter, summer] = shifts;
  const amount = winter === summer ? hours(winter) : `${hours(Math.min(winter, summer))} to ${hours(Math.max(winter, summer))} (daylight saving time)`;
  const direction = winter > 0 || summer > 0 ? "later" : "earlier";
  const cron = after.cron.length > 0 ? after.cron : before.cron;
  const example = cron.map((c) => exampleShift(c.name, c.schedule, from, to, winter)).find(Boolean);
  const what = winter === 0 && summer === 0 ? "the zones share an offset, so cron fires at the same wall-clock times" : `cron schedules are read in the image's zone, so every entry fires ${amount} ${direction} in ${from} terms`;
  return {
    kind: "timezone",
    item,
    message: `timezone ${item}: ${what}${example ? ` (${example})` : ""}; local times in logs and applications shift too`
  };
}
function exampleShift(name, schedule, from, to, shiftMin) {
  const [minute, hour] = schedule.trim().split(/\s+/);
  if (!/^\d+$/.test(minute ?? "") || !/^\d+$/.test(hour ?? "") || shiftMin === 0) return void 0;
  const at = Number(hour) * 60 + Number(minute);
  const shifted = at + shiftMin;
  const day = shifted >= 1440 ? " the next day" : shifted < 0 ? " the day before" : "";
  return `${name} '${schedule}' ran at ${clock(at)} ${from}, now at ${clock(at)} ${to} = ${clock(shifted)} ${from}${day}`;
}
function clock(minutes) {
  const m = (minutes % 1440 + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
function hours(minutes) {
  const h = Math.abs(minutes) / 60;
  return `${Number.isInteger(h) ? h : h.toFixed(2).replace(/0$/, "")} hour${h === 1 ? "" : "s"}`;
}
function offsetMinutes(zone, at) {
  try {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(new Date(at)).find((p) => p.type === "timeZoneName")?.value;
    if (name === "GMT") return 0;
    const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? "");
    if (!m) return void 0;
    return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  } catch {
    return void 0;
  }
}

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
function diffRecipes(before, after, o = {}) {
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
  return {
    recipe: after.name,
    isNew: before === void 0,
    changes: changes.map(dropUndefined),
    risks: recipeRisks(before, after, o)
  };
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
  if (plan.risks.length > 0) {
    lines.push("**Risks**", "");
    for (const r of plan.risks) lines.push(`- \u26A0\uFE0F ${r.message}`);
    lines.push("");
  }
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
  const plan = diffRecipes(before, loaded.recipe, { at: ctx.clock.now() });
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
