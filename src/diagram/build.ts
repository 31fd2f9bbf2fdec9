import { autoScalingGroupName } from "../config/asg.js";
import { environmentsInOrder, type Project } from "../config/load.js";

/** Live facts the diagram adds to the config: which images exist and what each fleet serves. */
export interface DiagramObservation {
  /** Toolkit images (tagged amipipe:recipe), any order; only the relevant ones are drawn. */
  images: Array<{ ami: string; recipe: string; arch?: string; builtAt?: string }>;
  fleets: Array<{
    env: string;
    kind: "instances" | "asg";
    /** ASG name for asg fleets. */
    name?: string;
    desired: number;
    healthy: number;
    /** AMIs the fleet's instances run, with how many instances each. */
    serving: Array<{ ami: string; instances: number }>;
  }>;
}

const id = (kind: string, name: string) => `${kind}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
/** Mermaid label: quoted, with quotes and angle brackets as entity codes so any name is safe. */
const label = (text: string) =>
  `"${text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/\n/g, "<br/>")}"`;

/** Newest images per recipe worth drawing besides the pinned and serving ones. */
const LATEST_PER_RECIPE = 1;

/**
 * A Mermaid flowchart of recipes → images → environments → fleets. From config alone it shows
 * recipes, pins and the promotion chain; with observations it adds the newest images, what each
 * fleet actually serves and how many targets are healthy.
 */
export function buildDiagram(project: Project, observed?: DiagramObservation): string {
  const envs = environmentsInOrder(project).map((e) => e.env);
  const lines = ["flowchart LR"];
  const edges: string[] = [];

  lines.push("  subgraph recipes[Recipes]");
  for (const { recipe } of [...project.recipes.values()].sort((a, b) =>
    a.recipe.name.localeCompare(b.recipe.name),
  )) {
    lines.push(
      `    ${id("recipe", recipe.name)}[${label(`${recipe.name}\n${recipe.base} · ${recipe.architectures.join(", ")}`)}]`,
    );
  }
  lines.push("  end");

  const images = new Map<string, { recipe?: string; notes: string[] }>();
  const addImage = (ami: string, recipe: string | undefined, note?: string) => {
    const entry = images.get(ami) ?? { notes: [] };
    if (recipe && !entry.recipe) entry.recipe = recipe;
    if (note && !entry.notes.includes(note)) entry.notes.push(note);
    images.set(ami, entry);
  };
  const known = new Map((observed?.images ?? []).map((i) => [i.ami, i]));
  for (const env of envs) if (env.pin.ami) addImage(env.pin.ami, known.get(env.pin.ami)?.recipe);
  for (const fleet of observed?.fleets ?? [])
    for (const s of fleet.serving) addImage(s.ami, known.get(s.ami)?.recipe);
  const byRecipe = new Map<string, DiagramObservation["images"]>();
  for (const image of observed?.images ?? [])
    byRecipe.set(image.recipe, [...(byRecipe.get(image.recipe) ?? []), image]);
  for (const [recipe, list] of byRecipe) {
    list.sort((a, b) => (b.builtAt ?? "").localeCompare(a.builtAt ?? ""));
    for (const image of list.slice(0, LATEST_PER_RECIPE)) addImage(image.ami, recipe, "newest");
  }
  for (const [ami, image] of images) {
    const facts = known.get(ami);
    const detail = [
      facts?.arch,
      facts?.builtAt ? `built ${facts.builtAt.slice(0, 10)}` : undefined,
      ...image.notes,
    ]
      .filter(Boolean)
      .join(" · ");
    lines.push(`  ${id("ami", ami)}([${label(detail ? `${ami}\n${detail}` : ami)}])`);
    if (image.recipe && project.recipes.has(image.recipe))
      edges.push(`  ${id("recipe", image.recipe)} --> ${id("ami", ami)}`);
  }

  for (const env of envs) {
    lines.push(`  ${id("env", env.name)}{{${label(`${env.name}\n${env.region}`)}}}`);
    if (env.pin.ami) edges.push(`  ${id("ami", env.pin.ami)} -->|pinned| ${id("env", env.name)}`);
    else edges.push(`  ${id("recipe", env.recipe)} -.->|not pinned| ${id("env", env.name)}`);
    if (env.promotion.from)
      edges.push(`  ${id("env", env.promotion.from)} -.->|promotes to| ${id("env", env.name)}`);

    const fleet = observed?.fleets.find((f) => f.env === env.name);
    const kind = env.fleet.kind === "asg" ? `Auto Scaling group ${autoScalingGroupName(env)}` : "instances";
    const health = fleet ? `${fleet.healthy}/${fleet.desired} healthy` : `${env.fleet.count} desired`;
    lines.push(
      `  ${id("fleet", env.name)}[${label(`${kind}\ntarget group ${env.fleet.targetGroup}\n${health}`)}]`,
    );
    edges.push(`  ${id("env", env.name)} --> ${id("fleet", env.name)}`);
    for (const s of fleet?.serving ?? []) {
      if (s.ami === env.pin.ami) continue;
      edges.push(`  ${id("fleet", env.name)} -.->|still serving ×${s.instances}| ${id("ami", s.ami)}`);
    }
  }
  return [...lines, ...edges].join("\n");
}
