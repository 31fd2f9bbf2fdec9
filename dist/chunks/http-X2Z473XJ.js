import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  healthyCountHistory
} from "./chunk-C4STJAVS.js";
import "./chunk-BQ2HO2OL.js";

// src/sim/http.ts
function simulatedHttp(engineOf) {
  return {
    async get({ url, host }) {
      const engine = engineOf();
      if (!engine) return { status: 0, error: "no simulated world" };
      const target = new URL(url);
      const scheme = target.protocol === "https:" ? "HTTPS" : "HTTP";
      const port = Number(target.port || (scheme === "HTTPS" ? 443 : 80));
      for (const r of Object.values(engine.state.regions)) {
        const lb = r.loadBalancers.find((l) => l.dnsName.toLowerCase() === target.hostname.toLowerCase());
        if (!lb) continue;
        const listener = r.listeners.find((l) => l.loadBalancerArn === lb.arn && l.port === port);
        if (!listener) return { status: 0, error: `ECONNREFUSED: nothing listens on ${lb.dnsName}:${port}` };
        if (listener.protocol === "HTTPS" && scheme === "HTTP") return { status: 400 };
        if (listener.protocol === "HTTP" && scheme === "HTTPS")
          return { status: 0, error: `EPROTO: ${lb.dnsName}:${port} does not speak TLS` };
        const request = {
          scheme,
          host: (host ?? target.host).replace(/:\d+$/, ""),
          port,
          path: target.pathname,
          query: target.search.replace(/^\?/, "")
        };
        const rule = [...listener.rules ?? []].sort((a, b) => a.priority - b.priority).find((candidate) => matches(candidate, request));
        const action = rule ?? listener;
        if (action.redirect) return redirect(action.redirect, request);
        return forward(engine, r, listener, action.forward);
      }
      return { status: 0, error: `ENOTFOUND: ${target.hostname}` };
    }
  };
}
function matches(rule, request) {
  const host = !rule.hostHeader || rule.hostHeader.some((p) => wildcard(p, "i").test(request.host));
  const path = !rule.pathPattern || rule.pathPattern.some((p) => wildcard(p, "").test(request.path));
  return host && path;
}
function wildcard(pattern, flags) {
  const source = [...pattern].map((ch) => ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`, flags);
}
function redirect(r, request) {
  const protocol = (r.protocol ?? request.scheme).toLowerCase();
  const host = (r.host ?? "#{host}").replace("#{host}", request.host);
  const port = (r.port ?? "#{port}").replace("#{port}", String(request.port));
  const path = (r.path ?? "/#{path}").replace("/#{path}", request.path).replace("#{path}", request.path.slice(1));
  const query = (r.query ?? "#{query}").replace("#{query}", request.query);
  return {
    status: r.statusCode === "HTTP_302" ? 302 : 301,
    location: `${protocol}://${host}:${port}${path}${query ? `?${query}` : ""}`
  };
}
function forward(engine, r, listener, to) {
  const arns = new Set(to.filter((f) => f.weight > 0 || to.length === 1).map((f) => f.targetGroupArn));
  const groups = Object.values(r.targetGroups).filter(
    (g) => arns.has(g.arn) && g.loadBalancerArns.includes(listener.loadBalancerArn)
  );
  const now = engine.clock.now();
  const healthy = groups.reduce((n, g) => n + (healthyCountHistory(g, r, now).at(-1)?.healthy ?? 0), 0);
  return { status: healthy > 0 ? 200 : 503 };
}
export {
  simulatedHttp
};
