import type { HttpPort } from "../ports/http.js";
import { explicitRoute, type HttpSettings } from "./http-route.js";
import type { RouteLookup } from "./listener.js";
import type { CheckResult } from "./types.js";

const HTTP_TIMEOUT_MS = 5_000;

/**
 * An HTTP GET along the environment's own route — the listener and rule that forward to its
 * target group, with the scheme, port and Host header they need — answers `verify.http.expect`.
 * Without such a route the check fails and says why: a request to the load balancer's default
 * listener would be answered by whatever that listener forwards to, maybe another environment.
 */
export async function checkHttp(
  http: HttpPort,
  o: {
    environment: string;
    /** The routes to the target group; not asked for when `verify.http.url` names the request. */
    lookup: () => Promise<RouteLookup>;
    settings: HttpSettings;
    sample: number;
  },
): Promise<CheckResult> {
  const base = { name: "http", level: "environment" as const, target: o.environment };
  const explicit = explicitRoute(o.settings);
  const lookup = explicit ? undefined : await o.lookup();
  const route = explicit ?? lookup?.routes[0];
  if (!route) return noRoute(base, lookup, o.sample);
  const response = await http.get({
    url: route.url,
    timeoutMs: HTTP_TIMEOUT_MS,
    ...(route.host ? { host: route.host } : {}),
  });
  const passed = response.status === o.settings.expect;
  const request = `GET ${route.url}${route.host ? ` (Host: ${route.host})` : ""}`;
  const certificateHint =
    response.status === 0 && route.url.startsWith("https:") && !route.host
      ? " — set verify.http.host to a name the listener's certificate covers"
      : "";
  return {
    ...base,
    passed,
    summary:
      response.status === 0
        ? `${request} got no answer: ${response.error ?? "unknown error"}${certificateHint}`
        : `${request} → ${response.status}${response.location ? ` (Location: ${response.location})` : ""}${passed ? "" : ` (expected ${o.settings.expect})`}`,
    evidence: {
      sample: o.sample,
      url: route.url,
      ...(route.host ? { host: route.host } : {}),
      via: route.via,
      status: response.status,
      expected: o.settings.expect,
      ...(response.location ? { location: response.location } : {}),
      ...(response.error ? { error: response.error } : {}),
    },
  };
}

/** The finding when no listener rule leads to the target group: which rules were considered, and why not. */
function noRoute(
  base: Pick<CheckResult, "name" | "level" | "target">,
  lookup: RouteLookup | undefined,
  sample: number,
): CheckResult {
  const group = lookup?.targetGroup ?? "";
  const why = !lookup?.targetGroupArn
    ? `target group ${group} not found`
    : lookup.loadBalancers.length === 0
      ? `target group ${group} is behind no application load balancer: nothing to send HTTP to`
      : `no listener of ${lookup.loadBalancers.join(", ")} forwards to target group ${group}${lookup.rejected.length > 0 ? ` the check can use (${lookup.rejected.join("; ")})` : ""}: HTTP cannot reach ${base.target}`;
  return {
    ...base,
    passed: false,
    summary: why,
    evidence: { sample, targetGroup: group, rejected: lookup?.rejected ?? [] },
  };
}
