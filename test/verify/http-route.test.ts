import type { Listener, Rule } from "@aws-sdk/client-elastic-load-balancing-v2";
import { describe, expect, it } from "vitest";
import { explicitRoute, type ListenerSet, routesTo } from "../../src/verify/http-route.js";

const DNS = "web-123.ap-northeast-1.elb.amazonaws.com";
const DEV = "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web-dev/1";
const PROD = "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/web-prod/2";
const settings = { path: "/health", expect: 200 };

const forward = (arn: string) => [{ Type: "forward" as const, TargetGroupArn: arn }];
const hostRule = (priority: number, hosts: string[], arn: string): Rule => ({
  RuleArn: `rule-${priority}`,
  Priority: String(priority),
  IsDefault: false,
  Conditions: [{ Field: "host-header", HostHeaderConfig: { Values: hosts } }],
  Actions: forward(arn),
});
const pathRule = (priority: number, paths: string[], arn: string): Rule => ({
  RuleArn: `rule-${priority}`,
  Priority: String(priority),
  IsDefault: false,
  Conditions: [{ Field: "path-pattern", PathPatternConfig: { Values: paths } }],
  Actions: forward(arn),
});

function lb(
  listeners: Array<{
    port: number;
    protocol: "HTTP" | "HTTPS";
    default: Listener["DefaultActions"];
    rules?: Rule[];
  }>,
): ListenerSet {
  return {
    dnsName: DNS,
    listeners: listeners.map((l) => ({
      ListenerArn: `listener-${l.port}`,
      Port: l.port,
      Protocol: l.protocol,
      DefaultActions: l.default,
    })),
    rules: new Map(listeners.map((l) => [`listener-${l.port}`, l.rules ?? []])),
  };
}

describe("the route an HTTP check takes to an environment's target group", () => {
  it("a host-header rule gives the Host header; the default action is the fallback route for its group", () => {
    const set = lb([
      { port: 80, protocol: "HTTP", default: forward(PROD), rules: [hostRule(10, ["dev.example.jp"], DEV)] },
    ]);
    expect(routesTo(DEV, set, settings).routes).toEqual([
      {
        url: `http://${DNS}/health`,
        host: "dev.example.jp",
        via: "listener HTTP:80, rule 10 (Host: dev.example.jp)",
        listenerArn: "listener-80",
        ruleArn: "rule-10",
      },
    ]);
    expect(routesTo(PROD, set, settings).routes.map((r) => r.via)).toEqual([
      "listener HTTP:80, default rule",
    ]);
  });

  it("host names that are all patterns need verify.http.host, which must match one of them", () => {
    const set = lb([
      {
        port: 80,
        protocol: "HTTP",
        default: forward(PROD),
        rules: [hostRule(10, ["*.dev.example.jp"], DEV)],
      },
    ]);
    expect(routesTo(DEV, set, settings)).toEqual({
      routes: [],
      rejected: [
        "listener HTTP:80, rule 10: its host names are all patterns (*.dev.example.jp): set verify.http.host to one they match",
      ],
    });
    expect(routesTo(DEV, set, { ...settings, host: "a.dev.example.jp" }).routes[0]?.host).toBe(
      "a.dev.example.jp",
    );
    expect(routesTo(DEV, set, { ...settings, host: "prod.example.jp" }).rejected).toEqual([
      "listener HTTP:80, rule 10: verify.http.host prod.example.jp is not one of its host names (*.dev.example.jp)",
    ]);
  });

  it("a rule whose request an earlier rule answers is no route: /health would go to prod first", () => {
    const set = lb([
      {
        port: 80,
        protocol: "HTTP",
        default: forward(PROD),
        rules: [pathRule(5, ["/health*"], PROD), hostRule(10, ["dev.example.jp"], DEV)],
      },
    ]);
    expect(routesTo(DEV, set, settings)).toEqual({
      routes: [],
      rejected: ["listener HTTP:80, rule 10: rule 5 answers GET dev.example.jp/health first"],
    });
  });

  it("a path-pattern rule takes verify.http.path only when the path matches it", () => {
    const set = lb([
      { port: 80, protocol: "HTTP", default: forward(PROD), rules: [pathRule(7, ["/dev/*"], DEV)] },
    ]);
    expect(routesTo(DEV, set, settings).rejected).toEqual([
      "listener HTTP:80, rule 7: verify.http.path /health does not match its path pattern(s) /dev/*",
    ]);
    expect(routesTo(DEV, set, { ...settings, path: "/dev/health" }).routes[0]?.url).toBe(
      `http://${DNS}/dev/health`,
    );
  });

  it("an HTTP listener that redirects to HTTPS is no route; the HTTPS listener forwarding to the group is", () => {
    const set = lb([
      {
        port: 80,
        protocol: "HTTP",
        default: [
          { Type: "redirect", RedirectConfig: { Protocol: "HTTPS", Port: "443", StatusCode: "HTTP_301" } },
        ],
      },
      { port: 443, protocol: "HTTPS", default: forward(PROD) },
      { port: 8443, protocol: "HTTPS", default: forward(PROD) },
    ]);
    expect(routesTo(PROD, set, settings).routes.map((r) => r.url)).toEqual([
      `https://${DNS}/health`,
      `https://${DNS}:8443/health`,
    ]);
    // Plain HTTP first when both forward: no certificate has to cover the name.
    const both = lb([
      { port: 443, protocol: "HTTPS", default: forward(PROD) },
      { port: 80, protocol: "HTTP", default: forward(PROD) },
    ]);
    expect(routesTo(PROD, both, settings).routes.map((r) => r.url)).toEqual([
      `http://${DNS}/health`,
      `https://${DNS}/health`,
    ]);
    expect(routesTo(PROD, both, { ...settings, scheme: "https" }).routes.map((r) => r.url)).toEqual([
      `https://${DNS}/health`,
    ]);
  });

  it("a rule that authenticates first, or forwards the group no weight, is no route", () => {
    const set = lb([
      {
        port: 443,
        protocol: "HTTPS",
        default: [
          { Type: "authenticate-oidc", Order: 1 },
          { Type: "forward", Order: 2, TargetGroupArn: DEV },
        ],
      },
      {
        port: 80,
        protocol: "HTTP",
        default: [
          {
            Type: "forward",
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: PROD, Weight: 1 },
                { TargetGroupArn: DEV, Weight: 0 },
              ],
            },
          },
        ],
      },
    ]);
    expect(routesTo(DEV, set, settings)).toEqual({
      routes: [],
      rejected: [
        "listener HTTPS:443, default rule: authenticates first; an unauthenticated check cannot pass it",
      ],
    });
  });

  it("verify.http.url is sent as it is, with verify.http.host as its Host header", () => {
    expect(
      explicitRoute({ ...settings, url: "https://dev.example.jp/health", host: "dev.example.jp" }),
    ).toEqual({
      url: "https://dev.example.jp/health",
      host: "dev.example.jp",
      via: "verify.http.url",
    });
    expect(explicitRoute(settings)).toBeUndefined();
  });
});
