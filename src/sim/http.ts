import type { HttpPort, HttpResponse } from "../ports/http.js";
import type { SimEngine } from "./engine.js";
import { healthyCountHistory } from "./services/elbv2-health.js";
import type { ListenerRecord, ListenerRuleRecord, RedirectRecord, RegionState } from "./state.js";

/**
 * HTTP to a simulated load balancer's DNS name, routed as an ALB routes it: the listener on the
 * URL's port, then its rules by priority — host-header (the Host header, else the URL's host;
 * case-insensitive) and path-pattern (case-sensitive) conditions, `*` and `?` wildcards — and
 * the default action when none matches. A forward answers 200 while a group it forwards to
 * has a healthy target and 503 when none has (as an ALB answers with no healthy target); a
 * redirect answers its 301/302 with the Location it builds. Plain HTTP to an HTTPS listener
 * gets the 400 an ALB sends; TLS to an HTTP listener gets no HTTP answer.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
 */
export function simulatedHttp(engineOf: () => SimEngine | undefined): HttpPort {
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
          query: target.search.replace(/^\?/, ""),
        };
        const rule = [...(listener.rules ?? [])]
          .sort((a, b) => a.priority - b.priority)
          .find((candidate) => matches(candidate, request));
        const action: Pick<ListenerRuleRecord, "forward" | "redirect"> = rule ?? listener;
        if (action.redirect) return redirect(action.redirect, request);
        return forward(engine, r, listener, action.forward);
      }
      return { status: 0, error: `ENOTFOUND: ${target.hostname}` };
    },
  };
}

interface Request {
  scheme: string;
  host: string;
  port: number;
  path: string;
  query: string;
}

function matches(rule: ListenerRuleRecord, request: Request): boolean {
  const host = !rule.hostHeader || rule.hostHeader.some((p) => wildcard(p, "i").test(request.host));
  const path = !rule.pathPattern || rule.pathPattern.some((p) => wildcard(p, "").test(request.path));
  return host && path;
}

function wildcard(pattern: string, flags: string): RegExp {
  const source = [...pattern]
    .map((ch) => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, flags);
}

/** The redirect's Location: each part the action sets, the request's for the others. */
function redirect(r: RedirectRecord, request: Request): HttpResponse {
  const protocol = (r.protocol ?? request.scheme).toLowerCase();
  const host = (r.host ?? "#{host}").replace("#{host}", request.host);
  const port = (r.port ?? "#{port}").replace("#{port}", String(request.port));
  const path = (r.path ?? "/#{path}")
    .replace("/#{path}", request.path)
    .replace("#{path}", request.path.slice(1));
  const query = (r.query ?? "#{query}").replace("#{query}", request.query);
  return {
    status: r.statusCode === "HTTP_302" ? 302 : 301,
    location: `${protocol}://${host}:${port}${path}${query ? `?${query}` : ""}`,
  };
}

function forward(
  engine: SimEngine,
  r: RegionState,
  listener: ListenerRecord,
  to: ListenerRecord["forward"],
): HttpResponse {
  const arns = new Set(to.filter((f) => f.weight > 0 || to.length === 1).map((f) => f.targetGroupArn));
  const groups = Object.values(r.targetGroups).filter(
    (g) => arns.has(g.arn) && g.loadBalancerArns.includes(listener.loadBalancerArn),
  );
  const now = engine.clock.now();
  const healthy = groups.reduce((n, g) => n + (healthyCountHistory(g, r, now).at(-1)?.healthy ?? 0), 0);
  return { status: healthy > 0 ? 200 : 503 };
}
