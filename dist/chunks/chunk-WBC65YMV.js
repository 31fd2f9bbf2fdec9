import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/ports/verifier.ts
function findingsOf(results) {
  return results.filter((r) => !r.passed);
}

export {
  findingsOf
};
