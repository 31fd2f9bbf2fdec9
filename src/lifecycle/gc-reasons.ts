/** Why gc keeps an image, as data; `describeKeepReasons` is the one place that words it. */
export type KeepReason =
  /** Git pins it now (the `amipipe:pinned` tag lists the same environments). */
  | { kind: "pinned"; environments: string[] }
  /** An earlier pin, kept for `rollback`. */
  | { kind: "history"; environments: string[] }
  /** Instances (without a retention tag) run from it, by state. */
  | { kind: "instances"; state: string; ids: string[] }
  /** Old instances stopped and kept for a fast rollback until their retention ends. */
  | { kind: "retained"; instances: Array<{ id: string; state: string; retainUntil: string }> }
  /** A launch template version something uses names it. */
  | { kind: "launch-template"; launchTemplate: string; version: string; usedBy: string[] }
  /** Built by someone else (no amipipe:recipe tag): gc never touches it. */
  | { kind: "not-amipipe"; tag: string }
  /** Pending or otherwise not final: too early to decide. */
  | { kind: "state"; state: string }
  /** Among the newest `keep` of its recipe and architecture. */
  | { kind: "newest"; group: string; position: number; keep: number }
  /** Built more recently than --older-than. */
  | { kind: "young"; builtAt: string };

/** The reasons as one sentence, for the `reason` field (the DESIGN contract) and logs. */
export function describeKeepReasons(reasons: readonly KeepReason[]): string {
  return reasons.map(describeKeepReason).join("; ");
}

function describeKeepReason(r: KeepReason): string {
  switch (r.kind) {
    case "pinned":
      return `pinned by ${r.environments.join(", ")}`;
    case "history":
      return `in the pin history of ${r.environments.join(", ")}`;
    case "instances": {
      if (r.ids.length === 1) return `used by ${r.state} instance ${r.ids[0]}`;
      const shown = r.ids.slice(0, 3).join(", ") + (r.ids.length > 3 ? `, … ${r.ids.length - 3} more` : "");
      return `used by ${r.ids.length} ${r.state} instances (${shown})`;
    }
    case "retained":
      return r.instances
        .map((i) => `used by ${i.state} instance ${i.id} (retained until ${i.retainUntil})`)
        .join("; ");
    case "launch-template":
      return `referenced by launch template ${r.launchTemplate} version ${r.version} (${r.usedBy.join(", ")})`;
    case "not-amipipe":
      return `not built by amipipe (no ${r.tag} tag)`;
    case "state":
      return `image is ${r.state}`;
    case "newest":
      return `newest ${r.position} of ${r.keep} kept for ${r.group}`;
    case "young":
      return `built ${r.builtAt}, younger than --older-than`;
  }
}

/** Short labels for the compact human list ("pinned: prod", "running: i-1 +2", "templates: web-prod v7"). */
export function shortKeepReasons(reasons: readonly KeepReason[]): string[] {
  const ids = (list: readonly string[]) =>
    list.length <= 1 ? list.join("") : `${list[0]} +${list.length - 1}`;
  const out: string[] = [];
  const templates: string[] = [];
  for (const r of reasons) {
    switch (r.kind) {
      case "pinned":
        out.push(`pinned: ${r.environments.join(", ")}`);
        break;
      case "history":
        out.push(`history: ${r.environments.join(", ")}`);
        break;
      case "instances":
        out.push(`${r.state}: ${ids(r.ids)}`);
        break;
      case "retained":
        out.push(
          `retained: ${ids(r.instances.map((i) => i.id))} until ${r.instances
            .map((i) => i.retainUntil)
            .sort()
            .at(-1)}`,
        );
        break;
      case "launch-template":
        templates.push(`${r.launchTemplate} v${r.version}`);
        break;
      case "not-amipipe":
        out.push("not built by amipipe");
        break;
      case "state":
        out.push(`state ${r.state}`);
        break;
      case "newest":
        out.push(`newest ${r.position}/${r.keep} of ${r.group}`);
        break;
      case "young":
        out.push(`built ${r.builtAt.slice(0, 10)} (< --older-than)`);
        break;
    }
  }
  if (templates.length > 0)
    out.push(`${templates.length === 1 ? "template" : "templates"}: ${templates.join(", ")}`);
  return out;
}
