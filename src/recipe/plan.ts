import type { Recipe } from "../config/schema.js";
import { agentPackages } from "./agents.js";
import { type Risk, recipeRisks } from "./plan-risks.js";

export type { Risk } from "./plan-risks.js";

export interface Change {
  kind:
    | "base"
    | "timezone"
    | "architecture"
    | "package"
    | "extras"
    | "agent"
    | "service"
    | "port"
    | "cron"
    | "file"
    | "user"
    | "user-removal"
    | "step";
  change: "added" | "removed" | "changed";
  item: string;
  detail?: string;
}

export interface RecipePlan {
  recipe: string;
  /** True when the recipe does not exist at the compared revision. */
  isNew: boolean;
  changes: Change[];
  /** Changes whose effect a diff line hides (a zone change, an agent, service or cron entry removed). */
  risks: Risk[];
}

type Keyed = Map<string, string>;

function diffKeyed(kind: Change["kind"], before: Keyed, after: Keyed, out: Change[]): void {
  for (const [k, v] of after) {
    if (!before.has(k)) out.push({ kind, change: "added", item: k, ...(v ? { detail: v } : {}) });
    else if (before.get(k) !== v)
      out.push({ kind, change: "changed", item: k, detail: `${before.get(k)} → ${v}` });
  }
  for (const [k, v] of before)
    if (!after.has(k)) out.push({ kind, change: "removed", item: k, ...(v ? { detail: v } : {}) });
}

const set = (items: readonly string[]): Keyed => new Map(items.map((i) => [i, ""]));

/** What a recipe change adds, removes and changes, by the things a reviewer cares about. */
export function diffRecipes(before: Recipe | undefined, after: Recipe, o: { at?: number } = {}): RecipePlan {
  const b = before;
  const changes: Change[] = [];
  const scalar = (kind: Change["kind"], item: string, x: string | undefined, y: string) => {
    if (x !== undefined && x !== y) changes.push({ kind, change: "changed", item, detail: `${x} → ${y}` });
  };
  scalar("base", "base", b?.base, after.base);
  scalar("timezone", "timezone", b?.timezone, after.timezone);
  diffKeyed("architecture", set(b?.architectures ?? []), set(after.architectures), changes);
  diffKeyed(
    "package",
    set(b ? [...b.packages.yum, ...b.packages.dnf] : []),
    set([...after.packages.yum, ...after.packages.dnf]),
    changes,
  );
  diffKeyed(
    "extras",
    set(b?.packages["amazon-linux-extras"] ?? []),
    set(after.packages["amazon-linux-extras"]),
    changes,
  );
  diffKeyed("agent", set(b ? agentPackages(b) : []), set(agentPackages(after)), changes);
  const services = (r: Recipe | undefined): Keyed =>
    new Map((r?.services ?? []).map((s) => [s.name, s.enabled ? "enabled at boot" : "not enabled"]));
  diffKeyed("service", services(b), services(after), changes);
  const ports = (r: Recipe | undefined): Keyed =>
    new Map((r?.services ?? []).filter((s) => s.port !== undefined).map((s) => [String(s.port), s.name]));
  diffKeyed("port", ports(b), ports(after), changes);
  const cron = (r: Recipe | undefined): Keyed =>
    new Map((r?.cron ?? []).map((c) => [c.name, `${c.schedule} ${c.user} ${c.command}`]));
  diffKeyed("cron", cron(b), cron(after), changes);
  const files = (r: Recipe | undefined): Keyed =>
    new Map(
      (r?.files ?? []).map((f) => [
        f.path,
        f.template ? `template ${f.template}` : `content (${f.content?.length ?? 0} bytes)`,
      ]),
    );
  diffKeyed("file", files(b), files(after), changes);
  const users = (r: Recipe | undefined): Keyed =>
    new Map(
      (r?.users.create ?? []).map((u) => [u.name, u.groups.length ? `groups ${u.groups.join(",")}` : ""]),
    );
  diffKeyed("user", users(b), users(after), changes);
  diffKeyed("user-removal", set(b?.users.remove ?? []), set(after.users.remove), changes);
  const steps = (r: Recipe | undefined): Keyed => new Map((r?.steps ?? []).map((s) => [s.name, s.run]));
  for (const c of (() => {
    const out: Change[] = [];
    diffKeyed("step", steps(b), steps(after), out);
    return out;
  })())
    changes.push({ ...c, detail: c.change === "changed" ? "commands changed" : undefined } as Change);
  return {
    recipe: after.name,
    isNew: before === undefined,
    changes: changes.map(dropUndefined),
    risks: recipeRisks(before, after, o),
  };
}

function dropUndefined(c: Change): Change {
  return c.detail === undefined ? { kind: c.kind, change: c.change, item: c.item } : c;
}

const TITLES: Record<Change["kind"], string> = {
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
  step: "Build steps",
};

const SIGN = { added: "+", removed: "-", changed: "~" } as const;

/** Markdown for a pull-request comment. */
export function formatRecipePlan(plan: RecipePlan, against: string): string {
  const head = `### Recipe \`${plan.recipe}\` ${plan.isNew ? `(new, not in ${against})` : `compared with ${against}`}`;
  if (plan.changes.length === 0) return `${head}\n\nNo changes to what the image contains.`;
  const lines = [head, ""];
  if (plan.risks.length > 0) {
    lines.push("**Risks**", "");
    for (const r of plan.risks) lines.push(`- ⚠️ ${r.message}`);
    lines.push("");
  }
  for (const kind of Object.keys(TITLES) as Change["kind"][]) {
    const items = plan.changes.filter((c) => c.kind === kind);
    if (items.length === 0) continue;
    lines.push(`**${TITLES[kind]}**`, "```diff");
    for (const c of items)
      lines.push(`${SIGN[c.change]} ${c.item}${c.detail ? `  (${c.detail.replace(/\n/g, " ⏎ ")})` : ""}`);
    lines.push("```");
  }
  const count = (k: Change["change"]) => plan.changes.filter((c) => c.change === k).length;
  lines.push(`${count("added")} added, ${count("removed")} removed, ${count("changed")} changed.`);
  return lines.join("\n");
}
