import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import "./chunk-BQ2HO2OL.js";

// src/ports/progress-throttle.ts
var REPEAT_WAIT_EVERY_MS = 5 * 6e4;
function waitThrottle(everyMs = REPEAT_WAIT_EVERY_MS) {
  const lastWait = /* @__PURE__ */ new Map();
  return (event) => {
    if (event.waitingFor === void 0) {
      lastWait.delete(event.phase);
      return true;
    }
    const last = lastWait.get(event.phase);
    if (last && last.waitingFor === event.waitingFor && event.at - last.at < everyMs) return false;
    lastWait.set(event.phase, { waitingFor: event.waitingFor, at: event.at });
    return true;
  };
}
export {
  REPEAT_WAIT_EVERY_MS,
  waitThrottle
};
