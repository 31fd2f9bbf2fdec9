import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

/** HTTP as a port: the environment check "HTTP through the ALB" asks it, never `fetch` directly. */
export interface HttpRequest {
  url: string;
  timeoutMs: number;
  /**
   * The Host header to send instead of the URL's host (an ALB host-header rule routes by it);
   * over HTTPS also the TLS server name, so the certificate for that name is the one checked.
   */
  host?: string;
}

/** `status` 0 means no HTTP answer at all (DNS, connection, TLS or timeout), with `error` saying which. */
export interface HttpResponse {
  status: number;
  error?: string;
  /** The Location of a redirect (3xx); redirects are reported, never followed. */
  location?: string;
}

export interface HttpPort {
  get(request: HttpRequest): Promise<HttpResponse>;
}

/**
 * The real network, for runs against AWS. node:http(s) rather than fetch: fetch does not let a
 * caller set the Host header, and the check must send the one the listener rule routes by.
 */
export const fetchHttp: HttpPort = {
  get({ url, timeoutMs, host }) {
    return new Promise((resolve) => {
      let target: URL;
      try {
        target = new URL(url);
      } catch (error) {
        resolve({
          status: 0,
          error: `invalid URL ${url}: ${error instanceof Error ? error.message : String(error)}`,
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
          ...(host && target.protocol === "https:" ? { servername: host.replace(/:\d+$/, "") } : {}),
          signal: AbortSignal.timeout(timeoutMs),
        },
        (res) => {
          res.resume();
          const location = res.headers.location;
          resolve({ status: res.statusCode ?? 0, ...(location ? { location } : {}) });
        },
      );
      req.on("error", (error) => {
        const code = (error as { code?: string }).code;
        const message = error.name === "AbortError" ? `no answer within ${timeoutMs} ms` : error.message;
        resolve({ status: 0, error: code && !message.includes(code) ? `${code}: ${message}` : message });
      });
      req.end();
    });
  },
};
