import type { ProgressEvent } from "../ports/progress.js";

/** Recipes → AMIs → environments, as the job summary draws it. */
export interface PipelineGraph {
  recipes: string[];
  /** AMIs worth drawing: pinned ones and the ones this run produced. */
  images: Array<{ ami: string; recipe: string; note?: string }>;
  environments: Array<{ name: string; recipe: string; pinned: string | null; from?: string }>;
}

const nodeId = (kind: string, name: string) => `${kind}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;

/** Mermaid label text: quotes and markup characters as entity codes, so any name is safe. */
function label(text: string): string {
  return `"${text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;")}"`;
}

export function pipelineDiagram(graph: PipelineGraph): string {
  const lines = ["flowchart LR"];
  for (const recipe of graph.recipes)
    lines.push(`  ${nodeId("recipe", recipe)}[${label(`recipe ${recipe}`)}]`);
  const images = new Map<string, { ami: string; recipe: string; note?: string }>();
  for (const image of graph.images) if (!images.has(image.ami)) images.set(image.ami, image);
  for (const env of graph.environments) {
    if (env.pinned && !images.has(env.pinned))
      images.set(env.pinned, { ami: env.pinned, recipe: env.recipe });
  }
  for (const image of images.values()) {
    const text = image.note ? `${image.ami}<br/>${image.note}` : image.ami;
    lines.push(`  ${nodeId("ami", image.ami)}([${label(text)}])`);
  }
  for (const env of graph.environments) lines.push(`  ${nodeId("env", env.name)}{{${label(env.name)}}}`);
  for (const image of images.values()) {
    if (graph.recipes.includes(image.recipe))
      lines.push(`  ${nodeId("recipe", image.recipe)} --> ${nodeId("ami", image.ami)}`);
  }
  for (const env of graph.environments) {
    if (env.pinned) lines.push(`  ${nodeId("ami", env.pinned)} -->|pinned| ${nodeId("env", env.name)}`);
    else lines.push(`  ${nodeId("recipe", env.recipe)} -.->|not pinned| ${nodeId("env", env.name)}`);
  }
  for (const env of graph.environments) {
    if (env.from) lines.push(`  ${nodeId("env", env.from)} -.->|promotes to| ${nodeId("env", env.name)}`);
  }
  return lines.join("\n");
}

/** Text safe inside a gantt task name (':' and '#' end or break a task line). */
function taskText(text: string): string {
  const clean = text.replace(/[:;#]/g, " ").replace(/\s+/g, " ").trim();
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean || "step";
}

/**
 * The run on a time axis (virtual time on the simulator): one bar per phase of the progress
 * events, and one bar per rollout step (launch, prepare, register, soak, drain …) when known.
 */
export function timelineDiagram(
  events: readonly ProgressEvent[],
  title: string,
  steps: ReadonlyArray<{ kind: string; startedAt: number; finishedAt: number }> = [],
): string | undefined {
  if (events.length === 0 && steps.length === 0) return undefined;
  const phases = new Map<string, { start: number; end: number; last: string; failed: boolean }>();
  for (const event of events) {
    const phase = phases.get(event.phase);
    const text = event.waitingFor ? `waiting for ${event.waitingFor}` : event.message;
    if (!phase)
      phases.set(event.phase, {
        start: event.at,
        end: event.at,
        last: text,
        failed: event.level === "error",
      });
    else {
      phase.end = Math.max(phase.end, event.at);
      phase.last = text;
      phase.failed ||= event.level === "error";
    }
  }
  const lines = ["gantt", `  title ${taskText(title)}`, "  dateFormat x", "  axisFormat %H:%M:%S"];
  for (const [name, phase] of phases) {
    lines.push(`  section ${taskText(name)}`);
    const end = Math.max(phase.end, phase.start + 1000);
    lines.push(`  ${taskText(phase.last)} :${phase.failed ? "crit, " : ""}${phase.start}, ${end}`);
  }
  if (steps.length > 0) {
    lines.push("  section rollout steps");
    for (const step of steps)
      lines.push(
        `  ${taskText(step.kind)} :${step.startedAt}, ${Math.max(step.finishedAt, step.startedAt + 1000)}`,
      );
  }
  return lines.join("\n");
}
