import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  actorOf,
  fleetInstanceType,
  rolloutOutcome
} from "./chunk-H24QVIIW.js";

// src/app/repin.ts
async function repinAndConverge(ports, o) {
  const name = o.loaded.env.name;
  const phase = `${o.command} ${name}`;
  const before = await o.pins.snapshot(name);
  const fleetType = await fleetInstanceType(ports.aws, o.loaded.env).catch(() => void 0);
  const record = {
    ami: o.ami,
    at: new Date(ports.clock.now()).toISOString(),
    by: actorOf(ports),
    reason: o.reason,
    ...fleetType ? { instanceType: fleetType.type } : {}
  };
  const change = await o.pins.write(name, record) ?? (o.restate ? await o.pins.restate(name, record) : void 0);
  if (change) ports.progress.info(phase, `pinned ${o.ami} (was ${change.previous ?? "none"})`);
  return rolloutOutcome(ports, {
    project: o.project,
    loaded: o.loaded,
    pins: o.pins,
    pinChanges: change ? [change] : [],
    before,
    reconcile: o.reconcile,
    returning: o.returning,
    headline: `${phase} \u2192 ${o.ami}`
  });
}

export {
  repinAndConverge
};
