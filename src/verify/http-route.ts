import type { Action, Listener, Rule, RuleCondition } from "@aws-sdk/client-elastic-load-balancing-v2";

/** `verify.http` of an environment: what to request and what to expect. */
export interface HttpSettings {
  path: string;
  expect: number;
  /** Only listeners of this protocol. */
  scheme?: "http" | "https";
  /** Only the listener on this port. */
  port?: number;
  /** The Host header (and TLS server name) to send. */
  host?: string;
  /** A full URL to request instead of one built from the listeners. */
  url?: string;
}

/** One way an HTTP request reaches the environment's target group through its load balancer. */
export interface HttpRoute {
  url: string;
  /** The Host header to send; absent: the URL's host (the load balancer's DNS name). */
  host?: string;
  /** How the request gets there, for a person: "listener HTTP:80, rule 10 (host dev.example.jp)". */
  via: string;
  listenerArn?: string;
  ruleArn?: string;
}

/** What the load balancer answers: its listeners and, per listener ARN, its rules (the default one included). */
export interface ListenerSet {
  dnsName: string;
  listeners: readonly Listener[];
  rules: ReadonlyMap<string, readonly Rule[]>;
}

export interface RouteSearch {
  routes: HttpRoute[];
  /** Why each listener rule that forwards to the group was not usable. */
  rejected: string[];
}

/** The request the check sends, as a listener's rules see it. */
interface Request {
  host: string;
  path: string;
  method: string;
}

/**
 * Every route from a load balancer's listeners to `targetGroupArn`, the way an ALB evaluates
 * them: a listener by port, its rules by priority (the default rule last), the first rule whose
 * conditions all match decides. For each rule that forwards to the group, the request is built
 * from the rule — the listener's scheme and port, a Host header from a host-header condition,
 * `verify.http.path` — and kept only if that request, evaluated against all of the listener's
 * rules, lands on that rule (an earlier rule would answer it otherwise). Pure.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html
 */
export function routesTo(targetGroupArn: string, lb: ListenerSet, settings: HttpSettings): RouteSearch {
  const candidates: Array<{ route: HttpRoute; rank: number[] }> = [];
  const rejected: string[] = [];
  const listeners = [...lb.listeners].sort((a, b) => (a.Port ?? 0) - (b.Port ?? 0));
  for (const listener of listeners) {
    const rules = orderedRules(listener, lb.rules.get(listener.ListenerArn ?? "") ?? []);
    const scheme = schemeOf(listener.Protocol);
    const name = `listener ${listener.Protocol}:${listener.Port}`;
    for (const rule of rules) {
      const forward = forwards(rule.Actions ?? [], targetGroupArn);
      if (forward === "no") continue;
      const where = `${name}, ${ruleName(rule)}`;
      if (forward === "authenticates") {
        rejected.push(`${where}: authenticates first; an unauthenticated check cannot pass it`);
        continue;
      }
      if (!scheme) {
        rejected.push(`${where}: protocol ${listener.Protocol} is not HTTP or HTTPS`);
        continue;
      }
      if (settings.scheme && settings.scheme !== scheme) {
        rejected.push(`${where}: not verify.http.scheme ${settings.scheme}`);
        continue;
      }
      if (settings.port !== undefined && settings.port !== listener.Port) {
        rejected.push(`${where}: not verify.http.port ${settings.port}`);
        continue;
      }
      const built = requestFor(rule, settings);
      if (typeof built === "string") {
        rejected.push(`${where}: ${built}`);
        continue;
      }
      const request: Request = { host: built.host ?? lb.dnsName, path: built.path, method: "GET" };
      const answering = rules.find((r) => matches(r, request));
      if (answering !== rule) {
        rejected.push(
          `${where}: ${answering ? ruleName(answering) : "no rule"} answers GET ${built.host ?? lb.dnsName}${built.path} first`,
        );
        continue;
      }
      const defaultPort = scheme === "https" ? 443 : 80;
      const port = listener.Port === undefined || listener.Port === defaultPort ? "" : `:${listener.Port}`;
      const route: HttpRoute = {
        url: `${scheme}://${lb.dnsName}${port}${built.path}`,
        via: `${where}${built.host ? ` (Host: ${built.host})` : ""}`,
      };
      if (built.host) route.host = built.host;
      if (listener.ListenerArn) route.listenerArn = listener.ListenerArn;
      if (rule.RuleArn) route.ruleArn = rule.RuleArn;
      // Plain HTTP first (no certificate has to cover the name), then the lower port, then the
      // rule that comes first.
      candidates.push({
        route,
        rank: [scheme === "http" ? 0 : 1, listener.Port ?? 0, rules.indexOf(rule)],
      });
    }
  }
  candidates.sort((a, b) => compare(a.rank, b.rank));
  return { routes: candidates.map((c) => c.route), rejected };
}

