import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { fetchHttp } from "../../src/ports/http.js";
import { simulatedHttp } from "../../src/sim/http.js";
import { exampleWorld } from "../rollout/world.js";

describe("HTTP for the check through the load balancer", () => {
  it("the real port reports the status a server answers, and no status when nothing listens", async () => {
    const server = createServer((req, res) => {
      res.statusCode = req.url === "/health" ? 200 : 503;
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await fetchHttp.get({ url: `http://127.0.0.1:${port}/health`, timeoutMs: 2_000 })).toEqual({
        status: 200,
      });
      expect(await fetchHttp.get({ url: `http://127.0.0.1:${port}/other`, timeoutMs: 2_000 })).toEqual({
        status: 503,
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    // A port nothing listens on any more.
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, "127.0.0.1", resolve));
    const closedPort = (gone.address() as AddressInfo).port;
    await new Promise((resolve) => gone.close(resolve));
    const refused = await fetchHttp.get({ url: `http://127.0.0.1:${closedPort}/health`, timeoutMs: 2_000 });
    expect(refused.status).toBe(0);
    expect(refused.error).toMatch(/ECONNREFUSED/);
  });

  it("the real port sends the Host header a listener rule routes by, and reports a redirect without following it", async () => {
    const hosts: Array<string | undefined> = [];
    const server = createServer((req, res) => {
      hosts.push(req.headers.host);
      if (req.url === "/old") {
        res.writeHead(301, { location: "https://dev.example.jp:443/health" });
        res.end();
        return;
      }
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const base = `http://127.0.0.1:${port}`;
      expect(
        await fetchHttp.get({ url: `${base}/health`, host: "dev.example.jp", timeoutMs: 2_000 }),
      ).toEqual({
        status: 200,
      });
      expect(await fetchHttp.get({ url: `${base}/old`, timeoutMs: 2_000 })).toEqual({
        status: 301,
        location: "https://dev.example.jp:443/health",
      });
      expect(hosts).toEqual(["dev.example.jp", `127.0.0.1:${port}`]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("the simulated load balancer answers by DNS name; an unknown name or port gets no answer", async () => {
    const world = await exampleWorld();
    const lb = world.sim.engine.state.regions["ap-northeast-1"]!.loadBalancers[0]!;
    const http = simulatedHttp(() => world.sim.engine);
    // The listener on :80 forwards to web-prod by default, where the two legacy servers are healthy.
    expect(await http.get({ url: `http://${lb.dnsName}/health`, timeoutMs: 1_000 })).toEqual({ status: 200 });
    expect((await http.get({ url: `http://${lb.dnsName}:8080/health`, timeoutMs: 1_000 })).error).toMatch(
      /ECONNREFUSED/,
    );
    expect((await http.get({ url: "http://nowhere.example/health", timeoutMs: 1_000 })).error).toMatch(
      /ENOTFOUND/,
    );
    // TLS to a plain HTTP listener gets no HTTP answer at all.
    expect((await http.get({ url: `https://${lb.dnsName}:80/health`, timeoutMs: 1_000 })).error).toMatch(
      /EPROTO/,
    );
  });
});
