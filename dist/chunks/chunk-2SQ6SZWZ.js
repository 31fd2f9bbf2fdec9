import { createRequire as __amipipeCreateRequire } from 'node:module'; const require = __amipipeCreateRequire(import.meta.url);
import {
  actorOf,
  rolloutResult
} from "./chunk-MGLDFIOG.js";
import {
  restatePin,
  writePin
} from "./chunk-FVZ3IIET.js";

// src/rollout/repin.ts
import { readFile } from "node:fs/promises";
async function repinAndConverge(ctx, o) {
  const phase = `${o.command} ${o.loaded.env.name}`;
  const pinFileBefore = await readFile(o.loaded.file, "utf8");
  const record = {
    ami: o.ami,
    at: new Date(ctx.clock.now()).toISOString(),
    by: actorOf(ctx),
    reason: o.reason
  };
  const change = await writePin(ctx.root, o.loaded, record) ?? (o.restate ? await restatePin(ctx.root, o.loaded, record) : void 0);
  if (change) ctx.progress.info(phase, `pinned ${o.ami} (was ${change.previous ?? "none"})`);
  return rolloutResult(ctx, {
    project: o.project,
    loaded: o.loaded,
    pinChanges: change ? [change] : [],
    pinFileBefore,
    reconcile: o.reconcile,
    returning: o.returning,
    headline: `${phase} \u2192 ${o.ami}`
  });
}

export {
  repinAndConverge
};
