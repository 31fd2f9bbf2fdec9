import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  formatProblem
} from "./chunk-25FIIMCB.js";

// src/config/display-path.ts
import path from "node:path";
function displayPath(base, file) {
  const absolute = path.resolve(base.root, file);
  const rel = path.relative(base.cwd ?? base.root, absolute) || ".";
  return rel.startsWith(`..${path.sep}..`) || rel === "../.." ? absolute : rel;
}
function formatProblemFor(base, problem) {
  return formatProblem({ ...problem, file: displayPath(base, problem.file) });
}

export {
  displayPath,
  formatProblemFor
};
