import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import "./chunk-BQ2HO2OL.js";

// src/ports/ids.ts
var nodeCrypto = () => process.getBuiltinModule("node:crypto");
var cryptoIds = {
  token: () => nodeCrypto().randomUUID(),
  hex: (bytes) => nodeCrypto().randomBytes(bytes).toString("hex")
};
function sequentialIds(prefix = "id") {
  let n = 0;
  return {
    token: () => `${prefix}-${String(++n).padStart(8, "0")}`,
    hex: (bytes) => (++n).toString(16).padStart(bytes * 2, "0").slice(-bytes * 2)
  };
}
export {
  cryptoIds,
  sequentialIds
};
