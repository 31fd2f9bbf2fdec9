import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/config/rollout.ts
function surgeCount(env) {
  const surge = env.rollout.maxSurge;
  const count = typeof surge === "number" ? surge : Math.ceil(Number(surge.slice(0, -1)) / 100 * env.fleet.count);
  return Math.max(1, count);
}

export {
  surgeCount
};
