import type { Project } from "../config/load.js";
import { closest } from "../config/suggest.js";
import { UsageError } from "../errors.js";

/** The recipe a command names, or a usage error with the closest known name. */
export function findRecipe(project: Project, name: string) {
  const loaded = project.recipes.get(name);
  if (loaded) return loaded;
  const known = [...project.recipes.keys()];
  const hint = closest(name, known);
  throw new UsageError(
    `no recipe named '${name}' (known: ${known.join(", ") || "none"})${hint ? ` — did you mean '${hint}'?` : ""}`,
  );
}
