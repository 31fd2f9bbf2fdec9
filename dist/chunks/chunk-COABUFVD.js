import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  closest
} from "./chunk-QTEFZJYW.js";
import {
  UsageError
} from "./chunk-25FIIMCB.js";

// src/commands/find-recipe.ts
function findRecipe(project, name) {
  const loaded = project.recipes.get(name);
  if (loaded) return loaded;
  const known = [...project.recipes.keys()];
  const hint = closest(name, known);
  throw new UsageError(
    `no recipe named '${name}' (known: ${known.join(", ") || "none"})${hint ? ` \u2014 did you mean '${hint}'?` : ""}`
  );
}

export {
  findRecipe
};
