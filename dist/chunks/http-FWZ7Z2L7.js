import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  healthyCountHistory
} from "./chunk-M7NYUEWA.js";
import "./chunk-BQ2HO2OL.js";

// src/sim/http.ts
function simulatedHttp(engineOf) {
  return {
    async get({ url, via }) {
      const engine = engineOf();
      if (!engine) return { status: 0, error: "no simulated world" };
      const target = new URL(url);
      const port = Number(target.port || (target.protocol === "https:" ? 443 : 80));
      for (const r of Object.values(engine.state.regions)) {
        const lb = r.loadBalancers.find((l) => l.dnsName.toLowerCase() === target.hostname.toLowerCase());
        if (!lb) continue;
        const groups = Object.values(r.targetGroups);
        const chosen = via ? groups.filter((g) => g.arn === via.targetGroupArn && g.loadBalancerArns.includes(lb.arn)) : [];
        if (chosen.length === 0) {
          const listener = r.listeners.find((l) => l.loadBalancerArn === lb.arn && l.port === port);
          if (!listener)
            return { status: 0, error: `ECONNREFUSED: nothing listens on ${lb.dnsName}:${port}` };
          const forwarded = new Set(listener.forward.map((f) => f.targetGroupArn));
          chosen.push(...groups.filter((g) => forwarded.has(g.arn)));
        }
        const now = engine.clock.now();
        const healthy = chosen.reduce((n, g) => n + (healthyCountHistory(g, r, now).at(-1)?.healthy ?? 0), 0);
        return { status: healthy > 0 ? 200 : 503 };
      }
      return { status: 0, error: `ENOTFOUND: ${target.hostname}` };
    }
  };
}
export {
  simulatedHttp
};