/** The route `verify.http.url` names, when set: sent as is, with `verify.http.host` as its Host header. */
export function explicitRoute(settings: HttpSettings): HttpRoute | undefined {
  if (!settings.url) return undefined;
  return {
    url: settings.url,
    via: "verify.http.url",
    ...(settings.host ? { host: settings.host } : {}),
  };
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function schemeOf(protocol: string | undefined): "http" | "https" | undefined {
  return protocol === "HTTP" ? "http" : protocol === "HTTPS" ? "https" : undefined;
}

/**
 * The listener's rules in evaluation order: by priority, the default rule last. A listener
 * whose rules were not read (or came back without the default rule) gets its default actions
 * as the default rule.
 */
function orderedRules(listener: Listener, rules: readonly Rule[]): Rule[] {
  const all = [...rules];
  if (!all.some((r) => r.IsDefault))
    all.push({
      Priority: "default",
      IsDefault: true,
      Conditions: [],
      Actions: listener.DefaultActions ?? [],
    });
  const priority = (r: Rule) => (r.IsDefault ? Number.POSITIVE_INFINITY : Number(r.Priority));
  return all.sort((a, b) => priority(a) - priority(b));
}

function ruleName(rule: Rule): string {
  return rule.IsDefault ? "default rule" : `rule ${rule.Priority}`;
}

/** Whether the rule's final action forwards to the group (with a weight above 0). */
function forwards(actions: readonly Action[], targetGroupArn: string): "yes" | "no" | "authenticates" {
  const ordered = [...actions].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0));
  const last = ordered.at(-1);
  if (last?.Type !== "forward") return "no";
  const groups = last.ForwardConfig?.TargetGroups;
  const reaches = groups?.length
    ? groups.some((g) => g.TargetGroupArn === targetGroupArn && (groups.length === 1 || (g.Weight ?? 1) > 0))
    : last.TargetGroupArn === targetGroupArn;
  if (!reaches) return "no";
  return ordered.some((a) => a.Type?.startsWith("authenticate-")) ? "authenticates" : "yes";
}

function valuesOf(c: RuleCondition): string[] {
  switch (c.Field) {
    case "host-header":
      return c.HostHeaderConfig?.Values ?? c.Values ?? [];
    case "path-pattern":
      return c.PathPatternConfig?.Values ?? c.Values ?? [];
    case "http-request-method":
      return c.HttpRequestMethodConfig?.Values ?? c.Values ?? [];
    default:
      return c.Values ?? [];
  }
}

const hasWildcard = (v: string) => /[*?]/.test(v);

/** The Host header and path of a GET that this rule's conditions accept, or why there is none. */
function requestFor(rule: Rule, settings: HttpSettings): { host?: string; path: string } | string {
  const path = settings.path.startsWith("/") ? settings.path : `/${settings.path}`;
  let host = settings.host;
  for (const c of rule.Conditions ?? []) {
    const values = valuesOf(c);
    if (c.Field === "host-header") {
      if (host !== undefined) {
        if (!values.some((v) => wildcardMatch(v, host ?? "", true)))
          return `verify.http.host ${host} is not one of its host names (${values.join(", ")})`;
      } else {
        host = values.find((v) => !hasWildcard(v));
        if (host === undefined)
          return `its host names are all patterns (${values.join(", ")}): set verify.http.host to one they match`;
      }
    } else if (c.Field === "path-pattern") {
      if (!values.some((v) => wildcardMatch(v, path, false)))
        return `verify.http.path ${path} does not match its path pattern(s) ${values.join(", ")}`;
    } else if (c.Field === "http-request-method") {
      if (!values.includes("GET")) return `it takes only ${values.join(", ")} requests, the check sends GET`;
    } else return `it also requires a ${c.Field} condition the check does not send`;
  }
  return host === undefined ? { path } : { host, path };
}

/**
 * Whether a rule's conditions all match the request. Conditions on headers, query strings and
 * source addresses never match the check's request: it sends none of them, and its source
 * address is not known here.
 */
function matches(rule: Rule, request: Request): boolean {
  return (rule.Conditions ?? []).every((c) => {
    const values = valuesOf(c);
    switch (c.Field) {
      case "host-header":
        return values.some((v) => wildcardMatch(v, request.host, true));
      case "path-pattern":
        return values.some((v) => wildcardMatch(v, request.path.split("?")[0] ?? "", false));
      case "http-request-method":
        return values.includes(request.method);
      default:
        return false;
    }
  });
}

/** ALB's wildcards: `*` any run of characters, `?` exactly one; host names ignore case. */
export function wildcardMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern
    .split("")
    .map((ch) => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, ignoreCase ? "i" : "").test(value);
}
