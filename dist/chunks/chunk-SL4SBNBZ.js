import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);

// src/verify/probe-sections.ts
var PROBE_SECTIONS = {
  agents: ["agents", "monitors"],
  instance: [
    "timezone",
    "cron",
    "services",
    "processes",
    "ports",
    "users",
    "agents",
    "monitors",
    "ssh",
    "imds"
  ]
};
function probeFor(sections) {
  const fits = Object.keys(PROBE_SECTIONS).filter((probe2) => sections.every((s) => PROBE_SECTIONS[probe2].includes(s))).sort((a, b) => PROBE_SECTIONS[a].length - PROBE_SECTIONS[b].length);
  const probe = fits[0];
  if (!probe) throw new Error(`no probe prints all of ${sections.join(", ")}`);
  return probe;
}

// src/verify/http-route.ts
function routesTo(targetGroupArn, lb, settings) {
  const candidates = [];
  const rejected = [];
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
      if (settings.port !== void 0 && settings.port !== listener.Port) {
        rejected.push(`${where}: not verify.http.port ${settings.port}`);
        continue;
      }
      const built = requestFor(rule, settings);
      if (typeof built === "string") {
        rejected.push(`${where}: ${built}`);
        continue;
      }
      const request = { host: built.host ?? lb.dnsName, path: built.path, method: "GET" };
      const answering = rules.find((r) => matches(r, request));
      if (answering !== rule) {
        rejected.push(
          `${where}: ${answering ? ruleName(answering) : "no rule"} answers GET ${built.host ?? lb.dnsName}${built.path} first`
        );
        continue;
      }
      const defaultPort = scheme === "https" ? 443 : 80;
      const port = listener.Port === void 0 || listener.Port === defaultPort ? "" : `:${listener.Port}`;
      const route = {
        url: `${scheme}://${lb.dnsName}${port}${built.path}`,
        via: `${where}${built.host ? ` (Host: ${built.host})` : ""}`
      };
      if (built.host) route.host = built.host;
      if (listener.ListenerArn) route.listenerArn = listener.ListenerArn;
      if (rule.RuleArn) route.ruleArn = rule.RuleArn;
      candidates.push({
        route,
        rank: [scheme === "http" ? 0 : 1, listener.Port ?? 0, rules.indexOf(rule)]
      });
    }
  }
  candidates.sort((a, b) => compare(a.rank, b.rank));
  return { routes: candidates.map((c) => c.route), rejected };
}
function explicitRoute(settings) {
  if (!settings.url) return void 0;
  return {
    url: settings.url,
    via: "verify.http.url",
    ...settings.host ? { host: settings.host } : {}
  };
}
function compare(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
function schemeOf(protocol) {
  return protocol === "HTTP" ? "http" : protocol === "HTTPS" ? "https" : void 0;
}
function orderedRules(listener, rules) {
  const all = [...rules];
  if (!all.some((r) => r.IsDefault))
    all.push({
      Priority: "default",
      IsDefault: true,
      Conditions: [],
      Actions: listener.DefaultActions ?? []
    });
  const priority = (r) => r.IsDefault ? Number.POSITIVE_INFINITY : Number(r.Priority);
  return all.sort((a, b) => priority(a) - priority(b));
}
function ruleName(rule) {
  return rule.IsDefault ? "default rule" : `rule ${rule.Priority}`;
}
function forwards(actions, targetGroupArn) {
  const ordered = [...actions].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0));
  const last = ordered.at(-1);
  if (last?.Type !== "forward") return "no";
  const groups = last.ForwardConfig?.TargetGroups;
  const reaches = groups?.length ? groups.some((g) => g.TargetGroupArn === targetGroupArn && (groups.length === 1 || (g.Weight ?? 1) > 0)) : last.TargetGroupArn === targetGroupArn;
  if (!reaches) return "no";
  return ordered.some((a) => a.Type?.startsWith("authenticate-")) ? "authenticates" : "yes";
}
function valuesOf(c) {
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
var hasWildcard = (v) => /[*?]/.test(v);
function requestFor(rule, settings) {
  const path = settings.path.startsWith("/") ? settings.path : `/${settings.path}`;
  let host = settings.host;
  for (const c of rule.Conditions ?? []) {
    const values = valuesOf(c);
    if (c.Field === "host-header") {
      if (host !== void 0) {
        if (!values.some((v) => wildcardMatch(v, host ?? "", true)))
          return `verify.http.host ${host} is not one of its host names (${values.join(", ")})`;
      } else {
        host = values.find((v) => !hasWildcard(v));
        if (host === void 0)
          return `its host names are all patterns (${values.join(", ")}): set verify.http.host to one they match`;
      }
    } else if (c.Field === "path-pattern") {
      if (!values.some((v) => wildcardMatch(v, path, false)))
        return `verify.http.path ${path} does not match its path pattern(s) ${values.join(", ")}`;
    } else if (c.Field === "http-request-method") {
      if (!values.includes("GET")) return `it takes only ${values.join(", ")} requests, the check sends GET`;
    } else return `it also requires a ${c.Field} condition the check does not send`;
  }
  return host === void 0 ? { path } : { host, path };
}
function matches(rule, request) {
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
function wildcardMatch(pattern, value, ignoreCase) {
  const source = pattern.split("").map((ch) => ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`, ignoreCase ? "i" : "").test(value);
}

export {
  routesTo,
  explicitRoute,
  probeFor
};
