import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import "./chunk-BQ2HO2OL.js";

// src/ports/http.ts
var fetchHttp = {
  async get({ url, timeoutMs }) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      return { status: response.status };
    } catch (error) {
      const cause = error.cause?.code;
      const message = error instanceof Error ? error.message : String(error);
      return { status: 0, error: cause ? `${cause}: ${message}` : message };
    }
  }
};
export {
  fetchHttp
};
