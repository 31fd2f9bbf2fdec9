import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import "./chunk-BQ2HO2OL.js";

// src/ports/http.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var fetchHttp = {
  get({ url, timeoutMs, host }) {
    return new Promise((resolve) => {
      let target;
      try {
        target = new URL(url);
      } catch (error) {
        resolve({
          status: 0,
          error: `invalid URL ${url}: ${error instanceof Error ? error.message : String(error)}`
        });
        return;
      }
      const send = target.protocol === "https:" ? httpsRequest : httpRequest;
      const req = send(
        target,
        {
          method: "GET",
          headers: host ? { host } : {},
          // SNI and certificate check against the name the request is for, not the DNS name dialled.
          ...host && target.protocol === "https:" ? { servername: host.replace(/:\d+$/, "") } : {},
          signal: AbortSignal.timeout(timeoutMs)
        },
        (res) => {
          res.resume();
          const location = res.headers.location;
          resolve({ status: res.statusCode ?? 0, ...location ? { location } : {} });
        }
      );
      req.on("error", (error) => {
        const code = error.code;
        const message = error.name === "AbortError" ? `no answer within ${timeoutMs} ms` : error.message;
        resolve({ status: 0, error: code && !message.includes(code) ? `${code}: ${message}` : message });
      });
      req.end();
    });
  }
};
export {
  fetchHttp
};
