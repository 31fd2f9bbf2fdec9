import { loadProject } from "../config/load.js";
import { buildDiagram } from "../diagram/build.js";
import { observeForDiagram } from "../diagram/observe.js";
import type { CommandResult, Ports } from "./context.js";

/** Mermaid flowchart of recipes → images → environments → fleets, from config and live state. */
export async function diagram(
  ctx: Ports,
  _input: Record<string, never>,
): Promise<CommandResult<{ mermaid: string }>> {
  const project = await loadProject(ctx.root);
  ctx.progress.info("diagram", "reading images, instances and target health");
  const observed = await observeForDiagram(ctx.aws, project);
  const mermaid = buildDiagram(project, observed);
  return { ok: true, data: { mermaid }, text: `\`\`\`mermaid\n${mermaid}\n\`\`\`` };
}
